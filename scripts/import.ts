/**
 * `npm run import -- <file>`: turns an official dispatch as the editor received it (.pdf, .docx,
 * .eml, .txt or `-` for text on stdin) into an advisory file under content/advisories/, maps
 * names to registry ids and lists what the editor must check. The PDF or Word original is kept
 * under public/tep/ with its SHA-256. `--json` prints the raw extraction instead and writes nothing.
 */
import { closeSync, fstatSync, openSync, readSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fail, parseCommandLine } from './cli.ts';
import { advisoryKinds, severities, type AdvisoryKind, type Severity } from '../src/schemas/advisory.ts';
import { locateNotes, writeAdvisory } from '../src/lib/authoring/place-file.ts';
import { today } from '../src/lib/util/dates.ts';
import { draftAdvisory } from '../src/lib/authoring/dispatch/draft.ts';
import { parseDispatch, toExtraction } from '../src/lib/authoring/dispatch/extract.ts';
import { formatProblem, type Problem } from '../src/lib/util/problems.ts';
import { contentRoot, loadContent } from '../src/lib/content/source-fs.ts';
import { advisoryLocation } from '../src/lib/authoring/advisory-file.ts';
import { addAlias } from '../src/lib/authoring/intake/aliases.ts';
import { keepOriginal, originalLocation, originalTitle, publicDirFor } from '../src/lib/authoring/intake/attachments.ts';
import { IntakeError } from '../src/lib/authoring/intake/errors.ts';
import { readIntakeBounded } from '../src/lib/authoring/intake/bounded.ts';
import { MAX_INPUT_BYTES, type IntakeText } from '../src/lib/authoring/intake/read.ts';
import { draftRelay, TRANSLATE } from '../src/lib/authoring/intake/relay-draft.ts';
import { parseJson, readUpstream, type UpstreamAdvisory } from '../src/lib/authoring/intake/upstream.ts';

const USAGE = `Usage: npm run import -- <file.pdf | file.docx | file.eml | file.txt | -> [options]
       npm run import -- <csaf.json | cve.json | kev.json --cve <id>> [options]
  --json              print what was read from the dispatch as JSON; write nothing
  --cve <id>          the entry of a CISA KEV catalog to relay
  --number <số>       the Department's document number for a relayed CSAF/CVE/KEV advisory
                      (default: the next number after the Department's latest advisory)
  --issuer <id>       the authority relaying it (default: the site's operator)
  --date <yyyy-mm-dd> issue date of a relayed advisory (default: today)
  --kind <kind>       ${advisoryKinds.join(', ')} (default: vulnerability when CVEs are cited, else directive)
  --severity <level>  ${severities.join(', ')} (default: medium)
  --content <dir>     content root (default: CANHBAO_CONTENT or content/)
  --public <dir>      where the site's public files are; the PDF or Word original is kept
                      under <dir>/tep/ (default: public/ beside the content root)
  --help              show this text`;

const parsed = parseCommandLine('import', USAGE, {
	allowPositionals: true,
	options: {
		json: { type: 'boolean' },
		cve: { type: 'string' },
		number: { type: 'string' },
		issuer: { type: 'string' },
		date: { type: 'string' },
		kind: { type: 'string' },
		severity: { type: 'string' },
		content: { type: 'string' },
		public: { type: 'string' },
		help: { type: 'boolean' },
	},
});
const { values, positionals } = parsed;
if (positionals.length !== 1) fail(`import: expected one dispatch file (.pdf, .docx, .eml or .txt)\n\n${USAGE}`, 2);
const kind = values.kind as AdvisoryKind | undefined;
if (kind && !advisoryKinds.includes(kind)) fail(`import: --kind "${kind}" is not one of ${advisoryKinds.join(', ')}`, 2);
const severity = values.severity as Severity | undefined;
if (severity && !severities.includes(severity)) fail(`import: --severity "${severity}" is not one of ${severities.join(', ')}`, 2);

