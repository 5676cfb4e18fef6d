/**
 * A tiny seeded random source for the synthetic corpus. Math.random cannot be seeded, and the
 * benchmark needs the same corpus for the same n and seed so that figures from different
 * commits measure the code, not a different input.
 */

export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both ends included. */
	int(min: number, max: number): number;
	/** True with the given probability. */
	chance(probability: number): boolean;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** One element, chosen with the given relative weights. */
	weighted<T>(items: readonly (readonly [T, number])[]): T;
	/** `count` distinct elements, in the list's own order (dispatches keep a stable order). */
	sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32: 32-bit state, good enough spread for test data and trivially portable. */
export function mulberry32(seed: number): Random {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => {
		if (items.length === 0) throw new Error('pick() from an empty list');
		return items[int(0, items.length - 1)];
	};
	return {
		next,
		int,
		chance: (probability) => next() < probability,
		pick,
		weighted<T>(items: readonly (readonly [T, number])[]): T {
			const total = items.reduce((sum, [, weight]) => sum + weight, 0);
			let roll = next() * total;
			for (const [item, weight] of items) {
				roll -= weight;
				if (roll < 0) return item;
			}
			return items[items.length - 1][0];
		},
		sample<T>(items: readonly T[], count: number): T[] {
			const indexes = items.map((_, index) => index);
			// Partial Fisher-Yates, then restore the original order of the chosen ones.
			const wanted = Math.min(count, items.length);
			for (let i = 0; i < wanted; i++) {
				const j = int(i, indexes.length - 1);
				[indexes[i], indexes[j]] = [indexes[j], indexes[i]];
			}
			return indexes
				.slice(0, wanted)
				.sort((a, b) => a - b)
				.map((index) => items[index]);
		},
	};
}
