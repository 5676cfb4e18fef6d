/**
 * The targets of issue #18, judged on one suite run: ratios to the bare Astro + MDX baseline's
 * cold build on the same corpus and machine (so they do not depend on Hugo or on the machine's
 * speed), and peak memory against a limit that depends on the corpus size.
 */

/** What a target is judged on: the figures of one phase of the suite. */
export interface TargetBuild {
	wallSeconds: number;
	cpuSeconds: number | null;
	peakRssMiB: number | null;
}

export interface TargetRatio {
	wall: number;
	cpu: number | null;
}

export interface Target {
	name: string;
	/** The limit as printed: `≤ 2.00×`. */
	limit: string;
	/** The measured figure as printed, with what it was computed from. */
	value: string;
	met: boolean;
}

export interface TargetInputs {
	advisories: number;
	builds: Partial<Record<'bare' | 'cold' | 'add' | 'edit', TargetBuild>>;
	ratios: { fullOverBare?: TargetRatio; addOverBare?: TargetRatio; editOverBare?: TargetRatio };
}

/** Full product cold over bare cold (issue #18; the stretch goal is 1.0×). */
export const FULL_OVER_BARE = 2.0;
export const FULL_OVER_BARE_STRETCH = 1.0;
/** A warm rebuild after adding or after editing one advisory, over the bare baseline's cold build. */
export const WARM_OVER_BARE = 0.5;
/** Peak memory limits: 1.6 GiB up to N=5,000 (the target is set there), 3 GiB up to N=10,000. */
export const PEAK_LIMITS = [
	{ upTo: 5000, mib: 1.6 * 1024 },
	{ upTo: 10000, mib: 3 * 1024 },
] as const;

/** The peak memory limit for a corpus of `n` advisories; none above 10,000. */
export function peakLimitMiB(n: number): number | undefined {
	return PEAK_LIMITS.find((l) => n <= l.upTo)?.mib;
}

const times = (r: number) => `${r.toFixed(2)}×`;
const seconds = (b: TargetBuild) =>
	`${b.wallSeconds.toFixed(1)} s wall${b.cpuSeconds === null ? '' : `, ${b.cpuSeconds.toFixed(1)} s CPU`}`;

function ratioTarget(name: string, limit: number, ratio: TargetRatio, top: TargetBuild, bare: TargetBuild, note = ''): Target {
	const cpu = ratio.cpu === null ? '' : `; CPU ${times(ratio.cpu)}`;
	return {
		name,
		limit: `≤ ${times(limit)}`,
		value: `${times(ratio.wall)} (${seconds(top)} / bare ${seconds(bare)}${cpu})${note}`,
		met: ratio.wall <= limit,
	};
}

/** Every target this run can judge: a phase that did not run leaves its target out. */
export function judgeTargets(result: TargetInputs): Target[] {
	const targets: Target[] = [];
	const { bare, cold, add, edit } = result.builds;
	const { fullOverBare, addOverBare, editOverBare } = result.ratios;
	if (fullOverBare && cold && bare) {
		const stretch = fullOverBare.wall <= FULL_OVER_BARE_STRETCH ? '; stretch (≤ 1.00×) met' : '';
		targets.push(ratioTarget('full cold / bare cold', FULL_OVER_BARE, fullOverBare, cold, bare, stretch));
	}
	if (addOverBare && add && bare)
		targets.push(ratioTarget('warm rebuild after adding one / bare cold', WARM_OVER_BARE, addOverBare, add, bare));
	if (editOverBare && edit && bare)
		targets.push(ratioTarget('warm rebuild after editing one / bare cold', WARM_OVER_BARE, editOverBare, edit, bare));
	const peaks = [cold, add, edit].map((b) => b?.peakRssMiB).filter((v): v is number => typeof v === 'number');
	const limit = peakLimitMiB(result.advisories);
	if (peaks.length && limit !== undefined) {
		const worst = Math.max(...peaks);
		const at = result.advisories <= 5000 ? 'limit set at N=5000' : 'N=10000 completes within 3 GiB';
		targets.push({
			name: `peak RSS of the full product, N=${result.advisories} (${at})`,
			limit: `≤ ${limit.toFixed(0)} MiB`,
			value: `${worst.toFixed(0)} MiB (${(worst / 1024).toFixed(2)} GiB)`,
			met: worst <= limit,
		});
	}
	return targets;
}
