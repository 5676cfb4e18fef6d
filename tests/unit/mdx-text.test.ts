/** Untrusted text in MDX bodies and links in bodies. */
import { describe, expect, it } from 'vitest';
import { bodyLinks, checkBodyLinks, linkedAdvisory } from '../../src/lib/content/body-links.ts';
import { mdxBody, mdxLiteral } from '../../src/lib/authoring/mdx-text.ts';

describe('mdxLiteral', () => {
	it('escapes what MDX would run or read as markup', () => {
		expect(mdxLiteral('a {b} <script>c</script> [d](javascript:e) *f* _g_ `h` ~i~ j|k & \\l')).toBe(
			'a \\{b\\} \\<script\\>c\\</script\\> \\[d\\](javascript:e) \\*f\\* \\_g\\_ \\`h\\` \\~i\\~ j\\|k \\& \\\\l',
		);
	});

	it('neutralises import and export statements and block markup at the start of a line', () => {
		expect(mdxLiteral("import fs from 'node:fs';")).toBe("&#105;mport fs from 'node:fs';");
		expect(mdxLiteral('export const a = 1;')).toBe('&#101;xport const a = 1;');
		expect(mdxLiteral('# a\n- b\n+ c\n= d\n12. e\n3) f')).toBe('\\# a\n\\- b\n\\+ c\n\\= d\n12\\. e\n3\\) f');
		expect(mdxLiteral('> quote')).toBe('\\> quote');
	});

	it('leaves ordinary Vietnamese text as it is', () => {
		const text = 'Thực hiện Văn bản số 4327/BTTTT-CATTT ngày 21/12/2018 (Cục An toàn thông tin), UBND tỉnh yêu cầu: rà soát.';
		expect(mdxLiteral(text)).toBe(text);
		expect(mdxLiteral('importance of it')).toBe('importance of it');
	});

	it('joins paragraphs with a blank line and drops empty ones', () => {
		expect(mdxBody(['một', '', 'hai {x}'])).toBe('một\n\nhai \\{x\\}');
	});
});

describe('links in bodies', () => {
	it('finds inline, reference, autolink and href links with their lines', () => {
		const body =
			'x [a](/canh-bao/2019/1-a/) y\n[ref]: https://example.gov.vn/\n<mailto:a@b.vn> <a href="javascript:x()">z</a>\n\\[not](/canh-bao/2019/9-z/) [p](https://e.vn/a_(b))';
		expect(bodyLinks(body, 10)).toEqual([
			{ target: '/canh-bao/2019/1-a/', line: 10 },
			{ target: 'https://example.gov.vn/', line: 11 },
			{ target: 'mailto:a@b.vn', line: 12 },
			{ target: 'javascript:x()', line: 12 },
			{ target: 'https://e.vn/a_(b)', line: 13 },
		]);
	});

	it('reads site paths and site URLs as advisory ids', () => {
		expect(linkedAdvisory('/canh-bao/2019/357-ubnd-kgvx/')).toBe('2019/357-ubnd-kgvx');
		expect(linkedAdvisory('/canh-bao/2019/357-ubnd-kgvx/#viec-ra-soat')).toBe('2019/357-ubnd-kgvx');
		expect(linkedAdvisory('https://canhbao.example.vn/x/canh-bao/2019/357-ubnd-kgvx/', 'https://canhbao.example.vn/x/')).toBe(
			'2019/357-ubnd-kgvx',
		);
		expect(linkedAdvisory('/canh-bao/2019/')).toBeUndefined();
		expect(linkedAdvisory('/canh-bao/trang/2/')).toBeUndefined();
		expect(linkedAdvisory('https://other.vn/canh-bao/2019/357-ubnd-kgvx/', 'https://canhbao.example.vn/')).toBeUndefined();
	});

	it('reports links to missing advisories and unsafe schemes, not good links', () => {
		const problems = checkBodyLinks(
			[
				{
					id: '2020/1-a',
					file: 'a.mdx',
					firstLine: 20,
					text: '[ok](/canh-bao/2019/2-b/) [gone](/canh-bao/2019/3-c/)\n[x](data:text/html,hi) [mail](mailto:a@b.vn)',
				},
			],
			['2019/2-b', '2020/1-a'],
		);
		expect(problems.map((p) => `${p.line}: ${p.field}: ${p.message}`)).toEqual([
			'20: body: link to "/canh-bao/2019/3-c/" points at no advisory; expected /canh-bao/<year>/<slug>/ of a file under advisories/, closest: 2019/2-b, 2020/1-a',
			'21: body: link to "data:text/html,hi" is not allowed; expected an http(s), mailto: or tel: address, or a site path such as /canh-bao/2019/357-ubnd-kgvx/',
		]);
	});
});