// npm runs scripts from the project folder; paths on the command line are the caller's.
const callerDir = process.env.INIT_CWD ?? process.cwd();
const source = positionals[0] === '-' ? '<stdin>' : path.resolve(callerDir, positionals[0]);
const shownSource = source === '<stdin>' ? source : path.relative(process.cwd(), source) || source;
let bytes: Uint8Array;
try {
	bytes = readBounded(source === '<stdin>' ? 0 : source);
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? (error as Error).message);
	fail(error instanceof IntakeError ? `import: ${error.message}` : `import: cannot read ${shownSource}: ${why}`);
}
if (/\.json$/i.test(source) || /^\s*[{[]/.test(Buffer.from(bytes.subarray(0, 64)).toString('utf8'))) {
	await relayUpstream(bytes);
	process.exit(0);
}
let intake: IntakeText;
try {
	intake = await readIntakeBounded(bytes, source === '<stdin>' ? 'stdin.txt' : source, shownSource);
} catch (error) {
	if (error instanceof IntakeError) fail(`import: ${error.message}`);
	throw error;
}
const text = intake.text;

const result = parseDispatch(text);
if (!result.ok) {
	for (const problem of result.problems) console.error(formatProblem({ file: shownSource, ...problem }));
	fail(`\n${shownSource} does not read as an official dispatch; nothing was written.`);
}
if (values.json) {
	console.log(JSON.stringify(toExtraction(result.dispatch), null, 2));
	process.exit(0);
}

const root = path.resolve(values.content ? path.resolve(callerDir, values.content) : contentRoot());
const loaded = loadContent(root);
const registries = {
	recipients: loaded.input.recipients.entries,
	authorities: loaded.input.authorities.entries,
	province: loaded.site?.province,
};
let draft = draftAdvisory(result.dispatch, registries, { kind, severity });
// In a terminal, names that matched nothing but resemble entries are asked about, and the
// spelling can be kept as an alias so the next dispatch that writes it matches at once.
if (process.stdin.isTTY && process.stdout.isTTY && draft.unmatched.some((n) => n.unmatched?.suggestions.length)) {
	const { confirm, select } = await import('@inquirer/prompts');
	const asked = new Set<string>();
	for (const note of draft.unmatched) {
		const u = note.unmatched;
		if (!u || !u.suggestions.length || asked.has(u.name)) continue;
		asked.add(u.name);
		const entries: readonly { id: string; name: string; aliases?: string[] }[] =
			u.registry === 'recipients' ? registries.recipients : registries.authorities;
		const what = u.registry === 'recipients' ? 'recipient' : 'authority';
		const choice = await select({
			message: `"${u.name}" matches no ${what} by name. Which one is meant?`,
			choices: [
				...u.suggestions.map((id) => ({ name: `${id}: ${entries.find((e) => e.id === id)?.name}`, value: id })),
				{ name: `none of these (write it as a new ${what} to add)`, value: '' },
			],
		});
		if (!choice) continue;
		const chosen = entries.find((e) => e.id === choice)!;
		chosen.aliases = [...(chosen.aliases ?? []), u.name];
		const file = u.registry === 'recipients' ? loaded.input.recipients.file : loaded.input.authorities.file;
		if (
			await confirm({
				message: `Add "${u.name}" to the aliases of ${choice} in ${path.relative(process.cwd(), file) || file}?`,
				default: true,
			})
		) {
			const added = addAlias(file, choice, u.name);
			if (!added.ok) console.error(`import: ${added.message}`);
			else if (added.added)
				console.log(
					`Added "${u.name}" to the aliases of ${choice}; commit ${path.relative(process.cwd(), file) || file} with the advisory.`,
				);
		}
	}
	draft = draftAdvisory(result.dispatch, registries, { kind, severity });
}
// The advisory is written first (never over a file or a used number); then the original, through
// a temporary file; if that fails, the advisory goes again, so nothing is half-written.
const publicDir = values.public ? path.resolve(callerDir, values.public) : publicDirFor(root);
const advisoryId = advisoryLocation(root, result.dispatch.documentNumber, result.dispatch.issuedAt).id;
const original = intake.original ? originalLocation(publicDir, advisoryId, intake.original.format) : undefined;
const attachments =
	intake.original && original
		? [
				...(draft.frontmatter.attachments ?? []),
				{ title: originalTitle(intake.original.format), url: original.url, sha256: intake.original.sha256 },
			]
		: draft.frontmatter.attachments;
const written = writeAdvisory(
	root,
	loaded,
	{ ...draft.frontmatter, issued: result.dispatch.issuedAt, ...(attachments?.length ? { attachments } : {}) },
	draft.body,
	today(),
);
if (!written.ok) fail(`import: ${written.message}`);
const kept = intake.original ? keepOriginal(publicDir, advisoryId, intake.original) : undefined;
if (kept && !kept.ok) {
	rmSync(written.file, { force: true });
	fail(`import: ${kept.message}`);
}

const d = result.dispatch;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
console.log(
	`Wrote ${written.file}: ${count(d.recipients.length, 'recipient', 'recipients')}, ${count(d.actions.length, 'action', 'actions')}, ${count(d.references.length, 'relayed document', 'relayed documents')}, ${count(d.cves.length, 'CVE', 'CVEs')}.`,
);
if (kept?.ok)
	console.log(
		`${kept.kept.created ? 'Kept' : 'Already kept'} the original ${intake.original!.format.toUpperCase()} as ${kept.kept.file} (SHA-256 ${intake.original!.sha256}), linked from the advisory's attachments.`,
	);
const section = (title: string, problems: Problem[]) => {
	const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	if (sorted.length) console.log(`\n${title}\n${sorted.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
};
section('Check these (defaults and guesses):', locateNotes(written.file, draft.checks));
section('Names not found in the registries:', locateNotes(written.file, draft.unmatched));
if (d.missing.length) console.log(`\nNot found in the text; fill in by hand:\n${d.missing.map((m) => `  ${m}`).join('\n')}`);
if (written.problems.length) section(`Problems \`npm run validate\` reports for this file (${written.problems.length}):`, written.problems);
else console.log('\nvalidate: no problems in this file.');
console.log(
	`\nNext: read ${written.file} against the dispatch, fix what is listed, then\n  npm run validate && git add ${written.file}${kept?.ok ? ` ${kept.kept.file}` : ''} && git commit -m "Cảnh báo ${d.documentNumber}" && git push`,
);

/** Reads at most MAX_INPUT_BYTES (+1, to tell a file that is larger), from a file or stdin. */
function readBounded(from: string | 0): Uint8Array {
	const fd = from === 0 ? 0 : openSync(from, 'r');
	try {
		if (from !== 0) {
			const stat = fstatSync(fd);
			if (stat.isDirectory()) throw new IntakeError(shownSource, 'is a folder; expected a dispatch file');
			if (stat.size > MAX_INPUT_BYTES)
				throw new IntakeError(
					shownSource,
					`is ${(stat.size / 1024 / 1024).toFixed(1)} MB; import reads files up to ${MAX_INPUT_BYTES / 1024 / 1024} MB`,
				);
		}
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.alloc(1024 * 1024);
			let n: number;
			try {
				n = readSync(fd, chunk, 0, chunk.length, null);
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
				if ((error as NodeJS.ErrnoException).code === 'EOF') break;
				throw error;
			}
			if (n === 0) break;
			chunks.push(chunk.subarray(0, n));
			total += n;
			if (total > MAX_INPUT_BYTES)
				throw new IntakeError(shownSource, `is more than ${MAX_INPUT_BYTES / 1024 / 1024} MB; import reads files up to that`);
		}
		return new Uint8Array(Buffer.concat(chunks));
	} finally {
		if (from !== 0) closeSync(fd);
	}
}

/** A CSAF 2.0 document, a CVE JSON 5 record or a KEV catalog entry, relayed as the Department's advisory. */
async function relayUpstream(json: Uint8Array): Promise<void> {
	let upstream: UpstreamAdvisory;
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(json);
		upstream = readUpstream(parseJson(text, shownSource), shownSource, { cve: values.cve });
	} catch (error) {
		if (error instanceof IntakeError)
			fail(`import: ${error.message}${/nothing was written/.test(error.message) ? '' : '; nothing was written'}`);
		if (error instanceof TypeError) fail(`import: ${shownSource}: is not UTF-8 JSON; nothing was written`);
		throw error;
	}
	if (values.json) {
		console.log(JSON.stringify(upstream, null, 2));
		return;
	}
	const issued = values.date ?? today();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(issued) || Number.isNaN(Date.parse(issued)))
		fail(`import: --date "${issued}" is not a date; expected yyyy-mm-dd`, 2);
	const root = path.resolve(values.content ? path.resolve(callerDir, values.content) : contentRoot());
	const loaded = loadContent(root);
	const registries = {
		recipients: loaded.input.recipients.entries,
		authorities: loaded.input.authorities.entries,
		province: loaded.site?.province,
	};
	const relay = draftRelay(upstream, registries, {
		issuer: values.issuer,
		number: values.number,
		issued,
		kind,
		severity,
		operator: loaded.site?.operator,
		advisories: loaded.input.advisories,
	});
	if (!relay.ok) fail(`import: ${relay.message}; nothing was written`);
	const { frontmatter, body, checks, unmatched } = relay.draft;
	const written = writeAdvisory(
		root,
		loaded,
		{ ...frontmatter, number: frontmatter.number, issued, issuer: frontmatter.issuer },
		body,
		today(),
	);
	if (!written.ok) fail(`import: ${written.message}`);
	console.log(
		`Wrote ${written.file}: relays ${upstream.kind.toUpperCase()} ${upstream.id} of ${upstream.publisher} (${upstream.cves.length} CVE${upstream.cves.length === 1 ? '' : 's'}, ${upstream.products.length} product${upstream.products.length === 1 ? '' : 's'}, ${frontmatter.actions?.length ?? 0} action${frontmatter.actions?.length === 1 ? '' : 's'}).`,
	);
	const show = (title: string, notes: Problem[]) => {
		const sorted = [...notes].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
		if (sorted.length) console.log(`\n${title}\n${sorted.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
	};
	show('Choose or check these:', locateNotes(written.file, checks));
	show('Names not found in the registries:', locateNotes(written.file, unmatched));
	if (written.problems.length) show(`Problems \`npm run validate\` reports for this file (${written.problems.length}):`, written.problems);
	else console.log('\nvalidate: no problems in this file.');
	console.log(
		`\nNext: translate what is marked "${TRANSLATE}", make the choices listed, then\n  npm run validate && git add ${written.file} && git commit -m "Cảnh báo ${frontmatter.number}" && git push`,
	);
}
