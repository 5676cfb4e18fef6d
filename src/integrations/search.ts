import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { linkTree } from '../lib/build-cache.ts';
import { checkedCatalog } from './content-check.ts';
import type { IndexJob, IndexResult } from './search-index.ts';

export { writeSearchIndex } from './search-index.ts';

/** Runs the index job in a worker thread; rejects with the worker's own error. */
function indexInWorker(job: IndexJob): Promise<IndexResult> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { workerData: job });
		let settled = false;
		worker.once('message', (message: { ok: true; result: IndexResult } | { ok: false; message: string }) => {
			settled = true;
			if (message.ok) resolve(message.result);
			else reject(new Error(`search index: ${message.message}`));
		});
		worker.once('error', (error) => {
			settled = true;
			reject(error);
		});
		worker.once('exit', (code) => {
			if (!settled) reject(new Error(`search index: the worker stopped (exit code ${code}) without a result`));
		});
	});
}

/**
 * Builds the search index inside `astro build`, from the catalog's search records (one per
 * advisory, one per action) rather than by scraping pages, so menus and footers stay out of it.
 *
 * Because the records come from the content, not from pages, indexing starts when the build
 * starts, in a worker thread and Pagefind's own process, while Astro bundles and renders on the
 * other core; the finished index is put into the site at the end. An index is kept in the cache
 * folder under a digest of its records: a build whose records did not change reuses it.
 */
export function search(root: string): AstroIntegration {
	let cacheRoot = '';
	let pending: Promise<IndexResult> | undefined;
	return {
		name: 'canhbao:search',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheRoot = path.join(fileURLToPath(config.cacheDir), 'canhbao-search');
			},
			'astro:build:start': () => {
				pending = indexInWorker({ root, today: checkedCatalog().today, cacheRoot });
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
