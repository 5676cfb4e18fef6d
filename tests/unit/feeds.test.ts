import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/lib/model/catalog.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import {
	allScope,
	allScopes,
	feedDocument,
	kindScopes,
	recipientScopes,
	severityScopes,
	FEED_LIMIT,
} from '../../src/lib/outputs/feeds/entries.ts';
import { atom, jsonFeed, opml, rss } from '../../src/lib/outputs/feeds/formats.ts';
import { FIXTURE, TODAY, fixtureCopy, replaceOnce } from '../helpers/fixture.ts';
import { RFC3339, RFC822, all, htmlText, one, parseXml, text } from '../helpers/xml.ts';

const BASE = 'https://example.gov.vn/canh-bao-thu/';
const site = { name: 'Cảnh báo thử nghiệm', operator: 'Sở KH&CN', baseUrl: BASE };

function catalogOf(root: string): Catalog {
	const { catalog, problems } = checkContent(root, TODAY);
	expect(problems).toEqual([]);
	return catalog;
}
const recipientFeed = (catalog: Catalog, id: string) => recipientScopes(catalog).find((s) => s.value === id)!;
const ids = (catalog: Catalog, id: string) => recipientFeed(catalog, id).advisories.map((a) => a.id);

describe('feed scopes', () => {
	const catalog = catalogOf(FIXTURE);

	it('give each recipient what reaches it directly, through its groups and through its predecessors', () => {
		// A commune created in 2025 sees what was sent to "UBND các huyện" (its predecessor's group) and to "UBND các xã".
		expect(ids(catalog, 'ubnd-x-b')).toEqual(['2026/7-skhcn-cntt', '2019/10-ubnd-kgvx']);
		// The merged department sees what its predecessor received.
		expect(ids(catalog, 'so-khcn')).toEqual(['2026/7-skhcn-cntt', '2024/5-stttt-cntt', '2019/10-ubnd-kgvx']);
		// A district that ceased in 2025 never received the 2026 warning sent to the communes.
		expect(ids(catalog, 'ubnd-h-a')).toEqual(['2019/10-ubnd-kgvx']);
		expect(recipientFeed(catalog, 'ubnd-x-b').path).toBe('don-vi/ubnd-x-b/');
	});

	it('split advisories by severity and kind at their listing paths', () => {
		const critical = severityScopes(catalog).find((s) => s.value === 'critical')!;
		expect(critical.path).toBe('canh-bao/muc-do/nghiem-trong/');
		expect(critical.advisories.map((a) => a.id)).toEqual(['2024/5-stttt-cntt']);
		const malware = kindScopes(catalog).find((s) => s.value === 'malware')!;
		expect(malware.path).toBe('canh-bao/loai/ma-doc/');
		expect(malware.advisories.map((a) => a.id)).toEqual(['2026/7-skhcn-cntt']);
		expect(allScopes(catalog, site.operator, site.name)).toHaveLength(1 + 4 + 6 + catalog.recipients.byId.size);
	});
});

describe('feed entries', () => {
	it('have stable absolute ids; an edit marks the entry updated instead of adding one', () => {
		const before = feedDocument(catalogOf(FIXTURE), allScope(catalogOf(FIXTURE), site.operator, site.name), BASE);
		const edited = catalogOf(
			fixtureCopy({
				'advisories/2019/10-ubnd-kgvx.mdx': replaceOnce('validUntil: 2019-02-15', 'validUntil: 2019-02-15\nupdated: 2026-11-25'),
			}),
		);
		const after = feedDocument(edited, allScope(edited, site.operator, site.name), BASE);
		expect(after.entries.map((e) => e.id).sort()).toEqual(before.entries.map((e) => e.id).sort());
		const old = before.entries.find((e) => e.id.endsWith('/2019/10-ubnd-kgvx/'))!;
		const now = after.entries.find((e) => e.id === old.id)!;
		expect(old.id).toBe(`${BASE}canh-bao/2019/10-ubnd-kgvx/`);
		expect([old.published, old.updated]).toEqual(['2019-01-15', '2019-01-15']);
		expect([now.published, now.updated]).toEqual(['2019-01-15', '2026-11-25']);
		expect(now.content).toContain('Cập nhật 25/11/2026');
		// Most recently changed first, and the feed's own date follows its newest change.
		expect(after.entries[0].id).toBe(old.id);
		expect(after.updated).toBe('2026-11-25');
		expect(before.updated).toBe('2026-11-20');
	});

	it("list a recipient's own actions in its feed, and every action with its assignees elsewhere", () => {
		const catalog = catalogOf(FIXTURE);
		const commune = feedDocument(catalog, recipientFeed(catalog, 'ubnd-x-b'), BASE).entries[0];
		expect(commune.content).toContain('Việc UBND xã B cần làm');
		expect(commune.content).toContain('UBND xã B rà soát máy tính');
		const health = feedDocument(catalog, recipientFeed(catalog, 'so-y-te'), BASE).entries[0];
		expect(health.content).toContain('Chặn các dấu hiệu nhận biết');
		expect(health.content).not.toContain('UBND xã B rà soát máy tính');
		const everything = feedDocument(catalog, allScope(catalog, site.operator, site.name), BASE).entries[0];
		expect(everything.content).toContain('Giao: UBND xã B');
		expect(everything.content).toContain('Hạn: 10/12/2026');
	});

	it('keep the newest changes when there are more than the limit', () => {
		const catalog = catalogOf(FIXTURE);
		const many = {
			...allScope(catalog, site.operator, site.name),
			advisories: Array.from({ length: FEED_LIMIT + 5 }, () => catalog.advisories).flat(),
		};
		expect(feedDocument(catalog, many, BASE).entries).toHaveLength(FEED_LIMIT);
	});
});

