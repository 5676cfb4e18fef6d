/**
 * What each page receives: plain data worked out from the catalog, passed to the page as its
 * props. A page shows only what it receives (and the site settings and registries every page
 * shares), so its cache key, a digest of these props (src/lib/outputs/page-keys.ts), changes
 * whenever anything it shows changes. Nothing here formats: the pages do.
 */
import type { Authority } from '../../schemas/authority.ts';
import type { AdvisoryKind, Severity } from '../../schemas/advisory.ts';
import { advisoryKinds, severities, actionRoles, type ActionRole } from '../../schemas/advisory.ts';
import type { Recipient } from '../../schemas/recipient.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import type { Catalog, CatalogAdvisory } from '../model/catalog.ts';
import { archiveFacets } from '../model/catalog.ts';
import { actionsFor, advisoriesFor, byUrgency, type RecipientAction, type RecipientAdvisory } from '../model/concerns.ts';
import { newestFirst, PAGE_LIMITS } from '../model/page-limits.ts';
import type { Page } from '../model/paginate.ts';
import { dissolvedBy } from '../model/registry.ts';
import type { IsoDate } from '../util/dates.ts';
import { calendarEntries, type CalendarEntry } from '../outputs/calendar.ts';
import { reportChoices, type ReportChoice } from '../reports/choices.ts';
import { homeCard, recipientCard, type CardModel } from '../outputs/cards/model.ts';
import { hasOwnCard } from '../outputs/cards/policy.ts';

/** The newest items of a long list, and how many older ones are one search away. */
export interface Recent<T> {
	shown: T[];
	older: number;
}

export interface AdvisoryPage {
	advisory: CatalogAdvisory;
	/** The advisory that replaces it, when it is superseded. */
	successor?: CatalogAdvisory;
	/** The advisories it replaces. */
	replaced: CatalogAdvisory[];
	/** The next deadline from today, else the last one. */
	nextDue?: IsoDate;
	/** The organisations that may report on it from its page (src/lib/reports/choices.ts). */
	reporters: ReportChoice[];
	/** Whether its page announces its own social card today, or the shared one (src/lib/outputs/cards/policy.ts). */
	ownCard: boolean;
}

export function advisoryPage(catalog: Catalog, a: CatalogAdvisory): AdvisoryPage {
	const successor = a.data.supersededBy ? catalog.byId.get(a.data.supersededBy) : undefined;
	const replaced = a.supersedes.map((id) => catalog.byId.get(id)!);
	const dues = a.actions
		.map((x) => x.due)
		.filter((d): d is string => Boolean(d))
		.sort();
	const nextDue = dues.find((d) => d >= catalog.today) ?? dues.at(-1);
	return { advisory: a, successor, replaced, nextDue, reporters: reportChoices(catalog, a.id), ownCard: hasOwnCard(a, catalog.today) };
}

/** Ways into the archive, with their counts: by year (newest first), kind and severity. */
export interface FacetCounts {
	years: [number, number][];
	kinds: [AdvisoryKind, number][];
	severities: [Severity, number][];
}

export function facetCounts(catalog: Catalog): FacetCounts {
	const { years, kinds, severities: levels } = archiveFacets(catalog);
	return {
		years: [...years].map(([year, list]) => [year, list.length]),
		kinds: advisoryKinds.filter((k) => kinds.has(k)).map((k) => [k, kinds.get(k)!.length]),
		severities: severities.filter((s) => levels.has(s)).map((s) => [s, levels.get(s)!.length]),
	};
}

/** A list of advisories shown as cards: a year, a kind, a severity. */
export interface ListingPage<S> {
	scope: S;
	advisories: CatalogAdvisory[];
	/** The home page's card, which a page without one of its own announces. */
	image: CardModel;
}

export function listingPage<S>(catalog: Catalog, site: SiteSettings, scope: S, advisories: CatalogAdvisory[]): ListingPage<S> {
	return { scope, advisories, image: homeCard(catalog, site) };
}

export interface ArchivePage {
	page: Page<CatalogAdvisory>;
	facets: FacetCounts;
	image: CardModel;
}

export function archivePage(catalog: Catalog, site: SiteSettings, page: Page<CatalogAdvisory>): ArchivePage {
	return { page, facets: facetCounts(catalog), image: homeCard(catalog, site) };
}

