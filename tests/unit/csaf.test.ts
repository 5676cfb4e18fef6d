import { describe, expect, it } from 'vitest';
import {
	changesCsv,
	csafDocument,
	csafPublisher,
	csafText,
	indexTxt,
	looksLikeRange,
	providerMetadata,
	type CsafContext,
} from '../../src/lib/outputs/csaf/document.ts';
import { csafEntry, csafFileName, csafTrackingId, dataFiles } from '../../src/lib/model/data-files.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { csafErrors, csafOptionalWarnings } from '../helpers/csaf.ts';
import { FIXTURE, TODAY, fixtureCopy, replaceOnce } from '../helpers/fixture.ts';

function load(root: string) {
	const { catalog, site, problems } = checkContent(root, TODAY);
	expect(problems).toEqual([]);
	const ctx: CsafContext = { site: site!, absolute: (p) => new URL(p, site!.baseUrl).href, byId: catalog.byId };
	return { catalog, ctx };
}

const { catalog, ctx } = load(FIXTURE);
const ivanti = catalog.byId.get('2024/5-stttt-cntt')!;

/** The fixture's vulnerability advisory made harder: hostile text, a revision, more products, a relay with a link. */
const hard = load(
	fixtureCopy({
		'advisories/2024/5-stttt-cntt.mdx': (text) =>
			replaceOnce(
				'subject: cảnh báo lỗ hổng trên Ivanti Connect Secure',
				'subject: "cảnh báo <script>alert(1)</script> & {lỗ hổng} \\"Ivanti\\""',
			)(
				replaceOnce(
					'recipients: [so-ban-nganh]',
					'updated: 2024-03-10\nrecipients: [so-ban-nganh]\nrelays:\n  - number: 99/NCSC-GS\n    issued: 2024-03-01\n    issuer: ncsc\n    subject: lỗ hổng Ivanti\n    url: https://ncsc.example/canh-bao?id=1&x=2',
				)(
					replaceOnce(
						'    fixed: 22.5R2.2',
						'    fixed: 22.5R2.2\n  - vendor: Ivanti\n    product: Policy Secure\n    fixed: 22.6R1 trở lên\n  - vendor: "Acme <Corp>"\n    product: Gateway',
					)(text),
				),
			),
	}),
);
const hardIvanti = hard.catalog.byId.get('2024/5-stttt-cntt')!;

