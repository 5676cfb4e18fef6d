/**
 * Which social card an advisory's page announces (issue #18). An advisory gets a card of its own
 * while it is active and for OWN_CARD_DAYS after its issue date: that is when its link is shared.
 * Every other advisory announces the shared card of its kind and severity, drawn once per build
 * and cached like any card, which still names the site, the kind and the severity. Drawing a card
 * is most of a cold build's card work (tens of ms each), and old advisories are most of a corpus.
 *
 * The choice depends on the day, so the page receives it in its props (src/lib/views/pages.ts):
 * its cache key then changes on the day the card does, and the next build replaces it.
 */
import type { AdvisoryKind, Severity } from '../../../schemas/advisory.ts';
import { advisoryKinds, severities } from '../../../schemas/advisory.ts';
import type { SiteSettings } from '../../../schemas/site.ts';
import type { Catalog, CatalogAdvisory } from '../../model/catalog.ts';
import { routes } from '../../model/routes.ts';
import { addDays, type IsoDate } from '../../util/dates.ts';
import { cardUi, kindLabel, severityLabel } from '../../../i18n/vi.ts';
import { advisoryCard, homeCard, recipientCard, severityColour, type CardModel } from './model.ts';

/** Days after its issue date during which an advisory that is no longer active keeps its own card. */
export const OWN_CARD_DAYS = 365;

/** The last day an advisory that is no longer active keeps its own card: `2024-03-04` → `2025-03-04`. */
export function ownCardUntil(a: Pick<CatalogAdvisory, 'data'>): IsoDate {
	return addDays(a.data.issued, OWN_CARD_DAYS);
}

/** True while the advisory is active, and up to OWN_CARD_DAYS after its issue date whatever its status. */
export function hasOwnCard(a: Pick<CatalogAdvisory, 'data' | 'status'>, today: IsoDate): boolean {
	return a.status === 'active' || today <= ownCardUntil(a);
}

function host(site: SiteSettings): string {
	return new URL(site.baseUrl).host;
}

/** The card shared by every advisory of one kind and severity outside the window: `og/chung/lo-hong-cao.png`. */
export function sharedCard(kind: AdvisoryKind, severity: Severity, site: SiteSettings): CardModel {
	const sev = severityLabel[severity];
	return {
		path: routes.sharedCard(kind, severity),
		site: site.name,
		title: cardUi.sharedTitle(kindLabel[kind], sev),
		subtitle: site.tagline,
		badges: [{ text: cardUi.severity(sev), fill: severityColour[severity] }, { text: kindLabel[kind] }],
		lines: [site.operator],
		accent: severityColour[severity],
		host: host(site),
		alt: cardUi.sharedAlt(site.name, kindLabel[kind], sev),
	};
}

/** The card an advisory's page announces: its own (`ownCard`, from the page's props) or the shared one. */
export function advisoryImage(a: CatalogAdvisory, site: SiteSettings, ownCard: boolean): CardModel {
	return ownCard ? advisoryCard(a, site) : sharedCard(a.data.kind, a.data.severity, site);
}

/**
 * Every card of a build: the home page, each advisory inside the window, the shared card of each
 * kind and severity some advisory outside it announces (once, however many do), each recipient.
 * A card that left the window is not written again, so the next build's output no longer has it.
 */
export function buildCards(catalog: Catalog, site: SiteSettings): CardModel[] {
	const shared = new Set<string>();
	const own: CardModel[] = [];
	for (const a of catalog.advisories) {
		if (hasOwnCard(a, catalog.today)) own.push(advisoryCard(a, site));
		else shared.add(`${a.data.kind} ${a.data.severity}`);
	}
	const sharedCards = advisoryKinds.flatMap((kind) =>
		severities.filter((s) => shared.has(`${kind} ${s}`)).map((s) => sharedCard(kind, s, site)),
	);
	return [homeCard(catalog, site), ...own, ...sharedCards, ...catalog.recipients.sorted().map((r) => recipientCard(r, catalog, site))];
}
