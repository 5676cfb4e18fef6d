/**
 * The plain-Pagefind baseline of issue #21: Pagefind with default settings over the same built
 * pages (`pagefind --site <copy of dist without its index>`), searched by a page that calls
 * `pagefind.search(q)` and loads the first ten results' data, timed like the site's own search.
 * The ratios of the site to this baseline, in one run on one machine, the two timed in turns, are
 * what the targets judge.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './corpus.ts';
import { indexBytes, traceTable, type QueryFigure, type SearchFigures, type SearchTarget } from './search.ts';

export interface Baseline {
	indexMB: number;
	files: number;
	/** Wall and CPU seconds of `pagefind --site` (CPU: user + system, of Pagefind's process). */
	indexSeconds: number;
	indexCpuSeconds: number;
	queries: QueryFigure[];
}

/** Issue #21's targets: the site over plain Pagefind, median over the bench's queries. */
export const TARGETS = { coldMs: 1.3, warmMs: 1.3, coldKB: 1.5 } as const;

/** The page that searches like a plain Pagefind integration would, at /plain-search/. */
export const PLAIN_PAGE = `<!doctype html>
<html lang="vi"><meta charset="utf-8"><title>plain Pagefind</title>
<p data-search-status></p>
<script type="module">
const q = new URLSearchParams(location.search).get('q') ?? '';
const mark = (step, start) => performance.measure('search:' + step, { start, end: performance.now() });
let start = performance.now();
const pagefind = await import('/pagefind/pagefind.js');
mark('load', start);
start = performance.now();
const search = await pagefind.search(q);
mark('search', start);
start = performance.now();
await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
mark('fragments', start);
document.querySelector('[data-search-status]').textContent = search.results.length + ' kết quả';
mark('total', 0);
</script>
</html>
`;

function fileCount(dir: string): number {
	return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

/**
 * Indexes a hard-linked copy of `dist` (its own index left out) with plain Pagefind and adds the
 * plain search page; `remove` deletes the copy. Timed beside the site by `timeQueries`.
 */
export function preparePlainPagefind(dist: string): {
	index: Omit<Baseline, 'queries'>;
	target: SearchTarget;
	remove(): void;
} {
	const work = mkdtempSync(path.join(tmpdir(), 'canhbao-plain-pagefind-'));
	const remove = () => rmSync(work, { recursive: true, force: true });
	const site = path.join(work, 'site');
	try {
		// Hard links: the copy costs no disk, and Pagefind only reads the pages and writes pagefind/.
		const copy = spawnSync('cp', ['-al', dist, site], { encoding: 'utf8' });
		if (copy.status !== 0) throw new Error(`cp -al ${dist} ${site}: ${copy.stderr}`);
		rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
		const started = performance.now();
		const run = spawnSync('/usr/bin/time', ['-f', '%U %S', path.join(REPO_ROOT, 'node_modules', '.bin', 'pagefind'), '--site', site], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		const wall = (performance.now() - started) / 1000;
		if (run.status !== 0) throw new Error(`pagefind --site failed:\n${run.stderr.slice(-4000)}`);
		const [user, sys] = (run.stderr.trim().split('\n').pop() ?? '0 0').split(' ').map(Number);
		mkdirSync(path.join(site, 'plain-search'), { recursive: true });
		writeFileSync(path.join(site, 'plain-search', 'index.html'), PLAIN_PAGE);
		const pagefindDir = path.join(site, 'pagefind');
		return {
			index: {
				indexMB: Number((indexBytes(pagefindDir) / 1024 / 1024).toFixed(2)),
				files: fileCount(pagefindDir),
				indexSeconds: Number(wall.toFixed(2)),
				indexCpuSeconds: Number((user + sys).toFixed(2)),
			},
			target: { dist: site, pagePath: 'plain-search/' },
			remove,
		};
	} catch (error) {
		remove();
		throw error;
	}
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Ratios of the site to the baseline per query and their medians, each median marked met or missed. */
export function ratios(ours: QueryFigure[], plain: QueryFigure[]) {
	const rows = ours.map((q, i) => {
		const p = plain[i];
		return {
			query: q.query,
			coldMs: q.coldMs / Math.max(p.coldMs, 1),
			warmMs: q.warmMs / Math.max(p.warmMs, 1),
			coldKB: q.coldKB / Math.max(p.coldKB, 1),
		};
	});
	const medians = {
		coldMs: median(rows.map((r) => r.coldMs)),
		warmMs: median(rows.map((r) => r.warmMs)),
		coldKB: median(rows.map((r) => r.coldKB)),
	};
	const met = {
		coldMs: medians.coldMs <= TARGETS.coldMs,
		warmMs: medians.warmMs <= TARGETS.warmMs,
		coldKB: medians.coldKB <= TARGETS.coldKB,
	};
	return { rows, medians, met };
}

export function ratioTable(ours: SearchFigures, plain: Baseline): string {
	const { rows, medians, met } = ratios(ours.queries, plain.queries);
	const x = (v: number) => `${v.toFixed(2)}×`.padStart(9);
	const pad = (v: number | string, w = 9) => String(v).padStart(w);
	return [
		'plain Pagefind over the same pages (pagefind --site, default settings)',
		`  index              ${plain.indexMB} MB in ${plain.files} files, indexed in ${plain.indexSeconds} s (${plain.indexCpuSeconds} CPU s)`,
		'  query                      results   cold ms   cold KB   warm ms   warm KB',
		...plain.queries.map(
			(q) => `  ${q.query.padEnd(26)} ${pad(q.results, 7)} ${pad(q.coldMs)} ${pad(q.coldKB)} ${pad(q.warmMs)} ${pad(q.warmKB)}`,
		),
		traceTable(plain.queries),
		'ratios, this site / plain Pagefind',
		'  query                        cold ms   warm ms   cold KB',
		...rows.map((r) => `  ${r.query.padEnd(26)} ${x(r.coldMs)} ${x(r.warmMs)} ${x(r.coldKB)}`),
		`  ${'median'.padEnd(26)} ${x(medians.coldMs)} ${x(medians.warmMs)} ${x(medians.coldKB)}`,
		`  target                        ≤${TARGETS.coldMs}×     ≤${TARGETS.warmMs}×     ≤${TARGETS.coldKB}×`,
		`  ${''.padEnd(26)} ${pad(met.coldMs ? 'met' : 'MISSED')} ${pad(met.warmMs ? 'met' : 'MISSED')} ${pad(met.coldKB ? 'met' : 'MISSED')}`,
	].join('\n');
}
