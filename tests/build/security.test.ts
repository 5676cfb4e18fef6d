/**
 * Hostile content: an advisory whose every text field carries script tags, event handlers,
 * `javascript:` links and MDX expressions, and whose body is escaped the way the importer writes
 * it. The build must print all of it as text: nothing executes in Chromium and nothing reaches
 * the HTML unescaped. Also: every page carries the strict CSP, and the header files agree with it.
 */
import { chromium, type Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTags } from '../../scripts/audit/html-tags.ts';
import { listFiles } from '../../scripts/audit/site-files.ts';
import { parseHeadersFile, headersFor } from '../../scripts/serve/headers-file.ts';
import { serveStatic, type RunningSite } from '../../scripts/serve/static-server.ts';
import { headerPolicy, parsePolicy, securityHeaders } from '../../src/lib/outputs/security.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { formatProblem } from '../../src/lib/util/problems.ts';
import { runBuild, tempOut } from '../helpers/build.ts';
import { TODAY, fixtureCopy, replaceOnce } from '../helpers/fixture.ts';

const HOSTILE = readFileSync('tests/fixtures/hostile/66-skhcn-cntt.mdx', 'utf8');
/**
 * The content check refuses the body's javascript: links outright (tested below), so the build
 * gets the file without them; that BodyLink would print such a link as text is tested in
 * tests/unit/body-links.test.ts.
 */
const UNSAFE_LINKS = "[bấm vào đây](javascript:window.__pwned='link') và [thứ hai](JaVaScRiPt:alert(1)), ";
const BUILT = replaceOnce(UNSAFE_LINKS, '')(HOSTILE);
const ADVISORY = 'canh-bao/2026/66-skhcn-cntt/index.html';
/** Elements the site never writes itself: if one appears, content put it there. */
const INJECTABLE = new Set(['iframe', 'img', 'style', 'marquee', 'textarea', 'object', 'embed', 'base']);
const out = tempOut();
const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
let pages: string[] = [];

