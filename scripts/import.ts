/**
 * `npm run import -- <file.txt>`: turns the text of an official dispatch into an advisory file
 * under content/advisories/, maps names to registry ids and lists what the editor must check.
 * `--json` prints the raw extraction instead and writes nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fail, parseCommandLine } from './cli.ts';
import { advisoryKinds, severities, type AdvisoryKind, type Severity } from '../src/schemas/advisory.ts';
import { locateNotes, writeAdvisory } from '../src/lib/authoring/place-file.ts';
import { today } from '../src/lib/util/dates.ts';
import { draftAdvisory } from '../src/lib/authoring/dispatch/draft.ts';
import { parseDispatch, toExtraction } from '../src/lib/authoring/dispatch/extract.ts';
import { formatProblem, type Problem } from '../src/lib/util/problems.ts';
import { contentRoot, loadContent } from '../src/lib/content/source-fs.ts';

const USAGE = `Usage: npm run import -- <file.txt | -> [options]
  --json              print what was read from the dispatch as JSON; write nothing
  --kind <kind>       ${advisoryKinds.join(', ')} (default: vulnerability when CVEs are cited, else directive)
  --severity <level>  ${severities.join(', ')} (default: medium)
  --content <dir>     content root (default: CANHBAO_CONTENT or content/)
  --help              show this text`;

const parsed = parseCommandLine('import', USAGE, {
	allowPositionals: true,
	options: { json: { type: 'boolean' }, kind: { type: 'string' }, severity: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean' } },
});
const { values, positionals } = parsed;
if (positionals.length !== 1) fail(`import: expected one dispatch text file\n\n${USAGE}`, 2);
const kind = values.kind as AdvisoryKind | undefined;
if (kind && !advisoryKinds.includes(kind)) fail(`import: --kind "${kind}" is not one of ${advisoryKinds.join(', ')}`, 2);
const severity = values.severity as Severity | undefined;
if (severity && !severities.includes(severity)) fail(`import: --severity "${severity}" is not one of ${severities.join(', ')}`, 2);

// npm runs scripts from the project folder; paths on the command line are the caller's.
const callerDir = process.env.INIT_CWD ?? process.cwd();
const source = positionals[0] === '-' ? '<stdin>' : path.resolve(callerDir, positionals[0]);
let text: string;
try {
	text = readFileSync(source === '<stdin>' ? 0 : source, 'utf8');
} catch (error) {
	fail(`import: cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}
const shownSource = source === '<stdin>' ? source : path.relative(process.cwd(), source) || source;

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
const registries = { recipients: loaded.input.recipients.entries, authorities: loaded.input.authorities.entries, province: loaded.site?.province };
const draft = draftAdvisory(result.dispatch, registries, { kind, severity });
const written = writeAdvisory(root, loaded, { ...draft.frontmatter, issued: result.dispatch.issuedAt }, draft.body, today());
if (!written.ok) fail(`import: ${written.message}`);

const d = result.dispatch;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
console.log(`Wrote ${written.file}: ${count(d.recipients.length, 'recipient', 'recipients')}, ${count(d.actions.length, 'action', 'actions')}, ${count(d.references.length, 'relayed document', 'relayed documents')}, ${count(d.cves.length, 'CVE', 'CVEs')}.`);
const section = (title: string, problems: Problem[]) => {
	const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	if (sorted.length) console.log(`\n${title}\n${sorted.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
};
section('Check these (defaults and guesses):', locateNotes(written.file, draft.checks));
section('Names not found in the registries:', locateNotes(written.file, draft.unmatched));
if (d.missing.length) console.log(`\nNot found in the text; fill in by hand:\n${d.missing.map((m) => `  ${m}`).join('\n')}`);
if (written.problems.length) section(`Problems \`npm run validate\` reports for this file (${written.problems.length}):`, written.problems);
else console.log('\nvalidate: no problems in this file.');
console.log(`\nNext: read ${written.file} against the dispatch, fix what is listed, then\n  npm run validate && git add ${written.file} && git commit -m "Cảnh báo ${d.documentNumber}" && git push`);
