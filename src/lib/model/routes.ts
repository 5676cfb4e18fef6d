/**
 * Every site path and every search URL, in one place. Paths are written without the base path
 * and without a leading slash (`canh-bao/2019/357-ubnd-kgvx/`): pages turn them into links with
 * `href()` (src/astro/site.ts), feeds, data files and e-mail into absolute URLs with `absoluteUrl()`.
 * URLs are Vietnamese without diacritics and stable forever: an old link must keep working.
 */
import type { AdvisoryKind, Severity } from '../../schemas/advisory.ts';
import { kindSlug, severitySlug } from './taxonomy.ts';
import { SEARCH_PARAMS, SEARCH_SORT } from './search-params.ts';

export { SEARCH_PARAMS, SEARCH_SORT };

/** What names an advisory in a path: its year folder and file slug (its id is `<year>/<slug>`). */
interface AdvisoryRef {
	year: number;
	slug: string;
}

/** An action, named by the anchor of its element on its advisory's page. */
interface ActionRef {
	anchor: string;
}

const advisory = (a: AdvisoryRef) => `canh-bao/${a.year}/${a.slug}/`;
const recipient = (id: string) => `don-vi/${id}/`;
const calendarOf = (scopePath: string) => `${scopePath}lich.ics`;

export const routes = {
	home: '',
	archive: 'canh-bao/',
	/** Page `n` (from 2) of the archive. */
	archivePage: (n: number) => `canh-bao/trang/${n}/`,
	year: (year: number) => `canh-bao/${year}/`,
	kind: (kind: AdvisoryKind) => `canh-bao/loai/${kindSlug[kind]}/`,
	severity: (severity: Severity) => `canh-bao/muc-do/${severitySlug[severity]}/`,
	advisory,
	/** An action on its advisory's page. */
	action: (a: AdvisoryRef, action: ActionRef) => `${advisory(a)}#${action.anchor}`,
	/** The advisory as JSON (src/lib/outputs/advisory-json.ts). */
	advisoryJson: (a: AdvisoryRef) => `canh-bao/${a.year}/${a.slug}.json`,
	iocCsv: (a: AdvisoryRef) => `canh-bao/${a.year}/${a.slug}.ioc.csv`,
	stix: (a: AdvisoryRef) => `canh-bao/${a.year}/${a.slug}.stix.json`,
	recipients: 'don-vi/',
	recipient,
	checklist: (id: string) => `${recipient(id)}viec-can-lam/`,
	recipientCalendar: (id: string) => calendarOf(recipient(id)),
	/** The deadline calendar beside a page: the whole site's (``) or a recipient's. */
	calendarOf: (scopePath: string) => calendarOf(scopePath),
	authorities: 'co-quan/',
	authority: (id: string) => `co-quan/${id}/`,
	search: 'tim-kiem/',
	follow: 'theo-doi/',
	opml: 'theo-doi/nguon-tin.opml',
	calendar: calendarOf(''),
	/** Every advisory as JSON, for digests and other programs. */
	api: 'api/advisories.json',
	reportIncident: 'bao-cao-su-co/',
	/** Feed files of a scope, beside the page they mirror (`` for the whole site). */
	feed: (scope: string, format: 'rss' | 'atom' | 'json') => `${scope}${FEED_FILES[format]}`,
	/** The social card of a page path (`canh-bao/2019/x/` → `og/canh-bao/2019/x.png`; `` → `og/trang-chu.png`). */
	card: (pagePath: string) => `og/${pagePath.replace(/^\/+|\/+$/g, '') || 'trang-chu'}.png`,
	/** The card shared by advisories outside the own-card window (src/lib/outputs/cards/policy.ts): `og/chung/lo-hong-cao.png`. */
	sharedCard: (kind: AdvisoryKind, severity: Severity) => `og/chung/${kindSlug[kind]}-${severitySlug[severity]}.png`,
	favicon: 'favicon.svg',
	csafDirectory: '.well-known/csaf/white/',
	csafProviderMetadata: '.well-known/csaf/provider-metadata.json',
	/** The folder of the CSAF signing key's public part, when the build signs. */
	csafOpenpgp: '.well-known/csaf/openpgp/',
	securityTxt: '.well-known/security.txt',
} as const;

export const FEED_FILES = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const;

export interface SearchQuery {
	query?: string;
	issuer?: string;
	recipient?: string;
	sort?: keyof typeof SEARCH_SORT;
	actionsOnly?: boolean;
}

/** A link into the search page (`tim-kiem/?don-vi=…&sap-xep=moi`), parameters in a fixed order. */
export function searchUrl(q: SearchQuery): string {
	const parts: string[] = [];
	const add = (name: string, value: string) => parts.push(`${name}=${encodeURIComponent(value)}`);
	if (q.query) add(SEARCH_PARAMS.query, q.query);
	if (q.issuer) add(SEARCH_PARAMS.issuer, q.issuer);
	if (q.recipient) add(SEARCH_PARAMS.recipient, q.recipient);
	if (q.sort) add(SEARCH_PARAMS.sort, SEARCH_SORT[q.sort]);
	if (q.actionsOnly) add(SEARCH_PARAMS.actionsOnly, '1');
	return parts.length ? `${routes.search}?${parts.join('&')}` : routes.search;
}

/** An absolute URL for a site path (`canh-bao/2019/x/`) under the public base address, for feeds, data and e-mail. */
export function absoluteUrl(baseUrl: string, path = ''): string {
	return new URL(path.replace(/^\//, ''), baseUrl).href;
}
