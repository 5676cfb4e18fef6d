import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { allCards } from '../lib/cards/model.ts';
import { cardCacheDir, renderCards } from '../lib/cards/render.ts';
import { ContentError } from '../lib/problems.ts';
import { checkedContent } from './content-check.ts';

/**
 * Writes the social cards (`og/…png`) into the finished build. It runs after the pages because
 * it needs no page: the catalog says what every card shows. Astro's content layer is not
 * available in a hook, so the catalog is the one the content check built from the same files.
 */
export function cards(root: string): AstroIntegration {
	return {
		name: 'canhbao:cards',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { catalog, site, problems } = checkedContent(root);
				if (problems.length || !site) throw new ContentError(problems);
				const cacheDir = cardCacheDir();
				const stats = await renderCards(allCards(catalog, site), { outDir: fileURLToPath(dir), cacheDir });
				const pruned = stats.pruned ? `, ${stats.pruned} stale cache entries removed` : '';
				logger.info(`${stats.rendered + stats.reused} cards: ${stats.rendered} rendered, ${stats.reused} from the cache (${cacheDir}) in ${stats.seconds.toFixed(2)} s${pruned}`);
			},
		},
	};
}