describe('feed formats', () => {
	const hostile = catalogOf(
		fixtureCopy({
			'advisories/2026/7-skhcn-cntt.mdx': (t) =>
				replaceOnce(
					'subject: cảnh báo chiến dịch mã độc giả mạo văn bản điện tử',
					'subject: "mã độc <script>alert(1)</script> & \\"Tết\\" ]]> {x}"',
				)(
					replaceOnce(
						'summary: Thư giả mạo kèm tệp độc hại gửi tới cơ quan nhà nước.',
						'summary: "Tệp <b>độc</b> & javascript:alert(1)"',
					)(t),
				),
		}),
	);
	const doc = feedDocument(hostile, allScope(hostile, site.operator, site.name), BASE);
	const title = 'Mã độc <script>alert(1)</script> & "Tết" ]]> {x}';

	it('writes RSS 2.0 with RFC 822 dates, a self link and text that survives escaping', async () => {
		const xml = parseXml(await rss(doc, site), 'rss');
		const channel = one(xml, 'channel');
		expect(one(xml, 'rss').getAttribute('version')).toBe('2.0');
		expect(text(channel, 'language')).toBe('vi');
		expect(one(channel, 'atom:link').getAttribute('href')).toBe(`${BASE}rss.xml`);
		const items = all(xml, 'item');
		expect(items).toHaveLength(3);
		const first = items[0];
		expect(text(first, 'title')).toBe(title);
		expect(text(first, 'description')).toBe('Tệp <b>độc</b> & javascript:alert(1)');
		expect(text(first, 'guid')).toBe(`${BASE}canh-bao/2026/7-skhcn-cntt/`);
		expect(text(first, 'pubDate')).toBe('Thu, 19 Nov 2026 17:00:00 GMT');
		for (const item of items) expect(text(item, 'pubDate')).toMatch(RFC822);
		// The HTML content, once decoded from XML, still shows the markup as text.
		expect(text(first, 'content:encoded')).toContain('Tệp &lt;b&gt;độc&lt;/b&gt; &amp; javascript:alert(1)');
	});

	it('writes Atom 1.0 with RFC 3339 dates, whose html titles decode to the original text', () => {
		const xml = parseXml(atom(doc, site), 'atom');
		expect(one(xml, 'feed').getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
		expect(text(xml, 'updated')).toMatch(RFC3339);
		const self = all(xml, 'link').find((l) => l.getAttribute('rel') === 'self')!;
		expect(self.getAttribute('href')).toBe(`${BASE}atom.xml`);
		const entry = all(xml, 'entry')[0];
		expect(one(entry, 'title').getAttribute('type')).toBe('html');
		expect(htmlText(text(entry, 'title'))).toBe(title);
		expect(htmlText(text(entry, 'summary'))).toBe('Tệp <b>độc</b> & javascript:alert(1)');
		expect(text(entry, 'content')).not.toMatch(/<script|<b>/);
		for (const tag of ['updated', 'published']) expect(text(entry, tag)).toMatch(RFC3339);
		expect(text(entry, 'published')).toBe('2026-11-19T17:00:00.000Z');
	});

	it('writes JSON Feed 1.1', () => {
		const feed = JSON.parse(jsonFeed(doc, site));
		expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
		expect(feed.feed_url).toBe(`${BASE}feed.json`);
		expect(feed.language).toBe('vi');
		expect(feed.authors).toEqual([{ name: site.operator, url: BASE }]);
		expect(feed.author).toBeUndefined();
		const [item] = feed.items;
		expect(item.title).toBe(title);
		expect(item.id).toBe(item.url);
		expect(item.date_published).toMatch(RFC3339);
		expect(item.date_modified).toMatch(RFC3339);
		expect(item.content_html).not.toMatch(/<script|<b>/);
	});

	it('lists every RSS feed in one OPML file', () => {
		const catalog = catalogOf(FIXTURE);
		const xml = parseXml(opml([{ title: 'Theo đơn vị & nhóm', feeds: recipientScopes(catalog) }], site, '2026-11-20'), 'opml');
		const feeds = all(xml, 'outline').filter((o) => o.getAttribute('type') === 'rss');
		expect(feeds).toHaveLength(catalog.recipients.byId.size);
		expect(feeds[0].getAttribute('xmlUrl')).toMatch(/^https:\/\/example\.gov\.vn\/canh-bao-thu\/don-vi\/[a-z0-9-]+\/rss\.xml$/);
		expect(all(xml, 'outline')[0].getAttribute('text')).toBe('Theo đơn vị & nhóm');
	});
});
