import { describe, expect, it } from 'vitest';
import { judgeTargets, peakLimitMiB, type TargetBuild } from '../../scripts/bench/targets.ts';
import { suiteTable, type SuiteResult } from '../../scripts/bench/suite.ts';

const build = (wallSeconds: number, cpuSeconds: number, peakRssMiB: number): TargetBuild => ({ wallSeconds, cpuSeconds, peakRssMiB });
const ratio = (wall: number, cpu: number) => ({ wall, cpu, runs: [wall] });

/** The issue's N=1000 measurement: 13.4 s bare, 61.6 s full, 13.3 s and 12.5 s warm, 1.14 GB peak. */
const issue = {
	advisories: 1000,
	builds: { bare: build(13.4, 20, 400), cold: build(61.6, 90, 1087), add: build(13.3, 18, 900), edit: build(12.5, 17, 880) },
	ratios: {
		fullOverBare: ratio(61.6 / 13.4, 4.5),
		addOverBare: ratio(13.3 / 13.4, 0.9),
		editOverBare: ratio(12.5 / 13.4, 0.85),
	},
};

describe('the targets of issue #18', () => {
	it('are judged on ratios to the bare cold build, with the figures they come from', () => {
		const targets = judgeTargets(issue);
		expect(targets.map((t) => [t.name, t.limit, t.met])).toEqual([
			['full cold / bare cold', '≤ 2.00×', false],
			['warm rebuild after adding one / bare cold', '≤ 0.50×', false],
			['warm rebuild after editing one / bare cold', '≤ 0.50×', false],
			['peak RSS of the full product, N=1000 (limit set at N=5000)', '≤ 1638 MiB', true],
		]);
		expect(targets[0].value).toBe('4.60× (61.6 s wall, 90.0 s CPU / bare 13.4 s wall, 20.0 s CPU; CPU 4.50×)');
		expect(targets[3].value).toBe('1087 MiB (1.06 GiB)');
	});

	it('are met at the limits, and the stretch goal is said when reached', () => {
		const met = judgeTargets({
			...issue,
			builds: { ...issue.builds, cold: build(13.4, 20, 1638.4) },
			ratios: { fullOverBare: ratio(1, 1), addOverBare: ratio(0.5, 0.5), editOverBare: ratio(0.2, 0.2) },
		});
		expect(met.every((t) => t.met)).toBe(true);
		expect(met[0].value).toMatch(/stretch \(≤ 1\.00×\) met$/);
		expect(judgeTargets({ ...issue, ratios: { fullOverBare: ratio(2.01, 2) } })[0].met).toBe(false);
	});

	it('set peak memory by corpus size: 1.6 GiB up to 5,000, 3 GiB up to 10,000, none above', () => {
		expect([peakLimitMiB(1000), peakLimitMiB(5000), peakLimitMiB(5001), peakLimitMiB(10000), peakLimitMiB(10001)]).toEqual([
			1638.4,
			1638.4,
			3072,
			3072,
			undefined,
		]);
		const big = judgeTargets({ advisories: 10000, builds: { cold: build(600, 900, 2900) }, ratios: {} });
		expect(big).toEqual([
			{
				name: 'peak RSS of the full product, N=10000 (N=10000 completes within 3 GiB)',
				limit: '≤ 3072 MiB',
				value: '2900 MiB (2.83 GiB)',
				met: true,
			},
		]);
		expect(judgeTargets({ advisories: 5000, builds: { cold: build(1, 1, 1700) }, ratios: {} })[0].met).toBe(false);
	});

	it('leave out what a run did not measure', () => {
		expect(judgeTargets({ advisories: 1000, builds: { cold: build(10, 10, null as unknown as number) }, ratios: {} })).toEqual([]);
		expect(judgeTargets({ ...issue, builds: { cold: issue.builds.cold }, ratios: {} }).map((t) => t.name)).toEqual([
			'peak RSS of the full product, N=1000 (limit set at N=5000)',
		]);
	});
});

describe('the printed table', () => {
	it('says met or MISSED for every target, with its figures', () => {
		const phase = (label: string, b: TargetBuild) => ({
			label,
			...b,
			largestProcessMiB: null,
			processesAtPeak: null,
			pages: 10,
			runs: [{ ...b, largestProcessMiB: null, processesAtPeak: null, pages: 10, loadBefore: 0.5 }],
		});
		const result: SuiteResult = {
			advisories: 1000,
			seed: 1,
			repeat: 1,
			today: '2026-11-26',
			script: 'scripts/build.ts',
			node: 'v24.0.0',
			platform: 'linux-x64',
			cpus: 2,
			load: { start: [0.5, 0.5, 0.5], end: [1, 1, 1] },
			measuredAt: '2026-12-04T00:00:00.000Z',
			builds: { bare: phase('bare', issue.builds.bare), cold: phase('cold', issue.builds.cold) },
			ratios: { fullOverBare: ratio(1.5, 1.4) },
			targets: judgeTargets({ advisories: 1000, builds: issue.builds, ratios: { fullOverBare: ratio(1.5, 1.4) } }),
		};
		const table = suiteTable(result);
		expect(table).toContain(
			'met     full cold / bare cold: 1.50× (61.6 s wall, 90.0 s CPU / bare 13.4 s wall, 20.0 s CPU; CPU 1.40×) (≤ 2.00×)',
		);
		expect(table).toContain('met     peak RSS of the full product, N=1000 (limit set at N=5000): 1087 MiB (1.06 GiB) (≤ 1638 MiB)');
		const missed = suiteTable({ ...result, targets: judgeTargets({ ...issue, ratios: { fullOverBare: ratio(3, 3) } }) });
		expect(missed).toMatch(/MISSED  full cold \/ bare cold: 3\.00×/);
	});
});
