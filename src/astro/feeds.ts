/** Feed endpoints and feed links, on the catalog and the site settings. */
import { getCatalog } from './catalog.ts';
import { site } from './site.ts';
import {
	allScope,
	feedDocument,
	feedFiles,
	feedFormats,
	kindScopes,
	recipientScopes,
	severityScopes,
	type FeedFormat,
	type FeedScope,
} from '../lib/outputs/feeds/entries.ts';
import { atom, jsonFeed, rss } from '../lib/outputs/feeds/formats.ts';
import { feedUi } from '../i18n/vi.ts';

export type ScopeGroup = 'severity' | 'kind' | 'recipient';

const contentTypes: Record<FeedFormat, string> = {
	rss: 'application/rss+xml; charset=utf-8',
	atom: 'application/atom+xml; charset=utf-8',
	json: 'application/feed+json; charset=utf-8',
};

export async function siteScope(): Promise<FeedScope> {
	return allScope(await getCatalog(), site.operator, site.name);
}

export async function scopesOf(group: ScopeGroup): Promise<FeedScope[]> {
	const catalog = await getCatalog();
	return group === 'severity' ? severityScopes(catalog) : group === 'kind' ? kindScopes(catalog) : recipientScopes(catalog);
}

/** getStaticPaths for the feeds of one group; the route's parameter is the last segment of the scope's path. */
export function feedPaths(group: ScopeGroup, param: 'severity' | 'kind' | 'id') {
	return async () => (await scopesOf(group)).map((scope) => ({ params: { [param]: scope.path.split('/').at(-2)! }, props: { scope } }));
}

export async function feedResponse(format: FeedFormat, scope: FeedScope): Promise<Response> {
	const doc = feedDocument(await getCatalog(), scope, site.baseUrl);
	const body = format === 'rss' ? await rss(doc, site) : format === 'atom' ? atom(doc, site) : jsonFeed(doc, site);
	return new Response(body, { headers: { 'Content-Type': contentTypes[format] } });
}

export interface FeedLink {
	title: string;
	/** Site path of the feed file, under the base path. */
	path: string;
	type: string;
}

/** `<link rel="alternate">` entries for a scope's feeds, RSS first. */
export function feedLinksOf(scope: Pick<FeedScope, 'path' | 'title'>): FeedLink[] {
	return feedFormats.map((format) => ({
		title: feedUi.linkTitle(feedUi.formats[format], scope.title),
		path: scope.path + feedFiles[format].file,
		type: feedFiles[format].type,
	}));
}

/** The site-wide feeds: every page advertises them. */
export const siteFeedLinks: FeedLink[] = feedLinksOf({ path: '', title: site.name });
