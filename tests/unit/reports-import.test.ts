/** Report files: the JSON the checklist writes, parsed safely, checked against the catalog, stored once. */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { readPublished, type PublishedData } from '../../src/lib/digest/data.ts';
import { exportContentRoot } from '../../src/lib/outputs/advisory-json.ts';
import { formatProblem } from '../../src/lib/util/problems.ts';
import { reportCsv, reportMailto, type Report } from '../../src/lib/reports/checklist-export.ts';
import { parseReportCsv } from '../../src/lib/reports/csv.ts';
import { checkReport, verifySender } from '../../src/lib/reports/check.ts';
import { reportFile, reportFileJson, type ReportFile } from '../../src/lib/reports/file.ts';
import { importReports } from '../../src/lib/reports/import.ts';
import { MAX_REPORT_BYTES, parseReport } from '../../src/lib/reports/schema.ts';
import { splitMbox } from '../../src/lib/reports/sources.ts';
import { checkStorePath, readStore, ReportStore, STORE_FILE } from '../../src/lib/reports/store.ts';
import { fixtureCopy, replaceOnce, TODAY } from '../helpers/fixture.ts';

let data: PublishedData;
const dirs: string[] = [];
const temp = () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'canhbao-reports-'));
	dirs.push(dir);
	return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

beforeAll(async () => {
	// Registered addresses: so-y-te has its own domain, so-khcn shares the province's with so-tttt.
	const root = fixtureCopy({
		'recipients.yaml': (t) =>
			[
				replaceOnce('- id: so-y-te\n  name: Sở Y tế\n', '- id: so-y-te\n  name: Sở Y tế\n  email: vanthu@syt.example.gov.vn\n'),
				replaceOnce(
					'- id: so-khcn\n  name: Sở Khoa học và Công nghệ\n',
					'- id: so-khcn\n  name: Sở Khoa học và Công nghệ\n  email: skhcn@tinh.example.gov.vn\n',
				),
				replaceOnce(
					'- id: so-tttt\n  name: Sở Thông tin và Truyền thông\n',
					'- id: so-tttt\n  name: Sở Thông tin và Truyền thông\n  email: stttt@tinh.example.gov.vn\n',
				),
			].reduce((text, edit) => edit(text), t),
	});
	data = readPublished(JSON.stringify(await exportContentRoot(root, TODAY)), 'advisories.json');
});

const good = (over: Partial<ReportFile> = {}): ReportFile => ({
	...reportFile({
		recipient: 'so-y-te',
		reportedAt: '2026-11-25',
		reporter: { name: 'Nguyễn Văn A', contact: 'a@syt.example.gov.vn' },
		site: 'https://example.gov.vn/canh-bao-thu/',
		build: TODAY,
		ticks: [
			{ key: '2026/7-skhcn-cntt#chan-ioc', done: true, note: 'Đã chặn <script>alert(1)</script>', date: '2026-11-24' },
			{ key: '2024/5-stttt-cntt#cap-nhat', done: false, note: 'Đang chờ kinh phí' },
			{ key: '2024/5-stttt-cntt#chua-danh-dau', done: false, note: ' ' },
		],
	}),
	...over,
});
const bytes = (text: string) => new TextEncoder().encode(text);
const messages = (problems: { file: string; line?: number; field: string; message: string }[]) => problems.map(formatProblem);

describe('the report file', () => {
	it('names the recipient and each marked action by advisory and id, with a status, note and date', () => {
		const r = good();
		expect(r).toMatchObject({ format: 'canhbao-report', version: 1, recipient: 'so-y-te', reportedAt: '2026-11-25', build: TODAY });
		expect(r.actions).toEqual([
			{ advisory: '2026/7-skhcn-cntt', action: 'chan-ioc', status: 'done', note: 'Đã chặn <script>alert(1)</script>', date: '2026-11-24' },
			{ advisory: '2024/5-stttt-cntt', action: 'cap-nhat', status: 'not-done', note: 'Đang chờ kinh phí', date: null },
		]);
		const parsed = parseReport(bytes(reportFileJson(r)), 'r.json');
		const draft = decodeURIComponent(
			reportMailto('attt@example.gov.vn', {
				agency: 'Sở Y tế',
				date: '2026-11-25',
				title: 'Báo cáo',
				items: [],
				attachment: 'bao-cao-so-y-te-2026-11-25.json',
			}),
		);
		expect(draft).toContain('Đề nghị đính kèm tệp báo cáo bao-cao-so-y-te-2026-11-25.json');
		expect(parsed.problems).toEqual([]);
		expect(parsed.report).toEqual(r);
	});
});

