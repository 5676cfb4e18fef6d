/**
 * The build benchmark's runs on one generated corpus: the bare Astro + MDX baseline
 * (bench/baseline/), the full product cold (no caches), then the product again with its caches
 * kept after one advisory is added and after one is edited. Each run is a child process whose
 * whole tree is measured (wall time, CPU time, peak RSS); the targets are those of issue #18
 * (scripts/bench/targets.ts): ratios to the bare baseline's cold build, and peak memory.
 *
 * The product is whatever `node scripts/build.ts` builds: the suite only sets the content root,
 * the output folder and the cache folders, so it measures the product as it is on the branch.
 */
import { cp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { addAdvisory, CORPUS_TODAY, editAdvisory, generateCorpus, REPO_ROOT } from './corpus.ts';
import { countHtmlPages, failureReport, interrupted, runMeasuredBuild, type BuildRun } from './build-run.ts';
import { MALLOC_ENV } from '../malloc-env.mjs';
import { judgeTargets, type Target } from './targets.ts';

export const PHASES = ['bare', 'cold', 'add', 'edit'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
	bare: 'bare Astro + MDX, cold',
	cold: 'full product, cold',
	add: 'full, +1 advisory, warm',
	edit: 'full, 1 edited, warm',
};

export interface SuiteOptions {
	n: number;
	seed: number;
	/** Runs of the whole sequence; the figures are medians. */
	repeat: number;
	phases: readonly Phase[];
	/** The product's build entry, relative to the repository. */
	script: string;
	verbose: boolean;
	/** Keep every pass's outputs and caches (they are removed after each pass otherwise). */
	keep: boolean;
	/** Temporary folder the suite owns. */
	workDir: string;
}

export interface PhaseRun {
	wallSeconds: number;
	/** CPU seconds (user + system) of the build's whole process tree. */
	cpuSeconds: number | null;
	/** Peak summed RSS of the tree, in MiB; null where /proc is unavailable. */
	peakRssMiB: number | null;
	/** Largest single process's peak RSS, in MiB. */
	largestProcessMiB: number | null;
	processesAtPeak: number | null;
	pages: number;
	/** One-minute load average of the machine just before the run: above the CPU count means contended. */
	loadBefore: number;
}

export interface PhaseFigures extends Omit<PhaseRun, 'loadBefore'> {
	label: string;
	runs: PhaseRun[];
}

export interface Ratio {
	/** Median of the per-repeat ratios of wall time (the targets are on these). */
	wall: number;
	/** The same for CPU time, which depends far less on what else the machine runs. */
	cpu: number | null;
	runs: number[];
}

export type { Target };

export interface SuiteResult {
	advisories: number;
	seed: number;
	repeat: number;
	today: string;
	script: string;
	node: string;
	platform: string;
	cpus: number;
	/** Load averages (1, 5, 15 min) when the suite started and ended. */
	load: { start: number[]; end: number[] };
	measuredAt: string;
	builds: Partial<Record<Phase, PhaseFigures>>;
	/** Warm rebuilds over the product's own cold build, and every build over the bare baseline's cold build (issue #18). */
	ratios: { fullOverBare?: Ratio; addOverCold?: Ratio; editOverCold?: Ratio; addOverBare?: Ratio; editOverBare?: Ratio };
	targets: Target[];
}

const MIB = 1024 * 1024;
/** Folder names under the work dir; caches are kept between the cold and the warm runs. */
const PRISTINE = 'corpus';

/**
 * Every cache the product keeps, pointed into the suite's folder so a cold run is truly cold and
 * the repository's own caches are never read or written. A new cache must be placed by an
 * environment variable and listed here.
 */
const PRODUCT_CACHES = { CANHBAO_CACHE: 'astro', CANHBAO_CARD_CACHE: 'cards' } as const;

class SuiteFailure extends Error {}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function medianOrNull(values: (number | null)[]): number | null {
	const known = values.filter((v): v is number => v !== null);
	return known.length === values.length && known.length > 0 ? median(known) : null;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

/** Builds with a child process, after which `out` holds the site; throws with the build's own words when it fails. */
async function measure(what: string, args: string[], env: NodeJS.ProcessEnv, out: string, verbose: boolean): Promise<PhaseRun> {
	const loadBefore = loadavg()[0];
	console.error(`bench: ${what}…`);
	const run: BuildRun = await runMeasuredBuild({ args, cwd: REPO_ROOT, env, verbose });
	if (interrupted()) throw new SuiteFailure(`interrupted by ${interrupted()}`);
	if (run.exitCode !== 0) throw new SuiteFailure(failureReport(run, what));
	const pages = await countHtmlPages(out);
	if (pages === 0) throw new SuiteFailure(`bench: ${what} succeeded but wrote no HTML pages into ${out} (is CANHBAO_OUT honoured?)`);
	const mib = (bytes: number | undefined) => (bytes === undefined ? null : round(bytes / MIB, 1));
	const figures: PhaseRun = {
		wallSeconds: round(run.seconds, 3),
		cpuSeconds: run.peak ? round(run.peak.cpuSeconds, 2) : null,
		peakRssMiB: mib(run.peak?.peakBytes),
		largestProcessMiB: mib(run.peak?.largestProcessBytes),
		processesAtPeak: run.peak?.processesAtPeak ?? null,
		pages,
		loadBefore: round(loadBefore, 2),
	};
	console.error(
		`bench:   ${figures.wallSeconds.toFixed(1)} s wall, ${figures.cpuSeconds?.toFixed(1) ?? '?'} s CPU, ${figures.peakRssMiB?.toFixed(0) ?? '?'} MiB peak, ${pages} pages (load before: ${figures.loadBefore})`,
	);
	return figures;
}

/**
 * Environment of a child build, the same for the baseline and the product: ours minus anything
 * that would change what it builds, with the malloc settings `npm run` uses (scripts/malloc-env.mjs).
 */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) if (key.startsWith('CANHBAO_')) delete env[key];
	return { ...MALLOC_ENV, ...env, CANHBAO_TODAY: CORPUS_TODAY, ...extra };
}

