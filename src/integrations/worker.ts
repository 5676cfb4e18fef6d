import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * A build job keeps little alive between steps, so a small young generation costs it no time
 * (measured on card drawing: about 4 ms of GC a card at 8, 16, 32 MB or V8's default) while the
 * default reserved about 55 MB more per worker.
 */
const YOUNG_GENERATION_MB = 8;

type Outcome<T> = { ok: true; result: T } | { ok: false; message: string };

/**
 * Runs a build job in a worker thread (`entry` answers with `{ ok, result }` or `{ ok, message }`)
 * and resolves with its result; rejects with the worker's own error, naming `what`. `onMessage`
 * gets every other message, with a way to answer it (the search worker asks for records).
 */
export function runWorker<T>(
	what: string,
	entry: URL,
	workerData: unknown,
	resourceLimits: ResourceLimits,
	onMessage?: (message: unknown, reply: (answer: unknown) => void) => void,
): Promise<T> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(entry, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, ...resourceLimits } });
		let settled = false;
		worker.on('message', (message: Outcome<T> | unknown) => {
			if (message && typeof message === 'object' && 'ok' in message) {
				settled = true;
				const outcome = message as Outcome<T>;
				if (outcome.ok) resolve(outcome.result);
				else reject(new Error(`${what}: ${outcome.message}`));
				return;
			}
			onMessage?.(message, (answer) => worker.postMessage(answer));
		});
		worker.once('error', (error) => {
			settled = true;
			reject(error);
		});
		worker.once('exit', (code) => {
			if (!settled) reject(new Error(`${what}: the worker stopped (exit code ${code}) without a result`));
		});
	});
}