describe('parsing untrusted report files', () => {
	const text = reportFileJson(good());
	it('reads UTF-8 with a BOM and UTF-16 with its BOM', () => {
		expect(parseReport(bytes(`\uFEFF${text}`), 'bom.json').report?.recipient).toBe('so-y-te');
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		expect(parseReport(utf16, 'utf16.json').report?.actions[0].note).toBe('Đã chặn <script>alert(1)</script>');
	});
	it('refuses another encoding, truncation, a huge file, an empty file and the CSV, each saying why', () => {
		const latin1 = Buffer.from(text.replace('Nguyễn Văn A', 'Ngô Thế Đức'), 'latin1');
		expect(messages(parseReport(latin1, 'cp.json').problems)).toEqual([
			'cp.json: not UTF-8 text (saved in another encoding, or not a text file); download the report file from the checklist page again',
		]);
		expect(messages(parseReport(bytes(text.slice(0, 200)), 'cut.json').problems)[0]).toMatch(
			/^cut\.json(:\d+)?: ends in the middle \(truncated in transfer\?\)/,
		);
		expect(messages(parseReport(new Uint8Array(MAX_REPORT_BYTES + 1), 'big.json').problems)[0]).toBe(
			`big.json: is ${MAX_REPORT_BYTES + 1} bytes; a report file is at most ${MAX_REPORT_BYTES} bytes`,
		);
		expect(messages(parseReport(bytes('  \n'), 'e.json').problems)[0]).toMatch(/is empty/);
		expect(
			messages(parseReport(bytes('\uFEFFĐơn vị;Ngày báo cáo;Văn bản\r\n"=HYPERLINK(""http://x"")";1;2\r\n'), 'excel.csv').problems)[0],
		).toMatch(/is a CSV or text report, meant for people; import the JSON file/);
	});
	it('refuses unknown fields (also __proto__), bad values and one action reported twice, by line and field', () => {
		const forged = text.replace('"format"', '"__proto__": { "verified": true },\n\t"format"');
		expect(messages(parseReport(bytes(forged), 'f.json').problems)).toEqual([
			'f.json:2: unknown field "__proto__"; check the spelling against the field reference in docs/reports.md',
		]);
		const hidden = text.replace('"reportedAt"', '"recipient": "so-khcn",\n\t"reportedAt"');
		expect(messages(parseReport(bytes(hidden), 'h.json').problems)).toEqual([
			'h.json:5: the key "recipient" is written twice in one object; a report names each field once',
		]);
		expect(parseReport(bytes(text.replace('"Nguyễn Văn A"', '"Nguy\\u1ec5n \\"A\\""')), 'e.json').report?.reporter.name).toBe('Nguyễn "A"');
		const bad = text.replace('"status": "done"', '"status": "xong"').replace('"date": "2026-11-24"', '"date": "24/11/2026"');
		expect(messages(parseReport(bytes(bad), 'b.json').problems)).toEqual([
			'b.json:16: actions[0].status: expected one of "done", "not-applicable", "not-done"',
			'b.json:18: actions[0].date: expected a date written YYYY-MM-DD, found "24/11/2026"',
		]);
		const twice = good();
		twice.actions.push({ ...twice.actions[0] });
		expect(messages(parseReport(bytes(reportFileJson(twice)), 't.json').problems)).toEqual([
			't.json:27: actions[2]: "2026/7-skhcn-cntt#chan-ioc" is already reported in actions[0]; one entry per action',
		]);
	});
});

