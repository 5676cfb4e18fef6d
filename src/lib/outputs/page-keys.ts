/**
 * Cache keys of the pages, for Astro's incremental build: a page whose key and code are the
 * same as in the last build is copied from that build instead of rendered again.
 *
 * A key must change whenever anything the page shows changes, or readers get a stale page; so a
 * key is a digest of everything the page reads: the whole of each advisory it lists (not only
 * the fields a card prints today), the registries and site settings (shared by every page, in
 * the common part), and what "today" decides for it (status, urgency, the next deadline). Code
 * is not in the keys: Astro compares the page's bundled code itself.
 */
import type { Catalog, CatalogAdvisory } from '../model/catalog.ts';
import { homeCard } from './cards/model.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import { calendarEntries } from './calendar.ts';
import { actionsFor, advisoriesFor } from '../model/concerns.ts';
import { createHash } from 'node:crypto';
import type { Page } from '../model/paginate.ts';

/** Bump when a page starts reading something its key does not cover yet. */
const KEYS_VERSION = 2;

export interface PageKeyInputs {
	/** Site settings: every page's header, footer and links come from them. */
	site: SiteSettings;
	/** Digest of each advisory's stored entry (its file and how its body was rendered), by id. */
	entryDigests: ReadonlyMap<string, string | undefined>;
}

export interface PageKeys {
	advisory(advisory: CatalogAdvisory): string;
	/** A list of advisories shown as cards (a year, a kind, a severity); `scope` names the list. */
	listing(scope: string, advisories: readonly CatalogAdvisory[]): string;
	/** A page of the archive, with the facet counts it shows. */
	archivePage(page: Page<CatalogAdvisory>): string;
	authority(id: string): string;
	recipient(id: string): string;
	checklist(id: string): string;
	recipientCalendar(id: string): string;
}

const cache = new WeakMap<Catalog, { inputs: PageKeyInputs; keys: PageKeys }>();

/**
 * Plain JSON, not the key-sorted kind: every value here is built in a fixed order (the catalog's,
 * the files'), and sorting keys cost more than the rest of the keys together. An unusual key
 * order could only make a key differ needlessly, re-rendering a page that did not change.
 */
function digest(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

export function pageKeys(catalog: Catalog, inputs: PageKeyInputs): PageKeys {
	const known = cache.get(catalog);
	if (known?.inputs === inputs) return known.keys;

	const common = digest({
		version: KEYS_VERSION,
		site: inputs.site,
		recipients: [...catalog.recipients.byId.values()],
		authorities: [...catalog.authorities.values()],
	});
	const byAdvisory = new Map<string, string>();
	const of = (a: CatalogAdvisory): string => {
		let known = byAdvisory.get(a.id);
		if (!known) {
			// The resolved advisory: its data, status as of today, issuer, recipients, relays and
			// actions with their assignees; and its entry as stored, which covers its body. Not where
			// its file lies on disk: no page shows that, and a moved checkout must not re-render all.
			const { body: _body, file: _file, ...resolved } = a;
			known = digest({ resolved, entry: inputs.entryDigests.get(a.id) });
			byAdvisory.set(a.id, known);
		}
		return known;
	};
	const key = (...parts: unknown[]) => digest([common, ...parts]);
	// Pages without a card of their own announce the home page's, whose alt text counts the
	// active advisories (src/layouts/BaseLayout.astro).
	const defaultImage = homeCard(catalog, inputs.site).alt;
	const facets = digest(catalog.advisories.map((a) => [a.year, a.data.kind, a.data.severity]));

	const keys: PageKeys = {
		advisory(a) {
			const successor = a.data.supersededBy ? catalog.byId.get(a.data.supersededBy) : undefined;
			const replaced = a.supersedes.map((id) => catalog.byId.get(id));
			const dues = a.actions.map((x) => x.due).filter((d): d is string => Boolean(d)).sort();
			const nextDue = dues.find((d) => d >= catalog.today) ?? dues.at(-1);
			return key('advisory', of(a), successor && of(successor), replaced.map((r) => r && of(r)), nextDue);
		},
		listing(scope, advisories) {
			return key('listing', scope, defaultImage, advisories.map(of));
		},
		archivePage(page) {
			return key('archive', page.number, page.total, defaultImage, page.items.map(of), facets);
		},
		authority(id) {
			const issued = catalog.advisories.filter((a) => a.issuer.id === id);
			const relayed = catalog.advisories.filter((a) => a.relays.some((r) => r.issuer.id === id));
			return key('authority', id, defaultImage, issued.map(of), relayed.map(of));
		},
		recipient(id) {
			const received = advisoriesFor(catalog, id).map((x) => [of(x.advisory), x.reach, x.via.id]);
			const actions = actionsFor(catalog, id).map((x) => [x.advisory.id, x.action.id, x.reach, x.urgency]);
			const until = catalog.recipients.get(id)?.validUntil;
			return key('recipient', id, Boolean(until && until < catalog.today), received, actions);
		},
		checklist(id) {
			const open = actionsFor(catalog, id, { activeOnly: true }).map((x) => [of(x.advisory), x.action.id, x.urgency]);
			// The printed form carries the day it was made.
			return key('checklist', id, catalog.today, defaultImage, open);
		},
		recipientCalendar(id) {
			// Which deadlines are in moves with the day (`calendarEntries`): keyed by what is in.
			return key('calendar', id, calendarEntries(actionsFor(catalog, id), catalog.today).map((x) => [of(x.advisory), x.action.id]));
		},
	};
	cache.set(catalog, { inputs, keys });
	return keys;
}
