import type { IsoDate } from '../util/dates.ts';
import { foldVietnamese } from '../util/document-number.ts';

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

/** A name as import compares it: no case, diacritics or punctuation ("Các Sở, ban, ngành" = "cac so ban nganh"). */
export function nameKey(name: string): string {
	return foldVietnamese(name)
		.toLowerCase()
		.replace(/&/g, ' ')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

const overlap = (a: RegistryEntry, b: RegistryEntry) =>
	(!a.validFrom || !b.validUntil || a.validFrom <= b.validUntil) && (!b.validFrom || !a.validUntil || b.validFrom <= a.validUntil);

/**
 * Aliases that name another entry alive at the same time (by its name or one of its aliases):
 * import could not tell them apart. Two entries may share a name when one replaced the other.
 */
export function aliasClashes(
	entries: readonly (RegistryEntry & { name: string; aliases?: string[] })[],
): { index: number; alias: number; other: string }[] {
	const owners = new Map<string, number[]>();
	entries.forEach((entry, i) => {
		for (const name of [entry.name, ...(entry.aliases ?? [])]) {
			const list = owners.get(nameKey(name)) ?? [];
			if (!list.includes(i)) list.push(i);
			owners.set(nameKey(name), list);
		}
	});
	const clashes: { index: number; alias: number; other: string }[] = [];
	entries.forEach((entry, i) => {
		(entry.aliases ?? []).forEach((alias, j) => {
			const other = owners.get(nameKey(alias))!.find((k) => k !== i && overlap(entry, entries[k]));
			if (other !== undefined) clashes.push({ index: i, alias: j, other: entries[other].id });
		});
	});
	return clashes;
}
