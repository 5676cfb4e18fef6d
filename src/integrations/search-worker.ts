/** Worker thread entry: builds one search index (search-index.ts) and reports back. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex, type IndexJob } from './search-index.ts';

try {
	parentPort!.postMessage({ ok: true, result: await buildSearchIndex(workerData as IndexJob) });
} catch (error) {
	parentPort!.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
