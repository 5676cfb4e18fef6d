/**
 * Validate benchmark: how long `npm run validate` (what the pre-commit hook runs) takes on a
 * synthetic corpus of N advisories, with the bodies as generated (plain Markdown: the fast path,
 * not parsed) and with every body made to need MDX (a tag, a comment, a link: every body parsed and
 * compiled), the worst case. Prints the command's wall time (what the hook waits for), the whole
 * check in process and the body check alone, each the median of --runs.
 *
 *   node scripts/run.mjs scripts/bench/validate.ts --n 1000 [--runs 5] [--seed 1]
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkBodies } from '../../src/lib/content/mdx-check.ts';
import { ContentError } from '../../src/lib/util/problems.ts';
import { loadContent } from '../../src/lib/content/source-fs.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { CORPUS_TODAY, generateCorpus, REPO_ROOT } from './corpus.ts';

const { values } = parseArgs({
	options: { n: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' } },
});
const n = Number(values.n);
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed))
	throw new Error('--n and --runs must be positive integers, --seed an integer');

/** What an editor's body that needs MDX looks like: HTML, a comment, a link, escaped braces. */
const MDX_PARAGRAPH =
	'Xem <span title="ghi chú">hướng dẫn</span> tại [trang của Trung tâm](https://khonggianmang.vn/) {/* nguồn: công văn gốc */} và mục \\{1\\}.';

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => unknown): number {
	const started = performance.now();
	run();
	return performance.now() - started;
}

const work = await mkdtemp(path.join(tmpdir(), 'canhbao-bench-validate-'));
try {
	const content = path.join(work, 'content');
	const { files } = await generateCorpus(content, n, seed);
	const measure = (label: string) => {
		const first = checkContent(content, CORPUS_TODAY);
		if (first.problems.length) throw new ContentError(first.problems);
		const whole = median(Array.from({ length: runs }, () => time(() => checkContent(content, CORPUS_TODAY))));
		const { bodies } = loadContent(content);
		const body = median(Array.from({ length: runs }, () => time(() => checkBodies(bodies))));
		// What the hook waits for: a fresh process, module loading and all.
		const command = median(
			Array.from({ length: runs }, () =>
				time(() => {
					const run = spawnSync(process.execPath, ['scripts/validate.ts', '--content', content], { cwd: REPO_ROOT, encoding: 'utf8' });
					if (run.status !== 0) throw new Error(run.stderr);
				}),
			),
		);
		console.log(
			`${label.padEnd(26)} npm run validate ${(command / 1000).toFixed(2)} s   in process ${whole.toFixed(0).padStart(5)} ms   bodies alone ${body.toFixed(0).padStart(4)} ms (${(body / n).toFixed(3)} ms a body)`,
		);
	};
	console.log(`${n} advisories, median of ${runs} runs`);
	measure('plain bodies (fast path)');
	for (const file of files) {
		const target = path.join(content, file);
		await writeFile(target, `${(await readFile(target, 'utf8')).trimEnd()}\n\n${MDX_PARAGRAPH}\n`);
	}
	measure('every body needs MDX');
} finally {
	await rm(work, { recursive: true, force: true });
}
