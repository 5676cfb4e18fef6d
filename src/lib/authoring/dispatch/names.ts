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
}

/** The forms under which a name is looked up: as written, and without "tỉnh <province>" at the end. */
export function nameKeys(name: string, province?: string): string[] {
	const key = fold(name)
		.replace(/&/g, ' ')
		.replace(/[^a-z0-9]+/g, ' ')
		.replace(/\buy ban nhan dan\b/g, 'ubnd')
		.trim();
	const keys = [key];
	const suffix = province && ` tinh ${fold(province).replace(/[^a-z0-9]+/g, ' ').trim()}`;
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
	private readonly ids: string[];
	private readonly province?: string;

	constructor(entries: readonly T[], province?: string) {
		this.province = province;
		this.ids = entries.map((e) => e.id);
		for (const entry of entries) {
			const names = [entry.name, entry.shortName, entry.headerLines?.join(' '), entry.headerLines && entry.headerLines.length > 1 ? entry.headerLines.at(-1) : undefined];
			for (const name of names) {
				if (!name) continue;
				for (const key of nameKeys(name, province)) {
					const list = this.byKey.get(key) ?? [];
					if (!list.includes(entry)) list.push(entry);
					this.byKey.set(key, list);
				}
			}
		}
	}

	/** The entry named `name`, preferring one that existed on `date`. */
	find(name: string, date: IsoDate): Match<T> {
		const candidates = nameKeys(name, this.province).flatMap((key) => this.byKey.get(key) ?? []);
		const entry = candidates.find((e) => existedOn(e, date)) ?? candidates[0];
		return { entry, closest: entry ? '' : knownIds(slugify(name), this.ids, 5) };
	}
}
