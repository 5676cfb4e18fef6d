/**
 * The page templates the audit opens in a browser, in one place, with where to find a sample of
 * each in a built site. Samples are the largest page of their template (the worst case for weight
 * and for accessibility: most rows, most links), so the choice follows the content.
 *
 * `landed: false` marks a template whose issue has not been merged yet: while it is missing from
 * the build the audit says so and goes on. Set it to true when the page lands; from then on a
 * build without it fails the audit.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { kindSlug } from '../../src/lib/model/taxonomy.ts';
import { startTags } from './html-tags.ts';
import { listFiles, pagePath, type SiteLocation } from './site-files.ts';

export interface BuiltSite {
	dir: string;
	location: SiteLocation;
	/** HTML files, relative to `dir`. */
	pages: string[];
}

export interface Template {
	name: string;
	/** The sample page's HTML file in the build, or undefined when the build has none. */
	find(site: BuiltSite): string | undefined;
	landed: boolean;
	/** Also run Lighthouse on it in the quick audit (`npm test`). */
	quick?: boolean;
	/** A query string for the browser checks, so the page is checked in the state readers see. */
	query?: string;
}

export function builtSite(dir: string, location: SiteLocation): BuiltSite {
	return { dir, location, pages: listFiles(dir).filter((f) => f.endsWith('.html')) };
}

const exact = (file: string) => (site: BuiltSite) => (site.pages.includes(file) ? file : undefined);

/** The largest HTML file whose page path matches `pattern`. */
const largest = (pattern: RegExp) => (site: BuiltSite) =>
	largestOf(
		site,
		site.pages.filter((f) => pattern.test(pagePath(f))),
	);

function largestOf(site: BuiltSite, files: string[]): string | undefined {
	return files
		.map((file) => ({ file, size: statSync(path.join(site.dir, file)).size }))
		.sort((a, b) => b.size - a.size || a.file.localeCompare(b.file))[0]?.file;
}

/** The largest advisory listed on the page of one kind (`canh-bao/loai/<slug>/`). */
const advisoryOfKind = (slug: string) => (site: BuiltSite) => {
	const listing = `canh-bao/loai/${slug}/index.html`;
	if (!site.pages.includes(listing)) return undefined;
	const files = new Set<string>();
	for (const tag of startTags(readFileSync(path.join(site.dir, listing), 'utf8'))) {
		const href = tag.name === 'a' ? tag.attributes.get('href') : undefined;
		const match = href && new RegExp(`^${site.location.base}(canh-bao/\\d{4}/[^/]+/)$`).exec(href);
		if (match && site.pages.includes(`${match[1]}index.html`)) files.add(`${match[1]}index.html`);
	}
	return largestOf(site, [...files]);
};

export const templates: Template[] = [
	{ name: 'home', find: exact('index.html'), landed: true, quick: true },
	...Object.entries(kindSlug).map(([kind, slug], i): Template => ({
		name: `advisory (${kind})`,
		find: advisoryOfKind(slug),
		landed: true,
		quick: i === 0,
	})),
	{ name: 'archive', find: exact('canh-bao/index.html'), landed: true },
	{ name: 'archive by year', find: largest(/^canh-bao\/\d{4}\/$/), landed: true },
	{ name: 'archive by kind', find: largest(/^canh-bao\/loai\/[^/]+\/$/), landed: true },
	{ name: 'archive by severity', find: largest(/^canh-bao\/muc-do\/[^/]+\/$/), landed: true },
	{ name: 'recipients', find: exact('don-vi/index.html'), landed: true },
	{ name: 'recipient', find: largest(/^don-vi\/[^/]+\/$/), landed: true, quick: true },
	{ name: 'consolidated checklist', find: largest(/^don-vi\/[^/]+\/viec-can-lam\/$/), landed: true },
	{ name: 'authorities', find: exact('co-quan/index.html'), landed: true },
	{ name: 'authority', find: largest(/^co-quan\/[^/]+\/$/), landed: true },
	{ name: 'search', find: exact('tim-kiem/index.html'), landed: true },
	{ name: 'search results', find: exact('tim-kiem/index.html'), landed: true, query: '?q=m%C3%A3+%C4%91%E1%BB%99c' },
	{ name: 'subscribe', find: exact('theo-doi/index.html'), landed: true },
	{ name: 'incident report', find: exact('bao-cao-su-co/index.html'), landed: true },
	{ name: 'not found', find: exact('404.html'), landed: true },
];

export interface Sample {
	template: Template;
	/** HTML file in the build. */
	file: string;
	/** Address relative to the base path, with the template's query. */
	path: string;
	/** The page says `noindex` (search, 404): Lighthouse skips SEO there. */
	noindex: boolean;
}

export interface Sampling {
	samples: Sample[];
	/** Templates whose issue has landed but whose page the build lacks: a failure. */
	missing: Template[];
	/** Templates not merged yet and not in the build: a note. */
	pending: Template[];
}

export function sampleSite(site: BuiltSite, list: Template[] = templates): Sampling {
	const sampling: Sampling = { samples: [], missing: [], pending: [] };
	for (const template of list) {
		const file = template.find(site);
		if (!file) {
			(template.landed ? sampling.missing : sampling.pending).push(template);
			continue;
		}
		const html = readFileSync(path.join(site.dir, file), 'utf8');
		const noindex = [...startTags(html)].some(
			(t) => t.name === 'meta' && t.attributes.get('name') === 'robots' && /noindex/i.test(t.attributes.get('content') ?? ''),
		);
		sampling.samples.push({ template, file, path: pagePath(file) + (template.query ?? ''), noindex });
	}
	return sampling;
}
