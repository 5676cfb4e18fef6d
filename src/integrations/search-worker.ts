/** Worker thread entry: builds one search index (search-index.ts) and reports back. */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex, type IndexJob } from './search-index.ts';
import type { SearchRecord } from '../lib/outputs/search.ts';

// Pages are the longer road through a build: let them have a core whenever both want one. On
// Linux this lowers this thread only, and the Pagefind processes it starts inherit it.
try {
	setPriority(10);
} catch {
	// Not allowed here (some containers): indexing at normal priority is only a little slower.
}

/** Records of one shard, asked from the main thread, which holds the catalog. */
const waiting = new Map<string, (records: SearchRecord[]) => void>();
parentPort!.on('message', (message: { shard: string; records: SearchRecord[] }) => {
	waiting.get(message.shard)?.(message.records);
	waiting.delete(message.shard);
});
const recordsOf = (shard: string) =>
	new Promise<SearchRecord[]>((resolve) => {
		waiting.set(shard, resolve);
		parentPort!.postMessage({ want: shard });
	});

try {
	parentPort!.postMessage({ ok: true, result: await buildSearchIndex(workerData as IndexJob, recordsOf) });
} catch (error) {
	parentPort!.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
parentPort!.close();
