import { describe, expect, it } from 'vitest';
import { csafDocument, csafPublisher, type CsafContext } from '../../src/lib/outputs/csaf/document.ts';
import { dataFiles } from '../../src/lib/model/data-files.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { csafProviderMetadata } from '../../src/lib/outputs/csaf/provider.ts';
import { feedId, rolieCategories, rolieFeed, rolieService, type FeedDocument } from '../../src/lib/outputs/csaf/rolie.ts';
import { securityContacts, securityTxt, telUri } from '../../src/lib/outputs/security-txt.ts';
import { csafSigningLine } from '../../src/integrations/csaf-signing.ts';
import type { SiteSettings } from '../../src/schemas/site.ts';
import { FIXTURE, TODAY } from '../helpers/fixture.ts';

const { catalog, site, problems } = checkContent(FIXTURE, TODAY);
expect(problems).toEqual([]);
const absolute = (p: string) => new URL(p, site!.baseUrl).href;
const ctx: CsafContext = { site: site!, absolute, byId: catalog.byId };
const ivanti = catalog.byId.get('2024/5-stttt-cntt')!;
const BASE = 'https://example.gov.vn/canh-bao-thu/';

/** The fixture's document, and made-up others: a later release, an earlier one, another TLP label. */
function documents(): FeedDocument[] {
	const real = { document: csafDocument(ivanti, ctx), url: absolute(dataFiles(ivanti).csaf!) };
	const variant = (id: string, current: string, label = 'WHITE'): FeedDocument => {
		const copy = structuredClone(real);
		copy.document.document.tracking.id = id;
		copy.document.document.tracking.current_release_date = current;
		copy.document.document.distribution.tlp.label = label;
		return { document: copy.document, url: `${BASE}.well-known/csaf/white/2024/${id.toLowerCase()}.json` };
	};
	return [
		variant('2024-OLD', '2024-01-02T00:00:00+07:00'),
		real,
		variant('2024-NEW', '2024-06-30T00:00:00+07:00'),
		variant('2024-GREEN', '2025-01-01T00:00:00+07:00', 'GREEN'),
	];
}
const options = (signed: boolean) => ({
	url: `${BASE}.well-known/csaf/feed-tlp-white.json`,
	id: feedId(BASE, 'WHITE'),
	title: 'Feed',
	signed,
	fallbackUpdated: '2026-11-26T00:00:00+07:00',
});

describe('the ROLIE feed', () => {
	it('lists the documents of its TLP label, latest release first, dated by the latest', () => {
		const { feed } = rolieFeed(documents(), 'WHITE', options(false));
		expect(feed.entry.map((e) => e.id)).toEqual(['2024-NEW', '2024-5-STTTT-CNTT', '2024-OLD']);
		expect(feed.updated).toBe('2024-06-30T00:00:00+07:00');
		expect(feed.id).toBe('example.gov.vn-csaf-feed-tlp-white');
		expect(feed.link).toEqual([{ rel: 'self', href: options(false).url }]);
		expect(feed.category).toEqual([{ scheme: 'urn:ietf:params:rolie:category:information-type', term: 'csaf' }]);
	});

	it('repeats the document in each entry: id, title, dates, summary, and links to it, its hashes and signature', () => {
		const url = `${BASE}.well-known/csaf/white/2024/2024-5-stttt-cntt.json`;
		const entry = (signed: boolean) => rolieFeed(documents(), 'WHITE', options(signed)).feed.entry[1];
		expect(entry(true)).toEqual({
			id: '2024-5-STTTT-CNTT',
			title: 'Cảnh báo lỗ hổng trên Ivanti Connect Secure',
			link: [
				{ rel: 'self', href: url },
				{ rel: 'hash', href: `${url}.sha256` },
				{ rel: 'hash', href: `${url}.sha512` },
				{ rel: 'signature', href: `${url}.asc` },
			],
			published: '2024-03-04T00:00:00+07:00',
			updated: '2024-03-04T00:00:00+07:00',
			summary: { content: ivanti.data.summary },
			content: { type: 'application/json', src: url },
			format: { schema: 'https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json', version: '2.0' },
		});
		expect(entry(false).link.map((l) => l.rel)).toEqual(['self', 'hash', 'hash']);
	});

	it('exists without documents, dated by the fallback', () => {
		expect(rolieFeed([], 'WHITE', options(true)).feed).toMatchObject({ entry: [], updated: '2026-11-26T00:00:00+07:00' });
		expect(rolieFeed(documents(), 'GREEN', options(true)).feed.entry.map((e) => e.id)).toEqual(['2024-GREEN']);
	});

	it('has a service document listing it and a category document of the vendors and products', () => {
		expect(rolieService('Workspace', [{ title: 'Feed', url: options(false).url }]).service.workspace[0].collection).toEqual([
			{
				title: 'Feed',
				href: options(false).url,
				categories: { category: [{ scheme: 'urn:ietf:params:rolie:category:information-type', term: 'csaf' }] },
			},
		]);
		expect(rolieCategories(documents()).categories.category).toEqual([{ term: 'Connect Secure' }, { term: 'Ivanti' }]);
		expect(rolieCategories([]).categories.category).toEqual([]);
	});
});

