import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblem } from '../../scripts/audit/links.ts';
import { PageFactsCache, pageFacts } from '../../scripts/audit/page-facts.ts';
import { page, tinySite } from '../helpers/tiny-site.ts';

const root = { origin: 'https://canhbao.example.gov.vn', base: '/' };

/** One check with a cache file kept in `cacheDir`, as the build runs it. */
function checkWithCache(dir: string, cacheDir: string) {
	const cache = new PageFactsCache(path.join(cacheDir, 'page-facts.bin'));
	const report = checkLinks(dir, root, { cache });
	cache.save();
	return { problems: report.problems.map(formatLinkProblem), links: report.links, scanned: cache.scanned, reused: cache.reused };
}

describe('page facts', () => {
	it('lists every address in document order with its kind, and every id', () => {
		const facts = pageFacts(
			page(
				'<h2 ID="muc-1">x</h2><a name="cu">old</a><a href="/a/" rel="noopener external">a</a><img src="/i.png" srcset="/i-2.png 2x, /i-3.png 3x" alt=""><form action="https://example.org/f"></form><p data-id="x">not an id</p>',
				'<link rel="canonical" href="https://canhbao.example.gov.vn/"><link rel="stylesheet" href="/s.css"><meta property="og:image" content="/og.png">',
			),
		);
		expect(facts.ids).toEqual(['muc-1', 'cu']);
		expect(facts.links).toEqual([
			{ raw: 'https://canhbao.example.gov.vn/', kind: 'naming', noopener: false },
			{ raw: '/s.css', kind: 'resource', noopener: false },
			{ raw: '/og.png', kind: 'naming', noopener: false },
			{ raw: '/a/', kind: 'followed', noopener: true },
			{ raw: '/i.png', kind: 'resource', noopener: false },
			{ raw: '/i-2.png', kind: 'resource', noopener: false },
			{ raw: '/i-3.png', kind: 'resource', noopener: false },
			{ raw: 'https://example.org/f', kind: 'followed', noopener: true },
		]);
	});
});

describe('the link check with a cache of page facts', () => {
	it('reads again only the pages whose bytes changed, and judges every link against the new site', () => {
		const cacheDir = tinySite({});
		const files = {
			'index.html': page('<a href="/canh-bao/#viec-1">việc</a> <a href="/don-vi/">đơn vị</a>'),
			'canh-bao/index.html': page('<ol><li id="viec-1">x</li></ol><a href="/">home</a>'),
			'don-vi/index.html': page('<a href="/canh-bao/">cảnh báo</a>'),
		};
		const dir = tinySite(files);
		const cold = checkWithCache(dir, cacheDir);
		expect(cold).toEqual({ problems: [], links: 4, scanned: 3, reused: 0 });
		expect(checkWithCache(dir, cacheDir)).toEqual({ ...cold, scanned: 0, reused: 3 });

		// The home page is unchanged, but what it points at is gone: still reported.
		writeFileSync(path.join(dir, 'canh-bao/index.html'), page('<ol><li id="viec-2">x</li></ol><a href="/">home</a>'));
		rmSync(path.join(dir, 'don-vi'), { recursive: true });
		expect(checkWithCache(dir, cacheDir)).toEqual({
			problems: [
				'index.html: /canh-bao/#viec-1: no element with id "viec-1" in canh-bao/index.html',
				'index.html: /don-vi/: no such file in the build',
			],
			links: 3,
			scanned: 1,
			reused: 1,
		});
	});

	it('gives the same report as a check without a cache', () => {
		const dir = tinySite({
			'index.html': page(
				'<a href="https://example.org/a">a</a> <a href="/mat/">b</a> <a href="JavaScript:alert(1)">c</a>',
				'<script src="https://cdn.example.net/x.js"></script>',
			),
			'a/index.html': page('<a href="../#khong">x</a>'),
		});
		const cacheDir = tinySite({});
		const plain = checkLinks(dir, root).problems.map(formatLinkProblem);
		expect(plain).toHaveLength(5);
		expect(checkWithCache(dir, cacheDir).problems).toEqual(plain);
		expect(checkWithCache(dir, cacheDir).problems).toEqual(plain);
	});

	it('keeps only the pages of the last check, and reads every page when the cache is damaged', () => {
		const cacheDir = tinySite({});
		const one = tinySite({ 'index.html': page('<a href="/">1</a>') });
		const two = tinySite({ 'index.html': page('<a href="/">2</a>') });
		checkWithCache(one, cacheDir);
		checkWithCache(two, cacheDir);
		expect(checkWithCache(one, cacheDir)).toMatchObject({ scanned: 1, reused: 0 });

		writeFileSync(path.join(cacheDir, 'page-facts.bin'), 'not a cache');
		expect(checkWithCache(one, cacheDir)).toMatchObject({ problems: [], scanned: 1, reused: 0 });
		expect(readdirSync(cacheDir)).toEqual(['page-facts.bin']);
	});

	it('creates the cache folder when there is none', () => {
		const cacheDir = path.join(tinySite({}), 'new', 'folder');
		checkWithCache(tinySite({ 'index.html': page('') }), cacheDir);
		expect(existsSync(path.join(cacheDir, 'page-facts.bin'))).toBe(true);
	});
});
