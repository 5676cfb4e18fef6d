import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { linkTree } from './build-cache.ts';
import type { Catalog } from '../lib/model/catalog.ts';
import { searchShards, shardRecords } from '../lib/outputs/search.ts';
import type { IndexJob, IndexResult } from './search-index.ts';
import { runWorker } from './worker.ts';

export { writeSearchIndex } from './search-index.ts';

/**
 * Runs the index job in a worker thread, handing it each index's records when it asks (the
 * catalog stays here: a second copy in the worker cost hundreds of MB at 5,000 advisories).
 * Its heap is bounded (it holds one index's records at a time), so a runaway fails the build
 * instead of taking the machine's memory.
 */
function indexInWorker(catalog: Catalog, cacheRoot: string): Promise<IndexResult> {
	const shards = new Map(searchShards(catalog).map((shard) => [shard.name, shard]));
	const job: IndexJob = { shards: [...shards.keys()], cacheRoot };
	return runWorker<IndexResult>(
		'search index',
		new URL('./search-worker.ts', import.meta.url),
		job,
		{ maxOldGenerationSizeMb: 512 },
		(message, reply) => {
			const { want } = message as { want: string };
			const shard = shards.get(want);
			reply({ shard: want, records: shard ? shardRecords(catalog, shard) : [] });
		},
	);
}

/**
 * Builds the search index inside `astro build`, from the catalog's search records (one per
 * advisory, one per action) rather than by scraping pages, so menus and footers stay out of it.
 *
 * Because the records come from the content, not from pages, indexing starts as soon as the
 * content is checked, in a worker thread and Pagefind's own processes, while Astro syncs,
 * bundles and renders; the finished index is put into the site at the end. An index is kept in the cache
 * folder under a digest of its records: a build whose records did not change reuses it.
 */
export function search(catalog: Catalog): AstroIntegration {
	let pending: Promise<IndexResult> | undefined;
	return {
		name: 'canhbao:search',
		hooks: {
			// As soon as the content is checked (src/integrations/canhbao.ts runs the check first), not
			// after Astro's own content sync: the index does not need it.
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build') return;
				const cacheRoot = path.join(fileURLToPath(config.cacheDir), 'canhbao-search');
				pending = indexInWorker(catalog, cacheRoot);
				// Awaited in build:done; until then a failure must not count as unhandled.
				pending.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!pending) throw new Error('canhbao:search: the index was never started (astro:config:setup did not run for a build)');
				const { shards, ms } = await pending;
				const target = path.join(fileURLToPath(dir), 'pagefind');
				const [primary, ...others] = shards;
				linkTree(primary.folder, target);
				// A merged index needs only its data: Pagefind's scripts and WebAssembly come from the primary.
				for (const shard of others) linkTree(shard.folder, path.join(target, shard.name), isIndexData);
				logger.info(indexLogLine(shards, ms));
			},
		},
	};
}

/** The build log's line about the search index; `scripts/bench/search.ts` reads it back. */
export function indexLogLine(shards: ReadonlyArray<{ name: string; records: number; reused: boolean }>, ms: number): string {
	const made = shards.filter((s) => !s.reused);
	const records = shards.reduce((sum, s) => sum + s.records, 0);
	return made.length
		? `${records} search records in ${shards.length} indexes: ${made.map((s) => s.name).join(', ')} indexed in ${Math.round(ms)} ms alongside the pages, ${shards.length - made.length} reused`
		: `${records} search records in ${shards.length} indexes, all unchanged: reused from the cache`;
}

/** What a merged Pagefind index reads: its entry file, metadata and chunks. */
function isIndexData(relative: string): boolean {
	return relative === 'pagefind-entry.json' || relative.endsWith('.pf_meta') || /^(?:index|filter|fragment)(?:\/|$)/.test(relative);
}
