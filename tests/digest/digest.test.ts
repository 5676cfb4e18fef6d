/**
 * `npm run digest` end to end against a real SMTP server on 127.0.0.1: what each subscriber
 * gets, how the message is built, and that a run killed half-way and started again sends every
 * message exactly once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestEnv, digestWorkspace, runDigestCli, startDigest } from '../helpers/digest.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';
import { digestFixture, manySubscribers } from './fixture.ts';

const SUBSCRIBERS = `# Sở Y tế gets what goes to "Các sở, ban, ngành" and to itself.
- email: yte@example.gov.vn
  name: Nguyễn Thị Y
  recipients: [so-y-te]
- email: yte-critical@example.gov.vn
  recipients: [so-y-te]
  minSeverity: critical
- email: xa-b@example.gov.vn
  recipients: [ubnd-x-b]
  kinds: [malware]
- email: huyen-a@example.gov.vn
  recipients: [ubnd-h-a]
- email: not-an-address
  recipients: [so-y-te]
- email: typo@example.gov.vn
  recipients: [so-y-tee]
- email: daily@example.gov.vn
  recipients: ["*"]
  frequency: daily
`;

let smtp: TestSmtp;
beforeEach(async () => {
	smtp = await startSmtp();
});
afterEach(async () => {
	await smtp.close();
});

const byRecipient = async () => {
	const parsed = await smtp.parsed();
	return new Map(parsed.map((m, i) => [smtp.accepted[i].to[0], m]));
};

describe('npm run digest', () => {
	it('sends each subscriber what concerns them, once, and reports bad rows with their lines', async () => {
		const ws = await digestWorkspace(digestFixture(), SUBSCRIBERS);
		const args = ['--period', 'immediate', '--subscribers', ws.subscribers, '--data', ws.data];
		const run = await runDigestCli(args, digestEnv(smtp.port));

		expect(run.stderr).toContain(`${path.relative(process.cwd(), ws.subscribers)}:13: email: expected an e-mail address`);
		expect(run.stderr).toMatch(/subscribers\.yaml:16: recipients\[0\]: unknown recipient "so-y-tee"; known ids: so-y-te/);
		expect(run.status).toBe(1); // bad rows make the run fail visibly, after the valid rows were mailed
		expect(run.stdout).toContain('4 subscribers: 3 sent, 0 failed, 0 already sent earlier, 1 with nothing new');

		const mail = await byRecipient();
		expect([...mail.keys()].sort()).toEqual(['xa-b@example.gov.vn', 'yte-critical@example.gov.vn', 'yte@example.gov.vn']);
		const yte = mail.get('yte@example.gov.vn')!;
		expect(yte.subject).toBe('2 cảnh báo mới (1 nghiêm trọng, 1 cao)');
		expect(yte.text).toContain('Kính gửi Nguyễn Thị Y,');
		expect(yte.text).toContain('Cảnh báo lỗ hổng <Exchange> & Outlook "nghiêm trọng"');
		expect(yte.text).toContain('Chặn các dấu hiệu nhận biết trên tường lửa.');
		// The commune's own action is not the health department's business.
		expect(yte.text).not.toContain('UBND xã B rà soát');
		expect(yte.text).not.toContain('rà soát tài khoản thư điện tử');
		expect(mail.get('yte-critical@example.gov.vn')!.subject).toBe(
			'Cảnh báo mới, mức độ nghiêm trọng: Cảnh báo lỗ hổng <Exchange> & Outlook "nghiêm trọng"',
		);
		const xa = mail.get('xa-b@example.gov.vn')!;
		expect(xa.subject).toBe('Cảnh báo mới, mức độ cao: Cảnh báo chiến dịch mã độc giả mạo văn bản điện tử');
		expect(xa.text).toContain('UBND xã B rà soát máy tính tiếp nhận văn bản.');
		expect(xa.text).toContain('Hạn: 10/12/2026 (còn 14 ngày)');

		// A second run finds everything already mailed.
		const again = await runDigestCli(args, digestEnv(smtp.port));
		expect(again.stdout).toContain('4 subscribers: 0 sent, 0 failed, 3 already sent earlier, 1 with nothing new');
		expect(smtp.accepted).toHaveLength(3);
	});

	it('builds a multipart/alternative message with list headers, a stable Message-ID and escaped HTML', async () => {
		const ws = await digestWorkspace(digestFixture(), '- email: yte@example.gov.vn\n  name: Nguyễn Thị Y\n  recipients: [so-y-te]\n');
		const run = await runDigestCli(['--period', 'immediate', '--subscribers', ws.subscribers, '--data', ws.data], digestEnv(smtp.port));
		expect(run.status).toBe(0);
		const raw = smtp.accepted[0].raw.toString('utf8');
		const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
		expect(head).toMatch(/^Content-Type: multipart\/alternative;/m);
		// Vietnamese in headers is MIME-encoded, never raw 8-bit.
		expect(head).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
		expect(/[^\x00-\x7f]/.test(head)).toBe(false);
		expect(head).toMatch(/^List-ID: .*\s*<ban-tin\.example\.gov\.vn>/m);
		expect(head).toMatch(
			/^List-Unsubscribe:\s+<https:\/\/dangky\.example\.gov\.vn\/huy\?t=[\w-]{22}>,\s+<mailto:theodoi@example\.gov\.vn\?subject=Huy%20nhan%20ban%20tin%20[\w-]{22}>$/m,
		);
		expect(head.match(/^List-Unsubscribe:/gm)).toHaveLength(1);
		expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
		expect(head).toMatch(/^Auto-Submitted: auto-generated$/m);

		const [mail] = await smtp.parsed();
		expect(mail.messageId).toMatch(/^<[0-9a-f]{32}\.ban-tin@example\.gov\.vn>$/);
		expect(mail.text).toBeTruthy();
		const html = mail.html as string;
		// The subject's "<Exchange>" and the summary's "<script>" arrive as text, never as markup.
		expect(html).toContain('Cảnh báo lỗ hổng &lt;Exchange&gt; &amp; Outlook');
		expect(html).not.toMatch(/<script|<Exchange>/i);
		// CSS is inlined for clients that drop <style>.
		expect(html).toMatch(/<td class="item" style="[^"]*padding/);
		expect(html).toContain('href="https://example.gov.vn/canh-bao-thu/canh-bao/2026/8-skhcn-cntt/"');

		// The same subscriber and digest always give the same Message-ID: a dry run shows it again.
		const dry = path.join(ws.dir, 'dry');
		const preview = await runDigestCli(
			[
				'--period',
				'immediate',
				'--subscribers',
				ws.subscribers,
				'--data',
				ws.data,
				'--ledger',
				path.join(ws.dir, 'other.jsonl'),
				'--dry-run',
				dry,
			],
			digestEnv(smtp.port),
		);
		expect(preview.status).toBe(0);
		const eml = readFileSync(path.join(dry, readdirSync(dry)[0]), 'utf8');
		expect(eml).toContain(mail.messageId!);
	});

	it('writes .eml files on a dry run and neither sends nor records anything', async () => {
		const ws = await digestWorkspace(digestFixture(), SUBSCRIBERS);
		const dry = path.join(ws.dir, 'review');
		const run = await runDigestCli(
			['--period', 'immediate', '--subscribers', ws.subscribers, '--data', ws.data, '--dry-run', dry],
			digestEnv(smtp.port),
		);
		expect(readdirSync(dry).sort()).toEqual([
			'00001-yte@example.gov.vn.eml',
			'00002-yte-critical@example.gov.vn.eml',
			'00003-xa-b@example.gov.vn.eml',
		]);
		expect(smtp.offered).toBe(0);
		expect(existsSync(ws.ledger)).toBe(false);
		expect(run.stdout).toContain('3 written');
	});

	it('resumes a run killed half-way: every subscriber gets exactly one message', async () => {
		const ws = await digestWorkspace(digestFixture(), manySubscribers(30));
		const args = ['--period', 'immediate', '--subscribers', ws.subscribers, '--data', ws.data, '--connections', '1'];
		const first = startDigest(args, digestEnv(smtp.port));
		// The 11th message arrives after 10 were accepted: kill the sender before answering it.
		smtp.decide = async (message) => {
			if (message.offer !== 11) return undefined;
			first.child.kill('SIGKILL');
			await first.done;
			return { code: 451, message: 'sender went away' };
		};
		const killed = await first.done;
		expect(killed.signal).toBe('SIGKILL');
		expect(smtp.accepted).toHaveLength(10);
		expect(readFileSync(ws.ledger, 'utf8').trim().split('\n')).toHaveLength(10);

		smtp.decide = undefined;
		const resumed = await runDigestCli(args, digestEnv(smtp.port));
		expect(resumed.status).toBe(0);
		expect(resumed.stdout).toContain('30 subscribers: 20 sent, 0 failed, 10 already sent earlier, 0 with nothing new');
		const recipients = smtp.accepted.map((m) => m.to[0]).sort();
		expect(recipients).toEqual(Array.from({ length: 30 }, (_, i) => `s${String(i + 1).padStart(3, '0')}@example.gov.vn`));
		const ids = (await smtp.parsed()).map((m) => m.messageId);
		expect(new Set(ids).size).toBe(30);
	});

	it('retries temporary failures and dropped connections, and reports permanent ones without stopping', async () => {
		const ws = await digestWorkspace(digestFixture(), manySubscribers(6) + '- email: gone@example.gov.vn\n  recipients: [so-y-te]\n');
		const seen = new Map<string, number>();
		smtp.decide = (message) => {
			const to = message.to[0];
			const attempt = (seen.get(to) ?? 0) + 1;
			seen.set(to, attempt);
			if (to === 'gone@example.gov.vn') return { code: 550, message: '5.1.1 mailbox does not exist' };
			if (to === 's002@example.gov.vn' && attempt <= 2) return { code: 451, message: '4.3.0 try again later' };
			if (to === 's004@example.gov.vn' && attempt === 1) return 'drop';
			if (to === 's005@example.gov.vn' && attempt === 1) return { code: 421, message: '4.4.2 closing connection' };
			return undefined;
		};
		// One connection, so each address sees exactly the attempts counted below.
		const args = ['--period', 'immediate', '--subscribers', ws.subscribers, '--data', ws.data, '--connections', '1'];
		const run = await runDigestCli(args, digestEnv(smtp.port));
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('7 subscribers: 6 sent, 1 failed');
		expect(run.stdout).toMatch(/failed gone@example\.gov\.vn: 550 .*mailbox does not exist/);
		expect(seen.get('s002@example.gov.vn')).toBe(3);
		expect(seen.get('gone@example.gov.vn')).toBe(1); // permanent: never retried
		const delivered = smtp.accepted.map((m) => m.to[0]).sort();
		expect(delivered).toEqual(['s001', 's002', 's003', 's004', 's005', 's006'].map((s) => `${s}@example.gov.vn`));

		// The refused address is tried again next time; the delivered ones are not.
		smtp.decide = undefined;
		const next = await runDigestCli(args, digestEnv(smtp.port));
		expect(next.status).toBe(0);
		expect(next.stdout).toContain('7 subscribers: 1 sent, 0 failed, 6 already sent earlier, 0 with nothing new');
	});
});
