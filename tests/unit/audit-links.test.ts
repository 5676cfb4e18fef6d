import { describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblem } from '../../scripts/audit/links.ts';
import { page, tinySite } from '../helpers/tiny-site.ts';

const root = { origin: 'https://canhbao.example.gov.vn', base: '/' };
const reasons = (dir: string, location = root) => checkLinks(dir, location).problems.map(formatLinkProblem);

describe('the link check', () => {
	it('passes pages, assets, fragments and sitemap entries that exist', () => {
		const dir = tinySite({
			'index.html': page(
				'<a href="/canh-bao/#muc-1">a</a> <a href="canh-bao/">b</a> <a href="#top" id="top">c</a> <a href="mailto:a@b.vn">d</a> <form action="/tim-kiem/"></form>',
				'<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://canhbao.example.gov.vn/">',
			),
			'canh-bao/index.html': page(
				'<h2 id="muc-1">x</h2><a href="../">home</a><a href="https://cve.org/x" rel="noopener noreferrer external">cve</a>',
			),
			'tim-kiem/index.html': page(''),
			'_astro/a.css': '@font-face{src:url(./f.woff2) format("woff2")} .x{background:url("data:image/png;base64,AA")}',
			'_astro/f.woff2': 'x',
			'sitemap-0.xml': '<urlset><url><loc>https://canhbao.example.gov.vn/canh-bao/</loc></url></urlset>',
		});
		const report = checkLinks(dir, root);
		expect(report.problems).toEqual([]);
		expect(report.pages).toBe(3);
		expect(report.links).toBe(11);
	});

	it('names the page, the link and why it is broken', () => {
		const dir = tinySite({
			'index.html': page(
				'<a href="/canh-bao/2030/khong-co/">a</a> <a href="/canh-bao/#khong-co">b</a> <a href="/canh-bao/#vi%E1%BB%87c">c</a>',
				'<meta property="og:image" content="https://canhbao.example.gov.vn/the/khong-co.png"><meta property="og:url" content="https://canhbao.example.gov.vn/canh-bao/">',
			),
			'canh-bao/index.html': page('<h2 id="việc">x</h2>'),
			'_astro/a.css': '.x{background:url(/_astro/missing.png)}',
			'sitemap-0.xml': '<urlset><url><loc>https://canhbao.example.gov.vn/da-xoa/</loc></url></urlset>',
		});
		expect(reasons(dir)).toEqual([
			'index.html: https://canhbao.example.gov.vn/the/khong-co.png: no such file in the build',
			'index.html: /canh-bao/2030/khong-co/: no such file in the build',
			'index.html: /canh-bao/#khong-co: no element with id "khong-co" in canh-bao/index.html',
			'_astro/a.css: /_astro/missing.png: no such file in the build',
			'sitemap-0.xml: https://canhbao.example.gov.vn/da-xoa/: no such file in the build',
		]);
	});

	it('refuses third-party resources, unsafe schemes and external links without noopener', () => {
		const dir = tinySite({
			'index.html': page(
				'<a href="https://example.org/a">a</a> <a href="JavaScript:alert(1)">b</a> <img src="data:image/png;base64,AA" alt=""> <a href="https://example.org/b" rel="noopener">ok</a>',
				'<script src="https://cdn.example.net/x.js"></script><link rel="stylesheet" href="https://fonts.example.com/css">',
			),
		});
		expect(reasons(dir)).toEqual([
			'index.html: https://cdn.example.net/x.js: loads from another origin (cdn.example.net); self-host it',
			'index.html: https://fonts.example.com/css: loads from another origin (fonts.example.com); self-host it',
			'index.html: https://example.org/a: external link without rel="noopener"',
			'index.html: JavaScript:alert(1): unsafe scheme javascript:',
			'index.html: data:image/png;base64,AA: unsafe scheme data:',
		]);
	});

	it('keeps a site under a sub-path inside it', () => {
		const dir = tinySite({
			'index.html': page('<a href="/canh-bao-thu/don-vi/">a</a> <a href="/don-vi/">b</a> <a href="don-vi/">c</a>'),
			'don-vi/index.html': page(''),
		});
		expect(reasons(dir, { origin: root.origin, base: '/canh-bao-thu/' })).toEqual([
			"index.html: /don-vi/: outside the site's base path /canh-bao-thu/",
		]);
	});

	it('ignores markup inside scripts and comments', () => {
		const dir = tinySite({
			'index.html': page('<!-- <a href="/mat/">x</a> --><script type="module">const a = "<a href=\'/mat/\'>";</script>'),
		});
		expect(reasons(dir)).toEqual([]);
	});
});
