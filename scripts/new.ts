/**
 * `npm run new`: writes a new advisory file in the right place. Flags give the answers; in a
 * terminal, whatever is missing is asked for, with choices from the registries and defaults from
 * the issuer's latest advisory. Never overwrites a file or reuses a number.
 */
import path from 'node:path';
import { fail, parseCommandLine } from './cli.ts';
import { checkbox, input, select } from '@inquirer/prompts';
import { advisoryKinds, severities, type AdvisoryKind, type Severity } from '../src/schemas/advisory.ts';
import { writeAdvisory } from '../src/lib/authoring/place-file.ts';
import { today } from '../src/lib/util/dates.ts';
import { formatProblem } from '../src/lib/util/problems.ts';
import { checks, choicesOn, defaultSummary, previousOf, scaffoldFrontmatter, type ScaffoldContext } from '../src/lib/authoring/scaffold.ts';
import { contentRoot, loadContent } from '../src/lib/content/source-fs.ts';
import { kindLabel, severityLabel } from '../src/i18n/vi.ts';

const USAGE = `Usage: npm run new -- [options]      (in a terminal, missing answers are asked for)
  --number <số>         document number, e.g. 45/SKHCN-CĐS
  --date <YYYY-MM-DD>   issue date (default: today)
  --issuer <id>         authority id from content/authorities.yaml
  --recipients <ids>    recipient ids from content/recipients.yaml, comma-separated
  --kind <kind>         ${advisoryKinds.join(', ')} (default: directive)
  --severity <level>    ${severities.join(', ')} (default: medium)
  --subject <text>      subject without "V/v"
  --summary <text>      one or two sentences for listings and feeds (default: from the subject)
  --place <text>        place before the date (default: as in the issuer's latest advisory)
  --signer <name>       who signs (default: as in the issuer's latest advisory)
  --title <line>        a line of the signature block above the name; repeat for each line
  --content <dir>       content root (default: CANHBAO_CONTENT or content/)
  --no-input            never ask; fail when an answer is missing
  --help                show this text`;

const parsed = parseCommandLine('new', USAGE, {
	options: {
		number: { type: 'string' },
		date: { type: 'string' },
		issuer: { type: 'string' },
		recipients: { type: 'string', multiple: true },
		kind: { type: 'string' },
		severity: { type: 'string' },
		subject: { type: 'string' },
		summary: { type: 'string' },
		place: { type: 'string' },
		signer: { type: 'string' },
		title: { type: 'string', multiple: true },
		content: { type: 'string' },
		'no-input': { type: 'boolean' },
		help: { type: 'boolean' },
	},
});
const { values } = parsed;

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !values['no-input'];
const callerDir = process.env.INIT_CWD ?? process.cwd();
const root = values.content ? path.resolve(callerDir, values.content) : contentRoot();
const loaded = loadContent(root);
const ctx: ScaffoldContext = {
	recipients: loaded.input.recipients.entries,
	authorities: loaded.input.authorities.entries,
	advisories: loaded.input.advisories,
	province: loaded.site?.province,
};
const missing: string[] = [];

/** A flag's value, checked; else a prompt's answer; else the default; else noted as missing. */
async function answer<T>(
	flag: string,
	given: T | undefined,
	check: (v: T) => string | undefined,
	ask: () => Promise<T>,
	fallback?: T,
): Promise<T> {
	if (given !== undefined) {
		const wrong = check(given);
		if (wrong) fail(`new: --${flag}: ${wrong}`, 2);
		return given;
	}
	if (interactive) return ask();
	if (fallback !== undefined) return fallback;
	missing.push(`--${flag}`);
	return undefined as T;
}
const asText = (wrong: string | undefined) => wrong ?? true;