describe('checking against the published catalog', () => {
	const check = (r: ReportFile) => messages(checkReport(r, data, TODAY, 'r.json', reportFileJson(r)).problems);
	it('accepts a good report', () => {
		expect(check(good())).toEqual([]);
	});
	it('refuses an unknown advisory or action, an action never given to the agency, and a group', () => {
		const r = good();
		r.actions = [
			{ advisory: '2026/8-skhcn-cntt', action: 'chan-ioc', status: 'done', note: '', date: '2026-11-24' },
			{ advisory: '2026/7-skhcn-cntt', action: 'chan-io', status: 'done', note: '', date: '2026-11-24' },
			{ advisory: '2026/7-skhcn-cntt', action: 'xa-ra-soat', status: 'done', note: '', date: '2026-11-24' },
		];
		expect(check(r)).toEqual([
			'r.json:14: actions[0].advisory: unknown advisory "2026/8-skhcn-cntt"; known keys: 2026/7-skhcn-cntt, 2024/5-stttt-cntt, 2019/10-ubnd-kgvx',
			'r.json:22: actions[1].action: advisory 7/SKHCN-CNTT has no action "chan-io"; its actions: chan-ioc, xa-ra-soat',
			'r.json:29: actions[2].action: action "2026/7-skhcn-cntt#xa-ra-soat" was never given to so-y-te (Sở Y tế); it goes to ubnd-x-b',
		]);
		expect(check(good({ recipient: 'so-ban-nganh' }))).toEqual([
			'r.json:4: recipient: "so-ban-nganh" is a group (Các sở, ban, ngành); each of its members reports for itself',
		]);
		expect(check(good({ recipient: 'so-y-t' }))[0]).toMatch(/^r\.json:4: recipient: unknown recipient "so-y-t"; known ids: so-y-te,/);
	});
	it('refuses dates in the future or before the advisory, and a recipient dissolved before the report date', () => {
		const r = good({ reportedAt: '2026-11-27' });
		r.actions[0].date = '2026-11-19';
		expect(check(r)).toEqual([
			'r.json:5: reportedAt: 2026-11-27 is in the future (today is 2026-11-26)',
			'r.json:18: actions[0].date: 2026-11-19 is before advisory 7/SKHCN-CNTT was issued (2026-11-20)',
		]);
		const old = good({ recipient: 'so-tttt', reportedAt: '2025-03-10' });
		old.actions = [{ advisory: '2024/5-stttt-cntt', action: 'cap-nhat', status: 'done', note: '', date: '2024-03-10' }];
		expect(check(old)).toEqual([
			'r.json:4: recipient: "so-tttt" ceased on 2025-02-28, before the report date 2025-03-10; its successor so-khcn reports for it',
		]);
	});
	it('verifies a sender by registered address, or by a domain no other agency shares', () => {
		expect(verifySender('vanthu@syt.example.gov.vn', 'so-y-te', data)).toBe(true);
		expect(verifySender('it@syt.example.gov.vn', 'so-y-te', data)).toBe(true);
		expect(verifySender('VanThu@gmail.com', 'so-y-te', data)).toBe(false);
		expect(verifySender('skhcn@tinh.example.gov.vn', 'so-khcn', data)).toBe(true);
		// The province's shared domain proves nothing: so-tttt's staff could write it.
		expect(verifySender('stttt@tinh.example.gov.vn', 'so-khcn', data)).toBe(false);
		expect(verifySender('a@b.vn', 'ubnd-x-b', data)).toBe(false);
	});
});

