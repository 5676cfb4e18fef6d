import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { hashAlgorithm, indicatorProblem } from '../../src/lib/model/indicator-values.ts';
import { IOC_CSV_COLUMNS, iocCsv } from '../../src/lib/outputs/ioc-csv.ts';
import { stixBundle, stixPattern, stixTimestamp, TLP_WHITE, uuidv5 } from '../../src/lib/outputs/stix.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { formatProblem } from '../../src/lib/util/problems.ts';
import { stixProblems } from '../helpers/stix.ts';
import { TODAY, fixtureCopy, replaceOnce } from '../helpers/fixture.ts';

/** The fixture's malware advisory with awkward indicators: commas, quotes, line breaks, IPv6, every hash size. */
const root = fixtureCopy({
	'advisories/2026/7-skhcn-cntt.mdx': replaceOnce(
		'  - type: url\n    value: https://update.example.net/doc.zip\n',
		[
			'  - type: url',
			'    value: "https://update.example.net/doc.zip?a=1,2&b=\'x\'"',
			'    note: "tải mã độc, giai đoạn \\"2\\"\\nrồi thực thi"',
			'  - type: ip',
			'    value: 2001:db8::7',
			'  - type: domain',
			'    value: cdn.example.net',
			'  - type: email',
			'    value: van.thu@mail.example.org',
			'  - type: hash',
			'    value: D41D8CD98F00B204E9800998ECF8427E',
			'  - type: hash',
			`    value: ${'a'.repeat(40)}`,
			'  - type: hash',
			`    value: ${'b'.repeat(64)}`,
			'  - type: hash',
			`    value: ${'c'.repeat(128)}`,
			'',
		].join('\n'),
	),
});
const { catalog, site, problems } = checkContent(root, TODAY);
const malware = catalog.byId.get('2026/7-skhcn-cntt')!;
const url = 'https://example.gov.vn/canh-bao-thu/canh-bao/2026/7-skhcn-cntt/';

describe('indicator values', () => {
	it('are checked per type', () => {
		expect(problems).toEqual([]);
		expect(indicatorProblem('ip', '203.0.113.7')).toBeUndefined();
		expect(indicatorProblem('ip', '203.0.113.0/24')).toBeUndefined();
		expect(indicatorProblem('ip', '2001:db8::/32')).toBeUndefined();
		expect(indicatorProblem('ip', '203.0.113.300')).toMatch(/not an IP address/);
		expect(indicatorProblem('ip', '203.0.113.7/33')).toMatch(/not an IP address/);
		expect(indicatorProblem('domain', 'evil.example')).toBeUndefined();
		expect(indicatorProblem('domain', 'evil')).toMatch(/not a domain/);
		expect(indicatorProblem('url', 'https://evil.example/a b')).toMatch(/spaces/);
		expect(indicatorProblem('url', 'evil.example/x')).toMatch(/not a URL/);
		expect(indicatorProblem('email', 'a@evil.example')).toBeUndefined();
		expect(indicatorProblem('email', 'a@evil')).toMatch(/not an e-mail/);
		expect(indicatorProblem('hash', 'abc')).toMatch(/32, 40, 64 or 128/);
		expect(indicatorProblem('hash', 'g'.repeat(64))).toMatch(/hexadecimal/);
	});

	it('must be written plainly, not defanged', () => {
		expect(indicatorProblem('ip', '203.0.113[.]7')).toMatch(/defanged/);
		expect(indicatorProblem('url', 'hxxps://evil.example/')).toMatch(/defanged/);
		expect(indicatorProblem('email', 'a[@]evil.example')).toMatch(/defanged/);
	});

	it('stop the build with the file, line and field of a bad value', () => {
		const broken = fixtureCopy({ 'advisories/2026/7-skhcn-cntt.mdx': replaceOnce('value: 203.0.113.7', 'value: 203.0.113[.]7') });
		const lines = checkContent(broken, TODAY).problems.map(formatProblem);
		expect(lines).toEqual([
			expect.stringMatching(
				/advisories\/2026\/7-skhcn-cntt\.mdx:\d+: indicators\[0\]\.value: "203\.0\.113\[\.\]7" is defanged; write it plainly/,
			),
		]);
	});

	it('tell the hash algorithm from the digest length', () => {
		expect(['a'.repeat(32), 'a'.repeat(40), 'a'.repeat(64), 'a'.repeat(128), 'a'.repeat(50)].map(hashAlgorithm)).toEqual([
			'MD5',
			'SHA-1',
			'SHA-256',
			'SHA-512',
			undefined,
		]);
	});
});

