/**
 * `npm run audit`: the quality gates over a built site. Builds the site (or reuses it with
 * `--reuse`), serves it on 127.0.0.1 and checks links, page budgets, HTML validity (Nu Html
 * Checker), accessibility and third-party requests in Chromium (axe-core), and Lighthouse scores.
 * Prints a table, then every failure with its page, check and figures; exits 1 on any failure.
 *
 *   node scripts/audit.ts [--reuse] [--out dist] [--quick] [--skip lighthouse,html,…] [--templates home,…]
 *   node scripts/audit.ts --site <folder>   audit a site built elsewhere (e.g. the bench's), never rebuilding it
 *
 * --quick runs Lighthouse only on the templates marked `quick` (npm test); the other checks
 * always cover every template (browser checks) or every file (links, budgets, HTML).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { browserViewports, checkInBrowser, launchChromium } from './audit/browser.ts';
import { checkBudgets, formatBudgetProblem, kb } from './audit/budgets.ts';
import { maxDomElements, measure, startLighthouse, minimumScores, type Category } from './audit/lighthouse.ts';
import { checkLinks } from './audit/links.ts';
import { builtSite, sampleSite, templates } from './audit/pages.ts';
import { formatTable, score, type Row } from './audit/report.ts';
import { detectLocation } from './audit/site-files.ts';
import { formatHtmlError, validateHtml } from './audit/vnu.ts';
import { serveStatic } from './serve/static-server.ts';

const CHECKS = ['links', 'budgets', 'html', 'browser', 'lighthouse'] as const;
const { values } = parseArgs({
	options: {
		reuse: { type: 'boolean', default: false },
		out: { type: 'string', default: process.env.CANHBAO_OUT ?? 'dist' },
		quick: { type: 'boolean', default: false },
		skip: { type: 'string', default: '' },
		templates: { type: 'string', default: '' },
		site: { type: 'string' },
	},
});
/** --templates home,recipient: only those templates (names as in scripts/audit/pages.ts), for iterating. */
const only = values.templates.split(',').filter(Boolean);
const skip = new Set(values.skip.split(',').filter(Boolean));
for (const name of skip)
	if (!(CHECKS as readonly string[]).includes(name)) throw new Error(`--skip: unknown check "${name}"; known: ${CHECKS.join(', ')}`);
// --site: any built folder (docs/audit.md), audited as it is; building into it would replace what was asked for.
if (values.site !== undefined && !existsSync(path.join(values.site, 'index.html'))) {
	console.error(`audit: --site: ${values.site}: expected a built site folder with an index.html (e.g. the bench's …/run-1/out)`);
	process.exit(2);
}
const out = path.resolve(values.site ?? values.out);
if (values.site !== undefined) values.reuse = true;
const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const rows: Row[] = [];
/** Rows are printed as they come, so a long audit shows where it is; the table follows at the end. */
const addRow = (row: Row) => {
	rows.push(row);
	console.log(`audit: ${row.result.padEnd(4)} ${row.check}: ${row.page}: ${row.detail}`);
};
const failures: string[] = [];
const fail = (check: string, page: string, message: string) => failures.push(`${check}: ${page}: ${message}`);

if (!values.reuse || !existsSync(path.join(out, 'index.html'))) {
	console.log(`audit: building the site into ${path.relative(process.cwd(), out) || out}`);
	const build = spawnSync(process.execPath, ['scripts/build.ts'], {
		stdio: 'inherit',
		env: { ...process.env, CANHBAO_OUT: out, CANHBAO_LOG: 'quiet' },
	});
	if (build.status !== 0) {
		console.error('audit: the build failed; nothing to audit.');
		process.exit(1);
	}
}
const location = detectLocation(out);
const site = builtSite(out, location);
const sampling = sampleSite(site, only.length ? templates.filter((t) => only.includes(t.name)) : templates);
for (const template of sampling.missing) {
	addRow({ check: 'templates', page: template.name, result: 'FAIL', detail: 'no such page in the build' });
	fail('templates', template.name, 'the template is listed as landed (scripts/audit/pages.ts) but the build has no such page');
}
for (const template of sampling.pending)
	addRow({ check: 'templates', page: template.name, result: 'note', detail: 'not built yet (its issue has not landed); skipped' });

if (!skip.has('links')) {
	const since = performance.now();
	const report = checkLinks(out, location);
	addRow({
		check: 'links',
		page: `${report.pages} pages`,
		result: report.problems.length ? 'FAIL' : 'pass',
		detail: `${report.links} links, ${report.problems.length} broken (${seconds(since)})`,
	});
	for (const problem of report.problems) fail('links', problem.file, `${problem.link}: ${problem.reason}`);
}

