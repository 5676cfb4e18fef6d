import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { allCards, type CardModel } from '../lib/cards/model.ts';
import { cardCacheDir, renderCards, type CardStats } from '../lib/cards/render.ts';
import { ContentError } from '../lib/problems.ts';
import { checkedContent } from './content-check.ts';
import type { DrawJob } from './cards-worker.ts';

type WorkerMessage = { ok: true; stats: CardStats } | { ok: false; message: string };

/** Draws the cards the cache lacks in a worker thread; rejects with the worker's own error. */
function drawInWorker(job: DrawJob): Promise<CardStats> {
	return new Promise((resolve, reject) => {
		// A small heap: V8 then collects as it goes instead of growing the build's peak memory. The
		// worker holds the card models and one card's SVG and pixels at a time per slot.
		const worker = new Worker(new URL('./cards-worker.ts', import.meta.url), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: 256 } });
		let settled = false;
		worker.once('message', (message: WorkerMessage) => {
			settled = true;
			if (message.ok) resolve(message.stats);
			else reject(new Error(`social cards: ${message.message}`));
		});
		worker.once('error', (error) => {
			settled = true;
			reject(error);
		});
		worker.once('exit', (code) => {
			if (!settled) reject(new Error(`social cards: the worker stopped (exit code ${code}) without a result`));
		});
	});
}

/**
 * Writes the social cards (`og/…png`) into the finished build. The catalog says what every card
 * shows, so no page is needed: the cards the cache lacks are drawn in a worker thread from the
 * moment the content is checked, beside the pages (a thousand cards take about a minute of CPU),
 * and the finished build only links them in from the cache. Astro's content layer is not
 * available in a hook, so the catalog is the one the content check built from the same files.
 */
export function cards(root: string): AstroIntegration {
	let models: CardModel[] | undefined;
	let drawing: Promise<CardStats> | undefined;
	const modelsOf = () => {
		const { catalog, site, problems } = checkedContent(root);
		if (problems.length || !site) throw new ContentError(problems);
		return allCards(catalog, site);
	};
	return {
		name: 'canhbao:cards',
		hooks: {
			// As soon as the content is checked (contentCheck() comes first).
			'astro:config:setup': ({ command }) => {
				if (command !== 'build') return;
				models = modelsOf();
				drawing = drawInWorker({ cards: models, cacheDir: cardCacheDir() });
				// Awaited in build:done; until then a failure must not count as unhandled.
				drawing.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const drawn = drawing ? await drawing : undefined;
				const cacheDir = cardCacheDir();
				const stats = await renderCards(models ?? modelsOf(), { outDir: fileURLToPath(dir), cacheDir });
				const rendered = (drawn?.rendered ?? 0) + stats.rendered;
				const pruned = stats.pruned + (drawn?.pruned ?? 0) ? `, ${stats.pruned + (drawn?.pruned ?? 0)} stale cache entries removed` : '';
				const beside = drawn ? ` (drawn beside the pages in ${drawn.seconds.toFixed(2)} s; ${((performance.now() - started) / 1000).toFixed(2)} s waited and placed)` : ` in ${stats.seconds.toFixed(2)} s`;
				logger.info(`${stats.rendered + stats.reused} cards: ${rendered} rendered, ${stats.reused + stats.rendered - rendered} from the cache (${cacheDir})${beside}${pruned}`);
			},
		},
	};
}
