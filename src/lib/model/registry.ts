import type { IsoDate } from '../util/dates.ts';

/** What recipients and authorities share: an id, a lifetime and successors. */
export interface RegistryEntry {
	id: string;
	validFrom?: IsoDate;
	validUntil?: IsoDate;
	successors: string[];
}

/** The name for tight places (tables, cards, filters): `shortName`, which defaults to `name`. */
export function shortLabel(entry: { name: string; shortName?: string | null }): string {
	return entry.shortName ?? entry.name;
}

/** Whether the entry existed on `date`. */
export function existedOn(entry: RegistryEntry, date: IsoDate): boolean {
	return (!entry.validFrom || entry.validFrom <= date) && (!entry.validUntil || date <= entry.validUntil);
}

/** Whether the entry has ceased to exist by `date` (a dissolved department, an abolished district). */
export function dissolvedBy(entry: RegistryEntry, date: IsoDate): boolean {
	return Boolean(entry.validUntil && entry.validUntil < date);
}

/**
 * Follows edges from `start` until nothing new is reached. Breadth-first, so the result lists
 * nearer entries first; cycles in editor data cannot make it loop.
 */
export function closure(start: Iterable<string>, next: (id: string) => Iterable<string>): string[] {
	const seen = new Set<string>(start);
	const queue = [...seen];
	for (let i = 0; i < queue.length; i++) {
		for (const id of next(queue[i])) {
			if (!seen.has(id)) {
				seen.add(id);
				queue.push(id);
			}
		}
	}
	return queue;
}

/** Reverse of a one-to-many relation: for successors, the predecessors; for memberOf, the members. */
export function invert<T extends { id: string }>(entries: Iterable<T>, edges: (entry: T) => string[]): Map<string, string[]> {
	const inverse = new Map<string, string[]>();
	for (const entry of entries) {
		for (const target of edges(entry)) {
			const list = inverse.get(target) ?? [];
			list.push(entry.id);
			inverse.set(target, list);
		}
	}
	return inverse;
}
