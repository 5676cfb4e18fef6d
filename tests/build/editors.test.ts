/**
 * The editor's round trip in a real git repository: import a hostile dispatch and scaffold a new
 * advisory, validate, commit several times, build, and read the result as HTML and in a browser.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, tempOut } from '../helpers/build.ts';
import { FIXTURE, TODAY } from '../helpers/fixture.ts';

const repo = mkdtempSync(path.join(tmpdir(), 'canhbao-editor-'));
const content = path.join(repo, 'content');
const out = tempOut();
const HOSTILE = '2020/99-ubnd-kgvx';
const NEW = '2026/15-skhcn-cntt';
const page = (id: string) => readFileSync(path.join(out, 'canh-bao', id, 'index.html'), 'utf8');
const text = (html: string) =>
	html
		.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.replace(/ ([.,;:])/g, '$1');

function git(args: string[], date: string) {
	execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
		cwd: repo,
		env: {
			...process.env,
			GIT_AUTHOR_NAME: 'Biên tập viên',
			GIT_AUTHOR_EMAIL: 'bt@example.gov.vn',
			GIT_COMMITTER_NAME: 'Biên tập viên',
			GIT_COMMITTER_EMAIL: 'bt@example.gov.vn',
			GIT_AUTHOR_DATE: date,
			GIT_COMMITTER_DATE: date,
		},
	});
}

function cli(script: string, args: string[]) {
	const result = spawnSync(process.execPath, [`scripts/${script}.ts`, '--content', content, ...args], {
		encoding: 'utf8',
		env: { ...process.env, CANHBAO_TODAY: TODAY },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	if (result.status !== 0) throw new Error(`${script} failed (${result.status}):\n${result.stderr}\n${result.stdout}`);
	return result.stdout;
}

beforeAll(() => {
	cpSync(FIXTURE, content, { recursive: true });
	git(['init', '-q'], '2026-11-01T08:00:00+07:00');
	git(['add', '.'], '2026-11-01T08:00:00+07:00');
	git(['commit', '-qm', 'Nội dung ban đầu'], '2026-11-01T08:00:00+07:00');

	cli('import', ['tests/fixtures/dispatches/hostile.txt', '--kind', 'malware', '--severity', 'high']);
	cli('new', [
		'--number',
		'15/SKHCN-CNTT',
		'--date',
		'2026-11-25',
		'--issuer',
		'so-khcn',
		'--recipients',
		'so-ban-nganh',
		'--subject',
		'cảnh báo <b>thử</b> {x} lỗ hổng mới',
	]);
	appendFileSync(path.join(content, `advisories/${NEW}.mdx`), '\nXem thêm [cảnh báo trước](/canh-bao/2026/7-skhcn-cntt/).\n');
	expect(cli('validate', [])).toMatch(/^OK: 5 advisories/);
	git(['add', '.'], '2026-11-25T09:00:00+07:00');
	git(['commit', '-qm', 'Cảnh báo 99/UBND-KGVX và 15/SKHCN-CNTT'], '2026-11-25T09:00:00+07:00');
	appendFileSync(path.join(content, `advisories/${NEW}.mdx`), '\nĐã cập nhật bản vá.\n');
	git(['commit', '-qam', 'Bổ sung bản vá cho 15/SKHCN-CNTT'], '2026-11-26T10:30:00+07:00');

	const result = runBuild(content, out);
	if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}\n${result.stdout}`);
});

describe('a hostile dispatch, imported and built', () => {
	it('shows every character of the text as written', () => {
		const shown = text(page(HOSTILE));
		expect(shown).toContain("import fs from 'node:fs';");
		expect(shown).toContain("export const pwned = fs.readFileSync('/etc/passwd', 'utf8');");
		expect(shown).toContain(
			'Kẻ gian gửi thư chứa <script>window.__pwned = 1</script> và <img src=x onerror="window.__pwned=2"> cùng biểu thức {globalThis.__pwned = 3} và {\'{\'}.',
		);
		expect(shown).toContain('Bấm vào [đây](javascript:window.__pwned=4) hoặc <javascript:alert(1)> để');
		expect(shown).toContain('mẫu *đậm* _nghiêng_ `mã` ~gạch~ & &lt;b&gt; \\ cuối.');
		expect(shown).toContain('# không phải tiêu đề');
		expect(shown).toContain('> không phải trích dẫn');
		expect(shown).toContain('Không mở tệp đính kèm {attachment} <b>lạ</b> trước ngày 10/02/2020.');
		expect(shown).toContain('Kiểm tra máy chủ <iframe src="javascript:alert(1)"></iframe>;');
		expect(shown).toContain('Yêu cầu thực hiện nghiêm túc {closing}./.');
		expect(shown).toContain('Nguyễn Văn {A}');
		expect(shown).toContain('Cảnh báo thư giả mạo <script>window.__pwned = "subject"</script> {globalThis.__pwned = 5}');
	});

	it('contains no element, handler or link the dispatch smuggled in, and ran nothing at build time', () => {
		// Attribute values (a meta description quoting the subject) may hold "<" safely; tags may not appear outside them.
		// The site's own scripts are external modules from its asset folder; nothing else may be a script.
		const ownScripts = /<script type="module" src="\/canh-bao-thu\/_astro\/[\w.-]+\.js"><\/script>/g;
		const html = page(HOSTILE)
			.replace(ownScripts, '')
			.replace('<script src="/canh-bao-thu/print.js" defer></script>', '')
			.replace(/"[^"]*"/g, '""');
		expect(html).not.toMatch(/<(script|img|iframe|b)\b/i);
		expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
		expect(html).not.toMatch(/href="javascript:/i);
		expect(html).not.toContain('root:x:0:0');
		for (const listing of ['index.html', 'canh-bao/index.html', 'canh-bao/2020/index.html']) {
			expect(readFileSync(path.join(out, listing), 'utf8'), listing).not.toMatch(/<script\b/i);
		}
	});

	it('runs no script in a browser', async () => {
		const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
		try {
			const tab = await browser.newPage();
			const dialogs: string[] = [];
			tab.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			await tab.goto(pathToFileURL(path.join(out, 'canh-bao', HOSTILE, 'index.html')).href);
			await tab.waitForLoadState('load');
			expect(await tab.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
			expect(await tab.locator('img, iframe, script:not([src*="/_astro/"]):not([src$="/print.js"])').count()).toBe(0);
			const body = tab.locator('.doc-body');
			await expect.poll(() => body.innerText()).toContain('<script>window.__pwned = 1</script>');
			expect(await body.locator('a').count()).toBe(0);
			expect(dialogs).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});

describe('new → validate → build', () => {
	it('publishes the scaffolded advisory, its link under the base path', () => {
		const html = page(NEW);
		expect(text(html)).toContain('Cảnh báo <b>thử</b> {x} lỗ hổng mới');
		expect(html).toContain('<a href="/canh-bao-thu/canh-bao/2026/7-skhcn-cntt/">cảnh báo trước</a>');
	});
});

describe('revision history', () => {
	it('shows when each advisory was published and every later change', () => {
		const shown = text(page(NEW));
		expect(shown).toContain(
			'Lịch sử văn bản Đăng trên trang: 25/11/2026 09:00 (Cảnh báo 99/UBND-KGVX và 15/SKHCN-CNTT) Các lần sửa đổi 26/11/2026 10:30: Bổ sung bản vá cho 15/SKHCN-CNTT',
		);
		expect(page(NEW)).toContain('<meta property="article:modified_time" content="2026-11-26T10:30:00+07:00">');
		const old = text(page('2019/10-ubnd-kgvx'));
		expect(old).toContain('Đăng trên trang: 01/11/2026 08:00 (Nội dung ban đầu) Chưa sửa đổi lần nào kể từ khi đăng.');
	});

	it('says what it cannot know when the site is built outside git', () => {
		// The fixture build of tests/build/site.test.ts runs inside this repository; a copy outside git:
		const copy = path.join(mkdtempSync(path.join(tmpdir(), 'canhbao-nogit-')), 'content');
		cpSync(FIXTURE, copy, { recursive: true });
		const elsewhere = tempOut();
		const result = runBuild(copy, elsewhere);
		expect(result.status, result.stderr).toBe(0);
		const shown = text(readFileSync(path.join(elsewhere, 'canh-bao/2019/10-ubnd-kgvx/index.html'), 'utf8'));
		expect(shown).toContain('Lịch sử văn bản Không xác định được lịch sử sửa đổi: trang được dựng mà không đọc được kho git.');
	});
});
