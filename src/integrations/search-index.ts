/**
 * The search index as a job of its own: from search records to finished Pagefind bundles in
 * the cache. It runs in a worker thread (search-worker.ts) so that digesting the records and
 * feeding Pagefind use the second core while Astro renders on the first; the build's main thread,
 * which holds the checked catalog, hands it the records one index at a time.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { cachedFolder, digestOf } from './build-cache.ts';
import type { SearchRecord } from '../lib/outputs/search.ts';

/** Records sent to Pagefind at once: enough to keep its service busy, few enough to bound memory. */
const IN_FLIGHT = 64;
/** Part of the cache key: another Pagefind may write another index from the same records. */
const PAGEFIND_VERSION = (
	JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;

export interface IndexJob {
	/** The indexes to make (src/lib/outputs/search.ts, searchShards), newest first: the first is the primary index. */
	shards: string[];
	/** Folder under which finished indexes are kept by digest. */
	cacheRoot: string;
}

export interface ShardIndex {
	/** Its name: the year, or the year and part (src/lib/outputs/search.ts, searchShards). */
	name: string;
	/** The finished Pagefind bundle in the cache. */
	folder: string;
	/** True when a previous build had made it. */
	reused: boolean;
	records: number;
}

export interface IndexResult {
	/** Newest first: the first is the primary index. */
	shards: ShardIndex[];
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

/**
 * The search index, one Pagefind bundle per year or part of a year: one whose records are
 * unchanged is reused from the cache. Indexes are made one after another, each in a Pagefind
 * process of its own, and their records are asked for one index at a time, so memory holds one
 * index at a time.
 */
export async function buildSearchIndex(job: IndexJob, recordsOf: (shard: string) => Promise<SearchRecord[]>): Promise<IndexResult> {
	const started = performance.now();
	const shards: ShardIndex[] = [];
	for (const name of job.shards) {
		const records = await recordsOf(name);
		const key = digestOf({ pagefind: PAGEFIND_VERSION, records });
		const cached = await cachedFolder(path.join(job.cacheRoot, name), key, (folder) => writeSearchIndex(records, folder));
		shards.push({ name, ...cached, records: records.length });
	}
	// An index with no advisories left is gone.
	const names = new Set(job.shards);
	if (existsSync(job.cacheRoot)) {
		for (const entry of readdirSync(job.cacheRoot))
			if (!names.has(entry)) rmSync(path.join(job.cacheRoot, entry), { recursive: true, force: true });
	}
	return { shards, ms: performance.now() - started };
}
