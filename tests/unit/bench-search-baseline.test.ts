import { describe, expect, it } from 'vitest';
import { median, ratios } from '../../scripts/bench/search-baseline.ts';
import type { QueryFigure } from '../../scripts/bench/search.ts';

const figure = (query: string, coldMs: number, warmMs: number, coldKB: number): QueryFigure => ({
	query,
	results: 1,
	coldMs,
	coldKB,
	warmMs,
	warmKB: 0,
	trace: {},
	warmTrace: {},
});

describe("the search benchmark's ratios to plain Pagefind", () => {
	it('takes the median, of an even count the mean of the middle two', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});

	it('divides query by query and judges the medians against the targets', () => {
		const site = [figure('a', 120, 300, 150), figure('b', 260, 130, 300), figure('c', 100, 100, 100)];
		const plain = [figure('a', 100, 100, 100), figure('b', 200, 100, 100), figure('c', 100, 100, 100)];
		const { rows, medians, met } = ratios(site, plain);
		expect(rows.map((r) => r.coldMs)).toEqual([1.2, 1.3, 1]);
		expect(medians).toEqual({ coldMs: 1.2, warmMs: 1.3, coldKB: 1.5 });
		expect(met).toEqual({ coldMs: true, warmMs: true, coldKB: true });
		expect(ratios([figure('a', 140, 100, 151)], [figure('a', 100, 100, 100)]).met).toEqual({
			coldMs: false,
			warmMs: true,
			coldKB: false,
		});
	});
});