/** One pass over the phases with fresh caches and a fresh copy of the corpus. */
async function runOnce(options: SuiteOptions, pass: number, files: string[]): Promise<Partial<Record<Phase, PhaseRun>>> {
	const dir = path.join(options.workDir, `run-${pass}`);
	const content = path.join(dir, 'content');
	await rm(dir, { recursive: true, force: true });
	await cp(path.join(options.workDir, PRISTINE), content, { recursive: true });
	const results: Partial<Record<Phase, PhaseRun>> = {};
	const phases = new Set(options.phases);

	if (phases.has('bare')) {
		const out = path.join(dir, 'bare-out');
		const env = childEnv({ CANHBAO_CONTENT: content, CANHBAO_OUT: out, CANHBAO_CACHE: path.join(dir, 'bare-cache') });
		const astro = path.join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
		results.bare = await measure(
			'building the bare Astro + MDX baseline (cold)',
			[astro, 'build', '--root', 'bench/baseline'],
			env,
			out,
			options.verbose,
		);
		// Its output is not needed and would double the disk the suite uses.
		if (!options.keep) await rm(out, { recursive: true, force: true });
	}

	const out = path.join(dir, 'out');
	const caches = Object.fromEntries(Object.entries(PRODUCT_CACHES).map(([key, name]) => [key, path.join(dir, 'cache', name)]));
	const env = childEnv({ CANHBAO_CONTENT: content, CANHBAO_OUT: out, ...caches });
	const product = (what: string) => measure(what, [options.script], env, out, options.verbose);
	if (phases.has('cold') || phases.has('add') || phases.has('edit')) {
		// The warm runs need the caches a cold run leaves behind, so a cold run always comes first.
		results.cold = await product(`building the full product with node ${options.script} (cold, no caches)`);
	}
	if (phases.has('add')) {
		const added = await addAdvisory(content, options.seed);
		results.add = await product(`rebuilding after adding ${added} (caches kept)`);
	}
	if (phases.has('edit')) {
		const edited = files[Math.floor(files.length / 2)];
		await editAdvisory(content, edited);
		results.edit = await product(`rebuilding after editing ${edited} (caches kept)`);
	}
	return results;
}

function figuresOf(phase: Phase, runs: PhaseRun[]): PhaseFigures {
	return {
		label: PHASE_LABELS[phase],
		wallSeconds: median(runs.map((r) => r.wallSeconds)),
		cpuSeconds: medianOrNull(runs.map((r) => r.cpuSeconds)),
		peakRssMiB: medianOrNull(runs.map((r) => r.peakRssMiB)),
		largestProcessMiB: medianOrNull(runs.map((r) => r.largestProcessMiB)),
		processesAtPeak: medianOrNull(runs.map((r) => r.processesAtPeak)),
		pages: median(runs.map((r) => r.pages)),
		runs,
	};
}

function ratioOf(passes: Partial<Record<Phase, PhaseRun>>[], top: Phase, bottom: Phase): Ratio | undefined {
	const pairs = passes.filter((p) => p[top] && p[bottom]).map((p) => [p[top]!, p[bottom]!] as const);
	if (!pairs.length) return undefined;
	const wall = pairs.map(([a, b]) => a.wallSeconds / b.wallSeconds);
	const cpu = pairs.map(([a, b]) => (a.cpuSeconds !== null && b.cpuSeconds ? a.cpuSeconds / b.cpuSeconds : null));
	const cpuMedian = medianOrNull(cpu);
	return { wall: round(median(wall), 3), cpu: cpuMedian === null ? null : round(cpuMedian, 3), runs: wall.map((r) => round(r, 3)) };
}

