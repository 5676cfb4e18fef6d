/**
 * Feeds, the subscription page and the JSON exports as the build writes them: every feed file
 * parsed strictly, with its ids, dates, links and escaping checked, on fixture content where one
 * advisory was edited after publication and another has a hostile subject.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureCopy, replaceOnce } from '../helpers/fixture.ts';
import { runBuild, tempOut } from '../helpers/build.ts';
import { RFC3339, RFC822, all, htmlText, one, parseXml, text } from '../helpers/xml.ts';

const BASE = 'https://example.gov.vn/canh-bao-thu/';
const HOSTILE = 'Mã độc <script>alert(1)</script> & "Tết" {x}';
const out = tempOut();
const read = (p: string) => readFileSync(path.join(out, p), 'utf8');
/** The file a published URL is served from. */
const fileOf = (url: string) => {
	expect(url.startsWith(BASE), url).toBe(true);
	const rest = url.slice(BASE.length);
	return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
};

const SEVERITIES = ['nghiem-trong', 'cao', 'trung-binh', 'thap'];
const KINDS = ['chi-dao', 'lo-hong', 'ma-doc', 'lo-lot-du-lieu', 'su-co', 'khac'];
const RECIPIENTS = ['so-ban-nganh', 'so-y-te', 'so-tttt', 'so-khcn', 'ubnd-cap-huyen', 'ubnd-cap-xa', 'ubnd-h-a', 'ubnd-x-b'];
const FOLDERS = [
	'',
	...SEVERITIES.map((s) => `canh-bao/muc-do/${s}/`),
	...KINDS.map((k) => `canh-bao/loai/${k}/`),
	...RECIPIENTS.map((r) => `don-vi/${r}/`),
];

