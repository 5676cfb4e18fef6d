import { describe, expect, it } from 'vitest';
import { classifyBodyLink } from '../../src/lib/content/link-kinds.ts';

const root = 'https://canhbao.hatinh.gov.vn/';
const sub = 'https://example.gov.vn/canh-bao/';

describe('links in an advisory’s text', () => {
	it('puts site paths under the base path and keeps fragments', () => {
		expect(classifyBodyLink('/canh-bao/2019/357-ubnd-kgvx/', sub)).toEqual({
			kind: 'site',
			href: '/canh-bao/canh-bao/2019/357-ubnd-kgvx/',
		});
		expect(classifyBodyLink('/canh-bao/2019/357-ubnd-kgvx/#viec-a', root)).toEqual({
			kind: 'site',
			href: '/canh-bao/2019/357-ubnd-kgvx/#viec-a',
		});
		expect(classifyBodyLink('#viec-ra-soat', sub)).toEqual({ kind: 'site', href: '#viec-ra-soat' });
		expect(classifyBodyLink('https://example.gov.vn/canh-bao/don-vi/', sub)).toEqual({ kind: 'site', href: '/canh-bao/don-vi/' });
	});

	it('shows web addresses elsewhere with their domain', () => {
		expect(classifyBodyLink('https://www.khonggianmang.vn/canh-bao?id=1', root)).toEqual({
			kind: 'external',
			href: 'https://www.khonggianmang.vn/canh-bao?id=1',
			domain: 'khonggianmang.vn',
		});
		expect(classifyBodyLink('//evil.example/x', root)).toEqual({
			kind: 'external',
			href: 'https://evil.example/x',
			domain: 'evil.example',
		});
		expect(classifyBodyLink('https://example.gov.vn/khac/', sub)).toMatchObject({ kind: 'external', domain: 'example.gov.vn' });
	});

	it('keeps e-mail and telephone links', () => {
		expect(classifyBodyLink('mailto:ucsc@hatinh.gov.vn', root)).toEqual({ kind: 'contact', href: 'mailto:ucsc@hatinh.gov.vn' });
		expect(classifyBodyLink('tel:02393690690', root)).toEqual({ kind: 'contact', href: 'tel:02393690690' });
	});

	it('refuses every other scheme, however it is disguised', () => {
		for (const raw of [
			'javascript:alert(1)',
			' JavaScript:alert(1)',
			'java\tscript:alert(1)',
			'java\nscript:alert(1)',
			'\u0001javascript:alert(1)',
			'vbscript:msgbox(1)',
			'data:text/html,<script>alert(1)</script>',
			'file:///etc/passwd',
			'http://[bad',
			'',
		]) {
			expect(classifyBodyLink(raw, root), JSON.stringify(raw)).toEqual({ kind: 'refused' });
		}
	});
});