describe('a CSAF 2.0 document', () => {
	const doc = csafDocument(ivanti, ctx);

	it('passes the strict CSAF 2.0 schema and every mandatory test', async () => {
		// The validator does reject: a document without tracking, and one whose remediation names an unknown product.
		expect((await csafErrors({ ...doc, document: { ...doc.document, tracking: undefined } })).join('\n')).toMatch(/tracking/);
		const broken = structuredClone(doc);
		broken.vulnerabilities![0].remediations![0].product_ids = ['CSAFPID-9999'];
		expect((await csafErrors(broken)).join('\n')).toMatch(/6_1_1/);
		expect(await csafErrors(doc)).toEqual([]);
		expect(await csafErrors(csafDocument(hardIvanti, hard.ctx))).toEqual([]);
	});

	it('passes the optional tests except those the content cannot satisfy (CVSS, CPE/PURL, vers)', async () => {
		expect(await csafOptionalWarnings(JSON.parse(csafText(doc)))).toEqual([]);
		expect(await csafOptionalWarnings(JSON.parse(csafText(csafDocument(hardIvanti, hard.ctx))))).toEqual([]);
	});

	it('names the operator as publisher and tracks the advisory by year and slug', () => {
		expect(doc.document.publisher).toMatchObject({
			category: 'coordinator',
			name: 'Sở Khoa học và Công nghệ (kiểm thử)',
			namespace: 'https://example.gov.vn',
		});
		expect(doc.document.tracking).toMatchObject({
			id: '2024-5-STTTT-CNTT',
			aliases: ['5/STTTT-CNTT'],
			status: 'final',
			version: '1',
			initial_release_date: '2024-03-04T00:00:00+07:00',
			current_release_date: '2024-03-04T00:00:00+07:00',
		});
		expect(doc.document.category).toBe('csaf_security_advisory');
		expect(doc.document.lang).toBe('vi');
		expect(doc.document.distribution.tlp.label).toBe('WHITE');
		expect(doc.document.aggregate_severity.text).toBe('Nghiêm trọng');
	});

	it('builds the product tree and a vulnerability per CVE with status and remediations', () => {
		expect(doc.product_tree).toEqual({
			branches: [
				{
					category: 'vendor',
					name: 'Ivanti',
					branches: [
						{
							category: 'product_name',
							name: 'Connect Secure',
							branches: [
								{
									category: 'product_version_range',
									name: '9.x, 22.x',
									product: { product_id: 'CSAFPID-0001', name: 'Ivanti Connect Secure (9.x, 22.x)' },
								},
								{
									category: 'product_version',
									name: '22.5R2.2',
									product: { product_id: 'CSAFPID-0002', name: 'Ivanti Connect Secure (22.5R2.2)' },
								},
							],
						},
					],
				},
			],
		});
		expect(doc.vulnerabilities!.map((v) => v.cve)).toEqual(['CVE-2023-46805', 'CVE-2024-21887']);
		const v = doc.vulnerabilities![0];
		expect(v.product_status).toEqual({ known_affected: ['CSAFPID-0001'], fixed: ['CSAFPID-0002'] });
		expect(v.remediations).toEqual([
			{ category: 'vendor_fix', details: 'Cập nhật phiên bản khắc phục: 22.5R2.2.', product_ids: ['CSAFPID-0001'] },
			{
				category: 'mitigation',
				details: 'Cập nhật bản vá trước ngày 15/3/2024. Hạn thực hiện: 15/03/2024.',
				product_ids: ['CSAFPID-0001'],
			},
		]);
		expect(v.references).toEqual([
			{ category: 'external', summary: 'CVE-2023-46805', url: 'https://www.cve.org/CVERecord?id=CVE-2023-46805' },
		]);
	});

	it('refers to itself, the advisory page and the advisory that supersedes it', () => {
		const urls = doc.document.references.map((r) => [r.category, r.url]);
		expect(urls).toEqual([
			['self', 'https://example.gov.vn/canh-bao-thu/.well-known/csaf/white/2024/2024-5-stttt-cntt.json'],
			['external', 'https://example.gov.vn/canh-bao-thu/canh-bao/2024/5-stttt-cntt/'],
			['external', 'https://example.gov.vn/canh-bao-thu/canh-bao/2026/7-skhcn-cntt/'],
		]);
		expect(doc.document.notes.map((n) => n.title)).toEqual(['Tóm tắt', 'Văn bản gốc', 'Việc cần làm', 'Văn bản thay thế']);
	});

	it('records a revision when the advisory was updated', () => {
		const revised = csafDocument(hardIvanti, hard.ctx).document.tracking;
		expect(revised.version).toBe('2');
		expect(revised.current_release_date).toBe('2024-03-10T00:00:00+07:00');
		expect(revised.revision_history.map((r) => [r.number, r.date])).toEqual([
			['1', '2024-03-04T00:00:00+07:00'],
			['2', '2024-03-10T00:00:00+07:00'],
		]);
	});

	it('keeps hostile text as plain data and links the relayed document', () => {
		const revised = csafDocument(hardIvanti, hard.ctx);
		expect(revised.document.title).toBe('Cảnh báo <script>alert(1)</script> & {lỗ hổng} "Ivanti"');
		const text = csafText(revised);
		expect(JSON.parse(text).document.title).toBe(revised.document.title);
		expect(revised.document.references).toContainEqual({
			category: 'external',
			summary: 'Văn bản số 99/NCSC-GS ngày 01/03/2024 của Trung tâm Giám sát an toàn không gian mạng quốc gia về việc lỗ hổng Ivanti',
			url: 'https://ncsc.example/canh-bao?id=1&x=2',
		});
	});

	it('puts a fixed version written as a range, and products without versions, into version ranges', () => {
		const tree = csafDocument(hardIvanti, hard.ctx).product_tree!;
		const leaves = tree.branches.flatMap((v) => v.branches!.flatMap((p) => p.branches!.map((l) => [l.category, l.name])));
		expect(leaves).toContainEqual(['product_version_range', '22.6R1 trở lên']);
		expect(leaves).toContainEqual(['product_version_range', 'vers:all/*']);
		expect(looksLikeRange('2.17.1 trở lên')).toBe(true);
		expect(looksLikeRange('all versions before 3.0')).toBe(true);
		expect(looksLikeRange('Bản cập nhật bảo mật ngày 14/5/2019 (KB4499175)')).toBe(false);
	});

	it('falls back to the base profile when the advisory names no products', () => {
		const bare = load(
			fixtureCopy({
				'advisories/2024/5-stttt-cntt.mdx': replaceOnce(
					'products:\n  - vendor: Ivanti\n    product: Connect Secure\n    versions: 9.x, 22.x\n    fixed: 22.5R2.2\n',
					'',
				),
			}),
		);
		const doc = csafDocument(bare.catalog.byId.get('2024/5-stttt-cntt')!, bare.ctx);
		expect(doc.document.category).toBe('csaf_base');
		expect(doc).not.toHaveProperty('product_tree');
		expect(doc.vulnerabilities!.map((v) => Object.keys(v).sort())).toEqual([
			['cve', 'notes', 'references'],
			['cve', 'notes', 'references'],
		]);
		return csafErrors(doc).then((errors) => expect(errors).toEqual([]));
	});

	it('is serialised with sorted keys, so unchanged content gives identical bytes', () => {
		const text = csafText(doc);
		expect(text).toBe(csafText(csafDocument(ivanti, ctx)));
		expect(Object.keys(JSON.parse(text))).toEqual(['document', 'product_tree', 'vulnerabilities']);
		expect(Object.keys(JSON.parse(text).document)).toEqual([...Object.keys(JSON.parse(text).document)].sort());
		expect(text.endsWith('}\n')).toBe(true);
	});
});