export async function runSuite(options: SuiteOptions): Promise<SuiteResult> {
	const loadStart = loadavg();
	const started = performance.now();
	const { files } = await generateCorpus(path.join(options.workDir, PRISTINE), options.n, options.seed);
	console.error(`bench: ${options.n} advisories generated in ${((performance.now() - started) / 1000).toFixed(2)} s`);

	const passes: Partial<Record<Phase, PhaseRun>>[] = [];
	for (let pass = 1; pass <= options.repeat; pass++) {
		if (options.repeat > 1) console.error(`bench: run ${pass} of ${options.repeat}`);
		passes.push(await runOnce(options, pass, files));
		// Each pass leaves a site and caches of several hundred MB behind.
		if (!options.keep) await rm(path.join(options.workDir, `run-${pass}`), { recursive: true, force: true });
	}

	const builds: Partial<Record<Phase, PhaseFigures>> = {};
	for (const phase of PHASES) {
		const runs = passes.map((p) => p[phase]).filter((r): r is PhaseRun => r !== undefined);
		if (runs.length) builds[phase] = figuresOf(phase, runs);
	}
	const partial: Omit<SuiteResult, 'targets'> = {
		advisories: options.n,
		seed: options.seed,
		repeat: options.repeat,
		today: CORPUS_TODAY,
		script: options.script,
		node: process.version,
		platform: `${process.platform}-${process.arch}`,
		cpus: availableParallelism(),
		load: { start: loadStart.map((l) => round(l, 2)), end: loadavg().map((l) => round(l, 2)) },
		measuredAt: new Date().toISOString(),
		builds,
		ratios: {
			fullOverBare: ratioOf(passes, 'cold', 'bare'),
			addOverCold: ratioOf(passes, 'add', 'cold'),
			editOverCold: ratioOf(passes, 'edit', 'cold'),
			addOverBare: ratioOf(passes, 'add', 'bare'),
			editOverBare: ratioOf(passes, 'edit', 'bare'),
		},
	};
	return { ...partial, targets: judgeTargets(partial) };
}

export { SuiteFailure };

/** The table the suite prints. */
export function suiteTable(result: SuiteResult): string {
	const lines: string[] = [];
	// The load during and after the runs counts the builds' own threads; before the first one it
	// is what else the machine was doing, and that is what inflates wall times.
	const loads = Object.values(result.builds).flatMap((b) => b.runs.map((r) => r.loadBefore));
	const busy = result.load.start[0] > result.cpus / 2;
	lines.push(
		`canhbao build benchmark: ${result.advisories} advisories (seed ${result.seed}, today ${result.today}); ${result.repeat === 1 ? '1 run' : `medians of ${result.repeat} runs`}`,
		`node ${result.node} on ${result.platform}, ${result.cpus} CPUs; load average ${result.load.start[0]} before the first build (${Math.min(...loads)}–${Math.max(...loads)} before each)${busy ? '; the machine was busy: wall times are inflated, compare CPU times and ratios' : ''}`,
		'',
	);
	const header = ['build', 'wall s', 'CPU s', 'peak RSS MiB', 'pages', 'ratio (wall)', 'ratio (CPU)'];
	const rows: string[][] = [];
	const ratioFor: Partial<Record<Phase, [Ratio | undefined, string]>> = {
		cold: [result.ratios.fullOverBare, 'bare'],
		add: [result.ratios.addOverCold, 'cold'],
		edit: [result.ratios.editOverCold, 'cold'],
	};
	for (const phase of PHASES) {
		const b = result.builds[phase];
		if (!b) continue;
		const [ratio, of] = ratioFor[phase] ?? [];
		rows.push([
			b.label,
			b.wallSeconds.toFixed(1),
			b.cpuSeconds?.toFixed(1) ?? '–',
			b.peakRssMiB?.toFixed(0) ?? '–',
			String(b.pages),
			ratio ? `${ratio.wall.toFixed(2)}× ${of}` : '',
			ratio?.cpu != null ? `${ratio.cpu.toFixed(2)}× ${of}` : '',
		]);
	}
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const format = (cells: string[]) =>
		cells
			.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
			.join('  ')
			.trimEnd();
	lines.push(`  ${format(header)}`, ...rows.map((r) => `  ${format(r)}`));
	if (result.targets.length) {
		lines.push('', 'targets (issue #18; ratios to the bare baseline’s cold build, judged on wall time):');
		for (const t of result.targets) lines.push(`  ${t.met ? 'met    ' : 'MISSED '} ${t.name}: ${t.value} (${t.limit})`);
	}
	return lines.join('\n');
}
