/**
 * Which agencies may report on an advisory: the organisations that must take one of its actions
 * today (groups expanded to their members, successors in place of dissolved bodies). The advisory
 * page offers them in its report form; the import accepts reports from exactly these.
 */
import type { Catalog } from '../model/catalog.ts';
import { actionsFor } from '../model/concerns.ts';

export interface ReportChoice {
	id: string;
	name: string;
}

const cache = new WeakMap<Catalog, Map<string, ReportChoice[]>>();

export function reportChoices(catalog: Catalog, advisoryId: string): ReportChoice[] {
	let index = cache.get(catalog);
	if (!index) {
		// Once per catalog: every advisory page asks, and each recipient's actions are cached anyway.
		index = new Map();
		for (const r of catalog.recipients.sorted()) {
			// Bodies with an end date are left out whether or not it has passed: the choice then does
			// not depend on the day, which advisory pages' cache keys do not cover. A body being wound
			// up still reports from its own checklist page.
			if (r.type !== 'organisation' || r.validUntil) continue;
			const seen = new Set<string>();
			for (const { advisory } of actionsFor(catalog, r.id)) {
				if (seen.has(advisory.id)) continue;
				seen.add(advisory.id);
				let list = index.get(advisory.id);
				if (!list) index.set(advisory.id, (list = []));
				list.push({ id: r.id, name: r.name });
			}
		}
		cache.set(catalog, index);
	}
	return index.get(advisoryId) ?? [];
}
