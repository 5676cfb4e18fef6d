/**
 * Search figures for the benchmark: index size, indexing time, and for typical queries the bytes
 * a browser fetches and the time to first results in headless Chromium, cold and warm; then the
 * same for plain Pagefind over the same built pages (baseline.ts), and the ratios against the
 * targets of issue #21.
 *
 *   node scripts/bench/search.ts --n 1000        generate, build, measure
 *   node scripts/bench/search.ts --dist <dir>     measure an existing build served at /
 *   … --no-baseline                               skip plain Pagefind
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { generateCorpus, REPO_ROOT } from './corpus.ts';
import { serveStatic } from './static.ts';
import { median, preparePlainPagefind, ratioTable } from './search-baseline.ts';

export interface QueryFigure {
	query: string;
	results: number;
	coldMs: number;
	coldKB: number;
	warmMs: number;
	warmKB: number;
	/** Where the cold run's time went in the page (src/scripts/search.ts marks it), ms by step. */
	trace: Record<string, number>;
	/** The same for the warm run. */
	warmTrace: Record<string, number>;
}

export interface SearchFigures {
	indexSeconds: number | null;
	records: number | null;
	indexMB: number;
	queries: QueryFigure[];
}

/** Everything Pagefind wrote except its optional UI bundles, which the site does not load. */
export function indexBytes(pagefindDir: string): number {
	let total = 0;
	for (const entry of readdirSync(pagefindDir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || /ui\.(js|css)$|highlight\.js$/.test(entry.name)) continue;
		total += statSync(path.join(entry.parentPath, entry.name)).size;
	}
	return total;
}

/**
 * Records and indexing time from the search integration's line in a build log
 * ("25135 search records in 18 indexes: 2026-2, … indexed in 237664 ms alongside the pages");
 * null when every index came from the cache, or the line is missing.
 */
export function indexingFromLog(buildLog: string): { records: number; ms: number } | null {
	const logged = /(\d+) search records in \d+ indexes: .*? indexed in (\d+) ms/.exec(buildLog);
	return logged ? { records: Number(logged[1]), ms: Number(logged[2]) } : null;
}

export async function measureSearch(dist: string, queries: string[], buildLog = ''): Promise<SearchFigures> {
	const [figures] = await timeQueries([{ dist, pagePath: 'tim-kiem/' }], queries);
	return searchFigures(dist, figures, buildLog);
}

/** Index size and indexing time of the build in `dist`, with its query figures. */
export function searchFigures(dist: string, queries: QueryFigure[], buildLog = ''): SearchFigures {
	const logged = indexingFromLog(buildLog);
	return {
		indexSeconds: logged ? logged.ms / 1000 : null,
		records: logged ? logged.records : null,
		indexMB: Number((indexBytes(path.join(dist, 'pagefind')) / 1024 / 1024).toFixed(2)),
		queries,
	};
}

/** A built site and its search page, which reads ?q= and writes "N kết quả" into [data-search-status] once the first results are shown. */
export interface SearchTarget {
	dist: string;
	pagePath: string;
}

/**
 * Times `queries` on each target's page: from navigation to the results count (the page's
 * `search:total` measure when it has one), cold in a fresh
 * browser context, then warm (same context, HTTP cache filled). Bytes are everything the page
 * fetched until the network went idle. The targets take turns, query by query and run by run, so
 * that on a shared machine they see the same load and their ratio means something. Returns the
 * figures per target, in the order given.
 */
export async function timeQueries(targets: SearchTarget[], queries: string[], repeat = REPEAT): Promise<QueryFigure[][]> {
	const servers = await Promise.all(targets.map((t) => serveStatic(t.dist)));
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--disable-background-networking', '--disable-component-update'],
	});
	const figures: QueryFigure[][] = targets.map(() => []);
	const timeOnce = async (url: string): Promise<{ cold: Run; warm: Run }> => {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			let bytes = 0;
			page.on('requestfinished', (request) => {
				void request.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize));
			});
			const run = async (): Promise<Run> => {
				bytes = 0;
				const started = performance.now();
				await page.goto(url);
				await page
					.locator('[data-search-status]')
					.filter({ hasText: /kết quả/ })
					.waitFor({ timeout: 30_000 });
				const ms = performance.now() - started;
				await page.waitForLoadState('networkidle');
				const trace = await page.evaluate(() =>
					Object.fromEntries(
						performance
							.getEntriesByType('measure')
							.filter((m) => m.name.startsWith('search:'))
							.map((m) => [m.name.slice('search:'.length), m.duration]),
					),
				);
				return {
					trace,
					// The page's own measure from navigation to results, when it marks one (both pages do):
					// the wall time seen from here adds Playwright's round trips, the same for both, which
					// would only blur the ratio.
					ms: trace.total ?? ms,
					kb: bytes / 1024,
					results: Number(/(\d+) kết quả/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[1] ?? 0),
				};
			};
			const cold = await run();
			return { cold, warm: await run() };
		} finally {
			await context.close();
		}
	};
	try {
		for (const query of queries) {
			const runs: { cold: Run; warm: Run }[][] = targets.map(() => []);
			for (let i = 0; i < repeat; i++)
				for (const [t, target] of targets.entries())
					runs[t].push(await timeOnce(`${servers[t].url}${target.pagePath}?q=${encodeURIComponent(query)}`));
			for (const [t, list] of runs.entries()) {
				const mid = (pick: (r: { cold: Run; warm: Run }) => number) => Math.round(median(list.map(pick)));
				const steps = (which: 'cold' | 'warm') =>
					Object.fromEntries(
						[...new Set(list.flatMap((r) => Object.keys(r[which].trace)))].map((step) => [step, mid((r) => r[which].trace[step] ?? 0)]),
					);
				figures[t].push({
					query,
					results: list[0].cold.results,
					coldMs: mid((r) => r.cold.ms),
					coldKB: mid((r) => r.cold.kb),
					warmMs: mid((r) => r.warm.ms),
					warmKB: mid((r) => r.warm.kb),
					trace: steps('cold'),
					warmTrace: steps('warm'),
				});
			}
		}
	} finally {
		await browser.close();
		await Promise.all(servers.map((s) => s.close()));
	}
	return figures;
}

