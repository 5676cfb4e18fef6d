/**
 * Link check over a built site: every internal link, asset and fragment in every HTML page, every
 * `url()` in the stylesheets and every `<loc>` in the sitemaps must resolve to a file in the
 * build. External links must carry rel="noopener", and nothing may load from another origin or
 * use a scheme other than http(s), mailto and tel. Offline: external addresses are not fetched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTags, type StartTag } from './html-tags.ts';
import { listFiles, type SiteLocation } from './site-files.ts';

export interface LinkProblem {
	/** The file the link is in, relative to the site folder. */
	file: string;
	link: string;
	reason: string;
}

export interface LinkReport {
	pages: number;
	links: number;
	problems: LinkProblem[];
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** Per element: the attributes that load something into the page (rather than name an address). */
const RESOURCES: Record<string, string> = { link: 'href', script: 'src', img: 'src', source: 'src', video: 'src', audio: 'src', iframe: 'src', embed: 'src', object: 'data' };
/** Per element: the attribute a reader follows. */
const FOLLOWED: Record<string, string> = { a: 'href', area: 'href', form: 'action' };
/** `<meta>` properties whose content is an address. */
const META_ADDRESSES = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']);
/** The elements that can hold an address the check follows; other elements' attributes are not read. */
const LINKING: ReadonlySet<string> = new Set([...Object.keys(RESOURCES), ...Object.keys(FOLLOWED), 'meta']);
/** `<link>` relations that only name an address (canonical, alternate…) rather than load it. */
const NAMING_RELS = new Set(['canonical', 'alternate', 'prev', 'next', 'author', 'license', 'help', 'search', 'me', 'external']);

/**
 * A copy of `text` that does not keep the document it was cut from alive: V8 represents a
 * substring as a slice of its parent, so keeping the ids of 5,000 advisory pages kept 5,000 whole
 * pages (the link check's heap reached 1 GB at 5,000 advisories; with copies it runs within 64 MB).
 */
function detached(text: string): string {
	return Buffer.from(text, 'utf8').toString('utf8');
}

class Site {
	private ids = new Map<string, Set<string>>();
	readonly dir: string;
	readonly location: SiteLocation;
	readonly files: Set<string>;
	constructor(dir: string, location: SiteLocation, files: string[]) {
		this.dir = dir;
		this.location = location;
		this.files = new Set(files);
	}

	tags(file: string, only?: ReadonlySet<string>): Iterable<StartTag> {
		return startTags(readFileSync(path.join(this.dir, file), 'utf8'), only);
	}

	idsOf(file: string): Set<string> {
		let ids = this.ids.get(file);
		if (!ids) {
			ids = new Set();
			for (const tag of this.tags(file)) {
				const id = tag.attributes.get('id') ?? (tag.name === 'a' ? tag.attributes.get('name') : undefined);
				if (id) ids.add(detached(id));
			}
			this.ids.set(file, ids);
		}
		return ids;
	}

	/** The file a same-origin URL is served from, or undefined when there is none. */
	fileFor(url: URL): string | undefined {
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			return undefined;
		}
		if (!pathname.startsWith(this.location.base)) return undefined;
		const relative = pathname.slice(this.location.base.length);
		const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
		return candidates.find((candidate) => this.files.has(candidate));
	}

	/** The address a file is served at, for resolving the relative links inside it. */
	urlOf(file: string): URL {
		return new URL(this.location.base + file.replace(/(^|\/)index\.html$/, '$1'), this.location.origin);
	}
}

