import { describe, expect, it } from 'vitest';
import { isIndexable, robotsTxt } from '../../src/lib/outputs/seo.ts';
import { headerOnlyDirectives, headerPolicy, metaPolicy, parsePolicy } from '../../src/lib/outputs/security.ts';

describe('what search engines index', () => {
	it('leaves out the search page, "not found" and the CSAF folder listings, under any base path', () => {
		expect(isIndexable('https://canhbao.hatinh.gov.vn/')).toBe(true);
		expect(isIndexable('https://canhbao.hatinh.gov.vn/canh-bao/2019/357-ubnd-kgvx/')).toBe(true);
		expect(isIndexable('https://example.gov.vn/canh-bao/tim-kiem/')).toBe(false);
		expect(isIndexable('https://canhbao.hatinh.gov.vn/404/')).toBe(false);
		expect(isIndexable('/404.html')).toBe(false);
		expect(isIndexable('https://example.gov.vn/canh-bao/.well-known/csaf/white/2019/')).toBe(false);
	});

	it('writes robots.txt with the sitemap', () => {
		expect(robotsTxt('/canh-bao/', 'https://example.gov.vn/canh-bao/sitemap-index.xml')).toBe(
			'User-agent: *\nDisallow: /canh-bao/tim-kiem/\n\nSitemap: https://example.gov.vn/canh-bao/sitemap-index.xml\n',
		);
	});
});

describe('the content security policy', () => {
	const meta = parsePolicy(metaPolicy());

	it('allows scripts and styles only from the site, never inline or eval', () => {
		expect(meta.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(meta.get('style-src')).toEqual(["'self'"]);
		expect(meta.get('default-src')).toEqual(["'self'"]);
		expect(meta.get('object-src')).toEqual(["'none'"]);
		expect(metaPolicy()).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:/);
	});

	it('sends the same policy as a header, plus what a meta element cannot carry', () => {
		const header = parsePolicy(headerPolicy());
		for (const [name, sources] of meta) expect(header.get(name), name).toEqual(sources);
		expect(header.get('frame-ancestors')).toEqual(["'none'"]);
		expect(header.size).toBe(meta.size + headerOnlyDirectives.length);
	});
});
