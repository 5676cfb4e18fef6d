/**
 * Link check over a built site: every internal link, asset and fragment in every HTML page, every
 * `url()` in the stylesheets and every `<loc>` in the sitemaps must resolve to a file in the
 * build. External links must carry rel="noopener", and nothing may load from another origin or
 * use a scheme other than http(s), mailto and tel. Offline: external addresses are not fetched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageFacts, type LinkFact, type LinkKind, type PageFacts, type PageFactsCache } from './page-facts.ts';
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

export interface LinkCheckOptions {
	/**
	 * Keeps what each page contains between checks (`PageFactsCache`), so a rebuild reads only
	 * the pages whose bytes changed. Links are judged against this site either way.
	 */
	cache?: PageFactsCache;
}

class Site {
	private facts = new Map<string, PageFacts>();
	private ids = new Map<string, Set<string>>();
	readonly dir: string;
	readonly location: SiteLocation;
	readonly files: Set<string>;
	private readonly cache?: PageFactsCache;
	constructor(dir: string, location: SiteLocation, files: string[], cache?: PageFactsCache) {
		this.dir = dir;
		this.location = location;
		this.files = new Set(files);
		this.cache = cache;
	}

	/** A page's facts, read once however many pages link into it. */
	factsOf(file: string): PageFacts {
		let facts = this.facts.get(file);
		if (!facts) {
			const bytes = readFileSync(path.join(this.dir, file));
			facts = this.cache ? this.cache.factsOf(bytes) : pageFacts(bytes.toString('utf8'));
			this.facts.set(file, facts);
		}
		return facts;
	}

	/** Drops a page's links once judged; its ids stay for the fragments that point at it. */
	judged(file: string): void {
		const facts = this.facts.get(file);
		if (facts) this.facts.set(file, { ids: facts.ids, links: [] });
	}

	idsOf(file: string): Set<string> {
		let ids = this.ids.get(file);
		if (!ids) {
			ids = new Set(this.factsOf(file).ids);
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
function check(site: Site, file: string, raw: string, kind: LinkKind, noopener = true): string | undefined {
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
		if (kind === 'followed' && !noopener) return 'external link without rel="noopener"';
		return undefined;
	}
	const target = site.fileFor(url);
	if (!target)
		return url.pathname.startsWith(site.location.base) ? 'no such file in the build' : `outside the site's base path ${site.location.base}`;
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

export function checkLinks(dir: string, location: SiteLocation, options: LinkCheckOptions = {}): LinkReport {
	const files = listFiles(dir);
	const site = new Site(dir, location, files, options.cache);
	const problems: LinkProblem[] = [];
	let links = 0;
	const report = (file: string, link: string, reason: string | undefined) => {
		links += 1;
		if (reason) problems.push({ file, link, reason });
	};
	// A site path ("/canh-bao/…") resolves the same from every page, and pages repeat the same
	// few thousand of them over a hundred thousand times in a large build: check each once.
	const known = new Map<string, string | undefined>();
	const checkOnce = (file: string, link: LinkFact): string | undefined => {
		const { raw, kind } = link;
		if (raw[0] !== '/' || raw[1] === '/') return check(site, file, raw, kind, link.noopener);
		const key = `${kind} ${raw}`;
		if (known.has(key)) return known.get(key);
		const reason = check(site, file, raw, kind);
		known.set(key, reason);
		return reason;
	};

	const pages = files.filter((f) => f.endsWith('.html'));
	for (const file of pages) {
		for (const link of site.factsOf(file).links) report(file, link.raw, checkOnce(file, link));
		site.judged(file);
	}
	for (const file of files.filter((f) => f.endsWith('.css'))) {
		for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
			if (!match[2].startsWith('data:')) report(file, match[2], check(site, file, match[2], 'resource'));
		}
	}
	for (const file of files.filter((f) => /sitemap[^/]*\.xml$/.test(f))) {
		for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g))
			report(file, match[1], check(site, file, match[1], 'naming'));
	}
	return { pages: pages.length, links, problems };
}

export function formatLinkProblem(problem: LinkProblem): string {
	return `${problem.file}: ${problem.link}: ${problem.reason}`;
}
