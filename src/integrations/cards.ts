import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { CardModel } from '../lib/outputs/cards/model.ts';
import { buildCards } from '../lib/outputs/cards/policy.ts';
import { cardCacheDir, renderCards, type CardStats } from '../lib/outputs/cards/render.ts';
import { ContentError } from '../lib/util/problems.ts';
import type { CheckedContent } from '../lib/model/load.ts';
import type { DrawJob } from './cards-worker.ts';
import { runWorker } from './worker.ts';

/**
 * Draws the cards the cache lacks in a worker thread. Its heap is small (card models, and one
 * card's SVG and pixels per slot), so a runaway fails the build instead of taking the memory.
 */
function drawInWorker(job: DrawJob): Promise<CardStats> {
	return runWorker<CardStats>('social cards', new URL('./cards-worker.ts', import.meta.url), job, { maxOldGenerationSizeMb: 256 });
}

/**
 * Writes the social cards (`og/…png`) into the finished build. The catalog says what every card
 * shows, so no page is needed: the cards the cache lacks are drawn in a worker thread from the
 * moment the content is checked, beside the pages (a thousand cards take about a minute of CPU),
 * and the finished build only links them in from the cache.
 */
export function cards(content: CheckedContent): AstroIntegration {
	let models: CardModel[] | undefined;
	let drawing: Promise<CardStats> | undefined;
	const modelsOf = () => {
		const { catalog, site, problems } = content;
		if (problems.length || !site) throw new ContentError(problems);
		return buildCards(catalog, site);
	};
	return {
		name: 'canhbao:cards',
		hooks: {
			// As soon as the content is checked (src/integrations/canhbao.ts runs the check first).
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
				// The worker drew what the cache lacked; this run finds (almost) everything there.
				const total = stats.rendered + stats.reused;
				const rendered = (drawn?.rendered ?? 0) + stats.rendered;
				const pruned = (drawn?.pruned ?? 0) + stats.pruned;
				const when = drawn
					? ` (drawn beside the pages in ${drawn.seconds.toFixed(2)} s; ${((performance.now() - started) / 1000).toFixed(2)} s waited and placed)`
					: ` in ${stats.seconds.toFixed(2)} s`;
				logger.info(
					`${total} cards: ${rendered} rendered, ${total - rendered} from the cache (${cacheDir})${when}${pruned ? `, ${pruned} stale cache entries removed` : ''}`,
				);
			},
		},
	};
}
