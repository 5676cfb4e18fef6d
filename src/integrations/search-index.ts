/**
 * The search index as a job of its own: from a content root to a finished Pagefind folder in
 * the cache. It runs in a worker thread (search-worker.ts) so that reading the records and
 * feeding Pagefind use the second core while Astro renders on the first.
 */
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { cachedFolder, digestOf } from '../lib/build-cache.ts';
import { searchRecords, type SearchRecord } from '../lib/search.ts';
import { checkContent } from '../lib/validate.ts';

/** Records sent to Pagefind at once: enough to keep its service busy, few enough to bound memory. */
const IN_FLIGHT = 64;
/** Part of the cache key: another Pagefind may write another index from the same records. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

export interface IndexJob {
	/** Content root to index (the build's CANHBAO_CONTENT). */
	root: string;
	/** The build's "today", so statuses match the pages. */
	today: string;
	/** Folder under which finished indexes are kept by digest. */
	cacheRoot: string;
}

export interface IndexResult {
	folder: string;
	reused: boolean;
	records: number;
	ms: number;
}

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

/** The index for a content root: reused from the cache when its records are unchanged. */
export async function buildSearchIndex(job: IndexJob): Promise<IndexResult> {
	const started = performance.now();
	// The build has already checked this content; a problem here means it changed meanwhile.
	const { catalog, problems } = checkContent(job.root, job.today);
	if (problems.length) throw new Error(`the content changed during the build (${problems.length} problems); build again`);
	const records = searchRecords(catalog);
	const key = digestOf({ pagefind: PAGEFIND_VERSION, records });
	const cached = await cachedFolder(job.cacheRoot, key, (folder) => writeSearchIndex(records, folder));
	return { ...cached, records: records.length, ms: performance.now() - started };
}
