import { describe, expect, it } from 'vitest';
import { decodeEntities, startTags } from '../../scripts/audit/html-tags.ts';

const tags = (html: string) => [...startTags(html)].map((t) => [t.name, Object.fromEntries(t.attributes)]);

describe('the start tag scanner', () => {
	it('reads attributes quoted, unquoted and bare, decoding character references', () => {
		expect(tags('<A HREF="/a?x=1&amp;y=2" title=\'a > b\' data-x=3 hidden>t</a><img src=/i.png alt="&#7897;&#x1ED9;&quot;">')).toEqual([
			['a', { href: '/a?x=1&y=2', title: 'a > b', 'data-x': '3', hidden: '' }],
			['img', { src: '/i.png', alt: 'ộộ"' }],
		]);
	});

	it('skips comments, doctype, end tags and the contents of scripts and styles', () => {
		expect(
			tags('<!DOCTYPE html><!-- <a href="x"> --><script>if (a<b) document.write("<a href=y>")</script><style>a>b{}</style></p><p id=z>'),
		).toEqual([
			['script', {}],
			['style', {}],
			['p', { id: 'z' }],
		]);
	});

	it('gives only the elements asked for, still skipping what scripts and styles contain', () => {
		const only = new Set(['a', 'img']);
		const found = [
			...startTags('<div id=d><a href=/x>x</a><script>"<a href=/hidden>"</script><IMG src=/i.png><span title=t></span>', only),
		];
		expect(found.map((t) => [t.name, Object.fromEntries(t.attributes)])).toEqual([
			['a', { href: '/x' }],
			['img', { src: '/i.png' }],
		]);
	});

	it('filters on the name and the raw attribute text when given a test', () => {
		const withId = (name: string, text: string) => name === 'a' || /(?:^|\s)id\s*=/i.test(text);
		const found = [...startTags('<div ID = d><span class=x></span><a href=/x>x</a><p data-id=y></p><h2 id="h">t</h2>', withId)];
		expect(found.map((t) => [t.name, Object.fromEntries(t.attributes)])).toEqual([
			['div', { id: 'd' }],
			['a', { href: '/x' }],
			['h2', { id: 'h' }],
		]);
	});

	it('leaves unknown references as written', () => {
		expect(decodeEntities('&bogus; &amp;lt; &#xZZ;')).toBe('&bogus; &lt; &#xZZ;');
	});
});
