import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkBudgets, formatBudgetProblem } from '../../scripts/audit/budgets.ts';
import { page, tinySite } from '../helpers/tiny-site.ts';

const root = { origin: 'https://canhbao.example.gov.vn', base: '/' };
/** Random text that gzips to about `bytes`, so sizes are predictable. */
const noise = (bytes: number) => randomBytes(bytes).toString('base64');

describe('page budgets', () => {
	it('counts an advisory’s HTML with its stylesheets, and its scripts with their static imports', () => {
		const dir = tinySite({
			'canh-bao/2019/357-ubnd-kgvx/index.html': page(
				'<p>x</p><script type="module" src="/_astro/checklist.js"></script>',
				'<link rel="stylesheet" href="/_astro/site.css">',
			),
			'_astro/site.css': `/*${noise(2000)}*/`,
			'_astro/checklist.js': `import{a as b}from"./shared.js";import"./side.js";const later=()=>import("./lazy.js");/*${noise(1000)}*/`,
			'_astro/shared.js': `export const a=1;/*${noise(1000)}*/`,
			'_astro/side.js': `/*${noise(1000)}*/`,
			'_astro/lazy.js': `/*${noise(20000)}*/`,
		});
		const { weights, problems } = checkBudgets(dir, root);
		expect(problems).toEqual([]);
		const advisory = weights.find((w) => w.page === 'canh-bao/2019/357-ubnd-kgvx/')!;
		expect(advisory.rule).toBe('advisory');
		expect(advisory.css).toBeGreaterThan(2000);
		expect(advisory.scripts).toEqual(['_astro/checklist.js', '_astro/shared.js', '_astro/side.js']);
		expect(advisory.js).toBeGreaterThan(3000);
		expect(advisory.js).toBeLessThan(5 * 1024);
	});

	it('fails an advisory over 30 KB of HTML+CSS or 5 KB of JavaScript, naming page and size', () => {
		const dir = tinySite({
			'canh-bao/2024/52-stttt-cntt/index.html': page(`<p>${noise(31 * 1024)}</p>`),
			'canh-bao/2025/12-skhcn-cds/index.html': page('<script type="module" src="/_astro/big.js"></script>'),
			'_astro/big.js': `/*${noise(6000)}*/`,
		});
		const messages = checkBudgets(dir, root).problems.map(formatBudgetProblem);
		expect(messages).toHaveLength(2);
		expect(messages[0]).toMatch(/^canh-bao\/2024\/52-stttt-cntt\/ \(advisory\): HTML\+CSS 3[12]\.\d KB gzip, limit 30\.0 KB$/);
		expect(messages[1]).toMatch(/^canh-bao\/2025\/12-skhcn-cds\/ \(advisory\): JavaScript 5\.\d KB gzip, limit 5\.0 KB$/);
	});

	it('allows no JavaScript at all on listing pages, inline or not, but ignores JSON data', () => {
		const dir = tinySite({
			'index.html': page('<script type="application/ld+json">{"@type":"WebSite"}</script>'),
			'canh-bao/index.html': page('<script>console.log(1)</script>'),
			'don-vi/so-y-te/index.html': page('<script type="module" src="/_astro/x.js"></script>'),
			'_astro/x.js': 'x',
		});
		const messages = checkBudgets(dir, root).problems.map(formatBudgetProblem);
		expect(messages).toEqual([
			expect.stringMatching(/^canh-bao\/ \(listing\): JavaScript 0\.0 KB gzip, none allowed$/),
			expect.stringMatching(/^don-vi\/so-y-te\/ \(listing\): JavaScript 0\.0 KB gzip, none allowed$/),
		]);
	});

	it('gives the search page and checklists a script budget of their own', () => {
		const dir = tinySite({
			'tim-kiem/index.html': page('<script type="module" src="/canh-bao/_astro/s.js"></script>'),
			'don-vi/so-y-te/viec-can-lam/index.html': page('<script type="module" src="/canh-bao/_astro/s.js"></script>'),
			'_astro/s.js': 'export {}',
		});
		const { weights, problems } = checkBudgets(dir, { origin: root.origin, base: '/canh-bao/' });
		expect(problems).toEqual([]);
		expect(weights.map((w) => [w.page, w.rule, w.scripts])).toEqual([
			['don-vi/so-y-te/viec-can-lam/', 'checklist', ['_astro/s.js']],
			['tim-kiem/', 'search', ['_astro/s.js']],
		]);
	});
});
