import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runWorker } from '../../src/integrations/worker.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'canhbao-worker-'));
function entry(name: string, code: string): URL {
	const file = path.join(dir, `${name}.mjs`);
	writeFileSync(file, `import { parentPort, workerData } from 'node:worker_threads';\n${code}\n`);
	return pathToFileURL(file);
}
const limits = { maxOldGenerationSizeMb: 64 };

describe('a build job in a worker thread', () => {
	it('resolves with its result, answering its questions on the way', async () => {
		const asks = entry(
			'asks',
			`
			parentPort.once('message', (answer) => parentPort.postMessage({ ok: true, result: answer * workerData }));
			parentPort.postMessage({ want: 'six' });`,
		);
		const result = await runWorker<number>('job', asks, 7, limits, (message, reply) =>
			reply((message as { want: string }).want === 'six' ? 6 : 0),
		);
		expect(result).toBe(42);
	});

	it('runs with the old generation asked for and a small young generation', async () => {
		const reports = entry(
			'limits',
			`import { resourceLimits } from 'node:worker_threads';\nparentPort.postMessage({ ok: true, result: resourceLimits });`,
		);
		const seen = await runWorker<{ maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number }>('job', reports, undefined, limits);
		expect(seen.maxOldGenerationSizeMb).toBe(64);
		expect(seen.maxYoungGenerationSizeMb).toBe(8);
	});

	it('rejects with the error the job reports, naming the job', async () => {
		const fails = entry('fails', `parentPort.postMessage({ ok: false, message: 'Pagefind said no' });`);
		await expect(runWorker('search index', fails, undefined, limits)).rejects.toThrow('search index: Pagefind said no');
	});

	it('rejects when the worker stops without a result or throws', async () => {
		await expect(runWorker('social cards', entry('exits', 'process.exit(3);'), undefined, limits)).rejects.toThrow(
			'social cards: the worker stopped (exit code 3) without a result',
		);
		await expect(runWorker('social cards', entry('throws', "throw new Error('font missing');"), undefined, limits)).rejects.toThrow(
			'font missing',
		);
	});
});
