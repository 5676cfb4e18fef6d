/**
 * Card benchmark: generates a synthetic corpus of N advisories and draws every social card twice
 * through one fresh cache folder: cold (all drawn) and warm (all copied from the cache), then once
 * more after one advisory changed. Prints the times; the figures the README quotes come from here.
 *
 *   npm run bench:cards -- --n 1000 [--seed 1] [--json cards.json]
 */
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/corpus.ts';
import { buildCards } from '../src/lib/outputs/cards/policy.ts';
import { renderCards, type CardStats } from '../src/lib/outputs/cards/render.ts';
import { ContentError } from '../src/lib/util/problems.ts';
import { checkContent } from '../src/lib/model/load.ts';

const { values } = parseArgs({
	options: {
		n: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '1' },
		json: { type: 'string' },
		help: { type: 'boolean', default: false },
	},
});
if (values.help) {
	console.log('Usage: node scripts/bench-cards.ts [--n 1000] [--seed 1] [--json file]');
	process.exit(0);
}
const n = Number(values.n);
const seed = Number(values.seed);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) throw new Error('--n must be a positive integer and --seed an integer');

const work = await mkdtemp(path.join(tmpdir(), 'canhbao-bench-cards-'));
try {
	const content = path.join(work, 'content');
	await generateCorpus(content, n, seed);
	// A fixed "today" so that statuses, and so the cards, do not depend on the day of the run.
	const { catalog, site, problems } = checkContent(content, '2026-11-26');
	if (problems.length || !site) throw new ContentError(problems);
	const cards = buildCards(catalog, site);
	const cacheDir = path.join(work, 'cache');
	const run = (name: string, list = cards): Promise<CardStats> => renderCards(list, { outDir: path.join(work, name), cacheDir });

	const cold = await run('cold');
	const warm = await run('warm');
	const changed = cards.map((c, i) => (i === 1 ? { ...c, title: `${c.title} (cập nhật)` } : c));
	const oneChanged = await run('one-changed', changed);
	const cacheBytes = (await Promise.all((await readdir(cacheDir)).map(async (f) => (await stat(path.join(cacheDir, f))).size))).reduce(
		(a, b) => a + b,
		0,
	);

	const result = {
		advisories: catalog.advisories.length,
		cards: cards.length,
		coldSeconds: round(cold.seconds),
		coldMsPerCard: round((cold.seconds * 1000) / cold.rendered, 1),
		warmSeconds: round(warm.seconds),
		warmRendered: warm.rendered,
		oneChangedSeconds: round(oneChanged.seconds),
		oneChangedRendered: oneChanged.rendered,
		cacheMB: round(cacheBytes / 1024 / 1024, 1),
		node: process.version,
		cpus: availableParallelism(),
	};
	console.log(
		[
			'canhbao card benchmark',
			`  advisories          ${result.advisories} (seed ${seed}); ${result.cards} cards with home and recipients`,
			`  cold (empty cache)  ${result.coldSeconds} s, ${result.coldMsPerCard} ms a card`,
			`  warm (unchanged)    ${result.warmSeconds} s, ${result.warmRendered} drawn`,
			`  one advisory edited ${result.oneChangedSeconds} s, ${result.oneChangedRendered} drawn`,
			`  cache size          ${result.cacheMB} MB`,
			`  node                ${result.node}, ${result.cpus} CPUs`,
		].join('\n'),
	);
	if (values.json)
		await writeFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), values.json), `${JSON.stringify(result, null, '\t')}\n`);
} finally {
	await rm(work, { recursive: true, force: true });
}

function round(value: number, digits = 2): number {
	return Number(value.toFixed(digits));
}
