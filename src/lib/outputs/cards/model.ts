/**
 * What a social card (link preview image) says, decided from the catalog alone: one model per
 * advisory, per recipient and for the home page (which advisories get their own: policy.ts). The layout and the renderer only draw a model,
 * so the model is also what the cache digest is taken of.
 */
import type { Severity } from '../../../schemas/advisory.ts';
import type { Recipient } from '../../../schemas/recipient.ts';
import type { SiteSettings } from '../../../schemas/site.ts';
import { activeAdvisories, type Catalog, type CatalogAdvisory } from '../../model/catalog.ts';
import { actionsFor, advisoriesFor } from '../../model/concerns.ts';
import { formatShortDate } from '../../util/dates.ts';
import { cardUi, kindLabel, severityLabel, statusLabel } from '../../../i18n/vi.ts';
import { routes } from '../../model/routes.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * Severity colours, the same as `--sev-*` in global.css: white text on each passes WCAG AA, so a
 * card reads like the badge on the page it links to.
 */
export const severityColour: Record<Severity, string> = {
	critical: '#8c1616',
	high: '#a63d0a',
	medium: '#7a5300',
	low: '#1d6b40',
};
export const BRAND_COLOUR = '#123a63';

export interface CardBadge {
	text: string;
	/** Filled badges carry a background colour and white text; others are outlined. */
	fill?: string;
}

export interface CardModel {
	/** Site path of the image, without the base: `og/canh-bao/2019/357-ubnd-kgvx.png`. */
	path: string;
	/** Site name, printed small at the top. */
	site: string;
	/** Line above the title. */
	eyebrow?: string;
	title: string;
	/** A sentence under the title (the site's tagline on the home card). */
	subtitle?: string;
	badges: CardBadge[];
	/** Lines under the title: number and date, issuer, counts. */
	lines: string[];
	/** Colour of the side band: the severity, or the site's brand colour. */
	accent: string;
	/** Host name printed bottom right, so a forwarded screenshot still says where it came from. */
	host: string;
	/** Alt text for `og:image:alt`; says what the image says. */
	alt: string;
}

/** The image path for the card of a page path (`canh-bao/2019/x/` → `og/canh-bao/2019/x.png`; `` → `og/trang-chu.png`). */
export function cardPath(pagePath: string): string {
	return routes.card(pagePath);
}

function host(site: SiteSettings): string {
	return new URL(site.baseUrl).host;
}

export function advisoryCard(a: CatalogAdvisory, site: SiteSettings): CardModel {
	const date = formatShortDate(a.data.issued);
	const severity = severityLabel[a.data.severity];
	const title = a.title;
	const badges: CardBadge[] = [
		{ text: cardUi.severity(severity), fill: severityColour[a.data.severity] },
		{ text: kindLabel[a.data.kind] },
	];
	if (a.status !== 'active') badges.push({ text: statusLabel[a.status] });
	return {
		path: cardPath(a.path),
		site: site.name,
		title,
		badges,
		lines: [cardUi.numberDate(a.data.number, date), a.issuer.name],
		accent: severityColour[a.data.severity],
		host: host(site),
		alt: cardUi.advisoryAlt(kindLabel[a.data.kind], a.data.number, date, a.issuer.name, title, severity),
	};
}

export function recipientCard(recipient: Recipient, catalog: Catalog, site: SiteSettings): CardModel {
	const advisories = advisoriesFor(catalog, recipient.id).length;
	const open = actionsFor(catalog, recipient.id, { activeOnly: true }).length;
	const counts = cardUi.recipientCounts(advisories, open);
	const lines = [counts];
	if (recipient.validUntil && recipient.validUntil < catalog.today) {
		const successors = recipient.successors.map((id) => catalog.recipients.get(id)?.name ?? id).join(', ');
		lines.push(cardUi.recipientCeased(successors));
	}
	return {
		path: cardPath(routes.recipient(recipient.id)),
		site: site.name,
		eyebrow: cardUi.recipientEyebrow[recipient.type],
		title: recipient.name,
		badges: [],
		lines,
		accent: BRAND_COLOUR,
		host: host(site),
		alt: cardUi.recipientAlt(recipient.name, counts),
	};
}

export function homeCard(catalog: Catalog, site: SiteSettings): CardModel {
	const activeLine = cardUi.homeActive(activeAdvisories(catalog).length);
	return {
		path: cardPath(''),
		site: site.operator,
		title: site.name,
		subtitle: site.tagline,
		badges: [],
		lines: [activeLine],
		accent: BRAND_COLOUR,
		host: host(site),
		alt: cardUi.homeAlt(site.name, site.tagline, activeLine),
	};
}
