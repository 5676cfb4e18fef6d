/**
 * What concerns one recipient: the advisories that reach it (directly, through its groups, or
 * through its predecessors after a reorganisation) and the actions it must take. Computed once per
 * catalog and recipient, then shared by its page, checklist, calendar, feeds and digests.
 */
import type { Recipient } from '../../schemas/recipient.ts';
import type { ActionRole } from '../../schemas/advisory.ts';
import type { Catalog, CatalogAction, CatalogAdvisory } from './catalog.ts';
import { daysBetween, type IsoDate } from '../util/dates.ts';
import type { Reach } from './recipients.ts';

export interface RecipientAdvisory {
	advisory: CatalogAdvisory;
	/** The nearest way it reaches the recipient. */
	reach: Reach;
	/** The addressee through which it arrives (the recipient itself, a group, a predecessor). */
	via: Recipient;
}

/** `closed`: the advisory no longer applies, so its deadlines no longer press. */
export type Urgency = 'overdue' | 'due-soon' | 'upcoming' | 'no-due' | 'closed';

export interface RecipientAction {
	action: CatalogAction;
	advisory: CatalogAdvisory;
	reach: Reach;
	urgency: Urgency;
}

/** Days before a deadline from which it is highlighted as due soon. */
export const DUE_SOON_DAYS = 7;

const reachOrder: Record<Reach, number> = { direct: 0, group: 1, predecessor: 2 };
const cache = new WeakMap<Catalog, Map<string, RecipientAdvisory[]>>();

export function advisoriesFor(catalog: Catalog, recipientId: string): RecipientAdvisory[] {
	let perCatalog = cache.get(catalog);
	if (!perCatalog) cache.set(catalog, (perCatalog = new Map()));
	const cached = perCatalog.get(recipientId);
	if (cached) return cached;
	const scope = catalog.recipients.scope(recipientId);
	const self = catalog.recipients.get(recipientId);
	const found: RecipientAdvisory[] = [];
	for (const advisory of catalog.advisories) {
		const issued = advisory.data.issued;
		// A body dissolved before an advisory was issued never received it; its successor did.
		if (self?.validUntil && issued > self.validUntil) continue;
		let best: RecipientAdvisory | undefined;
		for (const recipient of advisory.recipients) {
			const reach = scope.get(recipient.id);
			if (!reach) continue;
			// Mail to a group reached only the members of that day; older mail reaches a new body through its predecessors.
			if (reach === 'group' && self?.validFrom && issued < self.validFrom) continue;
			if (!best || reachOrder[reach] < reachOrder[best.reach]) best = { advisory, reach, via: recipient };
		}
		if (best) found.push(best);
	}
	perCatalog.set(recipientId, found);
	return found;
}

export function urgency(due: IsoDate | undefined, today: IsoDate): Exclude<Urgency, 'closed'> {
	if (!due) return 'no-due';
	const days = daysBetween(today, due);
	return days < 0 ? 'overdue' : days <= DUE_SOON_DAYS ? 'due-soon' : 'upcoming';
}

/**
 * The actions a recipient must take: those whose assignees (every recipient, when none are named)
 * fall within its scope. `activeOnly` keeps those of active advisories: the open work.
 */
export function actionsFor(
	catalog: Catalog,
	recipientId: string,
	options: { activeOnly?: boolean; role?: ActionRole } = {},
): RecipientAction[] {
	// A recipient's actions are asked for by its page, checklist, calendar, search records and
	// cache keys: work them out once. Callers get their own copy, since they sort it.
	let perCatalog = actionCache.get(catalog);
	if (!perCatalog) actionCache.set(catalog, (perCatalog = new Map()));
	const key = `${recipientId}|${options.activeOnly ?? false}|${options.role ?? ''}`;
	let found = perCatalog.get(key);
	if (!found) perCatalog.set(key, (found = findActions(catalog, recipientId, options)));
	return [...found];
}

const actionCache = new WeakMap<Catalog, Map<string, RecipientAction[]>>();

function findActions(catalog: Catalog, recipientId: string, options: { activeOnly?: boolean; role?: ActionRole }): RecipientAction[] {
	const scope = catalog.recipients.scope(recipientId);
	const result: RecipientAction[] = [];
	for (const { advisory } of advisoriesFor(catalog, recipientId)) {
		if (options.activeOnly && advisory.status !== 'active') continue;
		for (const action of advisory.actions) {
			if (options.role && action.role !== options.role) continue;
			const reaches = action.assignees.map((r) => scope.get(r.id)).filter((r): r is Reach => Boolean(r));
			if (!reaches.length) continue;
			const reach = reaches.sort((a, b) => reachOrder[a] - reachOrder[b])[0];
			result.push({ action, advisory, reach, urgency: advisory.status === 'active' ? urgency(action.due, catalog.today) : 'closed' });
		}
	}
	return result;
}

const urgencyOrder: Record<Urgency, number> = { overdue: 0, 'due-soon': 1, upcoming: 2, 'no-due': 3, closed: 4 };

/** Open work first: overdue, due soon, then by deadline, then undated; ties newest advisory first. */
export function byUrgency(a: RecipientAction, b: RecipientAction): number {
	return (
		urgencyOrder[a.urgency] - urgencyOrder[b.urgency] ||
		(a.action.due ?? '9999').localeCompare(b.action.due ?? '9999') ||
		b.advisory.data.issued.localeCompare(a.advisory.data.issued) ||
		a.action.number - b.action.number ||
		a.action.part - b.action.part
	);
}