describe('the private store', () => {
	it('refuses a store inside content/ or the site output, or one holding them', () => {
		expect(checkStorePath('dist/bao-cao', [{ name: 'site output', dir: 'dist' }])).toMatch(/is inside \(or holds\) the site output folder/);
		expect(checkStorePath('.', [{ name: 'content', dir: 'content' }])).toMatch(/content folder/);
		expect(
			checkStorePath('../private/reports', [
				{ name: 'content', dir: 'content' },
				{ name: 'site output', dir: 'dist' },
			]),
		).toBeUndefined();
	});

	async function run(store: string, inputs: string[], trustFiles = false) {
		const s = ReportStore.open(store);
		try {
			return await importReports(inputs, { data, store: s, today: TODAY, trustFiles, now: () => new Date('2026-11-26T03:00:00Z') });
		} finally {
			s.close();
		}
	}

	it('stores a report once however often it is imported, and keeps every report', async () => {
		const dir = temp();
		const store = path.join(dir, 'store');
		writeFileSync(path.join(dir, 'a.json'), reportFileJson(good()));
		// The same report reformatted is the same report.
		writeFileSync(path.join(dir, 'a-copy.json'), JSON.stringify(good()));
		const first = await run(store, [dir]);
		expect(first).toMatchObject({ read: 2, stored: 1, duplicates: 1, refused: 0, unverified: 1, problems: [] });
		// A link back to the folder itself is not followed.
		symlinkSync(dir, path.join(dir, 'loop'));
		expect(await run(store, [dir])).toMatchObject({ read: 2, stored: 0, duplicates: 2 });
		const again = await run(store, [path.join(dir, 'a.json')]);
		expect(again).toMatchObject({ read: 1, stored: 0, duplicates: 1 });
		const later = good({ reportedAt: '2026-11-26' });
		later.actions[1] = { ...later.actions[1], status: 'done', date: '2026-11-26' };
		writeFileSync(path.join(dir, 'b.json'), reportFileJson(later));
		await run(store, [path.join(dir, 'b.json')], true);
		const { reports } = readStore(store);
		expect(reports.map((r) => [r.report.reportedAt, r.verified])).toEqual([
			['2026-11-25', false],
			['2026-11-26', true],
		]);
		expect(reports[0].source).toBe(path.join(dir, 'a-copy.json'));
	});

	it('refuses a whole report with any problem, and keeps the rest of the run', async () => {
		const dir = temp();
		const bad = good();
		bad.actions[0].date = '2030-01-01';
		writeFileSync(path.join(dir, 'bad.json'), reportFileJson(bad));
		writeFileSync(path.join(dir, 'good.json'), reportFileJson(good()));
		const summary = await run(path.join(dir, 'store'), [dir]);
		expect(summary).toMatchObject({ read: 2, stored: 1, refused: 1 });
		expect(messages(summary.problems)).toEqual([
			`${path.join(dir, 'bad.json')}:18: actions[0].date: 2030-01-01 is in the future (today is 2026-11-26)`,
		]);
	});

	it('drops a torn last line left by a killed import, and keeps the whole lines', async () => {
		const dir = temp();
		const store = path.join(dir, 'store');
		writeFileSync(path.join(dir, 'a.json'), reportFileJson(good()));
		await run(store, [path.join(dir, 'a.json')]);
		appendFileSync(path.join(store, STORE_FILE), '{"id":"abc","rep');
		const s = ReportStore.open(store);
		expect(s.repairedTornLine).toBe(true);
		s.close();
		expect(readFileSync(path.join(store, STORE_FILE), 'utf8').split('\n')).toHaveLength(2);
		expect(readStore(store).reports).toHaveLength(1);
	});

	it('reads reports attached to e-mails and mbox archives, verified by the sender', async () => {
		const dir = temp();
		const mail = async (from: string, attach: boolean) => {
			const t = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
			const info = await t.sendMail({
				from,
				to: 'attt@example.gov.vn',
				subject: 'Báo cáo',
				text: 'Gửi Sở',
				attachments: attach ? [{ filename: 'bao-cao-so-y-te.json', content: reportFileJson(good()) }] : [],
			});
			return info.message as Buffer;
		};
		writeFileSync(path.join(dir, 'ok.eml'), await mail('Văn thư <vanthu@syt.example.gov.vn>', true));
		const summary = await run(path.join(dir, 'store'), [path.join(dir, 'ok.eml')]);
		expect(summary).toMatchObject({ stored: 1, unverified: 0 });
		expect(readStore(path.join(dir, 'store')).reports[0]).toMatchObject({ from: 'vanthu@syt.example.gov.vn', verified: true });

		const box = path.join(dir, 'box');
		mkdirSync(box);
		const other = good({ reportedAt: '2026-11-26' });
		const t = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
		const forged = (
			await t.sendMail({
				from: 'someone@gmail.com',
				to: 'x@y.vn',
				subject: 'x',
				text: 'From the office\n',
				attachments: [{ filename: 'r.json', content: reportFileJson(other) }],
			})
		).message as Buffer;
		const mbox = Buffer.concat([
			Buffer.from('From someone@gmail.com Thu Nov 26 08:00:00 2026\n'),
			forged,
			Buffer.from('\nFrom x@y Thu Nov 26 09:00:00 2026\n'),
			await mail('a@b.vn', false),
			Buffer.from('\n'),
		]);
		expect(splitMbox(mbox)).toHaveLength(2);
		writeFileSync(path.join(box, 'inbox.mbox'), mbox);
		const second = await run(path.join(dir, 'store'), [box]);
		expect(second).toMatchObject({ read: 1, stored: 1, unverified: 1, refused: 1 });
		expect(messages(second.problems)[0]).toMatch(/inbox\.mbox#2: the e-mail from a@b\.vn carries no report file/);
		expect(messages(second.warnings)[0]).toMatch(
			/mailed from someone@gmail\.com, not the registered address of so-y-te \(vanthu@syt\.example\.gov\.vn\); stored as unverified/,
		);
	});
});

describe('the CSV for people, when that is what came', () => {
	const base = 'https://example.gov.vn/canh-bao-thu/canh-bao/';
	const item = (key: string, done: boolean, note = '', notApplicable = false) => {
		const [advisory, action] = key.split('#');
		return {
			key,
			advisoryNumber: '7/SKHCN-CNTT',
			advisoryUrl: `${base}${advisory}/#viec-${action}`,
			label: '1',
			text: 'Việc, "khó"',
			due: '2026-12-05',
			done,
			notApplicable,
			note,
		};
	};
	const sheet = (over: Partial<Report> = {}): Report => ({
		agency: 'Sở Y tế',
		date: '2026-11-25',
		title: 'Báo cáo',
		items: [
			item('2026/7-skhcn-cntt#chan-ioc', true, '=HYPERLINK("http://x")'),
			item('2024/5-stttt-cntt#cap-nhat', false, 'Chờ kinh phí'),
			item('2024/5-stttt-cntt#khong-danh-dau', false),
		],
		...over,
	});

	it("reads the checklist's own CSV: the agency by its name, each action by its link", () => {
		const parsed = parseReportCsv(reportCsv(sheet()), 'r.csv', data);
		expect(parsed.problems).toEqual([]);
		expect(parsed.report).toMatchObject({ recipient: 'so-y-te', reportedAt: '2026-11-25', site: 'https://example.gov.vn/canh-bao-thu/' });
		expect(parsed.report!.actions).toEqual([
			{ advisory: '2026/7-skhcn-cntt', action: 'chan-ioc', status: 'done', note: '=HYPERLINK("http://x")', date: '2026-11-25' },
			{ advisory: '2024/5-stttt-cntt', action: 'cap-nhat', status: 'not-done', note: 'Chờ kinh phí', date: null },
		]);
	});

	it('reads it after Excel saved it with ; separators, and imports it like the JSON file', async () => {
		const excel =
			'\uFEFF' +
			(parse(reportCsv(sheet({ agency: 'SỞ Y TẾ' })).slice(1)) as string[][])
				.map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';'))
				.join('\r\n');
		const parsed = parseReportCsv(excel, 'excel.csv', data);
		expect(parsed.problems).toEqual([]);
		expect(parsed.report!.actions.map((a) => a.note)).toEqual(['=HYPERLINK("http://x")', 'Chờ kinh phí']);
		const dir = temp();
		writeFileSync(path.join(dir, 'excel.csv'), excel);
		const store = ReportStore.open(path.join(dir, 'store'));
		const summary = await importReports([dir], { data, store, today: TODAY });
		store.close();
		expect(summary).toMatchObject({ read: 1, stored: 1, refused: 0 });
	});

	it('refuses a live formula for a link, an unknown agency name, another encoding, and points at the row', async () => {
		const broken = reportCsv(sheet()).replace(`${base}2024/5-stttt-cntt/#viec-cap-nhat`, '=HYPERLINK("http://evil.example/","bấm")');
		expect(messages(parseReportCsv(broken, 'b.csv', data).problems)).toEqual([
			'b.csv:3: is not a readable CSV file: Invalid Opening Quote: a quote is found on field 8 at line 3, value is "=HYPERLINK("',
		]);
		const csv = reportCsv(sheet({ agency: 'Sở Y tế tỉnh khác' })).replace(
			`${base}2024/5-stttt-cntt/#viec-cap-nhat`,
			'"=HYPERLINK(""http://evil.example/"",""bấm"")"',
		);
		expect(messages(parseReportCsv(csv, 'r.csv', data).problems)).toEqual([
			'r.csv:2: Đơn vị: "Sở Y tế tỉnh khác" matches no agency of the registry; pass --recipient <id> (known ids: so-y-te, so-khcn, so-tttt, ubnd-h-a, ubnd-x-b)',
			'r.csv:3: Liên kết: expected the action\'s link, such as https://…/canh-bao/2019/357-ubnd-kgvx/#viec-ra-soat-diem-yeu, found "=HYPERLINK("http://evil.example/","bấm")"',
		]);
		const never = reportCsv(sheet({ items: [item('2026/7-skhcn-cntt#chan-ioc', true), item('2026/7-skhcn-cntt#xa-ra-soat', true)] }));
		const dir = temp();
		writeFileSync(path.join(dir, 'never.csv'), never);
		writeFileSync(path.join(dir, 'latin.csv'), Buffer.from(reportCsv(sheet()).slice(1).replace('Sở Y tế', 'Sở Y tế'), 'latin1'));
		const store = ReportStore.open(path.join(dir, 'store'));
		const summary = await importReports([dir], { data, store, today: TODAY, csvRecipient: 'so-y-te' });
		store.close();
		expect(messages(summary.problems)).toEqual([
			`${path.join(dir, 'latin.csv')}: not UTF-8 text; in Excel save it as "CSV UTF-8 (Comma delimited)", or better send the JSON file ("Tải tệp báo cáo (JSON)")`,
			`${path.join(dir, 'never.csv')}:3: actions[1].action: action "2026/7-skhcn-cntt#xa-ra-soat" was never given to so-y-te (Sở Y tế); it goes to ubnd-x-b`,
		]);
	});
});
