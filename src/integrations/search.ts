import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { cachedFolder, digestOf, linkTree } from '../lib/build-cache.ts';
import { searchRecords, type SearchRecord } from '../lib/search.ts';
import { checkedCatalog } from './content-check.ts';

/** Records sent to Pagefind at once: enough to keep its service busy, few enough to bound memory. */
const IN_FLIGHT = 64;
/** Part of the cache key: another Pagefind may write another index from the same records. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/**
 * Writes a Pagefind index of `records` to `outputPath`. Pagefind's Node API reports most
 * problems in `errors` arrays instead of throwing: every one of them becomes an exception here,
 * so a broken index can never be published. Records are sent several at a time: one at a time,
 * each waited a round trip to Pagefind's process (the index is the same either way).
 */
export async function writeSearchIndex(records: SearchRecord[], outputPath: string): Promise<void> {
	const failures: string[] = [];
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', writePlayground: false });
		if (!index) throw new Error(errors.join('\n') || 'could not create an index');
		let next = 0;
		const send = async () => {
			while (next < records.length) {
				const record = records[next++];
				const added = await index.addCustomRecord(record);
				failures.push(...added.errors.map((e) => `${record.url}: ${e}`));
			}
		};
		await Promise.all(Array.from({ length: IN_FLIGHT }, send));
		if (!failures.length) failures.push(...(await index.writeFiles({ outputPath })).errors);
	} catch (error) {
		failures.push(error instanceof Error ? error.message : String(error));
	} finally {
		await pagefind.close();
	}
	if (failures.length) throw new Error(`Pagefind failed:\n${failures.join('\n')}`);
}

/**
 * Builds the search index inside `astro build`, from the catalog's search records (one per
 * advisory, one per action) rather than by scraping pages, so menus and footers stay out of it.
 *
 * Because the records come from the catalog, not from pages, indexing starts when the build
 * starts and runs in Pagefind's own process while Astro bundles and renders on the other core;
 * the finished index is put into the site at the end. An index is kept in the cache folder
 * under a digest of its records: a build whose records did not change reuses it.
 */
export function search(): AstroIntegration {
	let cacheRoot = '';
	let pending: Promise<{ folder: string; reused: boolean; records: number; ms: number }> | undefined;
	return {
		name: 'canhbao:search',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheRoot = path.join(fileURLToPath(config.cacheDir), 'canhbao-search');
			},
			'astro:build:start': () => {
				const started = performance.now();
				const records = searchRecords(checkedCatalog());
				const key = digestOf({ pagefind: PAGEFIND_VERSION, records });
				pending = cachedFolder(cacheRoot, key, (folder) => writeSearchIndex(records, folder)).then((cached) => ({
					...cached,
					records: records.length,
					ms: performance.now() - started,
				}));
				// Awaited in build:done; until then a failure must not count as unhandled.
				pending.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!pending) throw new Error('canhbao:search: the index was never started (no astro:build:start)');
				const index = await pending;
				linkTree(index.folder, path.join(fileURLToPath(dir), 'pagefind'));
				logger.info(
					index.reused
						? `${index.records} search records unchanged: index reused from the cache`
						: `indexed ${index.records} search records in ${Math.round(index.ms)} ms, alongside the pages`,
				);
			},
		},
	};
}