const issued = await answer(
	'date',
	values.date,
	checks.issued,
	() => input({ message: 'Ngày ban hành (YYYY-MM-DD):', default: today(), validate: (v) => asText(checks.issued(v)) }),
	today(),
);
const { issuers, recipients } = choicesOn(issued ?? today(), ctx);
const issuer = await answer(
	'issuer',
	values.issuer,
	(v) => checks.issuer(v, issued, ctx),
	() => select({ message: 'Cơ quan ban hành:', choices: issuers.map((a) => ({ name: `${a.name} (${a.id})`, value: a.id })), pageSize: 12 }),
);
const number = await answer(
	'number',
	values.number,
	(v) => checks.number(v, issuer, issued, ctx),
	() => input({ message: 'Số văn bản (ví dụ 45/SKHCN-CĐS):', validate: (v) => asText(checks.number(v, issuer, issued, ctx)) }),
);
const recipientIds = await answer(
	'recipients',
	values.recipients
		?.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean),
	(v) => checks.recipients(v, issued, ctx),
	() =>
		checkbox({
			message: 'Kính gửi (Space để chọn, Enter để xong):',
			choices: recipients.map((r) => ({ name: `${r.name} (${r.id})`, value: r.id })),
			pageSize: 15,
			validate: (v) =>
				asText(
					checks.recipients(
						v.map((c) => c.value),
						issued,
						ctx,
					),
				),
		}),
);
const kind = await answer(
	'kind',
	values.kind as AdvisoryKind | undefined,
	checks.kind,
	() =>
		select({
			message: 'Loại cảnh báo:',
			choices: advisoryKinds.map((k) => ({ name: `${kindLabel[k]} (${k})`, value: k })),
			default: 'directive',
		}),
	'directive',
);
const severity = await answer(
	'severity',
	values.severity as Severity | undefined,
	checks.severity,
	() =>
		select({ message: 'Mức độ:', choices: severities.map((s) => ({ name: `${severityLabel[s]} (${s})`, value: s })), default: 'medium' }),
	'medium',
);
const subject = await answer('subject', values.subject, checks.text, () =>
	input({ message: 'Trích yếu (sau "V/v"):', validate: (v) => asText(checks.text(v)) }),
);
const summary = await answer(
	'summary',
	values.summary,
	checks.text,
	() => input({ message: 'Tóm tắt một hai câu:', default: defaultSummary(subject), validate: (v) => asText(checks.text(v)) }),
	subject && defaultSummary(subject),
);
const previous = issuer ? previousOf(issuer, ctx) : { place: ctx.province, signer: undefined };
const place = await answer(
	'place',
	values.place,
	checks.text,
	() => input({ message: 'Địa danh:', default: previous.place, validate: (v) => asText(checks.text(v)) }),
	previous.place,
);
const signerName = await answer(
	'signer',
	values.signer,
	checks.text,
	() => input({ message: 'Người ký:', default: previous.signer?.name, validate: (v) => asText(checks.text(v)) }),
	previous.signer?.name,
);
const titleLines = await answer(
	'title',
	values.title,
	(v) => (v.length ? undefined : 'give at least one line'),
	async () =>
		(
			await input({
				message: 'Chức danh, mỗi dòng cách nhau bởi "|" (ví dụ TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH):',
				default: previous.signer?.titleLines.join('|'),
				validate: (v) => asText(checks.text(v)),
			})
		)
			.split('|')
			.map((l) => l.trim())
			.filter(Boolean),
	previous.signer?.titleLines,
);

// The summary follows from the subject: asking for both when the subject is missing says too much.
const needed = missing.includes('--subject') ? missing.filter((flag) => flag !== '--summary') : missing;
if (needed.length) fail(`new: missing ${needed.join(', ')} (run it in a terminal to be asked, or see --help)`, 2);

const frontmatter = scaffoldFrontmatter({
	number,
	issued,
	issuer,
	recipients: recipientIds,
	kind,
	severity,
	subject,
	summary,
	place,
	signer: { name: signerName, titleLines },
});
const written = writeAdvisory(root, loaded, { ...frontmatter, number, issued, issuer }, [], today());
if (!written.ok) fail(`new: ${written.message}`);
console.log(`Wrote ${written.file}.`);
if (written.problems.length)
	console.log(`\nProblems \`npm run validate\` reports for it:\n${written.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
console.log(
	`\nNext: write the text of the dispatch below the second "---" line and add its actions (see README.md,\n"Writing an advisory"), then\n  npm run validate && git add ${written.file} && git commit -m "Cảnh báo ${frontmatter.number}" && git push`,
);
