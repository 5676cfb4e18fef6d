/** The editor's commands as an editor runs them: import, new and validate, with their messages and exit codes. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDispatch, toExtraction } from '../../src/lib/authoring/dispatch/extract.ts';
import { fixtureCopy, replaceOnce } from '../helpers/fixture.ts';

const REFERENCE = path.resolve('tests/fixtures/dispatches/cong-van-357-UBND-KGVX-2019.txt');
const DISPATCHES = path.resolve('tests/fixtures/dispatches');

function run(script: string, args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
		encoding: 'utf8',
		env: { ...process.env, CANHBAO_TODAY: '2026-11-26', INIT_CWD: process.cwd(), ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function files(root: string): string[] {
	return readdirSync(path.join(root, 'advisories'), { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.mdx'))
		.sort();
}

/** Each test starts real processes (node, git); on a loaded two-core machine that takes a while. */
const SLOW = { timeout: 120_000 };

describe('npm run import', SLOW, () => {
	it('--json prints exactly what was read from the reference dispatch', () => {
		const result = run('import', [REFERENCE, '--json']);
		expect(result.status, result.stderr).toBe(0);
		const printed = JSON.parse(result.stdout);
		const parsed = parseDispatch(readFileSync(REFERENCE, 'utf8'));
		expect(parsed.ok && printed).toEqual(parsed.ok && toExtraction(parsed.dispatch));
		expect(printed.documentNumber).toBe('357/UBND-KGVX');
	});

	it('refuses text that is not a dispatch, says why, and writes nothing', () => {
		const root = fixtureCopy();
		const before = files(root);
		const result = run('import', [path.join(DISPATCHES, 'not-a-dispatch.txt'), '--content', root]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			'tests/fixtures/dispatches/not-a-dispatch.txt: number: no document number: expected a line such as "Số: 357/UBND-KGVX" in the header',
		);
		expect(result.stderr).toContain('tests/fixtures/dispatches/not-a-dispatch.txt: issued: no place and date');
		expect(result.stderr).toContain('does not read as an official dispatch; nothing was written.');
		expect(result.stdout).toBe('');
		expect(files(root)).toEqual(before);
	});

	it('writes the advisory where it belongs, lists what to check, and never overwrites', () => {
		const root = fixtureCopy();
		const first = run('import', [path.join(DISPATCHES, 'hostile.txt'), '--content', root, '--kind', 'malware', '--severity', 'high']);
		expect(first.status, first.stderr).toBe(0);
		const file = path.join(root, 'advisories/2020/99-ubnd-kgvx.mdx');
		expect(first.stdout).toContain('Wrote ');
		expect(first.stdout).toContain('2 recipients, 3 actions, 0 relayed documents, 0 CVEs.');
		expect(first.stdout).toMatch(/99-ubnd-kgvx\.mdx:\d+: summary: written from the subject/);
		expect(first.stdout).toContain('validate: no problems in this file.');
		const written = readFileSync(file, 'utf8');
		expect(written).toMatch(/^---\nnumber: 99\/UBND-KGVX\nissued: 2020-02-03\nplace: Hà Tĩnh\nissuer: ubnd-tinh\n/);
		expect(written).toContain('recipients: [so-ban-nganh, so-y-te]');
		expect(written).toContain('kind: malware\nseverity: high\n');

		const again = run('import', [path.join(DISPATCHES, 'hostile.txt'), '--content', root]);
		expect(again.status).toBe(1);
		expect(again.stderr).toMatch(/number 99\/UBND-KGVX of ubnd-tinh in 2020 is already used by .*99-ubnd-kgvx\.mdx; nothing was written/);
		expect(readFileSync(file, 'utf8')).toBe(written);

		// A file in the way that does not even load is not overwritten either.
		writeFileSync(file, 'draft in progress');
		const blocked = run('import', [path.join(DISPATCHES, 'hostile.txt'), '--content', root]);
		expect(blocked.status).toBe(1);
		expect(blocked.stderr).toMatch(/99-ubnd-kgvx\.mdx already exists; nothing was written/);
		expect(readFileSync(file, 'utf8')).toBe('draft in progress');
	});

	it('points at names the registries do not know, by line, as validate will', () => {
		const root = fixtureCopy();
		const result = run('import', [path.join(DISPATCHES, 'flattened.txt'), '--content', root]);
		expect(result.status, result.stderr).toBe(0);
		const file = path.join(root, 'advisories/2024/45-stttt-cntt.mdx');
		const lines = readFileSync(file, 'utf8').split('\n');
		const recipientsLine = lines.findIndex((l) => l.startsWith('recipients:')) + 1;
		expect(result.stdout).toContain(
			`45-stttt-cntt.mdx:${recipientsLine}: recipients[2]: "Sở Du lịch" matches no recipient in recipients.yaml on 2024-03-05; wrote "so-du-lich"`,
		);
		expect(result.stdout).toMatch(
			new RegExp(`45-stttt-cntt\\.mdx:${recipientsLine}: recipients\\[2\\]: unknown recipient "so-du-lich"; known ids: `),
		);
		const validate = run('validate', ['--content', root]);
		expect(validate.status).toBe(1);
		expect(validate.stderr).toMatch(new RegExp(`45-stttt-cntt\\.mdx:${recipientsLine}: recipients\\[2\\]: unknown recipient "so-du-lich"`));
	});

	it('refuses a number the issuer already used that year', () => {
		const root = fixtureCopy();
		const text = readFileSync(path.join(DISPATCHES, 'hostile.txt'), 'utf8')
			.replace('Số: 99/UBND-KGVX', 'Số: 10/UBND-KGVX')
			.replace('ngày 3 tháng 2 năm 2020', 'ngày 3 tháng 2 năm 2019');
		const source = path.join(root, 'dispatch.txt');
		writeFileSync(source, text);
		const result = run('import', [source, '--content', root]);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(
			/number 10\/UBND-KGVX of ubnd-tinh in 2019 is already used by .*advisories\/2019\/10-ubnd-kgvx\.mdx; nothing was written/,
		);
	});
});

