import { describe, expect, it } from 'vitest';
import { html, safeUrl } from '../../src/lib/util/html.ts';

describe('html templates', () => {
	it('escape every interpolated value and keep only their own markup', () => {
		const title = '<img src=x onerror=alert(1)> & "Tết"';
		const inner = html`<em>${'a<b'}</em>`;
		expect(html`<p title="${title}">${title}${inner}${[html`<br>`, '<br>']}${undefined}${false}</p>`.value).toBe(
			'<p title="&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Tết&quot;">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Tết&quot;<em>a&lt;b</em><br>&lt;br&gt;</p>',
		);
	});

	it('let only web and mail links through', () => {
		expect(safeUrl(' https://example.gov.vn/a?b=1&c=2 ')).toBe('https://example.gov.vn/a?b=1&c=2');
		expect(safeUrl('mailto:a@example.gov.vn')).toBe('mailto:a@example.gov.vn');
		expect(safeUrl('javascript:alert(1)')).toBe('#');
		expect(safeUrl('JaVaScRiPt:alert(1)')).toBe('#');
	});
});