beforeAll(() => {
	const root = fixtureCopy({
		'advisories/2019/10-ubnd-kgvx.mdx': replaceOnce('validUntil: 2019-02-15', 'validUntil: 2019-02-15\nupdated: 2026-11-25'),
		'advisories/2026/7-skhcn-cntt.mdx': replaceOnce(
			'subject: cảnh báo chiến dịch mã độc giả mạo văn bản điện tử',
			'subject: "mã độc <script>alert(1)</script> & \\"Tết\\" {x}"',
		),
	});
	const result = runBuild(root, out);
	if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}\n${result.stdout}`);
});

describe('feeds in the build', () => {
	it('exist in three formats for everything, each severity, kind and recipient, and parse strictly', () => {
		for (const folder of FOLDERS) {
			const rss = parseXml(read(`${folder}rss.xml`), `${folder}rss.xml`);
			const atom = parseXml(read(`${folder}atom.xml`), `${folder}atom.xml`);
			const json = JSON.parse(read(`${folder}feed.json`));
			// Self links point at the file itself, absolutely.
			expect(one(rss, 'atom:link').getAttribute('href')).toBe(`${BASE}${folder}rss.xml`);
			expect(
				all(atom, 'link')
					.find((l) => l.getAttribute('rel') === 'self')!
					.getAttribute('href'),
			).toBe(`${BASE}${folder}atom.xml`);
			expect(json.feed_url).toBe(`${BASE}${folder}feed.json`);
			expect(json.home_page_url).toBe(`${BASE}${folder}`);
			// The same entries, with the same ids, in every format; every link leads to a built page.
			const rssIds = all(rss, 'item').map((i) => text(i, 'guid'));
			const atomIds = all(atom, 'entry').map((e) => text(e, 'id'));
			expect(atomIds).toEqual(rssIds);
			expect(json.items.map((i: { id: string }) => i.id)).toEqual(rssIds);
			expect(new Set(rssIds).size).toBe(rssIds.length);
			for (const id of rssIds) expect(existsSync(path.join(out, fileOf(id))), id).toBe(true);
			for (const item of all(rss, 'item')) expect(text(item, 'pubDate')).toMatch(RFC822);
			for (const entry of all(atom, 'entry')) for (const tag of ['updated', 'published']) expect(text(entry, tag)).toMatch(RFC3339);
		}
	});

	it("carry in a recipient's feed what reaches it through groups and predecessors", () => {
		const ids = (folder: string) => all(parseXml(read(`${folder}atom.xml`)), 'entry').map((e) => text(e, 'id'));
		expect(ids('don-vi/ubnd-x-b/')).toEqual([`${BASE}canh-bao/2019/10-ubnd-kgvx/`, `${BASE}canh-bao/2026/7-skhcn-cntt/`]);
		expect(ids('don-vi/so-y-te/')).toHaveLength(3);
		expect(ids('don-vi/ubnd-h-a/')).toEqual([`${BASE}canh-bao/2019/10-ubnd-kgvx/`]);
		expect(ids('canh-bao/muc-do/nghiem-trong/')).toEqual([`${BASE}canh-bao/2024/5-stttt-cntt/`]);
		expect(ids('canh-bao/loai/lo-hong/')).toEqual([`${BASE}canh-bao/2024/5-stttt-cntt/`]);
		expect(ids('canh-bao/loai/su-co/')).toEqual([]);
	});

	it('show an edited advisory as updated, keeping its id and first publication date', () => {
		const atom = parseXml(read('atom.xml'));
		const entry = all(atom, 'entry').find((e) => text(e, 'id') === `${BASE}canh-bao/2019/10-ubnd-kgvx/`)!;
		expect(text(entry, 'published')).toBe('2019-01-14T17:00:00.000Z');
		expect(text(entry, 'updated')).toBe('2026-11-24T17:00:00.000Z');
		expect(text(atom, 'updated')).toBe('2026-11-24T17:00:00.000Z');
		const json = JSON.parse(read('feed.json'));
		const item = json.items.find((i: { id: string }) => i.id.endsWith('/2019/10-ubnd-kgvx/'));
		expect([item.date_published, item.date_modified]).toEqual(['2019-01-14T17:00:00.000Z', '2026-11-24T17:00:00.000Z']);
		const rssItem = all(parseXml(read('rss.xml')), 'item').find((i) => text(i, 'guid').endsWith('/2019/10-ubnd-kgvx/'))!;
		expect(text(rssItem, 'pubDate')).toBe('Mon, 14 Jan 2019 17:00:00 GMT');
	});

	it('escape hostile subjects in every format', () => {
		const rssItem = all(parseXml(read('rss.xml')), 'item').find((i) => text(i, 'guid').endsWith('/2026/7-skhcn-cntt/'))!;
		expect(text(rssItem, 'title')).toBe(HOSTILE);
		const entry = all(parseXml(read('atom.xml')), 'entry').find((e) => text(e, 'id').endsWith('/2026/7-skhcn-cntt/'))!;
		expect(htmlText(text(entry, 'title'))).toBe(HOSTILE);
		expect(JSON.parse(read('feed.json')).items.find((i: { id: string }) => i.id.endsWith('/2026/7-skhcn-cntt/')).title).toBe(HOSTILE);
		expect(read('rss.xml')).not.toContain('<script>');
	});
});

describe('feed discovery and the subscription page', () => {
	const alternates = (page: string) =>
		[...read(page).matchAll(/<link rel="alternate" type="([^"]+)" title="([^"]+)" href="([^"]+)">/g)].map((m) => ({
			type: m[1],
			title: m[2],
			href: m[3],
		}));

	it('announces the site feeds on every page and the narrower ones where they apply', () => {
		const home = alternates('index.html');
		expect(home.map((l) => l.href)).toEqual(['/canh-bao-thu/rss.xml', '/canh-bao-thu/atom.xml', '/canh-bao-thu/feed.json']);
		expect(home.map((l) => l.type)).toEqual(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
		expect(alternates('canh-bao/loai/ma-doc/index.html')[0]).toEqual({
			type: 'application/rss+xml',
			title: 'RSS: Cảnh báo mã độc, tấn công có chủ đích',
			href: '/canh-bao-thu/canh-bao/loai/ma-doc/rss.xml',
		});
		expect(alternates('canh-bao/muc-do/cao/index.html')[0].href).toBe('/canh-bao-thu/canh-bao/muc-do/cao/rss.xml');
		expect(alternates('canh-bao/2024/5-stttt-cntt/index.html').map((l) => l.href)).toContain(
			'/canh-bao-thu/canh-bao/loai/lo-hong/atom.xml',
		);
		for (const page of ['index.html', 'canh-bao/loai/ma-doc/index.html', 'canh-bao/2024/5-stttt-cntt/index.html', 'theo-doi/index.html']) {
			for (const link of alternates(page))
				expect(existsSync(path.join(out, link.href.replace('/canh-bao-thu/', ''))), link.href).toBe(true);
		}
	});

	it('explains how to subscribe and offers an OPML file of every feed', () => {
		const html = read('theo-doi/index.html');
		expect(html).toContain('href="/canh-bao-thu/theo-doi/nguon-tin.opml"');
		expect(html).toContain('href="mailto:theodoi@example.gov.vn"');
		expect(html).toContain('href="/canh-bao-thu/don-vi/ubnd-x-b/rss.xml"');
		expect(html).toContain('href="/canh-bao-thu/don-vi/ubnd-x-b/lich.ics"');
		expect(html).toContain('href="/canh-bao-thu/lich.ics"');
		expect(html).toContain('id="huy-dang-ky"');
		const opml = parseXml(read('theo-doi/nguon-tin.opml'), 'opml');
		const urls = all(opml, 'outline')
			.map((o) => o.getAttribute('xmlUrl'))
			.filter((u): u is string => Boolean(u));
		expect(urls.sort()).toEqual(FOLDERS.map((f) => `${BASE}${f}rss.xml`).sort());
	});
});

describe('JSON exports', () => {
	it('publish every advisory with resolved names, actions and what concerns each recipient', () => {
		const data = JSON.parse(read('api/advisories.json'));
		expect(data.schemaVersion).toBe(1);
		expect(data.site).toEqual({
			name: 'Cảnh báo thử nghiệm',
			operator: 'Sở Khoa học và Công nghệ (kiểm thử)',
			address: 'Số 1 đường Thử nghiệm',
			baseUrl: BASE,
			subscriptionEmail: 'theodoi@example.gov.vn',
		});
		expect(data.advisories.map((a: { key: string }) => a.key)).toEqual(['2026/7-skhcn-cntt', '2024/5-stttt-cntt', '2019/10-ubnd-kgvx']);
		const malware = data.advisories[0];
		expect(malware).toMatchObject({
			url: `${BASE}canh-bao/2026/7-skhcn-cntt/`,
			jsonUrl: `${BASE}canh-bao/2026/7-skhcn-cntt.json`,
			number: '7/SKHCN-CNTT',
			issuer: { id: 'so-khcn', name: 'Sở Khoa học và Công nghệ', shortName: null },
			status: 'active',
			updated: null,
			changed: '2026-11-20',
		});
		expect(malware.actions[1]).toEqual({
			key: '2026/7-skhcn-cntt#xa-ra-soat',
			id: 'xa-ra-soat',
			number: 2,
			part: 0,
			heading: null,
			text: 'UBND xã B rà soát máy tính tiếp nhận văn bản.',
			steps: [],
			role: 'all',
			due: '2026-12-10',
			assigned: true,
			assignees: [{ id: 'ubnd-x-b', name: 'UBND xã B', shortName: null }],
		});
		expect(malware.indicators[0]).toEqual({ type: 'ip', value: '203.0.113.7', defanged: '203[.]0[.]113[.]7', note: 'máy chủ điều khiển' });
		expect(data.advisories[2]).toMatchObject({ updated: '2026-11-25', changed: '2026-11-25', status: 'closed', declaredStatus: 'closed' });
		const commune = data.recipients.find((r: { id: string }) => r.id === 'ubnd-x-b');
		expect(commune.advisories).toEqual([
			{ key: '2026/7-skhcn-cntt', reach: 'group', via: 'ubnd-cap-xa' },
			{ key: '2019/10-ubnd-kgvx', reach: 'predecessor', via: 'ubnd-cap-huyen' },
		]);
		expect(commune.actions).toContain('2026/7-skhcn-cntt#xa-ra-soat');
	});

	it('publish each advisory on its own, identical to its entry in the full file', () => {
		const data = JSON.parse(read('api/advisories.json'));
		const files = readdirSync(path.join(out, 'canh-bao', '2026')).filter((f) => f.endsWith('.json') && !f.endsWith('.stix.json'));
		expect(files).toEqual(['7-skhcn-cntt.json']);
		for (const advisory of data.advisories) {
			expect(JSON.parse(read(fileOf(advisory.jsonUrl)))).toEqual({ schemaVersion: 1, ...advisory });
		}
	});
});