describe('CSAF file names and the directory files', () => {
	it('derive the file name from the tracking id as CSAF 2.0 §5.1 prescribes', () => {
		expect(csafTrackingId(ivanti)).toBe('2024-5-STTTT-CNTT');
		expect(csafFileName('2024-5-STTTT-CNTT')).toBe('2024-5-stttt-cntt.json');
		expect(csafFileName('Example Company - 2019/YH3234')).toBe('example_company_-_2019_yh3234.json');
		expect(csafEntry(ivanti)).toBe('2024/2024-5-stttt-cntt.json');
		expect(dataFiles(ivanti).csaf).toBe('.well-known/csaf/white/2024/2024-5-stttt-cntt.json');
		expect(dataFiles(catalog.byId.get('2019/10-ubnd-kgvx')!).csaf).toBeUndefined();
	});

	it('list documents newest release first in index.txt and changes.csv', () => {
		const advisories = [ivanti, hardIvanti];
		expect(indexTxt([ivanti])).toBe('2024/2024-5-stttt-cntt.json\n');
		expect(changesCsv([ivanti])).toBe('"2024/2024-5-stttt-cntt.json","2024-03-04T00:00:00+07:00"\n');
		const lines = changesCsv(advisories).trim().split('\n');
		expect(lines[0]).toContain('2024-03-10T00:00:00+07:00');
	});

	it('describe the provider as provider-metadata.json requires', () => {
		const meta = providerMetadata([ivanti], ctx, TODAY);
		expect(meta).toEqual({
			canonical_url: 'https://example.gov.vn/canh-bao-thu/.well-known/csaf/provider-metadata.json',
			distributions: [{ directory_url: 'https://example.gov.vn/canh-bao-thu/.well-known/csaf/white/' }],
			last_updated: '2024-03-04T00:00:00+07:00',
			list_on_CSAF_aggregators: true,
			metadata_version: '2.0',
			mirror_on_CSAF_aggregators: true,
			publisher: csafPublisher(ctx.site),
			role: 'csaf_provider',
		});
		expect(providerMetadata([], ctx, TODAY).last_updated).toBe('2026-11-26T00:00:00+07:00');
	});
});

describe('the actions note', () => {
	it('numbers the actions as the dispatch does, with their deadlines', () => {
		const tet = catalog.byId.get('2019/10-ubnd-kgvx')!;
		const doc = csafDocument({ ...tet, data: { ...tet.data, kind: 'vulnerability' } }, ctx);
		expect(doc.document.notes.find((n) => n.title === 'Việc cần làm')!.text).toBe(
			[
				'1. Cử cán bộ trực giám sát hệ thống trong dịp nghỉ Tết.',
				'2. Giao Sở Thông tin và Truyền thông:',
				'- Phối hợp xử lý sự cố.',
				'- Tổng hợp báo cáo UBND tỉnh. Hạn thực hiện: 20/02/2019.',
			].join('\n'),
		);
	});

	it('keeps the sub-items of an action', () => {
		const tet = catalog.byId.get('2019/10-ubnd-kgvx')!;
		const actions = tet.actions.map((x, i) => (i === 0 ? { ...x, steps: ['Trực 24/7;', 'Báo cáo hằng ngày.'] } : x));
		const doc = csafDocument(
			{ ...tet, actions, items: [{ ...tet.items[0], actions: [actions[0]] }, tet.items[1]], data: { ...tet.data, kind: 'vulnerability' } },
			ctx,
		);
		expect(doc.document.notes.find((n) => n.title === 'Việc cần làm')!.text).toMatch(
			/^1\. Cử cán bộ trực giám sát hệ thống trong dịp nghỉ Tết\.\n {2}- Trực 24\/7;\n {2}- Báo cáo hằng ngày\.\n2\. /,
		);
	});
});