/** Where the time went, per query, in the order the page does it, cold and warm. */
export function traceTable(queries: QueryFigure[]): string {
	const steps = [...new Set(queries.flatMap((q) => Object.keys(q.trace)))];
	if (!steps.length) return '';
	return (['trace', 'warmTrace'] as const)
		.flatMap((which) => [
			`  trace (${which === 'trace' ? 'cold' : 'warm'}, ms)`.padEnd(28) + steps.map((s) => s.padStart(10)).join(''),
			...queries.map((q) => `  ${q.query.padEnd(26)} ${steps.map((s) => String(q[which][s] ?? '–').padStart(10)).join('')}`),
		])
		.join('\n');
}

export function searchTable(f: SearchFigures): string {
	const lines = [
		'search',
		`  index              ${f.indexMB} MB${f.records !== null ? `, ${f.records} records indexed in ${f.indexSeconds?.toFixed(2)} s` : ''}`,
		'  query                      results   cold ms   cold KB   warm ms   warm KB',
		...f.queries.map(
			(q) =>
				`  ${q.query.padEnd(26)} ${String(q.results).padStart(7)} ${String(q.coldMs).padStart(9)} ${String(q.coldKB).padStart(9)} ${String(q.warmMs).padStart(9)} ${String(q.warmKB).padStart(9)}`,
		),
		traceTable(f.queries),
	].filter(Boolean);
	return lines.join('\n');
}

/**
 * Each query is timed this many times, each in a fresh browser context, and the medians kept: on
 * a shared machine one run's timing is mostly noise.
 */
export const REPEAT = 3;

interface Run {
	ms: number;
	kb: number;
	results: number;
	trace: Record<string, number>;
}

/** Typical staff queries: unaccented, accented with đ, a task, a CVE, a document number. */
export const TYPICAL_QUERIES = ['ma doc', 'lỗ hổng', 'đổi mật khẩu', 'dieu khien', 'CVE-2021-44228', '1002/STTTT-CNTT'];

if (import.meta.main) {
	const { values } = parseArgs({
		options: {
			n: { type: 'string', default: '1000' },
			dist: { type: 'string' },
			keep: { type: 'boolean', default: false },
			'no-baseline': { type: 'boolean', default: false },
		},
	});
	let dist = values.dist;
	let log = '';
	let work: string | undefined;
	if (!dist) {
		work = mkdtempSync(path.join(tmpdir(), 'canhbao-search-bench-'));
		await generateCorpus(path.join(work, 'content'), Number(values.n));
		dist = path.join(work, 'out');
		const build = spawnSync(process.execPath, ['scripts/build.ts'], {
			cwd: REPO_ROOT,
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024,
			env: { ...process.env, CANHBAO_CONTENT: path.join(work, 'content'), CANHBAO_OUT: dist, CANHBAO_CACHE: path.join(work, 'cache') },
		});
		if (build.status !== 0) {
			console.error(build.stderr.slice(-4000));
			process.exit(1);
		}
		log = build.stdout;
	}
	if (values['no-baseline']) console.log(searchTable(await measureSearch(dist, TYPICAL_QUERIES, log)));
	else {
		const baseline = preparePlainPagefind(dist);
		try {
			const [site, plain] = await timeQueries([{ dist, pagePath: 'tim-kiem/' }, baseline.target], TYPICAL_QUERIES);
			const ours = searchFigures(dist, site, log);
			console.log(searchTable(ours));
			console.log(ratioTable(ours, { ...baseline.index, queries: plain }));
		} finally {
			baseline.remove();
		}
	}
	if (work && values.keep) console.log(`kept ${work}`);
	if (work && !values.keep) rmSync(work, { recursive: true, force: true });
}