/** Why `raw`, found in `file`, is broken; undefined when it resolves. */
function check(site: Site, file: string, raw: string, kind: 'resource' | 'followed' | 'naming', tag?: StartTag): string | undefined {
	let url: URL;
	try {
		url = new URL(raw.trim(), site.urlOf(file));
	} catch {
		return 'not a valid address';
	}
	if (!SAFE_SCHEMES.has(url.protocol)) return `unsafe scheme ${url.protocol}`;
	if (url.protocol === 'mailto:' || url.protocol === 'tel:') return undefined;
	if (url.origin !== site.location.origin) {
		if (kind === 'resource') return `loads from another origin (${url.host}); self-host it`;
		if (tag && kind === 'followed' && tag.name !== 'form' && !(tag.attributes.get('rel') ?? '').toLowerCase().split(/\s+/).includes('noopener')) return 'external link without rel="noopener"';
		return undefined;
	}
	const target = site.fileFor(url);
	if (!target) return url.pathname.startsWith(site.location.base) ? 'no such file in the build' : `outside the site's base path ${site.location.base}`;
	const fragment = url.hash.slice(1);
	if (fragment && target.endsWith('.html')) {
		let id = fragment;
		try {
			id = decodeURIComponent(fragment);
		} catch {
			// Left as written: a malformed escape is reported as a missing id below.
		}
		if (!site.idsOf(target).has(id)) return `no element with id "${id}" in ${target}`;
	}
	return undefined;
}

export function checkLinks(dir: string, location: SiteLocation): LinkReport {
	const files = listFiles(dir);
	const site = new Site(dir, location, files);
	const problems: LinkProblem[] = [];
	let links = 0;
	const report = (file: string, link: string, reason: string | undefined) => {
		links += 1;
		if (reason) problems.push({ file, link, reason });
	};
	// A site path ("/canh-bao/…") resolves the same from every page, and pages repeat the same
	// few thousand of them over a hundred thousand times in a large build: check each once.
	const known = new Map<string, string | undefined>();
	const checkOnce = (file: string, raw: string, kind: 'resource' | 'followed' | 'naming', tag?: StartTag): string | undefined => {
		if (raw[0] !== '/' || raw[1] === '/') return check(site, file, raw, kind, tag);
		const key = `${kind} ${raw}`;
		if (known.has(key)) return known.get(key);
		const reason = check(site, file, raw, kind, tag);
		known.set(detached(key), reason);
		return reason;
	};

	const pages = files.filter((f) => f.endsWith('.html'));
	for (const file of pages) {
		for (const tag of site.tags(file, LINKING)) {
			const loads = RESOURCES[tag.name];
			const loaded = loads && tag.attributes.get(loads);
			if (loaded !== undefined && loaded !== '') {
				const rels = (tag.attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
				const kind = tag.name === 'link' && rels.some((r) => NAMING_RELS.has(r)) ? 'naming' : 'resource';
				report(file, loaded, checkOnce(file, loaded, kind, tag));
			}
			const srcset = tag.attributes.get('srcset');
			if (srcset && (tag.name === 'img' || tag.name === 'source')) {
				for (const candidate of srcset.split(',')) {
					const value = candidate.trim().split(/\s+/)[0];
					if (value) report(file, value, checkOnce(file, value, 'resource', tag));
				}
			}
			// Addresses in metadata (social cards, og:url) are followed by other sites: they must exist too.
			const property = tag.name === 'meta' ? (tag.attributes.get('property') ?? tag.attributes.get('name') ?? '') : '';
			const content = tag.attributes.get('content');
			if (META_ADDRESSES.has(property) && content) report(file, content, checkOnce(file, content, 'naming', tag));
			const follows = FOLLOWED[tag.name];
			const followed = follows && tag.attributes.get(follows);
			if (followed !== undefined) report(file, followed, checkOnce(file, followed, 'followed', tag));
		}
	}
	for (const file of files.filter((f) => f.endsWith('.css'))) {
		for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
			if (!match[2].startsWith('data:')) report(file, match[2], check(site, file, match[2], 'resource'));
		}
	}
	for (const file of files.filter((f) => /sitemap[^/]*\.xml$/.test(f))) {
		for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) report(file, match[1], check(site, file, match[1], 'naming'));
	}
	return { pages: pages.length, links, problems };
}

export function formatLinkProblem(problem: LinkProblem): string {
	return `${problem.file}: ${problem.link}: ${problem.reason}`;
}
