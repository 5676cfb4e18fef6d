/**
 * Finds registry entries by the names a dispatch prints ("Sở Thông tin và Truyền thông",
 * "UBND các huyện, thành phố, thị xã", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"): case, diacritics,
 * punctuation and "Ủy ban nhân dân"/"UBND" do not matter, and of several entries with one name
 * the one that existed on the dispatch's date wins.
 */
import type { IsoDate } from '../../util/dates.ts';
import { slugify } from '../../util/document-number.ts';
import { knownIds } from '../../util/problems.ts';
import { existedOn, type RegistryEntry } from '../../model/registry.ts';
import { fold } from './patterns.ts';

export interface NamedEntry extends RegistryEntry {
	name: string;
	shortName?: string;
	headerLines?: string[];
	aliases?: string[];
}

/** The forms under which a name is looked up: as written, and without "tỉnh <province>" at the end. */
export function nameKeys(name: string, province?: string): string[] {
	const key = fold(name)
		.replace(/&/g, ' ')
		.replace(/[^a-z0-9]+/g, ' ')
		.replace(/\buy ban nhan dan\b/g, 'ubnd')
		.trim();
	const keys = [key];
	const suffix =
		province &&
		` tinh ${fold(province)
			.replace(/[^a-z0-9]+/g, ' ')
			.trim()}`;
	if (suffix && key.endsWith(suffix) && key.length > suffix.length) keys.push(key.slice(0, -suffix.length));
	return keys;
}

export interface Match<T> {
	entry?: T;
	/** Closest ids, for the message when nothing matched. */
	closest: string;
}

export class NameIndex<T extends NamedEntry> {
	private readonly byKey = new Map<string, T[]>();
	/** The same names as sets of words: "UBND các huyện, thị xã, thành phố" is "UBND các huyện, thành phố, thị xã". */
	private readonly byWords = new Map<string, T[]>();
	private readonly ids: string[];
	private readonly province?: string;
	private readonly entries: readonly T[];

	constructor(entries: readonly T[], province?: string) {
		this.province = province;
		this.entries = entries;
		this.ids = entries.map((e) => e.id);
		for (const entry of entries) {
			const names = [
				entry.name,
				entry.shortName,
				...(entry.aliases ?? []),
				entry.headerLines?.join(' '),
				entry.headerLines && entry.headerLines.length > 1 ? entry.headerLines.at(-1) : undefined,
			];
			for (const name of names) {
				if (!name) continue;
				for (const key of nameKeys(name, province)) {
					const list = this.byKey.get(key) ?? [];
					if (!list.includes(entry)) list.push(entry);
					this.byKey.set(key, list);
				}
				const words = wordSet(name, province);
				const list = this.byWords.get(words) ?? [];
				if (!list.includes(entry)) list.push(entry);
				this.byWords.set(words, list);
			}
		}
	}

	/** The entry named `name`, preferring one that existed on `date`. */
	find(name: string, date: IsoDate): Match<T> {
		let candidates = nameKeys(name, this.province).flatMap((key) => this.byKey.get(key) ?? []);
		if (!candidates.length) candidates = this.byWords.get(wordSet(name, this.province)) ?? [];
		const entry = candidates.find((e) => existedOn(e, date)) ?? candidates[0];
		return { entry, closest: entry ? '' : knownIds(slugify(name), this.ids, 5) };
	}

	/**
	 * Entries whose name, short name or an alias shares the most words with `name`, those alive
	 * on `date` first: what the editor probably meant. Words are weighted by how rare they are in
	 * the registry, so sharing "Sở" with every department counts for little.
	 */
	suggest(name: string, date: IsoDate, limit = 3): { entry: T; score: number }[] {
		const words = tokens(name, this.province);
		if (!words.length) return [];
		const named = this.entries.map((entry) => ({
			entry,
			names: [entry.name, entry.shortName, ...(entry.aliases ?? [])]
				.filter((n): n is string => Boolean(n))
				.map((n) => tokens(n, this.province)),
		}));
		const df = new Map<string, number>();
		for (const { names } of named) for (const word of new Set(names.flat())) df.set(word, (df.get(word) ?? 0) + 1);
		const weight = (word: string) => Math.log(1 + named.length / (df.get(word) ?? 0.5));
		const scored = named.map(({ entry, names }) => ({ entry, score: Math.max(0, ...names.map((n) => similarity(words, n, weight))) }));
		return scored
			.filter((s) => s.score >= 0.45)
			.sort(
				(a, b) =>
					b.score - a.score || Number(existedOn(b.entry, date)) - Number(existedOn(a.entry, date)) || a.entry.id.localeCompare(b.entry.id),
			)
			.slice(0, limit);
	}
}

/** Words of a name that tell entries apart: "các", "và" and the like carry nothing. */
const FILLER = new Set(['cac', 'va', 'cua', 'tren', 'dia', 'ban', 'tinh']);

const wordSet = (name: string, province?: string) => [...tokens(name, province)].sort().join(' ');

function tokens(name: string, province?: string): string[] {
	const key = nameKeys(name, province).at(-1) ?? '';
	const words = key.split(' ').filter(Boolean);
	const meaningful = words.filter((w) => !FILLER.has(w));
	return meaningful.length ? meaningful : words;
}

/** Weighted Dice coefficient of two word lists. */
function similarity(a: string[], b: string[], weight: (word: string) => number): number {
	const total = (words: string[]) => words.reduce((sum, w) => sum + weight(w), 0);
	const rest = [...b];
	let common = 0;
	for (const word of a) {
		const at = rest.indexOf(word);
		if (at >= 0) {
			common += weight(word);
			rest.splice(at, 1);
		}
	}
	const sum = total(a) + total(b);
	return sum ? (2 * common) / sum : 0;
}