if (!skip.has('budgets')) {
	const report = checkBudgets(out, location);
	const byRule = Map.groupBy(report.weights, (w) => w.rule);
	for (const [rule, weights] of byRule) {
		const heaviest = weights.reduce((a, b) => (a.html + a.css >= b.html + b.css ? a : b));
		const mostJs = weights.reduce((a, b) => (a.js >= b.js ? a : b));
		const problems = report.problems.filter((p) => p.rule === rule);
		addRow({
			check: 'budgets',
			page: `${rule} (${weights.length})`,
			result: problems.length ? 'FAIL' : 'pass',
			detail: `heaviest HTML+CSS ${kb(heaviest.html + heaviest.css)} (${heaviest.page || '/'}), most JS ${kb(mostJs.js)}`,
		});
	}
	for (const problem of report.problems) failures.push(`budgets: ${formatBudgetProblem(problem)}`);
}

if (!skip.has('html')) {
	const since = performance.now();
	const errors = await validateHtml(out);
	addRow({
		check: 'html (vnu)',
		page: `${site.pages.length} pages`,
		result: errors.length ? 'FAIL' : 'pass',
		detail: `${errors.length} errors (${seconds(since)})`,
	});
	for (const error of errors) failures.push(`html: ${formatHtmlError(error)}`);
}

const needsServer = !skip.has('browser') || !skip.has('lighthouse');
const server = needsServer ? await serveStatic({ dir: out, base: location.base }) : undefined;
try {
	if (server && !skip.has('browser')) {
		const since = performance.now();
		const browser = await launchChromium();
		try {
			for (const sample of sampling.samples) {
				for (const viewport of browserViewports) {
					const finding = await checkInBrowser(browser, server.url, sample, viewport);
					const problems = [
						...finding.violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`),
						...finding.foreignRequests.map((r) => `request to another origin: ${r}`),
						...finding.consoleErrors.map((e) => `console error: ${e}`),
					];
					addRow({
						check: `browser ${viewport}`,
						page: `${sample.template.name}`,
						result: problems.length ? 'FAIL' : 'pass',
						detail: `${finding.violations.length} axe violations, ${finding.foreignRequests.length} foreign requests, ${finding.consoleErrors.length} console errors`,
					});
					for (const problem of problems) fail(`browser ${viewport}`, `${sample.template.name} (/${sample.path})`, problem);
				}
			}
		} finally {
			await browser.close();
		}
		console.log(`audit: browser checks took ${seconds(since)}`);
	}

	if (server && !skip.has('lighthouse')) {
		const since = performance.now();
		const runner = await startLighthouse(server.url);
		try {
			// One sample per template (the search results state is the search page again).
			const samples = sampling.samples.filter((s) => !s.template.query && (!values.quick || s.template.quick));
			for (const sample of samples) {
				const finding = await measure(runner, new URL(sample.path, server.url).href, sample);
				const below = (Object.keys(finding.scores) as Category[]).filter((c) => finding.scores[c]! < minimumScores[c]);
				const scores = (Object.keys(minimumScores) as Category[]).map(
					(c) =>
						`${c.replace('best-practices', 'bp').replace('accessibility', 'a11y').replace('performance', 'perf')} ${score(finding.scores[c])}`,
				);
				const tooLarge = (finding.dom ?? 0) > maxDomElements;
				addRow({
					check: 'lighthouse',
					page: sample.template.name,
					result: below.length || tooLarge ? 'FAIL' : 'pass',
					detail: `${scores.join(', ')}; LCP ${Math.round(finding.lcp ?? 0)} ms, TBT ${Math.round(finding.tbt ?? 0)} ms, ${finding.dom ?? '?'} elements${finding.runs > 1 ? `; best of ${finding.runs} runs` : ''}`,
				});
				if (tooLarge) fail('lighthouse', `${sample.template.name} (/${sample.path})`, `${finding.dom} DOM elements > ${maxDomElements}`);
				for (const category of below) {
					fail(
						'lighthouse',
						`${sample.template.name} (/${sample.path})`,
						`${category} ${score(finding.scores[category])} < ${score(minimumScores[category])}: ${(finding.failedAudits[category] ?? []).join('; ')}`,
					);
				}
			}
		} finally {
			await runner.close();
		}
		console.log(`audit: Lighthouse took ${seconds(since)}`);
	}
} finally {
	await server?.close();
}

console.log(`\n${formatTable(rows)}\n`);
const failed = rows.filter((r) => r.result === 'FAIL').length;
const passed = rows.filter((r) => r.result === 'pass').length;
if (failures.length) {
	console.error(`audit: ${failures.length} failure(s):`);
	for (const failure of failures) console.error(`  ${failure}`);
	console.error(`audit: FAILED in ${seconds(started)}`);
	console.log(`audit: ${passed} passed, ${failed} failed`);
	process.exit(1);
}
console.log(`audit: all gates passed in ${seconds(started)}`);
console.log(`audit: ${passed} passed, ${failed} failed`);
