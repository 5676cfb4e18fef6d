/**
 * Writes a feed document as RSS 2.0 (@astrojs/rss), Atom 1.0 and JSON Feed 1.1 (feed), and all
 * feeds as one OPML file. The libraries escape what they write; what they do not is handled here:
 * `feed` puts Atom titles and summaries in `type="html"` CDATA, so plain text is HTML-escaped
 * first (a subject "<script>" must read as text), and it writes JSON Feed 1.0 fields, which are
 * upgraded to 1.1.
 */
import { getRssString } from '@astrojs/rss';
import { Feed } from 'feed';
import { escape } from 'html-escaper';
import { toTimestamp } from '../../util/dates.ts';
import type { FeedDocument } from './entries.ts';
import { feedUi } from '../../../i18n/vi.ts';
import { routes } from '../../model/routes.ts';

export interface FeedSite {
	name: string;
	operator: string;
	baseUrl: string;
}

/** Instants for calendar dates: midnight in Vietnam, as every date of the site is read. */
const instant = (date: string) => new Date(toTimestamp(date));

export function rss(doc: FeedDocument, site: FeedSite): Promise<string> {
	return getRssString({
		title: doc.scope.title,
		description: doc.scope.description,
		site: doc.home,
		trailingSlash: true,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		// RSS has no per-item "updated": readers follow the guid, which never changes.
		customData: [
			'<language>vi</language>',
			`<copyright>${escape(site.operator)}</copyright>`,
			`<lastBuildDate>${instant(doc.updated).toUTCString()}</lastBuildDate>`,
			`<atom:link href="${escape(doc.links.rss)}" rel="self" type="application/rss+xml"/>`,
		].join(''),
		items: doc.entries.map((entry) => ({
			title: entry.title,
			link: entry.url,
			description: entry.summary,
			content: entry.content,
			pubDate: instant(entry.published),
			categories: entry.categories.map((c) => c.label),
		})),
	});
}

function feedOf(doc: FeedDocument, site: FeedSite, text: (s: string) => string): Feed {
	const feed = new Feed({
		id: doc.links.atom,
		title: text(doc.scope.title),
		description: doc.scope.description,
		link: doc.home,
		language: 'vi',
		updated: instant(doc.updated),
		generator: false,
		copyright: site.operator,
		author: { name: site.operator, link: site.baseUrl },
		feedLinks: { atom: doc.links.atom, json: doc.links.json },
	});
	for (const entry of doc.entries) {
		feed.addItem({
			id: entry.id,
			link: entry.url,
			title: text(entry.title),
			description: text(entry.summary),
			content: entry.content,
			date: instant(entry.updated),
			published: instant(entry.published),
			category: entry.categories.map((c) => ({ term: c.term, name: c.label })),
		});
	}
	return feed;
}

export function atom(doc: FeedDocument, site: FeedSite): string {
	// Feed titles are written as plain element text (escaped by the library); entry titles and
	// summaries as type="html", so those are escaped as HTML first.
	const feed = feedOf(doc, site, escape);
	feed.options.title = doc.scope.title;
	return feed.atom1();
}

export function jsonFeed(doc: FeedDocument, site: FeedSite): string {
	const parsed = JSON.parse(feedOf(doc, site, (s) => s).json1()) as Record<string, unknown>;
	const { author, ...rest } = parsed;
	const upgraded = {
		...rest,
		version: 'https://jsonfeed.org/version/1.1',
		language: 'vi',
		authors: author ? [author] : undefined,
	};
	return `${JSON.stringify(upgraded, null, '\t')}\n`;
}

export interface OpmlGroup {
	title: string;
	feeds: FeedDocument['scope'][];
}

/** Every RSS feed, grouped, for importing into a reader at once. */
export function opml(groups: OpmlGroup[], site: FeedSite, updated: string): string {
	const attr = (s: string) => escape(s);
	const outline = (scope: FeedDocument['scope']) => {
		const xmlUrl = new URL(routes.feed(scope.path, 'rss'), site.baseUrl).href;
		const htmlUrl = new URL(scope.path, site.baseUrl).href;
		return `      <outline type="rss" version="RSS2" text="${attr(scope.title)}" title="${attr(scope.title)}" xmlUrl="${attr(xmlUrl)}" htmlUrl="${attr(htmlUrl)}"/>`;
	};
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<opml version="2.0">',
		'  <head>',
		`    <title>${attr(`${feedUi.feedAll}: ${site.name}`)}</title>`,
		`    <dateCreated>${instant(updated).toUTCString()}</dateCreated>`,
		`    <ownerName>${attr(site.operator)}</ownerName>`,
		'  </head>',
		'  <body>',
		...groups.flatMap((group) => [
			`    <outline text="${attr(group.title)}" title="${attr(group.title)}">`,
			...group.feeds.map(outline),
			'    </outline>',
		]),
		'  </body>',
		'</opml>',
		'',
	].join('\n');
}