describe('the indicator CSV', () => {
	const csv = iocCsv(malware, url);

	it('has a header and one RFC 4180 record per indicator, values as written', () => {
		const rows = parse(csv, { columns: true }) as Record<string, string>[];
		expect(Object.keys(rows[0])).toEqual([...IOC_CSV_COLUMNS]);
		expect(rows).toHaveLength(malware.data.indicators.length);
		expect(rows[0]).toEqual({
			type: 'ip',
			value: '203.0.113.7',
			hash_algorithm: '',
			note: 'máy chủ điều khiển',
			advisory_number: '7/SKHCN-CNTT',
			advisory_issued: '2026-11-20',
			advisory_url: url,
		});
		expect(rows[1].value).toBe("https://update.example.net/doc.zip?a=1,2&b='x'");
		expect(rows[1].note).toBe('tải mã độc, giai đoạn "2"\nrồi thực thi');
		expect(rows.filter((r) => r.type === 'hash').map((r) => r.hash_algorithm)).toEqual(['MD5', 'SHA-1', 'SHA-256', 'SHA-512']);
	});

	it('quotes only fields that need it and ends lines with CRLF', () => {
		expect(csv.startsWith('type,value,hash_algorithm,note,advisory_number,advisory_issued,advisory_url\r\n')).toBe(true);
		expect(csv).toContain(
			'url,"https://update.example.net/doc.zip?a=1,2&b=\'x\'",,"tải mã độc, giai đoạn ""2""\nrồi thực thi",7/SKHCN-CNTT,',
		);
		expect(csv).not.toContain('[.]');
	});
});

describe('the STIX 2.1 bundle', () => {
	const bundle = stixBundle(malware, site!, url);
	const byType = (type: string) => bundle.objects.filter((o) => o.type === type) as Record<string, unknown>[];

	it('is structurally valid STIX 2.1', () => {
		expect(stixProblems(bundle)).toEqual([]);
		// The checker does find faults: a dangling reference and a non-UTC timestamp.
		const broken = structuredClone(bundle) as { objects: Record<string, unknown>[] };
		(broken.objects[1].object_refs as string[]).push('indicator--00000000-0000-5000-8000-000000000000');
		broken.objects[2].created = '2026-11-20T00:00:00+07:00';
		const found = stixProblems(broken).join('\n');
		expect(found).toContain('refers to indicator--00000000-0000-5000-8000-000000000000, which is not in the bundle');
		expect(found).toContain('created must be a UTC timestamp');
	});

	it('has a report that refers to one indicator per value, marked TLP:WHITE', () => {
		const [report] = byType('report');
		const indicators = byType('indicator');
		expect(indicators).toHaveLength(malware.data.indicators.length);
		expect(report.object_refs).toEqual(indicators.map((i) => i.id));
		expect(report).toMatchObject({
			name: 'Cảnh báo chiến dịch mã độc giả mạo văn bản điện tử',
			published: '2026-11-19T17:00:00.000Z',
			lang: 'vi',
		});
		expect(bundle.objects[0]).toEqual(TLP_WHITE);
		for (const o of [report, ...indicators]) expect(o.object_marking_refs).toEqual([TLP_WHITE.id]);
		expect(indicators[0].external_references).toEqual([{ source_name: 'Cảnh báo thử nghiệm', external_id: '7/SKHCN-CNTT', url }]);
	});

	it('writes a pattern per type with the value as written, escaped', () => {
		expect(byType('indicator').map((i) => i.pattern)).toEqual([
			"[ipv4-addr:value = '203.0.113.7']",
			"[url:value = 'https://update.example.net/doc.zip?a=1,2&b=\\'x\\'']",
			"[ipv6-addr:value = '2001:db8::7']",
			"[domain-name:value = 'cdn.example.net']",
			"[email-addr:value = 'van.thu@mail.example.org']",
			"[file:hashes.'MD5' = 'd41d8cd98f00b204e9800998ecf8427e']",
			`[file:hashes.'SHA-1' = '${'a'.repeat(40)}']`,
			`[file:hashes.'SHA-256' = '${'b'.repeat(64)}']`,
			`[file:hashes.'SHA-512' = '${'c'.repeat(128)}']`,
		]);
		expect(stixPattern('url', 'https://x.example/a\\b')).toBe("[url:value = 'https://x.example/a\\\\b']");
	});

	it('keeps the same ids on every build, different per site and advisory', () => {
		expect(stixBundle(malware, site!, url)).toEqual(bundle);
		expect(stixBundle(malware, { ...site!, baseUrl: 'https://other.example/' }, url).id).not.toBe(bundle.id);
		expect(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
		expect(stixTimestamp('2019-01-15')).toBe('2019-01-14T17:00:00.000Z');
	});

	it('adds a vulnerability per CVE when the advisory names any', () => {
		const withCve = checkContent(
			fixtureCopy({ 'advisories/2026/7-skhcn-cntt.mdx': replaceOnce('indicators:', 'cves: [CVE-2026-1234]\nindicators:') }),
			TODAY,
		).catalog.byId.get('2026/7-skhcn-cntt')!;
		const b = stixBundle(withCve, site!, url);
		const vulns = b.objects.filter((o) => o.type === 'vulnerability');
		expect(vulns).toMatchObject([{ name: 'CVE-2026-1234', external_references: [{ source_name: 'cve', external_id: 'CVE-2026-1234' }] }]);
		expect(stixProblems(b)).toEqual([]);
	});
});
