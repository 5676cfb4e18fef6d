/**
 * `npm run digest -- --period reminders` against a real SMTP server on 127.0.0.1: only overdue or
 * nearly due work without a done or not-applicable report is mailed, and a second run that day
 * mails nothing.
 */
import { describe, expect, it, afterEach, beforeEach } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE } from '../helpers/fixture.ts';
import { digestEnv, digestWorkspace, runDigestCli } from '../helpers/digest.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';
import { reportFile } from '../../src/lib/reports/file.ts';
import { reportId, ReportStore } from '../../src/lib/reports/store.ts';

const SUBSCRIBERS = `- email: yte@example.gov.vn
  recipients: [so-y-te]
- email: khcn@example.gov.vn
  name: Trần Văn K
  recipients: [so-khcn]
  frequency: weekly
- email: xa@example.gov.vn
  recipients: [ubnd-x-b]
- email: all@example.gov.vn
  recipients: ["*"]
- email: group@example.gov.vn
  recipients: [so-ban-nganh]
`;

let smtp: TestSmtp;
beforeEach(async () => {
	smtp = await startSmtp();
});
afterEach(async () => {
	await smtp.close();
});

const report = (recipient: string, reportedAt: string, actions: [string, 'done' | 'not-applicable' | 'not-done'][]) =>
	reportFile({
		recipient,
		reportedAt,
		reporter: { name: '', contact: '' },
		site: '',
		build: '',
		ticks: actions.map(([key, status]) => ({
			key,
			done: status === 'done',
			notApplicable: status === 'not-applicable',
			note: '<b>ghi chú</b>',
		})),
	});

describe('reminders', () => {
	it('mail only overdue or nearly due work without a report, once a day', async () => {
		const ws = await digestWorkspace(FIXTURE, SUBSCRIBERS);
		const storeDir = path.join(ws.dir, 'reports');
		const store = ReportStore.open(storeDir);
		const stored = [
			report('so-y-te', '2026-12-01', [['2026/7-skhcn-cntt#chan-ioc', 'done']]),
			report('ubnd-x-b', '2026-12-02', [
				['2026/7-skhcn-cntt#chan-ioc', 'not-done'],
				['2026/7-skhcn-cntt#xa-ra-soat', 'not-applicable'],
			]),
		].map((r) => ({ id: reportId(r), importedAt: '2026-12-02T00:00:00Z', source: 'x.json', from: null, verified: true, report: r }));
		store.append(stored);
		store.close();

		// 8 December: "chan-ioc" (due 5 December) is 3 days overdue, "xa-ra-soat" (10 December) due in 2.
		const env = digestEnv(smtp.port, { CANHBAO_TODAY: '2026-12-08' });
		const args = ['--period', 'reminders', '--subscribers', ws.subscribers, '--data', ws.data, '--reports', storeDir];
		// A dry run writes the messages and records nothing.
		const review = path.join(ws.dir, 'review');
		const dry = await runDigestCli([...args, '--dry-run', review], env);
		expect(dry.stdout).toContain('3 written');
		expect(readdirSync(review).sort()).toEqual([
			'00001-khcn@example.gov.vn.eml',
			'00002-xa@example.gov.vn.eml',
			'00003-group@example.gov.vn.eml',
		]);
		expect(smtp.accepted).toHaveLength(0);

		const first = await runDigestCli(args, env);
		expect(first.stdout).toContain(
			'digest reminders:2026-12-08: 5 subscribers: 3 sent, 0 failed, 0 already sent earlier, 2 with nothing new',
		);
		expect(first.status).toBe(0);

		const parsed = await smtp.parsed();
		const mail = new Map(parsed.map((m, i) => [smtp.accepted[i].to[0], m]));
		expect([...mail.keys()].sort()).toEqual(['group@example.gov.vn', 'khcn@example.gov.vn', 'xa@example.gov.vn']);

		const khcn = mail.get('khcn@example.gov.vn')!;
		expect(khcn.subject).toBe('Nhắc việc ngày 08/12/2026: 1 việc quá hạn chưa báo cáo');
		expect(khcn.text).toContain('Kính gửi Trần Văn K,');
		expect(khcn.text).toContain('Đơn vị: Sở Khoa học và Công nghệ');
		expect(khcn.text).toMatch(/Số 7\/SKHCN-CNTT · Hạn 05\/12\/2026, quá hạn 3 ngày/);
		expect(khcn.text).toContain('https://example.gov.vn/canh-bao-thu/don-vi/so-khcn/viec-can-lam/');
		expect(khcn.text!.match(/^- /gm)).toHaveLength(1);
		expect(khcn.headers.get('x-canhbao-digest')).toBe('reminders:2026-12-08');

		// Not applicable is settled; not done is still reminded of, with the last report's date.
		const xa = mail.get('xa@example.gov.vn')!;
		expect(xa.text!.match(/^- /gm)).toHaveLength(1);
		expect(xa.text).toContain('báo cáo gần nhất ngày 02/12/2026: chưa hoàn thành');
		expect(xa.text).not.toContain('xa-ra-soat');
		expect(xa.html).toContain('https://example.gov.vn/canh-bao-thu/don-vi/ubnd-x-b/viec-can-lam/');

		// A group stands for its members: Sở Y tế has reported, Sở KH&CN has not.
		const group = mail.get('group@example.gov.vn')!;
		expect(group.text).toContain('Đơn vị: Sở Khoa học và Công nghệ');
		expect(group.text).not.toContain('Đơn vị: Sở Y tế');

		const second = await runDigestCli(args, env);
		expect(second.stdout).toContain('0 sent, 0 failed, 3 already sent earlier, 2 with nothing new');
		expect(smtp.accepted).toHaveLength(3);

		// The next day is a new reminder.
		const next = await runDigestCli(args, digestEnv(smtp.port, { CANHBAO_TODAY: '2026-12-09' }));
		expect(next.stdout).toContain('3 sent');
	});

	it('needs the report store, and refuses one inside the site', async () => {
		const ws = await digestWorkspace(FIXTURE, SUBSCRIBERS);
		const missing = await runDigestCli(['--period', 'reminders', '--subscribers', ws.subscribers, '--data', ws.data], digestEnv(smtp.port));
		expect(missing.status).toBe(2);
		expect(missing.stderr).toContain('--period reminders needs the report store');
		const inside = await runDigestCli(
			['--period', 'reminders', '--subscribers', ws.subscribers, '--data', ws.data, '--reports', 'dist/r'],
			digestEnv(smtp.port),
		);
		expect(inside.stderr).toMatch(/inside \(or holds\) the site output folder/);
		const typo = await runDigestCli(
			['--period', 'reminders', '--subscribers', ws.subscribers, '--data', ws.data, '--reports', `${ws.dir}/bao-coa`],
			digestEnv(smtp.port),
		);
		expect(typo.status).toBe(2);
		expect(typo.stderr).toMatch(/the report store .*bao-coa does not exist; check CANHBAO_REPORTS or --reports/);
		expect(smtp.accepted).toHaveLength(0);
	});
});
