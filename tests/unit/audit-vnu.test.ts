import { describe, expect, it } from 'vitest';
import { formatHtmlError, validateHtml } from '../../scripts/audit/vnu.ts';
import { page, tinySite } from '../helpers/tiny-site.ts';

describe('the Nu Html Checker', () => {
	it('passes valid pages and reports each error with file and line', { timeout: 60_000 }, async () => {
		const dir = tinySite({
			'index.html': page('<p>Hợp lệ</p>'),
			'canh-bao/index.html':
				'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>t</title></head>\n<body><ul><p>sai</p></ul><a href="/x" href="/y">a</a></body></html>',
			'_astro/a.css': 'not html, skipped',
		});
		const messages = (await validateHtml(dir)).map(formatHtmlError);
		expect(messages).toEqual([
			expect.stringMatching(/^canh-bao\/index\.html:3: Element “p” not allowed as child of element “ul”/),
			expect.stringMatching(/^canh-bao\/index\.html:3: Duplicate attribute “href”/),
		]);
	});
});
