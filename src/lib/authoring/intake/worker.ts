/** Reads one file for ./bounded.ts, in a worker thread that can be stopped and whose memory is capped. */
import { parentPort, workerData } from 'node:worker_threads';
import { IntakeError } from './errors.ts';
import { readIntake } from './read.ts';

const { bytes, name, shown } = workerData as { bytes: Uint8Array; name: string; shown: string };
try {
	const result = await readIntake(bytes, name, shown);
	parentPort!.postMessage({ ok: true, result });
} catch (error) {
	if (error instanceof IntakeError)
		parentPort!.postMessage({ ok: false, error: { file: error.file, field: error.field, reason: error.reason } });
	else
		parentPort!.postMessage({
			ok: false,
			error: { file: shown, field: '', reason: `cannot be read (${String((error as Error)?.message ?? error).slice(0, 200)})` },
		});
}
