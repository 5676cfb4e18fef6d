/**
 * Reads a dispatch file within bounds of time and memory: the PDF, Word and mail parsers run in
 * a worker thread with a capped heap, stopped when it takes too long, so a hostile or damaged
 * file ends in a clear refusal instead of a hung or crashed import.
 */
import { Worker } from 'node:worker_threads';
import { IntakeError } from './errors.ts';
import type { IntakeText } from './read.ts';

export interface Bounds {
	/** Longest a file may take to read. */
	timeoutMs?: number;
	/** Heap the reader may use. */
	memoryMb?: number;
}

export const DEFAULT_BOUNDS = { timeoutMs: 60_000, memoryMb: 768 } as const;

export function readIntakeBounded(bytes: Uint8Array, name: string, shown: string, bounds: Bounds = {}): Promise<IntakeText> {
	const { timeoutMs, memoryMb } = { ...DEFAULT_BOUNDS, ...bounds };
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./worker.ts', import.meta.url), {
			workerData: { bytes, name, shown },
			resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(4, Math.floor(memoryMb / 8))) },
			stdout: true,
			stderr: true,
		});
		let settled = false;
		const settle = (fn: () => void) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			fn();
			void worker.terminate();
		};
		const timer = setTimeout(
			() =>
				settle(() =>
					reject(
						new IntakeError(
							shown,
							`took longer than ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 100) / 10} s` : `${timeoutMs} ms`} to read and was stopped; a damaged or hostile file? nothing was written`,
						),
					),
				),
			timeoutMs,
		);
		worker.on('message', (m: { ok: true; result: IntakeText } | { ok: false; error: { file: string; field: string; reason: string } }) =>
			settle(() =>
				m.ok
					? resolve({
							...m.result,
							...(m.result.original ? { original: { ...m.result.original, bytes: new Uint8Array(m.result.original.bytes) } } : {}),
						})
					: reject(new IntakeError(m.error.file, m.error.reason, m.error.field)),
			),
		);
		worker.on('error', (error: NodeJS.ErrnoException) =>
			settle(() =>
				reject(
					error.code === 'ERR_WORKER_OUT_OF_MEMORY'
						? new IntakeError(
								shown,
								`needs more than ${memoryMb} MB of memory to read and was stopped; a damaged or hostile file? nothing was written`,
							)
						: new IntakeError(shown, `cannot be read (${error.message})`),
				),
			),
		);
		worker.on('exit', (code) => settle(() => reject(new IntakeError(shown, `reader stopped (exit code ${code}) before it finished`))));
	});
}
