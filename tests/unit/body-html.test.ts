import { describe, expect, it } from 'vitest';
import { needsMdx, renderPlainBody } from '../../src/lib/outputs/body-html.ts';

describe('needsMdx', () => {
	it('lets plain prose, lists, headings, quotes and plain tables take the fast path', () => {
		expect(
			needsMdx(
				'Đoạn **đậm**, *nghiêng*, A &amp; B, 10:30 - 11:00.\n\n## Mục\n\n1. một\n2. hai\n\n> trích\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n',
			),
		).toBeUndefined();
	});

	it.each([
		['<abbr>UBND</abbr>', 'JSX, HTML or an expression'],
		['{frontmatter.number}', 'JSX, HTML or an expression'],
		['Xem <https://example.gov.vn>', 'JSX, HTML or an expression'],
		['import X from "./x.astro"', 'an import or export'],
		['đoạn\n\n    mã thụt lề', 'an indented line'],
		['```sh\nls\n```', 'a code block'],
		['![sơ đồ](a.png)', 'an image'],
		['chú thích[^1]', 'a footnote'],
		['[Cục](https://ais.gov.vn)', 'a link'],
		['gửi về attt@hatinh.gov.vn', 'a link'],
		['www.hatinh.gov.vn', 'a link'],
		['---\ntitle: x\n---', 'a leading rule that would read as frontmatter'],
		['dòng  \nngắt', 'a hard line break'],
		['trên\n\n***\n\ndưới', 'a horizontal rule'],
		['| a |\n| --: |\n| 1 |', 'an aligned table column'],
		['- [ ] việc', 'a task list'],
	])('sends %j through MDX (%s)', (body, reason) => {
		expect(needsMdx(body)).toBe(reason);
	});
});

describe('renderPlainBody', () => {
	it('writes HTML with heading ids and escaped text, quotes as written, without a trailing newline', async () => {
		const { html, headings } = await renderPlainBody('## Tình hình chung\n\nA & B "trích" -- 10...\n');
		expect(html).toBe('<h2 id="tình-hình-chung">Tình hình chung</h2>\n<p>A &amp; B &quot;trích&quot; -- 10...</p>');
		expect(headings).toEqual([{ depth: 2, slug: 'tình-hình-chung', text: 'Tình hình chung' }]);
	});
});
