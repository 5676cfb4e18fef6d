/** Every bad input an editor can commit, and the message that tells them what to fix. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/util/problems.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { TODAY, fixtureCopy, replaceOnce } from '../helpers/fixture.ts';

const MALWARE = 'advisories/2026/7-skhcn-cntt.mdx';
const TET = 'advisories/2019/10-ubnd-kgvx.mdx';
const VULN = 'advisories/2024/5-stttt-cntt.mdx';

/** The messages for a broken copy, with the file shown relative to its content root. */
function messages(root: string, day = TODAY): string[] {
	return checkContent(root, day).problems.map((p) => formatProblem({ ...p, file: path.relative(root, path.resolve(p.file)) }));
}

function lineOf(root: string, file: string, needle: string): number {
	const index = readFileSync(path.join(root, file), 'utf8')
		.split('\n')
		.findIndex((l) => l.includes(needle));
	if (index < 0) throw new Error(`"${needle}" not in ${file}`);
	return index + 1;
}

describe('content checks', () => {
	it('names an unknown recipient with its file, line and the closest known ids', () => {
		const root = fixtureCopy({
			[MALWARE]: replaceOnce('recipients: [so-ban-nganh, ubnd-cap-xa]', 'recipients: [so-ban-nganh, ubnd-cap-xaa]'),
		});
		expect(messages(root)).toEqual([
			`${MALWARE}:${lineOf(root, MALWARE, 'recipients:')}: recipients[1]: unknown recipient "ubnd-cap-xaa"; known ids: ubnd-cap-xa, ubnd-cap-huyen, ubnd-h-a, ubnd-x-b, so-ban-nganh, so-y-te, so-khcn, so-tttt`,
		]);
	});

	it('names an unknown issuer', () => {
		const root = fixtureCopy({ [MALWARE]: replaceOnce('issuer: so-khcn', 'issuer: so-kh-cn') });
		expect(messages(root)[0]).toBe(
			`${MALWARE}:${lineOf(root, MALWARE, 'issuer:')}: issuer: unknown authority "so-kh-cn"; known ids: so-khcn, so-tttt, ncsc, ubnd-tinh`,
		);
	});

	it('names an unknown source of a relayed document', () => {
		const root = fixtureCopy({ [TET]: replaceOnce('issuer: ncsc', 'issuer: vncert') });
		expect(messages(root)[0]).toMatch(
			new RegExp(`^${TET}:${lineOf(root, TET, 'issuer: vncert')}: relays\\[0\\]\\.issuer: unknown authority "vncert"; known ids: `),
		);
	});

	it('refuses a document number used twice by the same issuer in the same year', () => {
		const root = fixtureCopy({
			'advisories/2026/8-skhcn-cntt.mdx': readFileSync(path.join('tests/fixtures/basic', MALWARE), 'utf8'),
		});
		expect(messages(root)).toEqual([
			`advisories/2026/8-skhcn-cntt.mdx:${lineOf(root, MALWARE, 'number:')}: number: duplicate document number "7/SKHCN-CNTT" of so-khcn in 2026; already used by ${path.relative(process.cwd(), path.join(root, MALWARE))}`,
		]);
	});

	it('refuses an action assigned outside the recipients and their members', () => {
		const root = fixtureCopy({
			[VULN]: replaceOnce(
				'    role: it-security\n    due: 2024-03-15',
				'    role: it-security\n    assignees: [ubnd-h-a]\n    due: 2024-03-15',
			),
		});
		expect(messages(root)).toEqual([
			`${VULN}:${lineOf(root, VULN, 'assignees: [ubnd-h-a]')}: actions[0].assignees[0]: "ubnd-h-a" is not among this advisory's recipients or their members; expected one of: so-ban-nganh, so-khcn, so-tttt, so-y-te`,
		]);
	});

	it('refuses dates out of order: relayed document after the advisory, due before issue, validity reversed', () => {
		const root = fixtureCopy({
			[TET]: (t) =>
				replaceOnce(
					'issued: 2018-12-21',
					'issued: 2019-02-01',
				)(replaceOnce('validUntil: 2019-02-15', 'validFrom: 2019-03-01\nvalidUntil: 2019-02-15')(t)),
			[VULN]: replaceOnce('due: 2024-03-15', 'due: 2024-03-01'),
		});
		const all = messages(root);
		expect(all).toContain(
			`${TET}:${lineOf(root, TET, 'issued: 2019-02-01')}: relays[0].issued: relayed document dated 2019-02-01 is later than this advisory (2019-01-15); expected on or before it`,
		);
		expect(all).toContain(`${TET}:${lineOf(root, TET, 'validUntil:')}: validUntil: validUntil 2019-02-15 is before validFrom 2019-03-01`);
		expect(all).toContain(
			`${VULN}:${lineOf(root, VULN, 'due:')}: actions[0].due: due 2024-03-01 is before the advisory was issued (2024-03-04); expected on or after it`,
		);
		expect(all).toHaveLength(3);
	});

	it('refuses a supersededBy that points nowhere', () => {
		const root = fixtureCopy({ [VULN]: replaceOnce('supersededBy: 2026/7-skhcn-cntt', 'supersededBy: 2026/9-skhcn-cntt') });
		expect(messages(root)).toEqual([
			`${VULN}:${lineOf(root, VULN, 'supersededBy:')}: supersededBy: no advisory "2026/9-skhcn-cntt"; expected an id such as <year>/<slug> of a file under advisories/, known: 2026/7-skhcn-cntt, 2024/5-stttt-cntt, 2019/10-ubnd-kgvx`,
		]);
	});

	it('requires supersededBy when the status is superseded', () => {
		const root = fixtureCopy({ [VULN]: replaceOnce('supersededBy: 2026/7-skhcn-cntt\n', '') });
		expect(messages(root)[0]).toMatch(
			/^advisories\/2024\/5-stttt-cntt\.mdx:\d+: supersededBy: status is "superseded" but supersededBy is missing/,
		);
	});

	it('refuses an invalid CVE id', () => {
		const root = fixtureCopy({ [VULN]: replaceOnce('CVE-2024-21887', 'CVE-24-21887') });
		expect(messages(root)).toEqual([`${VULN}:${lineOf(root, VULN, 'cves:')}: cves[1]: expected a CVE id such as "CVE-2023-23397"`]);
	});

	it('refuses an unknown field, pointing at the misspelt key', () => {
		const root = fixtureCopy({ [MALWARE]: replaceOnce('severity: high', 'severty: high') });
		const all = messages(root);
		expect(all).toContain(
			`${MALWARE}:${lineOf(root, MALWARE, 'severty:')}: unknown field "severty"; check the spelling against the field reference in docs/fields.md`,
		);
		expect(all).toContain(`${MALWARE}:2: severity: required field is missing; expected one of "low", "medium", "high", "critical"`);
	});

	it('refuses an unknown kind or severity, listing the allowed values', () => {
		const root = fixtureCopy({ [MALWARE]: replaceOnce('kind: malware', 'kind: ransomware') });
		expect(messages(root)).toEqual([
			`${MALWARE}:${lineOf(root, MALWARE, 'kind:')}: kind: expected one of "directive", "vulnerability", "malware", "data-leak", "incident", "other"`,
		]);
	});

	it('names a missing required field', () => {
		const root = fixtureCopy({ [MALWARE]: replaceOnce('place: Hà Tĩnh\n', '') });
		expect(messages(root)).toEqual([`${MALWARE}:2: place: required field is missing; expected string`]);
	});

	it('refuses an impossible date', () => {
		const root = fixtureCopy({ [MALWARE]: replaceOnce('issued: 2026-11-20', 'issued: 2026-02-30') });
		expect(messages(root)).toEqual([
			`${MALWARE}:${lineOf(root, MALWARE, 'issued:')}: issued: expected a date written YYYY-MM-DD, found "2026-02-30"`,
		]);
	});

	it('refuses a document number that is not one', () => {
		const root = fixtureCopy({ [MALWARE]: replaceOnce('number: 7/SKHCN-CNTT', 'number: SKHCN-CNTT') });
		expect(messages(root)[0]).toBe(
			`${MALWARE}:2: number: expected a document number such as "357/UBND-KGVX" or "12/2020/NĐ-CP", found "SKHCN-CNTT"`,
		);
	});

	it('reports broken YAML with its line', () => {
		const root = fixtureCopy({ [MALWARE]: replaceOnce('summary: Thư giả mạo', 'summary: [Thư giả mạo') });
		const [first] = messages(root);
		expect(first).toMatch(new RegExp(`^${MALWARE}:\\d+: not valid YAML: `));
	});

	it('refuses a field written twice, at the second one', () => {
		// Valid files are read on a faster path than broken ones; a repeated key must not slip through it.
		const root = fixtureCopy({ [MALWARE]: replaceOnce('severity: high\n', 'severity: high\nseverity: low\n') });
		const [first] = messages(root);
		expect(first).toMatch(new RegExp(`^${MALWARE}:${lineOf(root, MALWARE, 'severity: low')}: not valid YAML: .*[Uu]nique`));
	});

	it('refuses a file without frontmatter', () => {
		const root = fixtureCopy({ [MALWARE]: 'Chỉ có nội dung.\n' });
		expect(messages(root)).toEqual([
			`${MALWARE}:1: no frontmatter; expected the file to start with a "---" line, the fields, and another "---" line`,
		]);
	});

	it('refuses a recipient that had ceased before the advisory was issued, naming its successor', () => {
		const root = fixtureCopy({
			[MALWARE]: replaceOnce('recipients: [so-ban-nganh, ubnd-cap-xa]', 'recipients: [so-ban-nganh, ubnd-cap-huyen]'),
		});
		expect(messages(root)).toEqual([
			`${MALWARE}:${lineOf(root, MALWARE, 'recipients:')}: recipients[1]: recipient "ubnd-cap-huyen" ceased on 2025-06-30, before this advisory was issued (2026-11-20); use its successor: ubnd-cap-xa`,
			// The commune is not a member of the old district group, so its action is out of bounds too.
			`${MALWARE}:${lineOf(root, MALWARE, 'assignees: [ubnd-x-b]')}: actions[1].assignees[0]: "ubnd-x-b" is not among this advisory's recipients or their members; expected one of: so-ban-nganh, so-khcn, so-tttt, so-y-te, ubnd-cap-huyen, ubnd-h-a`,
		]);
	});

	it('refuses a file in the wrong year folder', () => {
		const root = fixtureCopy({ [VULN]: replaceOnce('issued: 2024-03-04', 'issued: 2023-03-04') });
		expect(messages(root)[0]).toBe(
			`${VULN}:${lineOf(root, VULN, 'issued:')}: issued: issued 2023-03-04 does not match the year folder "2024"; expected the file under advisories/2023/`,
		);
	});

	it('refuses a registry entry that belongs to an unknown group', () => {
		const root = fixtureCopy({ 'recipients.yaml': replaceOnce('memberOf: [ubnd-cap-xa]', 'memberOf: [ubnd-xa]') });
		expect(messages(root)).toEqual([
			`recipients.yaml:${lineOf(root, 'recipients.yaml', 'memberOf: [ubnd-xa]')}: [7].memberOf[0]: unknown id "ubnd-xa"; known ids: ubnd-h-a, ubnd-x-b, ubnd-cap-xa, so-y-te, so-khcn, so-tttt, ubnd-cap-huyen, so-ban-nganh`,
			// Without its group, the commune is no longer a member of the advisory's recipients.
			`${MALWARE}:${lineOf(root, MALWARE, 'assignees: [ubnd-x-b]')}: actions[1].assignees[0]: "ubnd-x-b" is not among this advisory's recipients or their members; expected one of: so-ban-nganh, so-khcn, so-tttt, so-y-te, ubnd-cap-xa`,
		]);
	});

	it('refuses unknown keys in the site settings', () => {
		const root = fixtureCopy({ 'site.yaml': (t) => `${t}baseURL: https://x.example/\n` });
		expect(messages(root)).toEqual([
			`site.yaml:${lineOf(root, 'site.yaml', 'baseURL')}: unknown field "baseURL"; check the spelling against the field reference in docs/fields.md`,
		]);
	});

	it('refuses a site address that is not a web address', () => {
		const root = fixtureCopy({ 'site.yaml': replaceOnce('baseUrl: https://example.gov.vn/canh-bao-thu/', 'baseUrl: javascript:alert(1)') });
		expect(messages(root)[0]).toMatch(/^site\.yaml:5: baseUrl: expected an address starting with http:\/\/ or https:\/\//);
	});

	it('reads an active advisory as closed once its validUntil has passed', () => {
		const root = fixtureCopy({ [MALWARE]: replaceOnce('severity: high', 'severity: high\nvalidUntil: 2026-12-31') });
		const before = checkContent(root, '2026-12-31').catalog.byId.get('2026/7-skhcn-cntt')!;
		const after = checkContent(root, '2027-01-01').catalog.byId.get('2026/7-skhcn-cntt')!;
		expect([before.status, before.expired]).toEqual(['active', false]);
		expect([after.status, after.expired]).toEqual(['closed', true]);
	});
});
