/**
 * ROLIE (RFC 8322) for the CSAF documents, as CSAF 2.0 §7.1.15–17 shapes it in JSON: one feed per
 * TLP label, a service document listing the feeds, and a category document naming the vendors
 * and products. Entries are written from the CSAF documents themselves, so a feed can never
 * disagree with the file it points at.
 */
import { CSAF_SCHEMA } from './document.ts';
import { CSAF_PROVIDER_METADATA } from '../../model/data-files.ts';

/** The information type every CSAF feed carries (IANA ROLIE registry, CSAF 2.0 §7.1.15). */
export const ROLIE_CSAF_CATEGORY = { scheme: 'urn:ietf:params:rolie:category:information-type', term: 'csaf' } as const;

/** The public site publishes TLP:WHITE only: the directory `white/` and its feed. */
export const TLP_WHITE = 'WHITE';
/**
 * The ROLIE documents live beside provider-metadata.json, not inside the directory: the
 * directory keeps to the files of the directory distribution (§7.1.11–14), and a feed per TLP
 * label sits beside the others (`feed-tlp-white.json`, later `feed-tlp-green.json`).
 */
const CSAF_FOLDER = CSAF_PROVIDER_METADATA.replace(/[^/]+$/, '');
export const ROLIE_FEED = `${CSAF_FOLDER}feed-tlp-white.json`;
/** The category document, beside its feed (§7.1.17). */
export const ROLIE_CATEGORIES = `${CSAF_FOLDER}categories-tlp-white.json`;
/** The service document, beside provider-metadata.json (§7.1.16). */
export const ROLIE_SERVICE = `${CSAF_FOLDER}service.json`;

/** The parts of a CSAF document a feed entry repeats (the object `csafDocument()` returns). */
export interface CsafDocumentLike {
	document: {
		title: string;
		distribution: { tlp: { label: string } };
		notes: { category: string; text: string }[];
		tracking: { id: string; initial_release_date: string; current_release_date: string };
	};
	product_tree?: { branches: BranchLike[] };
}
interface BranchLike {
	category: string;
	name: string;
	branches?: BranchLike[];
}

export interface FeedDocument {
	document: CsafDocumentLike;
	/** Absolute URL of the document; its hash files and signature are this URL plus `.sha256`, `.sha512`, `.asc`. */
	url: string;
}

export interface FeedOptions {
	/** Absolute URL of the feed itself. */
	url: string;
	/** Feed id, unique for the provider: letters, digits, `+ - _ .` only. */
	id: string;
	title: string;
	/** Whether every document has a `.asc` signature beside it. */
	signed: boolean;
	/** When no document exists yet: the feed's `updated` is then this. */
	fallbackUpdated: string;
}

function entry({ document: csaf, url }: FeedDocument, signed: boolean) {
	const { document } = csaf;
	const summary = document.notes.find((n) => n.category === 'summary')?.text;
	return {
		id: document.tracking.id,
		title: document.title,
		link: [
			{ rel: 'self', href: url },
			{ rel: 'hash', href: `${url}.sha256` },
			{ rel: 'hash', href: `${url}.sha512` },
			...(signed ? [{ rel: 'signature', href: `${url}.asc` }] : []),
		],
		published: document.tracking.initial_release_date,
		updated: document.tracking.current_release_date,
		...(summary ? { summary: { content: summary } } : {}),
		content: { type: 'application/json', src: url },
		format: { schema: CSAF_SCHEMA, version: '2.0' },
	};
}

const time = (timestamp: string) => new Date(timestamp).getTime();

/**
 * The ROLIE feed of one TLP label: every document with that label, latest release first
 * (ties by URL, so the order never wobbles); `updated` is the latest release, not the build
 * time, so an unchanged site builds an identical feed.
 */
export function rolieFeed(documents: readonly FeedDocument[], label: string, options: FeedOptions) {
	const entries = documents
		.filter((d) => d.document.document.distribution.tlp.label === label)
		.sort(
			(x, y) =>
				time(y.document.document.tracking.current_release_date) - time(x.document.document.tracking.current_release_date) ||
				x.url.localeCompare(y.url),
		)
		.map((d) => entry(d, options.signed));
	return {
		feed: {
			id: options.id,
			title: options.title,
			link: [{ rel: 'self', href: options.url }],
			category: [ROLIE_CSAF_CATEGORY],
			updated: entries[0]?.updated ?? options.fallbackUpdated,
			entry: entries,
		},
	};
}

/** The service document (§7.1.16): one workspace listing the feeds with their information type. */
export function rolieService(title: string, feeds: readonly { title: string; url: string }[]) {
	return {
		service: {
			workspace: [
				{ title, collection: feeds.map((f) => ({ title: f.title, href: f.url, categories: { category: [ROLIE_CSAF_CATEGORY] } })) },
			],
		},
	};
}

/**
 * The category document (§7.1.17): the vendors and product names of the product trees, so a
 * consumer can tell from the categories alone whether the feed concerns what it runs.
 */
export function rolieCategories(documents: readonly FeedDocument[]) {
	const terms = new Set<string>();
	const visit = (branches: readonly BranchLike[] | undefined) => {
		for (const b of branches ?? []) {
			if (b.category === 'vendor' || b.category === 'product_name') terms.add(b.name);
			visit(b.branches);
		}
	};
	for (const d of documents) visit(d.document.product_tree?.branches);
	return { categories: { category: [...terms].sort((a, b) => a.localeCompare(b, 'vi')).map((term) => ({ term })) } };
}

/** A feed id from the site's host: `canhbao.hatinh.gov.vn-csaf-feed-tlp-white`. */
export function feedId(baseUrl: string, label: string): string {
	return `${new URL(baseUrl).host.replace(/[^a-zA-Z0-9+\-_.]/g, '_')}-csaf-feed-tlp-${label.toLowerCase()}`;
}
