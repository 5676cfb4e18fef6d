/** A built site on disk: its files, its pages and the address it is published at. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface SiteLocation {
	/** Public origin, `https://canhbao.hatinh.gov.vn`. */
	origin: string;
	/** Path the site lives under, `/` or `/canh-bao/`. */
	base: string;
}

/** Every file under `dir`, as site paths with `/` separators (`canh-bao/index.html`). */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

/** The page path a reader types for an HTML file: `canh-bao/index.html` → `canh-bao/`. */
export function pagePath(file: string): string {
	return file.replace(/(^|\/)index\.html$/, '$1');
}

/** Where the site is published, from a public address such as site.yaml's `baseUrl`. */
export function locationOf(baseUrl: string): SiteLocation {
	const url = new URL(baseUrl);
	return { origin: url.origin, base: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/` };
}

/** Where a built site is published, read from its home page's canonical link. */
export function detectLocation(dir: string): SiteLocation {
	const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
	if (!canonical) throw new Error(`${path.join(dir, 'index.html')}: no <link rel="canonical">; cannot tell where the site is published`);
	return locationOf(canonical);
}