export interface AuthorityPage {
	authority: Authority;
	parent?: Authority;
	successors: Authority[];
	predecessors: Authority[];
	issued: Recent<CatalogAdvisory>;
	relayed: Recent<CatalogAdvisory>;
	image: CardModel;
}

export function authorityPage(catalog: Catalog, site: SiteSettings, id: string): AuthorityPage {
	const authority = catalog.authorities.get(id)!;
	const all = [...catalog.authorities.values()];
	const issued = catalog.advisories.filter((a) => a.issuer.id === id);
	const relayed = catalog.advisories.filter((a) => a.relays.some((r) => r.issuer.id === id));
	return {
		authority,
		parent: authority.parent ? catalog.authorities.get(authority.parent) : undefined,
		successors: authority.successors.map((s) => catalog.authorities.get(s)!).filter(Boolean),
		predecessors: all.filter((a) => a.successors.includes(id)),
		issued: newestFirst(issued, PAGE_LIMITS.authorityAdvisories, (a) => a),
		relayed: newestFirst(relayed, PAGE_LIMITS.authorityAdvisories, (a) => a),
		image: homeCard(catalog, site),
	};
}

export interface RoleGroup {
	role: ActionRole;
	open: RecipientAction[];
	closedCount: number;
	recentlyClosed: Recent<RecipientAction>;
}

export interface RecipientPage {
	recipient: Recipient;
	dissolved: boolean;
	groups: Recipient[];
	members: Recipient[];
	successors: Recipient[];
	predecessors: Recipient[];
	/** How many advisories reached it, and the newest of them. */
	receivedCount: number;
	received: Recent<RecipientAdvisory>;
	/** Open work first, most urgent first. */
	open: RecipientAction[];
	byRole: RoleGroup[];
	card: CardModel;
}

export function recipientPage(catalog: Catalog, id: string, site: SiteSettings): RecipientPage {
	const registry = catalog.recipients;
	const recipient = registry.get(id)!;
	const received = advisoriesFor(catalog, id);
	// Every action it was given, open work first; those of advisories no longer in force fold away.
	const all = actionsFor(catalog, id).sort(byUrgency);
	const open = all.filter((x) => x.urgency !== 'closed');
	const byRole = actionRoles
		.map((role) => ({
			role,
			open: open.filter((x) => x.action.role === role),
			closed: all.filter((x) => x.action.role === role && x.urgency === 'closed'),
		}))
		.filter((g) => g.open.length + g.closed.length > 0)
		.map(({ role, open, closed }) => ({
			role,
			open,
			closedCount: closed.length,
			recentlyClosed: newestFirst(closed, PAGE_LIMITS.closedActions, (x) => x.advisory),
		}));
	return {
		recipient,
		dissolved: dissolvedBy(recipient, catalog.today),
		groups: recipient.memberOf.map((g) => registry.get(g)!).filter(Boolean),
		members: registry.members(id),
		successors: recipient.successors.map((s) => registry.get(s)!).filter(Boolean),
		predecessors: registry.predecessors(id),
		receivedCount: received.length,
		received: newestFirst(received, PAGE_LIMITS.recipientAdvisories, (x) => x.advisory),
		open,
		byRole,
		card: recipientCard(recipient, catalog, site),
	};
}

export interface ChecklistPage {
	recipient: Recipient;
	/** Open actions of advisories in force, most urgent first. */
	open: RecipientAction[];
	/** The printed form carries the day it was made. */
	today: IsoDate;
	image: CardModel;
}

export function checklistPage(catalog: Catalog, site: SiteSettings, id: string): ChecklistPage {
	const open = actionsFor(catalog, id, { activeOnly: true }).sort(byUrgency);
	return { recipient: catalog.recipients.get(id)!, open, today: catalog.today, image: homeCard(catalog, site) };
}

export interface RecipientCalendar {
	recipient: Recipient;
	entries: CalendarEntry[];
}

export function recipientCalendar(catalog: Catalog, id: string): RecipientCalendar {
	// Only what a calendar event shows: not how urgent it is today, which would change the file daily.
	const entries = calendarEntries(actionsFor(catalog, id), catalog.today).map(({ advisory, action }) => ({ advisory, action }));
	return { recipient: catalog.recipients.get(id)!, entries };
}