beforeAll(() => {
	const content = fixtureCopy({ 'advisories/2026/66-skhcn-cntt.mdx': BUILT });
	const result = runBuild(content, out);
	if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}\n${result.stdout}`);
	pages = listFiles(out).filter((f) => f.endsWith('.html'));
});

describe('hostile text in the built HTML', () => {
	it('prints markup from data fields and the body as escaped text', () => {
		const html = read(ADVISORY);
		expect(html).toContain('&lt;script&gt;window.__pwned = &quot;subject&quot;&lt;/script&gt;');
		expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned = &#39;summary&#39;&quot;&gt;');
		expect(html).toContain('&lt;svg/onload=window.__pwned=&#39;action&#39;&gt;');
		expect(html).toContain('&lt;/p&gt;&lt;iframe src=&quot;javascript:window.__pwned=&#39;closing&#39;&quot;&gt;&lt;/iframe&gt;');
		expect(html).toContain('&lt;/title&gt;&lt;script&gt;window.__pwned=&quot;signer&quot;&lt;/script&gt;');
		// The body keeps its straight quotes (no smartypants: official text reads as written).
		expect(html).toContain('&lt;script&gt;window.__pwned = &quot;body&quot;&lt;/script&gt;');
		expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=&#39;img&#39;&quot;&gt;');
		// MDX expressions and ESM lines stay literal, never evaluated.
		expect(html).toContain('{alert(7)}');
		expect(html).toContain('{import.meta.env.SECRET}');
		expect(html).toContain('${process.env.HOME}');
		expect(html).toContain('<p>import secrets from &#39;node:fs&#39;</p>');
		expect(html).toContain('<p>export const leaked = 1</p>');
		expect(html).not.toContain(process.env.HOME ?? '/root');
	});

	it('has no script, event handler or javascript: address that the content put there', () => {
		for (const file of pages) {
			for (const tag of startTags(read(file))) {
				for (const [name, value] of tag.attributes) {
					expect(name, `${file}: <${tag.name} ${name}>`).not.toMatch(/^on/);
					if (['href', 'src', 'action', 'formaction', 'data'].includes(name))
						expect(value, `${file}: <${tag.name} ${name}="${value}">`).toMatch(/^(https?:|mailto:|tel:|\/|#|\.)/);
				}
				expect(INJECTABLE.has(tag.name) ? `${file}: <${tag.name}>` : '').toBe('');
				if (tag.name === 'script')
					expect(tag.attributes.get('src'), `${file}: inline <script>`).toMatch(/^\/canh-bao-thu\/(?:_astro\/[\w.-]+|print)\.js$/);
			}
		}
	});

	it('keeps safe body links, and shows where an external one goes', () => {
		const html = read(ADVISORY);
		expect(html).toContain(
			'<a href="https://khonggianmang.example/tin?a=1&amp;b=2" rel="noopener noreferrer external">Trung tâm</a> <span class="ext-domain">(khonggianmang.example)</span>',
		);
		expect(html).toContain('<a href="/canh-bao-thu/canh-bao/2019/10-ubnd-kgvx/">văn bản trước</a>');
	});
});

describe('hostile text in Chromium', () => {
	let server: RunningSite;
	let browser: Browser;
	beforeAll(async () => {
		server = await serveStatic({ dir: out, base: '/canh-bao-thu/' });
		browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
		});
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	for (const [name, target] of [
		['the advisory', 'canh-bao/2026/66-skhcn-cntt/'],
		['the home page', ''],
		['the recipient', 'don-vi/so-y-te/'],
		['the checklist', 'don-vi/so-y-te/viec-can-lam/'],
		['search results', 'tim-kiem/?q=pwnedtest'],
	] as const) {
		it(`runs nothing from the content on ${name}`, async () => {
			const context = await browser.newContext();
			const page = await context.newPage();
			const dialogs: string[] = [];
			const errors: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto(server.url + target);
			if (target.startsWith('tim-kiem')) {
				await page.locator('.search-result').first().waitFor();
				expect(await page.locator('.result-excerpt *:not(mark)').count()).toBe(0);
				await expect.poll(() => page.locator('.search-results').innerText()).toContain('<svg/onload');
			}
			if (target.includes('viec-can-lam') || target.startsWith('canh-bao')) {
				// The completion report copies action text into the page: tick every action and make it.
				for (const box of await page.locator('input[data-tick]').all()) await box.check();
			}
			// The hostile text is on the page, as text: otherwise this test would prove nothing.
			expect(await page.locator('main').innerText()).toMatch(/<(svg\/onload|script>window\.__pwned|img src=x onerror)/);
			await page.mouse.move(200, 200);
			await page.waitForTimeout(300);
			const injected = await page.evaluate(() => ({
				pwned: (window as unknown as { __pwned?: unknown }).__pwned,
				elements: [
					...document.querySelectorAll(
						'body iframe, body style, body marquee, body script:not([src]), body img, [onerror], [onload], [onclick], [onmouseover]',
					),
				].map((e) => e.outerHTML.slice(0, 80)),
			}));
			expect(injected).toEqual({ pwned: undefined, elements: [] });
			expect(dialogs).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		});
	}
});

describe('web addresses in data fields and links in the body', () => {
	it('refuses javascript: links in the body before anything is built, naming file and line', () => {
		const problems = checkContent(fixtureCopy({ 'advisories/2026/66-skhcn-cntt.mdx': HOSTILE }), TODAY).problems.map(formatProblem);
		expect(problems).toEqual([
			expect.stringMatching(
				/advisories\/2026\/66-skhcn-cntt\.mdx:48: body: link to "javascript:window\.__pwned='link'" is not allowed; expected an http\(s\), mailto: or tel: address/,
			),
			expect.stringMatching(/advisories\/2026\/66-skhcn-cntt\.mdx:48: body: link to "JaVaScRiPt:alert\(1\)" is not allowed/),
		]);
	});

	it('refuses javascript: and other schemes where the schema expects http(s), naming file and field', () => {
		const content = fixtureCopy({
			'advisories/2026/66-skhcn-cntt.mdx': replaceOnce(
				'url: https://khonggianmang.example/van-ban?id=1&x=<b>',
				'url: javascript:alert(document.cookie)',
			)(BUILT.replace('url: https://evil.example/tep.pdf?"onmouseover="alert(1)', 'url: "data:text/html,<script>alert(1)</script>"')),
		});
		const problems = checkContent(content, TODAY).problems.map(formatProblem);
		expect(problems).toEqual([
			expect.stringMatching(
				/advisories\/2026\/66-skhcn-cntt\.mdx:16: relays\[0\]\.url: expected an address starting with http:\/\/ or https:\/\/$/,
			),
			expect.stringMatching(
				/advisories\/2026\/66-skhcn-cntt\.mdx:36: attachments\[0\]\.url: expected a site path starting with \/ \(a file under public\/\) or an address starting with http:\/\/ or https:\/\/$/,
			),
		]);
	});
});

describe('the content security policy', () => {
	it('is the same strict policy on every page, with no inline script or style to allow', () => {
		for (const file of pages) {
			const tags = [...startTags(read(file))];
			const metas = tags.filter((t) => t.name === 'meta' && t.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy');
			expect(metas, file).toHaveLength(1);
			const policy = parsePolicy(metas[0].attributes.get('content')!);
			expect(
				policy.get('script-src')?.filter((s) => !s.startsWith("'sha")),
				file,
			).toEqual(["'self'", "'wasm-unsafe-eval'"]);
			expect(
				policy.get('style-src')?.filter((s) => !s.startsWith("'sha")),
				file,
			).toEqual(["'self'"]);
			expect(metas[0].attributes.get('content'), file).not.toMatch(/unsafe-inline|'unsafe-eval'/);
			expect(
				tags.filter((t) => t.name === 'style' || (t.name === 'script' && !t.attributes.has('src'))),
				file,
			).toEqual([]);
			expect(
				tags.filter((t) => t.attributes.has('style')),
				file,
			).toEqual([]);
		}
	});

	it('agrees with public/_headers and deploy/nginx.conf, which add frame-ancestors and the other headers', () => {
		const meta = parsePolicy(
			/<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(read('index.html'))![1].replace(/&#39;/g, "'"),
		);
		const expected = parsePolicy(headerPolicy());
		// Astro adds hashes for its own inline scripts; the pages have none (above), so they allow nothing.
		for (const [name, sources] of meta) expect(expected.get(name), name).toEqual(sources.filter((s) => !s.startsWith("'sha")));
		expect(expected.get('frame-ancestors')).toEqual(["'none'"]);

		const headers = headersFor(parseHeadersFile(read('_headers')), '/canh-bao/2019/10-ubnd-kgvx/');
		expect(parsePolicy(headers['Content-Security-Policy'])).toEqual(expected);
		for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name], name).toBe(value);

		const nginx = readFileSync('deploy/nginx.conf', 'utf8');
		const added = new Map([...nginx.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]+)"\s+always;/gm)].map((m) => [m[1], m[2]]));
		expect(parsePolicy(added.get('Content-Security-Policy')!)).toEqual(expected);
		for (const [name, value] of Object.entries(securityHeaders)) expect(added.get(name), name).toBe(value);
		expect(added.size).toBe(Object.keys(securityHeaders).length + 1);
	});

	it('lists every indexable page in the sitemap and no noindex page', () => {
		const sitemap = read('sitemap-0.xml');
		const listed = new Set([...sitemap.matchAll(/<loc>https:\/\/example\.gov\.vn\/canh-bao-thu\/([^<]*)<\/loc>/g)].map((m) => m[1]));
		for (const file of pages) {
			const noindex = /<meta name="robots" content="noindex">/.test(read(file));
			expect(listed.has(file.replace(/(^|\/)index\.html$/, '$1')), file).toBe(!noindex && file !== '404.html');
		}
		expect(read('robots.txt')).toBe(
			'User-agent: *\nDisallow: /canh-bao-thu/tim-kiem/\n\nSitemap: https://example.gov.vn/canh-bao-thu/sitemap-index.xml\n',
		);
	});
});
