/**
 * Which pages search engines should index. The search page is left out (every query would be a
 * page of its own, and its results are the advisories, which are indexed) and so is "not found";
 * the CSAF folder listings are for machines and for people who already know where they are.
 * The sitemap and robots.txt follow this list; the pages themselves say `noindex`.
 */
import { routes } from '../model/routes.ts';
const unindexed = [new RegExp(`/${routes.search}$`), /\/404(\.html|\/)?$/, /\/\.well-known\//];

/** Whether the page at `pageUrl` (absolute, or a path) belongs in the sitemap. */
export function isIndexable(pageUrl: string): boolean {
	const { pathname } = new URL(pageUrl, 'https://site.invalid/');
	return !unindexed.some((pattern) => pattern.test(pathname));
}

/** robots.txt: everything may be crawled except the search page; the sitemap says what exists. */
export function robotsTxt(basePath: string, sitemapUrl: string): string {
	return ['User-agent: *', `Disallow: ${basePath}${routes.search}`, '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
