import { mkdtempSync, readFileSync, writeFileSync, appendFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { retrySettings, sender, smtpSettings } from '../../src/lib/digest/config.ts';
import { readPublished, type PublishedData } from '../../src/lib/digest/data.ts';
import { Ledger } from '../../src/lib/digest/ledger.ts';
import { candidates, digestFor, editionFor, isoWeek, messageIdOf, type Digest } from '../../src/lib/digest/select.ts';
import { subjectOf } from '../../src/lib/digest/render.ts';
import { isTemporary } from '../../src/lib/digest/send.ts';
import { ceasedWarnings, parseSubscribers, type Subscriber } from '../../src/lib/digest/subscribers.ts';
import { exportContentRoot } from '../../src/lib/outputs/advisory-json.ts';
import { TODAY, replaceOnce } from '../helpers/fixture.ts';
import { digestFixture } from '../digest/fixture.ts';

const published = async (root = digestFixture()): Promise<PublishedData> =>
	readPublished(JSON.stringify(await exportContentRoot(root, TODAY)), 'advisories.json');
const KNOWN = ['so-y-te', 'ubnd-x-b', 'so-ban-nganh'];
const subscriber = (s: Partial<Subscriber>): Subscriber => ({
	email: 'a@example.gov.vn',
	key: 'a@example.gov.vn',
	line: 1,
	recipients: ['so-y-te'],
	minSeverity: 'low',
	kinds: [],
	frequency: 'immediate',
	...s,
});

describe('subscriber file', () => {
	it('reads YAML, applies defaults and reports each bad row at its line', () => {
		const { subscribers, problems } = parseSubscribers(
			[
				'- email: A@Example.gov.vn',
				'  recipients: [so-y-te]',
				'- email: bad',
				'  recipients: [so-y-te]',
				'- email: b@example.gov.vn',
				'  recipients: [so-y-tee, "*"]',
				'- email: a@example.gov.vn',
				'  recipients: [ubnd-x-b]',
				'- email: c@example.gov.vn',
				'  recipients: [so-y-te]',
				'  frequency: hourly',
				'  colour: red',
			].join('\n'),
			'subs.yaml',
			KNOWN,
		);
		expect(subscribers.map((s) => [s.key, s.minSeverity, s.frequency, s.kinds])).toEqual([['a@example.gov.vn', 'low', 'immediate', []]]);
		expect(problems.map((p) => `${p.line}: ${p.field}: ${p.message.split(';')[0]}`)).toEqual([
			'3: email: expected an e-mail address such as ten@example.gov.vn',
			'6: recipients[0]: unknown recipient "so-y-tee"',
			'7: email: "a@example.gov.vn" is already subscribed on line 1',
			'11: frequency: expected one of "immediate", "daily", "weekly"',
			'12: : unknown field "colour"',
		]);
	});

	it('reads CSV with lists separated by ";" and reports rows by line', () => {
		const csv =
			'# comment\nemail,name,recipients,minSeverity,kinds,frequency\n"a@example.gov.vn","Nguyễn Văn A, Sở Y tế",so-y-te;ubnd-x-b,high,malware;vulnerability,daily\nb@example.gov.vn,,so-y-te,severe,,\nc@example.gov.vn,,,,,\n';
		const { subscribers, problems } = parseSubscribers(csv, 'subs.csv', KNOWN);
		expect(subscribers).toHaveLength(1);
		expect(subscribers[0]).toMatchObject({
			name: 'Nguyễn Văn A, Sở Y tế',
			recipients: ['so-y-te', 'ubnd-x-b'],
			minSeverity: 'high',
			kinds: ['malware', 'vulnerability'],
			frequency: 'daily',
			line: 3,
		});
		expect(problems.map((p) => `${p.file}:${p.line}: ${p.field}`)).toEqual(['subs.csv:4: minSeverity', 'subs.csv:5: recipients']);
		expect(parseSubscribers('mail,recipients\nx@example.gov.vn,so-y-te\n', 'subs.csv', KNOWN).problems[0].message).toMatch(
			/unknown column "mail"; expected the header email,name,recipients/,
		);
	});
});

describe('subscribers of bodies that ceased', () => {
	it('are warned to follow the successor', async () => {
		const data = await published();
		const warnings = ceasedWarnings([subscriber({ recipients: ['so-y-te', 'so-tttt'], line: 7 })], data.recipients, TODAY, 'subs.yaml');
		expect(warnings).toEqual([
			{
				file: 'subs.yaml',
				line: 7,
				field: 'recipients[1]',
				message: '"so-tttt" ceased on 2025-02-28, so no new advisory will be addressed to it; follow its successor instead: so-khcn',
			},
		]);
	});
});

describe('digest selection', () => {
	it('picks active advisories changed in the window that match the selection, most severe first', async () => {
		const data = await published();
		const edition = editionFor('immediate', TODAY);
		expect(edition.since).toBe('2026-11-19');
		const pool = candidates(data, edition);
		expect(pool.map((a) => a.key)).toEqual(['2026/8-skhcn-cntt', '2026/7-skhcn-cntt', '2026/9-skhcn-cntt']);
		const digest = digestFor(data, edition, pool, subscriber({ recipients: ['so-y-te'], minSeverity: 'high' })) as Digest;
		expect(digest.items.map((i) => i.advisory.key)).toEqual(['2026/8-skhcn-cntt', '2026/7-skhcn-cntt']);
		expect(digestFor(data, edition, pool, subscriber({ kinds: ['directive'] }))).toBe('nothing-new');
		expect(digestFor(data, edition, pool, subscriber({ frequency: 'daily' }))).toBe('other-frequency');
		const everything = digestFor(data, edition, pool, subscriber({ recipients: ['*'] })) as Digest;
		expect(everything.items).toHaveLength(3);
		expect(everything.items.flatMap((i) => i.actions.map((x) => x.key))).toContain('2026/7-skhcn-cntt#xa-ra-soat');
	});

	it('skips versions already mailed, and mails an edited advisory again as an update', async () => {
		const data = await published();
		const edition = editionFor('immediate', TODAY);
		const first = digestFor(data, edition, candidates(data, edition), subscriber({})) as Digest;
		expect(digestFor(data, edition, candidates(data, edition), subscriber({}), new Set(first.versions))).toBe('already-mailed');
		const edited = await published(
			digestFixture({ 'advisories/2026/7-skhcn-cntt.mdx': replaceOnce('severity: high', 'severity: high\nupdated: 2026-11-26') }),
		);
		const again = digestFor(edited, edition, candidates(edited, edition), subscriber({}), new Set(first.versions)) as Digest;
		expect(again.items.map((i) => [i.advisory.key, i.update])).toEqual([['2026/7-skhcn-cntt', true]]);
		expect(subjectOf(again)).toBe('Cảnh báo cập nhật, mức độ cao: Cảnh báo chiến dịch mã độc giả mạo văn bản điện tử');
		expect(again.key).not.toBe(first.key);
	});

	it('names daily and weekly editions by day and ISO week, with message ids from subscriber and digest', async () => {
		const data = await published();
		expect(isoWeek('2026-11-26')).toBe('2026-W48');
		expect(isoWeek('2027-01-01')).toBe('2026-W53');
		expect(isoWeek('2024-12-30')).toBe('2025-W01');
		const daily = editionFor('daily', TODAY, '2026-11-01');
		expect(daily).toMatchObject({ key: 'daily:2026-11-26', since: '2026-11-01' });
		const digest = digestFor(data, daily, candidates(data, daily), subscriber({ frequency: 'daily' }), undefined, 'list') as Digest;
		expect(digest.key).toBe('list|a@example.gov.vn|daily:2026-11-26');
		expect(subjectOf(digest)).toBe('Bản tin ngày 26/11/2026: 2 cảnh báo mới (1 nghiêm trọng, 1 cao)');
		const weekly = editionFor('weekly', TODAY);
		expect(subjectOf(digestFor(data, weekly, candidates(data, weekly), subscriber({ frequency: 'weekly' })) as Digest)).toMatch(
			/^Bản tin tuần 48\/2026: /,
		);
		expect(messageIdOf(digest, 'example.gov.vn')).toBe(messageIdOf({ key: digest.key }, 'example.gov.vn'));
		expect(messageIdOf(digest, 'example.gov.vn')).not.toBe(messageIdOf({ key: digest.key.replace('a@', 'b@') }, 'example.gov.vn'));
	});

	it('refuses published data of another schema version', () => {
		expect(() => readPublished('{"schemaVersion":99,"advisories":[],"recipients":[]}', 'x.json')).toThrow(
			/x\.json: schemaVersion 99 is not 1/,
		);
		expect(() => readPublished('<html>', 'x.json')).toThrow(/x\.json: not valid JSON/);
	});
});

describe('send ledger', () => {
	const record = (n: number) => ({
		type: 'sent' as const,
		messageId: `<${n}@x>`,
		to: `s${n}@example.gov.vn`,
		digest: 'immediate:1',
		versions: [`2026/${n}@2026-11-20`],
		at: '2026-11-26T00:00:00Z',
		response: '250 OK',
	});

	it('reads back what was sent, and drops a line torn by a crash before appending', () => {
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'ledger-')), 'l.jsonl');
		const ledger = Ledger.open(file);
		ledger.append(record(1));
		ledger.append(record(2));
		ledger.close();
		appendFileSync(file, '{"type":"sent","messageId":"<3@x>","to":"s3@exa');
		const reopened = Ledger.open(file);
		expect(reopened.skippedLines).toEqual([3]);
		expect(reopened.hasSent('<1@x>') && reopened.hasSent('<2@x>')).toBe(true);
		expect(reopened.hasSent('<3@x>')).toBe(false);
		expect([...reopened.mailedTo('s2@example.gov.vn')]).toEqual(['2026/2@2026-11-20']);
		reopened.append(record(4));
		reopened.close();
		expect(
			readFileSync(file, 'utf8')
				.trim()
				.split('\n')
				.map((l) => JSON.parse(l).messageId),
		).toEqual(['<1@x>', '<2@x>', '<4@x>']);
	});

	it('lets one run at a time use it, and takes over the lock of a run that died', () => {
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'ledger-')), 'l.jsonl');
		writeFileSync(`${file}.lock`, String(process.ppid));
		expect(() => Ledger.open(file)).toThrow(/another digest run \(pid \d+\) is using this ledger/);
		writeFileSync(`${file}.lock`, '999999999');
		const ledger = Ledger.open(file);
		ledger.close();
		expect(existsSync(`${file}.lock`)).toBe(false);
		expect(() => Ledger.read(file).append(record(1))).toThrow(/not open for writing/);
	});
});