describe('provider-metadata.json with every channel', () => {
	it('lists the directory and the ROLIE feed, and stays csaf_provider without a key', () => {
		const meta = csafProviderMetadata([ivanti], ctx, TODAY, null);
		expect(meta.role).toBe('csaf_provider');
		expect('public_openpgp_keys' in meta).toBe(false);
		expect(meta.distributions).toEqual([
			{
				directory_url: `${BASE}.well-known/csaf/white/`,
				rolie: {
					categories: [`${BASE}.well-known/csaf/categories-tlp-white.json`],
					feeds: [
						{
							summary: `Mọi tài liệu CSAF (TLP:WHITE) của ${site!.operator}.`,
							tlp_label: 'WHITE',
							url: `${BASE}.well-known/csaf/feed-tlp-white.json`,
						},
					],
					services: [`${BASE}.well-known/csaf/service.json`],
				},
			},
		]);
		expect(meta.publisher).toEqual(csafPublisher(site!));
	});

	it('becomes csaf_trusted_provider with the key, its fingerprint and where it is', () => {
		const fingerprint = 'EE8F56459DE9B0E1F6447963B1DB26C5CDFFA929';
		const created = new Date('2026-11-20T08:30:00.123Z');
		const meta = csafProviderMetadata([ivanti], ctx, TODAY, { fingerprint, created });
		expect(meta.role).toBe('csaf_trusted_provider');
		// Updated when the key is newer than every release, so aggregators fetch the new key.
		expect(meta.last_updated).toBe('2026-11-20T08:30:00Z');
		expect(csafProviderMetadata([ivanti], ctx, TODAY, { fingerprint, created: new Date('2020-01-01T00:00:00Z') }).last_updated).toBe(
			'2024-03-04T00:00:00+07:00',
		);
		expect(meta.public_openpgp_keys).toEqual([{ fingerprint, url: `${BASE}.well-known/csaf/openpgp/${fingerprint}.asc` }]);
	});

	it('is named in the build log', () => {
		expect(csafSigningLine('ABC')).toBe('CSAF: documents signed with OpenPGP key ABC; role csaf_trusted_provider');
		expect(csafSigningLine(null)).toMatch(/CANHBAO_CSAF_SIGNING_KEY is not set, documents are not signed; role csaf_provider/);
	});
});

describe('security.txt', () => {
	it('has the RFC 9116 fields, the CSAF provider metadata and an expiry from the build date', () => {
		expect(securityTxt({ site: site!, absolute, today: '2026-11-26' }).split('\n')).toEqual([
			`# ${site!.operator}: ${site!.name}`,
			'Contact: mailto:ucsc@example.gov.vn',
			'Contact: tel:+842393000111',
			`Contact: ${BASE}bao-cao-su-co/`,
			'Expires: 2027-05-25T23:59:59+07:00',
			'Preferred-Languages: vi, en',
			`Canonical: ${BASE}.well-known/security.txt`,
			`CSAF: ${BASE}.well-known/csaf/provider-metadata.json`,
			'',
		]);
	});

	it('writes telephone numbers as global tel: URIs', () => {
		expect(telUri('0239 3 690 690')).toBe('tel:+842393690690');
		expect(telUri('+84 (239) 3.690.690')).toBe('tel:+842393690690');
	});

	it('lists only this site’s pages, the report address once, and never lets a value start a new field', () => {
		const other: SiteSettings = {
			...site!,
			operator: 'Sở\nContact: mailto:evil@example.com',
			reportEmail: 'ucsc@example.gov.vn',
			incidentContacts: [
				{ name: 'A', email: 'ucsc@example.gov.vn', url: 'https://khonggianmang.vn/' },
				{ name: 'B', url: `${BASE}lien-he/`, email: 'b@example.gov.vn' },
			],
		};
		expect(securityContacts(other, absolute)).toEqual([
			'mailto:ucsc@example.gov.vn',
			'mailto:b@example.gov.vn',
			`${BASE}lien-he/`,
			`${BASE}bao-cao-su-co/`,
		]);
		const text = securityTxt({ site: other, absolute, today: TODAY });
		expect(text.split('\n').filter((l) => l.startsWith('Contact: mailto:evil'))).toEqual([]);
		expect(text.split('\n')[0]).toBe(`# Sở Contact: mailto:evil@example.com: ${site!.name}`);
	});
});
