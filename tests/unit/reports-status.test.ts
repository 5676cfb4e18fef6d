/** `reports status`: the published catalog says who must do what; the newest report says what was done. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPublished, type PublishedData } from '../../src/lib/digest/data.ts';
import { exportContentRoot, type ExportedCatalog } from '../../src/lib/outputs/advisory-json.ts';
import { reportFile, reportFileJson, type ReportFile } from '../../src/lib/reports/file.ts';
import { jsonRows, statusRows, totals } from '../../src/lib/reports/status.ts';
import { reportId, type StoredReport } from '../../src/lib/reports/store.ts';
import { FIXTURE, TODAY } from '../helpers/fixture.ts';

let catalog: ExportedCatalog;
let data: PublishedData;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

beforeAll(async () => {
	catalog = await exportContentRoot(FIXTURE, TODAY);
	// The 2019 dispatch made active again, so a dissolved body's successor has open work from it.
	const revived = structuredClone(catalog);
	revived.advisories.find((a) => a.key === '2019/10-ubnd-kgvx')!.status = 'active';
	data = readPublished(JSON.stringify(revived), 'advisories.json');
});

const stored = (report: ReportFile, verified = false): StoredReport => ({
	id: reportId(report),
	importedAt: '2026-11-26T00:00:00Z',
	source: 'x.json',
	from: null,
	verified,
	report,
});
const report = (recipient: string, reportedAt: string, ticks: { key: string; done?: boolean; notApplicable?: boolean; note?: string }[]) =>
	reportFile({
		recipient,
		reportedAt,
		reporter: { name: '', contact: '' },
		site: '',
		build: '',
		ticks: ticks.map((t) => ({ done: false, note: '', ...t })),
	});

describe('status rows', () => {
	it('lists every active action per organisation it reaches, groups expanded, dissolved bodies left to their successors', () => {
		const rows = statusRows(data, [], TODAY, { advisory: '2026/7-skhcn-cntt' });
		expect(rows.map((r) => `${r.action} ${r.recipient} ${r.status}`)).toEqual([
			'chan-ioc so-khcn no-report',
			'chan-ioc so-y-te no-report',
			'chan-ioc ubnd-x-b no-report',
			'xa-ra-soat ubnd-x-b no-report',
		]);
		expect(rows.some((r) => r.recipient === 'so-tttt' || r.recipient === 'ubnd-h-a')).toBe(false);
	});

	it('takes the newest report per agency and action, and keeps the older ones out of the way', () => {
		const older = stored(report('so-y-te', '2026-11-22', [{ key: '2026/7-skhcn-cntt#chan-ioc', done: true }]), true);
		const newer = stored(report('so-y-te', '2026-11-25', [{ key: '2026/7-skhcn-cntt#chan-ioc', done: false, note: 'làm lại' }]));
		// Imported later but dated earlier: it does not win.
		const stale = stored(report('so-y-te', '2026-11-21', [{ key: '2026/7-skhcn-cntt#chan-ioc', notApplicable: true }]));
		const row = statusRows(data, [older, newer, stale], TODAY, { recipient: 'so-y-te', advisory: '2026/7-skhcn-cntt' });
		expect(jsonRows(row)).toEqual({
			rows: [
				{
					advisory: '2026/7-skhcn-cntt',
					action: 'chan-ioc',
					recipient: 'so-y-te',
					status: 'not-done',
					due: '2026-12-05',
					overdue: false,
					reportedAt: '2026-11-25',
					verified: false,
				},
			],
		});
		expect(row[0].note).toBe('làm lại');
	});

	it('counts overdue work without a done or not-applicable report, by days', () => {
		const done = stored(report('so-y-te', '2026-12-01', [{ key: '2026/7-skhcn-cntt#chan-ioc', done: true }]));
		const rows = statusRows(data, [done], '2026-12-08', { advisory: '2026/7-skhcn-cntt', overdue: true });
		expect(rows.map((r) => [r.recipient, r.action, r.daysOverdue])).toEqual([
			['so-khcn', 'chan-ioc', 3],
			['ubnd-x-b', 'chan-ioc', 3],
		]);
		expect(totals(statusRows(data, [done], '2026-12-08', { advisory: '2026/7-skhcn-cntt' }))).toEqual({
			done: 1,
			'not-applicable': 0,
			'not-done': 0,
			'no-report': 3,
			overdue: 2,
		});
	});

	it('lets a successor stand in for the body it replaced: its reports count', () => {
		const byPredecessor = stored(report('so-tttt', '2019-02-10', [{ key: '2019/10-ubnd-kgvx#so-tttt-bao-cao', done: true }]), true);
		const rows = statusRows(data, [byPredecessor], TODAY, { recipient: 'so-khcn', advisory: '2019/10-ubnd-kgvx' });
		expect(rows.map((r) => [r.action, r.status, r.overdue, r.reportedBy])).toEqual([
			['truc-giam-sat', 'no-report', false, null],
			['so-tttt-phoi-hop', 'no-report', false, null],
			['so-tttt-bao-cao', 'done', false, 'so-tttt'],
		]);
	});

	it('a group filter means its members', () => {
		const rows = statusRows(data, [], TODAY, { recipient: 'so-ban-nganh', advisory: '2026/7-skhcn-cntt' });
		expect([...new Set(rows.map((r) => r.recipient))]).toEqual(['so-khcn', 'so-y-te']);
	});
});

describe('npm run reports', () => {
	const cli = (args: string[], env: Record<string, string> = {}) => {
		const r = spawnSync(process.execPath, ['scripts/reports.ts', ...args], {
			encoding: 'utf8',
			env: { PATH: process.env.PATH, CANHBAO_TODAY: TODAY, ...env },
		});
		return { status: r.status, stdout: r.stdout, stderr: r.stderr };
	};

	it('imports, prints status as JSON exactly as documented, and a second import changes nothing', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'canhbao-reports-cli-'));
		dirs.push(dir);
		const dataFile = path.join(dir, 'advisories.json');
		writeFileSync(dataFile, JSON.stringify(catalog));
		const file = path.join(dir, 'bao-cao.json');
		writeFileSync(
			file,
			reportFileJson(
				report('so-y-te', '2026-11-25', [
					{ key: '2026/7-skhcn-cntt#chan-ioc', done: true, note: '=HYPERLINK("http://x")' },
					{ key: '2024/5-stttt-cntt#cap-nhat' },
				]),
			),
		);
		const store = path.join(dir, 'store');
		const first = cli(['import', file, '--store', store, '--data', dataFile]);
		expect(first.stderr).toBe('');
		expect(first.stdout).toBe('reports: 1 report file read: 1 stored (1 unverified), 0 already in the store, 0 refused\n');
		const before = readFileSync(path.join(store, 'reports.jsonl'), 'utf8');
		const second = cli(['import', file, '--store', store, '--data', dataFile]);
		expect(second.stdout).toMatch(/0 stored \(0 unverified\), 1 already in the store/);
		expect(readFileSync(path.join(store, 'reports.jsonl'), 'utf8')).toBe(before);

		const status = cli(['status', '--json', '--store', store, '--data', dataFile]);
		expect(status.status).toBe(0);
		expect(JSON.parse(status.stdout)).toEqual({
			rows: [
				{
					advisory: '2026/7-skhcn-cntt',
					action: 'chan-ioc',
					recipient: 'so-khcn',
					status: 'no-report',
					due: '2026-12-05',
					overdue: false,
					reportedAt: null,
					verified: false,
				},
				{
					advisory: '2026/7-skhcn-cntt',
					action: 'chan-ioc',
					recipient: 'so-y-te',
					status: 'done',
					due: '2026-12-05',
					overdue: false,
					reportedAt: '2026-11-25',
					verified: false,
				},
				{
					advisory: '2026/7-skhcn-cntt',
					action: 'chan-ioc',
					recipient: 'ubnd-x-b',
					status: 'no-report',
					due: '2026-12-05',
					overdue: false,
					reportedAt: null,
					verified: false,
				},
				{
					advisory: '2026/7-skhcn-cntt',
					action: 'xa-ra-soat',
					recipient: 'ubnd-x-b',
					status: 'no-report',
					due: '2026-12-10',
					overdue: false,
					reportedAt: null,
					verified: false,
				},
			],
		});
		const table = cli(['status', '--store', store, '--data', dataFile], { CANHBAO_TODAY: '2026-12-07' });
		expect(table.stdout).toContain('7/SKHCN-CNTT  1     so-y-te    done       2026-12-05');
		expect(table.stdout).toContain('4 rows: 1 done, 0 not applicable, 0 not done, 3 without a report; 2 overdue (today 2026-12-07)');
	});

	it('refuses a store or compliance site inside the published site or content, and bad usage', () => {
		expect(cli(['status', '--store', 'dist/bao-cao']).stderr).toMatch(
			/the report store .* is inside \(or holds\) the site output folder .*dist; keep it outside, reports are private/,
		);
		expect(cli(['status', '--store', 'content/x']).status).toBe(2);
		expect(cli(['status']).stderr).toMatch(/no report store; set CANHBAO_REPORTS or pass --store/);
		expect(cli(['frobnicate', '--store', '/tmp/x']).status).toBe(2);
		const dir = mkdtempSync(path.join(tmpdir(), 'canhbao-reports-cli-'));
		dirs.push(dir);
		writeFileSync(path.join(dir, 'a.json'), JSON.stringify(catalog));
		const site = cli(['site', '--out', 'dist/noi-bo', '--store', path.join(dir, 's'), '--data', path.join(dir, 'a.json')]);
		expect(site.status).toBe(2);
		expect(site.stderr).toMatch(/the compliance site .* site output folder .*; it is internal and must never be published/);
	});
});