describe('SMTP settings and failures', () => {
	it('reads the server from the environment and names the variable at fault', () => {
		const { options, describe: where } = smtpSettings({
			SMTP_HOST: 'mail.example.gov.vn',
			SMTP_SECURE: 'true',
			SMTP_USER: 'u',
			SMTP_PASS: 'p',
			CANHBAO_DIGEST_RATE: '20',
		});
		expect(options).toMatchObject({
			pool: true,
			host: 'mail.example.gov.vn',
			port: 465,
			secure: true,
			auth: { user: 'u', pass: 'p' },
			rateDelta: 1000,
			rateLimit: 20,
			maxConnections: 3,
		});
		expect(where).toBe('smtps://mail.example.gov.vn:465');
		expect(smtpSettings({ SMTP_URL: 'smtp://u:p@mail.example.gov.vn:2525' }, { connections: 1 }).describe).toBe(
			'smtp://mail.example.gov.vn:2525',
		);
		expect(() => smtpSettings({})).toThrow(/SMTP_HOST \(or SMTP_URL\) is not set/);
		expect(() => smtpSettings({ SMTP_HOST: 'x', SMTP_PORT: 'abc' })).toThrow(/SMTP_PORT: expected a whole number/);
		expect(() => smtpSettings({ SMTP_HOST: 'x', SMTP_USER: 'u' })).toThrow(/SMTP_USER and SMTP_PASS/);
		expect(() => smtpSettings({ SMTP_URL: 'http://x' })).toThrow(/SMTP_URL: expected smtp:\/\//);
		expect(() => sender({})).toThrow(/SMTP_FROM is not set/);
		expect(sender({ SMTP_FROM: '"Cảnh báo" <cb@example.gov.vn>' })).toBe('"Cảnh báo" <cb@example.gov.vn>');
		expect(retrySettings({ CANHBAO_DIGEST_ATTEMPTS: '2' })).toEqual({ attempts: 2, backoffMs: 2000 });
	});

	it('retries 4xx and dropped connections, never 5xx', () => {
		expect(isTemporary(Object.assign(new Error('x'), { responseCode: 451 }))).toBe(true);
		expect(isTemporary(Object.assign(new Error('x'), { code: 'ECONNECTION' }))).toBe(true);
		expect(isTemporary(Object.assign(new Error('x'), { code: 'EENVELOPE', responseCode: 550 }))).toBe(false);
		expect(isTemporary(Object.assign(new Error('x'), { code: 'EAUTH', responseCode: 535 }))).toBe(false);
	});
});