describe('npm run new', SLOW, () => {
	const flags = (root: string) => [
		'--content',
		root,
		'--number',
		'15/SKHCN-CNTT',
		'--date',
		'2026-11-25',
		'--issuer',
		'so-khcn',
		'--recipients',
		'so-ban-nganh,ubnd-cap-xa',
		'--kind',
		'vulnerability',
		'--severity',
		'critical',
		'--subject',
		'cảnh báo lỗ hổng trong phần mềm quản lý văn bản',
	];

	it("writes a valid file from flags, with place and signature block from the issuer's latest advisory", () => {
		const root = fixtureCopy();
		const result = run('new', flags(root));
		expect(result.status, result.stderr).toBe(0);
		const text = readFileSync(path.join(root, 'advisories/2026/15-skhcn-cntt.mdx'), 'utf8');
		expect(text).toBe(`---
number: 15/SKHCN-CNTT
issued: 2026-11-25
place: Hà Tĩnh
issuer: so-khcn
subject: cảnh báo lỗ hổng trong phần mềm quản lý văn bản
summary: Cảnh báo lỗ hổng trong phần mềm quản lý văn bản.
kind: vulnerability
severity: critical
recipients: [so-ban-nganh, ubnd-cap-xa]
signer:
  name: Lê Văn C
  titleLines: [GIÁM ĐỐC]
---
`);
		const validate = run('validate', ['--content', root]);
		expect(validate.status, validate.stderr).toBe(0);
		expect(validate.stdout).toMatch(/^OK: 4 advisories/);
	});

	it('refuses to overwrite, to reuse a number, or to guess what is missing', () => {
		const root = fixtureCopy();
		expect(run('new', flags(root)).status).toBe(0);
		const again = run('new', flags(root));
		expect(again.status).toBe(2);
		expect(again.stderr).toMatch(/--number: 15\/SKHCN-CNTT of so-khcn in 2026 is already used by .*15-skhcn-cntt\.mdx/);
		const missing = run('new', ['--content', root, '--date', '2026-11-25']);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toContain('new: missing --issuer, --number, --recipients, --subject, --signer, --title');
		const wrong = run('new', [...flags(root).slice(0, 6), '--issuer', 'so-tttt']);
		expect(wrong.stderr).toContain('new: --issuer: authority "so-tttt" did not exist on 2026-11-25; use so-khcn');
		const unknown = run('new', [
			'--content',
			root,
			'--number',
			'16/SKHCN-CNTT',
			'--date',
			'2026-11-25',
			'--issuer',
			'so-khcn',
			'--recipients',
			'so-ban-nganh,ubnd-cap-xaa',
			'--subject',
			'x',
		]);
		expect(unknown.stderr).toMatch(/new: --recipients: unknown recipient "ubnd-cap-xaa"; known ids: ubnd-cap-xa/);
		expect(existsSync(path.join(root, 'advisories/2026/16-skhcn-cntt.mdx'))).toBe(false);
	});
});

describe('npm run validate', SLOW, () => {
	const MALWARE = 'advisories/2026/7-skhcn-cntt.mdx';

	it('prints file:line: field: message for each problem and exits non-zero', () => {
		const root = fixtureCopy({
			[MALWARE]: replaceOnce('severity: high', 'severity: hihg'),
			'advisories/2019/10-ubnd-kgvx.mdx': (t) =>
				`${replaceOnce('    due: 2019-02-20', '    due: 2019-01-01')(t)}\nXem [văn bản cũ](/canh-bao/2018/1-ubnd-kgvx/) và [đây](javascript:alert(1)).\n`,
		});
		const result = run('validate', ['--content', root]);
		expect(result.status).toBe(1);
		const lines = result.stderr.trim().split('\n');
		const at = (file: string, needle: string) =>
			`${path.relative(process.cwd(), path.join(root, file))}:${
				readFileSync(path.join(root, file), 'utf8')
					.split('\n')
					.findIndex((l) => l.includes(needle)) + 1
			}`;
		expect(lines).toContain(`${at(MALWARE, 'severity:')}: severity: expected one of "low", "medium", "high", "critical"`);
		expect(lines).toContain(
			`${at('advisories/2019/10-ubnd-kgvx.mdx', 'due: 2019-01-01')}: actions[2].due: due 2019-01-01 is before the advisory was issued (2019-01-15); expected on or after it`,
		);
		expect(lines).toContain(
			`${at('advisories/2019/10-ubnd-kgvx.mdx', 'Xem [văn bản cũ]')}: body: link to "/canh-bao/2018/1-ubnd-kgvx/" points at no advisory; expected /canh-bao/<year>/<slug>/ of a file under advisories/, closest: 2019/10-ubnd-kgvx, 2024/5-stttt-cntt, 2026/7-skhcn-cntt`,
		);
		expect(lines).toContain(
			`${at('advisories/2019/10-ubnd-kgvx.mdx', 'Xem [văn bản cũ]')}: body: link to "javascript:alert(1)" is not allowed; expected an http(s), mailto: or tel: address, or a site path such as /canh-bao/2019/357-ubnd-kgvx/`,
		);
		expect(lines.at(-1)).toBe(`4 problems in ${root}`);
	});
});
