/**
 * `npm run reports -- import <file|folder|.eml|mbox>… | status | site --out <dir>`
 *
 * Agencies' report files (from the checklist pages) checked against the published catalog
 * (dist/api/advisories.json), kept in the private report store ($CANHBAO_REPORTS or --store),
 * and summed up per advisory, agency and action. See docs/reports.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fail, parseCommandLine } from './cli.ts';
import { readPublished, type PublishedData } from '../src/lib/digest/data.ts';
import { today as todayInVietnam } from '../src/lib/util/dates.ts';
import { formatProblem } from '../src/lib/util/problems.ts';
import { contentRoot } from '../src/lib/content/source-fs.ts';
import { importReports } from '../src/lib/reports/import.ts';
import { jsonRows, statusRows, totals } from '../src/lib/reports/status.ts';
import { checkStorePath, readStore, ReportStore } from '../src/lib/reports/store.ts';
import { statusTable } from '../src/lib/reports/table.ts';
import { writeComplianceSite } from '../src/lib/reports/site.ts';

const USAGE = `Usage: npm run reports -- <command> [options]
  import <file|folder|.eml|.mbox>…   check report files (and e-mails carrying them) and store the good ones
      --trust               files given directly came through a trusted channel: mark them verified
      --recipient <id>      the agency of CSV reports whose agency name matches no registry entry
  status                             per active advisory, agency and action: done, not-applicable, not-done or no-report
      --advisory <year/slug>  only this advisory
      --recipient <id>        only this agency (a group: its members)
      --overdue               only overdue rows
      --json                  print { "rows": [ … ] }
  site --out <dir>                   write the private compliance pages (never into the public site)
Common options:
  --store <dir>     the private report store (default: $CANHBAO_REPORTS)
  --data <file>     published data (default: $CANHBAO_OUT/api/advisories.json, else dist/api/advisories.json)
  --help            show this text`;

const { values, positionals } = parseCommandLine('reports', USAGE, {
	allowPositionals: true,
	strict: true,
	options: {
		store: { type: 'string' },
		data: { type: 'string' },
		trust: { type: 'boolean', default: false },
		advisory: { type: 'string' },
		recipient: { type: 'string' },
		overdue: { type: 'boolean', default: false },
		json: { type: 'boolean', default: false },
		out: { type: 'string' },
		help: { type: 'boolean', default: false },
	},
});

const env = process.env;
const [command, ...rest] = positionals;
if (!command || !['import', 'status', 'site'].includes(command))
	fail(`reports: expected a command: import, status or site${command ? `, found "${command}"` : ''}\n\n${USAGE}`, 2);

const outDir = path.resolve(env.CANHBAO_OUT ?? 'dist');
const forbidden = [
	{ name: 'content', dir: contentRoot(env) },
	{ name: 'site output', dir: outDir },
	{ name: 'public', dir: 'public' },
];
const storeDir = values.store ?? env.CANHBAO_REPORTS;
if (!storeDir) fail('reports: no report store; set CANHBAO_REPORTS or pass --store <dir> (a private folder outside content/ and dist/)', 2);
const storeProblem = checkStorePath(storeDir!, forbidden);
if (storeProblem) fail(`reports: ${storeProblem}`, 2);

const dataFile = path.resolve(values.data ?? path.join(outDir, 'api', 'advisories.json'));
let data: PublishedData;
try {
	data = readPublished(readFileSync(dataFile, 'utf8'), path.relative(process.cwd(), dataFile));
} catch (error) {
	const e = error as NodeJS.ErrnoException;
	fail(
		`reports: ${e.code === 'ENOENT' ? `${dataFile} does not exist; build the site first (npm run build) or pass --data` : e.message}`,
		1,
	);
}
const today = todayInVietnam(env);
const display = (file: string) => path.relative(process.cwd(), file) || file;

if (command === 'import') {
	if (!rest.length) fail(`reports: import needs at least one file, folder, .eml or .mbox\n\n${USAGE}`, 2);
	let store: ReportStore;
	try {
		store = ReportStore.open(storeDir!);
	} catch (error) {
		fail(`reports: ${(error as Error).message}`, 1);
	}
	if (store!.repairedTornLine) console.error(`reports: ${store!.file}: dropped a torn last line (an import killed mid-write)`);
	try {
		const summary = await importReports(rest, {
			data: data!,
			store: store!,
			today,
			trustFiles: values.trust,
			csvRecipient: values.recipient,
			display,
		});
		for (const w of summary.warnings) console.error(`warning: ${formatProblem(w)}`);
		for (const p of summary.problems) console.error(formatProblem(p));
		console.log(
			`reports: ${summary.read} report file${summary.read === 1 ? '' : 's'} read: ${summary.stored} stored (${summary.unverified} unverified), ${summary.duplicates} already in the store, ${summary.refused} refused`,
		);
		process.exitCode = summary.problems.length ? 1 : 0;
	} finally {
		store!.close();
	}
} else {
	if (!existsSync(storeDir!))
		console.error(`reports: the report store ${path.resolve(storeDir!)} does not exist yet: no report has been imported into it`);
	const contents = readStore(storeDir!);
	if (contents.skippedLines.length)
		console.error(`reports: ${path.join(storeDir!, 'reports.jsonl')}: ignored unreadable line(s) ${contents.skippedLines.join(', ')}`);
	if (command === 'status') {
		if (rest.length) fail(`reports: status takes no file names, found "${rest[0]}"\n\n${USAGE}`, 2);
		if (values.advisory && !data!.advisories.has(values.advisory))
			fail(
				`reports: --advisory: unknown advisory "${values.advisory}"; expected a key such as ${data!.catalog.advisories[0]?.key ?? '2019/357-ubnd-kgvx'}`,
				2,
			);
		if (values.recipient && !data!.recipients.has(values.recipient))
			fail(`reports: --recipient: unknown recipient "${values.recipient}"`, 2);
		const rows = statusRows(data!, contents.reports, today, {
			advisory: values.advisory,
			recipient: values.recipient,
			overdue: values.overdue,
		});
		if (values.json) console.log(JSON.stringify(jsonRows(rows)));
		else {
			console.log(statusTable(rows, data!, process.stdout.columns));
			const t = totals(rows);
			console.log(
				`${rows.length} rows: ${t.done} done, ${t['not-applicable']} not applicable, ${t['not-done']} not done, ${t['no-report']} without a report; ${t.overdue} overdue (today ${today})`,
			);
		}
	} else {
		if (!values.out) fail(`reports: site needs --out <dir>\n\n${USAGE}`, 2);
		const outProblem = checkStorePath(values.out!, forbidden);
		if (outProblem)
			fail(`reports: ${outProblem.replace('the report store', 'the compliance site')}; it is internal and must never be published`, 2);
		let written = 0;
		try {
			written = writeComplianceSite(values.out!, data!, contents.reports, today);
		} catch (error) {
			fail(`reports: ${(error as Error).message}`, 1);
		}
		console.log(`reports: compliance site written to ${display(path.resolve(values.out!))} (${written} pages; internal, do not publish)`);
	}
}
