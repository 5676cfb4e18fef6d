/** Worker thread entry: draws the cards the cache lacks (src/lib/outputs/cards/render.ts) and reports back. */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { CardModel } from '../lib/outputs/cards/model.ts';
import { renderCards } from '../lib/outputs/cards/render.ts';

export interface DrawJob {
	cards: CardModel[];
	cacheDir: string;
}

// Pages are the longer road through a build: let them have a core whenever both want one.
try {
	setPriority(10);
} catch {
	// Not allowed here (some containers): drawing at normal priority is only a little slower.
}

try {
	const { cards, cacheDir } = workerData as DrawJob;
	parentPort!.postMessage({ ok: true, result: await renderCards(cards, { cacheDir }) });
} catch (error) {
	parentPort!.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
parentPort!.close();
