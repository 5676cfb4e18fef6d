/**
 * Cache keys of the pages, for Astro's incremental build: a page whose key and code are the
 * same as in the last build is copied from that build instead of rendered again.
 *
 * A page's key is a digest of what it receives: its props (src/lib/views/pages.ts; a page without
 * a card of its own receives the home page's, whose text counts the active advisories), and what
 * every page shares (the site settings and the registries). Pages show nothing else, so a key cannot miss what a
 * page shows. An advisory in the props counts as the whole resolved advisory and its stored entry
 * (which covers its body), digested once per build however many pages list it. Code is not in the
 * keys: Astro compares the page's bundled code itself.
 */
import { createHash } from 'node:crypto';
import type { Catalog, CatalogAdvisory } from '../model/catalog.ts';
import type { SiteSettings } from '../../schemas/site.ts';

/** Bump when what every page shares, or how props are digested, changes. */
const KEYS_VERSION = 3;

export interface PageKeyInputs {
	/** Site settings: every page's header, footer and links come from them. */
	site: SiteSettings;
	/** Digest of each advisory's stored entry (its file and how its body was rendered), by id. */
	entryDigests: ReadonlyMap<string, string | undefined>;
}

/** The key of a page that receives `props`. */
export type PageKey = (props: unknown) => string;

const cache = new WeakMap<Catalog, { inputs: PageKeyInputs; key: PageKey }>();

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** A resolved advisory, recognised by shape so a copy digests like the original. */
function isAdvisory(value: object): value is CatalogAdvisory {
	return 'slug' in value && 'issuer' in value && 'actions' in value && 'data' in value;
}

export function pageKeys(catalog: Catalog, inputs: PageKeyInputs): PageKey {
	const known = cache.get(catalog);
	if (known?.inputs === inputs) return known.key;

	const common = sha256(
		JSON.stringify({
			version: KEYS_VERSION,
			site: inputs.site,
			recipients: [...catalog.recipients.byId.values()],
			authorities: [...catalog.authorities.values()],
		}),
	);
	const advisories = new WeakMap<object, string>();
	const ofAdvisory = (a: CatalogAdvisory): string => {
		let digest = advisories.get(a);
		if (!digest) {
			// Not where its file lies on disk: no page shows that, and a moved checkout must not re-render all.
			const { body: _body, file: _file, ...resolved } = a;
			digest = sha256(JSON.stringify({ resolved, entry: inputs.entryDigests.get(a.id) }));
			advisories.set(a, digest);
		}
		return digest;
	};
	// Plain JSON, not the key-sorted kind: props are built in a fixed order (the catalog's), and an
	// unusual key order could only make a key differ needlessly.
	const replacer = (_key: string, value: unknown): unknown => {
		if (value instanceof Map || value instanceof Set)
			throw new Error('page props must be plain data: a Map or Set would be left out of the page key');
		if (value && typeof value === 'object' && isAdvisory(value)) return `advisory ${ofAdvisory(value)}`;
		return value;
	};
	const key: PageKey = (props) => sha256(common + JSON.stringify(props, replacer));
	cache.set(catalog, { inputs, key });
	return key;
}
