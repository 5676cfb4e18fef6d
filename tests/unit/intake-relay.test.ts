/** Relaying structured upstream advisories: CSAF 2.0, CVE JSON 5 records, the CISA KEV catalog. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftRelay, severityOf } from '../../src/lib/authoring/intake/relay-draft.ts';
import { parseJson, readUpstream } from '../../src/lib/authoring/intake/upstream.ts';
import { loadContent } from '../../src/lib/content/source-fs.ts';
import { csafDocument, cveRecord, kevCatalog } from '../helpers/upstream.ts';

const DIR = mkdtempSync(path.join(tmpdir(), 'canhbao-relay-'));
const write = (name: string, value: unknown) => {
	const file = path.join(DIR, name);
	writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
	return file;
};

function copyOfSample(): string {
	const root = mkdtempSync(path.join(tmpdir(), 'canhbao-sample-'));
	spawnSync('cp', ['-r', 'content/.', root]);
	return root;
}

function run(args: string[]) {
	const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, CANHBAO_TODAY: '2026-11-26', INIT_CWD: process.cwd() },
		stdio: ['ignore', 'pipe', 'pipe'],
		timeout: 90_000,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const validate = (root: string) =>
	spawnSync(process.execPath, ['scripts/validate.ts', '--content', root], {
		encoding: 'utf8',
		env: { ...process.env, CANHBAO_TODAY: '2026-11-26' },
	});

describe('reading upstream sources', () => {
	it('a CSAF 2.0 document: tracking id and dates, CVEs, products from the product tree, remediations, references, CVSS', () => {
		const up = readUpstream(csafDocument({ tlp: 'CLEAR' }), 'a.json');
		expect(up).toMatchObject({
			kind: 'csaf',
			id: 'example-sa-2024-0042',
			publisher: 'Example PSIRT',
			issued: '2024-04-24',
			lang: 'en',
			cves: ['CVE-2024-20353'],
			products: [{ vendor: 'Example', product: 'Example Firewall', versions: '9.16.1, 9.18.2', fixed: '9.18.4' }],
			actions: [
				{ text: 'Upgrade to release 9.18.4 or later.', url: 'https://psirt.example.com/download' },
				{ text: 'There are no workarounds that address this vulnerability.' },
			],
			references: [{ url: 'https://psirt.example.com/advisories/example-sa-2024-0042', summary: 'Security advisory' }],
			url: 'https://psirt.example.com/csaf/2024/example-sa-2024-0042.json',
			score: 9.8,
			tlp: 'CLEAR',
			knownExploited: true,
		});
		expect(severityOf(up)).toBe('critical');
	});

	it('refuses every TLP but WHITE and CLEAR, naming the field', () => {
		for (const tlp of ['AMBER', 'GREEN', 'RED', 'AMBER+STRICT'])
			expect(() => readUpstream(csafDocument({ tlp }), 'x.json')).toThrow(
				`x.json: document.distribution.tlp.label: is TLP:${tlp}; only TLP:WHITE or TLP:CLEAR`,
			);
		expect(readUpstream(csafDocument({ tlp: 'WHITE' }), 'x.json').tlp).toBe('WHITE');
	});

	it('a CVE JSON 5 record', () => {
		expect(readUpstream(cveRecord(), 'c.json')).toMatchObject({
			kind: 'cve',
			id: 'CVE-2024-21887',
			issued: '2024-01-12',
			cves: ['CVE-2024-21887'],
			products: [{ vendor: 'Ivanti', product: 'Connect Secure', versions: '9.0 < 22.6R2' }],
			score: 9.1,
		});
	});

	it('a KEV catalog entry chosen with --cve: its required action, and the days it gives', () => {
		expect(readUpstream(kevCatalog(), 'k.json', { cve: 'cve-2024-3400' })).toMatchObject({
			kind: 'kev',
			id: 'CVE-2024-3400',
			issued: '2024-04-12',
			actions: [
				{
					text: 'Apply mitigations per vendor instructions or discontinue use of the product if mitigations are unavailable.',
					dueInDays: 7,
				},
			],
			knownExploited: true,
		});
		expect(() => readUpstream(kevCatalog(), 'k.json')).toThrow(
			/k\.json: is the CISA KEV catalog \(2 entries\); say which entry with --cve <id>/,
		);
		expect(() => readUpstream(kevCatalog(), 'k.json', { cve: 'CVE-2000-0001' })).toThrow(
			'k.json: vulnerabilities: has no entry CVE-2000-0001',
		);
	});

	it('invalid JSON and JSON of another kind: the file, the line and what is wrong', () => {
		expect(() => parseJson('{\n  "document": {\n    "title": oops\n}', 'bad.json')).toThrow(
			/^bad\.json: is not valid JSON at line 3, column 14: /,
		);
		expect(() => readUpstream({ hello: 1 }, 'o.json')).toThrow(/o\.json: is JSON but neither a CSAF 2\.0 document/);
		expect(() => readUpstream({ document: { csaf_version: '2.0', tracking: {} } }, 'm.json')).toThrow(
			'm.json: document.tracking.id: missing',
		);
		const deep: { category: string; name: string; branches?: unknown[] } = { category: 'vendor', name: 'x' };
		let node = deep;
		for (let n = 0; n < 5000; n++) {
			const child = { category: 'product_family', name: `f${n}` };
			node.branches = [child];
			node = child;
		}
		expect(() => readUpstream({ ...csafDocument(), product_tree: { branches: [deep] } }, 'deep.json')).toThrow(
			'deep.json: product_tree.branches: nests branches more than 30 levels deep; refused',
		);
	});
});

describe('the relayed advisory', () => {
	const loaded = loadContent('content');
	const registries = { recipients: loaded.input.recipients.entries, authorities: loaded.input.authorities.entries, province: 'Hà Tĩnh' };

	it('is issued by the Department with its next number, and counts the KEV deadline from its own date', () => {
		const result = draftRelay(readUpstream(kevCatalog(), 'k.json', { cve: 'CVE-2024-3400' }), registries, {
			issued: '2026-11-26',
			operator: loaded.site?.operator,
			advisories: loaded.input.advisories,
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const f = result.draft.frontmatter;
		expect(f).toMatchObject({
			issuer: 'so-khcn',
			number: '1035/SKHCN-CĐS',
			kind: 'vulnerability',
			severity: 'high',
			cves: ['CVE-2024-3400'],
			relays: [{ number: 'CVE-2024-3400', issued: '2024-04-12', issuer: 'cisa' }],
		});
		expect(f.actions![0]).toMatchObject({
			text: '[Cần dịch] Apply mitigations per vendor instructions or discontinue use of the product if mitigations are unavailable.',
			due: '2026-12-03',
			role: 'it-security',
		});
		expect(result.draft.unmatched.map((n) => n.unmatched?.name)).toEqual(['CISA']);
	});

	it('npm run import writes a CSAF relay that passes validate once the publisher is chosen; hostile text stays literal', () => {
		const root = copyOfSample();
		const result = run([
			write('csaf.json', csafDocument({ tlp: 'CLEAR' })),
			'--content',
			root,
			'--number',
			'77/SKHCN-CĐS',
			'--date',
			'2026-11-20',
		]);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('relays CSAF example-sa-2024-0042 of Example PSIRT (1 CVE, 1 product, 2 actions)');
		expect(result.stdout).toMatch(/relays\[0\]\.issuer: unknown authority "example-psirt"/);
		const file = path.join(root, 'advisories/2026/77-skhcn-cds.mdx');
		const text = readFileSync(file, 'utf8');
		expect(text).toContain('\\<script\\>alert(1)\\</script\\> \\{globalThis.x = 1\\}');
		expect(text).toContain('subject: cảnh báo lỗ hổng bảo mật trong Example Firewall (CVE-2024-20353)');
		expect(validate(root).status).toBe(1);
		// The choice listed: the publisher becomes an authority of the registry.
		writeFileSync(
			path.join(root, 'authorities.yaml'),
			`${readFileSync(path.join(root, 'authorities.yaml'), 'utf8')}- id: example-psirt\n  name: Example PSIRT\n  level: national\n`,
		);
		const after = validate(root);
		expect(after.status, after.stdout + after.stderr).toBe(0);
	}, 120_000);

	it('a TLP:AMBER document or invalid JSON is refused and nothing is written', () => {
		const root = copyOfSample();
		const before = readdirSync(path.join(root, 'advisories'), { recursive: true }).length;
		const amber = run([write('amber.json', csafDocument({ tlp: 'AMBER' })), '--content', root]);
		expect(amber.status).toBe(1);
		expect(amber.stderr).toMatch(
			/amber\.json: document\.distribution\.tlp\.label: is TLP:AMBER; only TLP:WHITE or TLP:CLEAR documents may be published on the site, so nothing was written\n$/,
		);
		const broken = run([write('broken.json', '{"document": {"csaf_version": "2.0",'), '--content', root]);
		expect(broken.status).toBe(1);
		expect(broken.stderr).toMatch(/broken\.json: is not valid JSON at line 1, column 37: .*; nothing was written/);
		expect(readdirSync(path.join(root, 'advisories'), { recursive: true }).length).toBe(before);
	}, 120_000);

	it('--json prints what was read and writes nothing', () => {
		const result = run([write('cve.json', cveRecord()), '--json']);
		expect(result.status, result.stderr).toBe(0);
		expect(JSON.parse(result.stdout)).toMatchObject({ kind: 'cve', id: 'CVE-2024-21887' });
	}, 60_000);
});
