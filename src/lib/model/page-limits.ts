/**
 * How much history a page lists. Open work is always listed in full; what was received, issued
 * or done years ago is not what readers come for, and listing all of it made the page of a group
 * that receives everything over a megabyte after a thousand advisories (and the build's slowest
 * page to render and to check). Older items are one search away: the search page filters by
 * recipient and by issuer.
 */
import type { CatalogAdvisory } from './catalog.ts';

export const PAGE_LIMITS = {
	/** Advisories received, on a recipient's page. */
	recipientAdvisories: 50,
	/** Actions of advisories no longer in force, per role, on a recipient's page. */
	closedActions: 30,
	/** Advisories issued, and those relayed, on an authority's page. */
	authorityAdvisories: 50,
} as const;

/** The `limit` newest items (by the issue date of their advisory, newest first) and how many older ones were left out. */
export function newestFirst<T>(
	items: readonly T[],
	limit: number,
	advisoryOf: (item: T) => CatalogAdvisory,
): { shown: T[]; older: number } {
	const sorted = [...items].sort((a, b) => advisoryOf(b).data.issued.localeCompare(advisoryOf(a).data.issued));
	return { shown: sorted.slice(0, limit), older: Math.max(0, sorted.length - limit) };
}
