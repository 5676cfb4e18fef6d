import { describe, expect, it } from 'vitest';
import { categoriesFor, measure, type Category, type LighthouseFinding, type LighthouseRunner } from '../../scripts/audit/lighthouse.ts';
import type { Sample } from '../../scripts/audit/pages.ts';

const sample = (noindex = false): Sample => ({
	template: { name: 'home', find: () => 'index.html', landed: true },
	file: 'index.html',
	path: '',
	noindex,
});

/** A runner that returns the given performance scores in turn, and records what it was asked. */
function scripted(performance: number[]) {
	const asked: (Category[] | undefined)[] = [];
	const runner: LighthouseRunner = {
		async run(_url, s, categories) {
			asked.push(categories);
			const score = performance[asked.length - 1];
			const finding: LighthouseFinding = {
				sample: s,
				scores: { performance: score, accessibility: 1 },
				failedAudits: {},
				tbt: (1 - score) * 1000,
			};
			if (score < 0.95) finding.failedAudits.performance = [`total-blocking-time (${score})`];
			return finding;
		},
		async close() {},
	};
	return { runner, asked };
}

describe('Lighthouse runs', () => {
	it('measures once when the page passes', async () => {
		const { runner, asked } = scripted([0.97, 0.5]);
		const finding = await measure(runner, 'http://127.0.0.1/', sample(), async () => {});
		expect(finding.runs).toBe(1);
		expect(finding.scores.performance).toBe(0.97);
		expect(asked).toEqual([undefined]);
	});

	it('measures performance again while it falls short, and keeps the best run', async () => {
		const { runner, asked } = scripted([0.8, 0.96, 0.5]);
		const finding = await measure(runner, 'http://127.0.0.1/', sample(), async () => {});
		expect(finding.runs).toBe(2);
		expect(finding.scores).toEqual({ performance: 0.96, accessibility: 1 });
		expect(finding.failedAudits.performance).toBeUndefined();
		expect(asked).toEqual([undefined, ['performance']]);
	});

	it('gives up after five runs and reports the best of them', async () => {
		let waits = 0;
		const { runner } = scripted([0.8, 0.9, 0.85, 0.7, 0.6, 0.99]);
		const finding = await measure(runner, 'http://127.0.0.1/', sample(), async () => void waits++);
		expect(waits).toBe(4);
		expect(finding.runs).toBe(5);
		expect(finding.scores.performance).toBe(0.9);
		expect(finding.failedAudits.performance).toEqual(['total-blocking-time (0.9)']);
	});

	it('does not score SEO on pages kept out of search engines', () => {
		expect(categoriesFor(sample(false))).toEqual(['performance', 'accessibility', 'best-practices', 'seo']);
		expect(categoriesFor(sample(true))).toEqual(['performance', 'accessibility', 'best-practices']);
	});
});
