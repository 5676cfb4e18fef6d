/**
 * Build benchmark: generates a synthetic corpus of N advisories, builds the site from it in a
 * child process and reports wall time, pages, pages per second and the peak memory of the
 * build's whole process tree.
 *
 *   npm run bench -- --n 1000 [--seed 1] [--keep] [--json bench.json] [--verbose]
 *
 * The corpus and the output live in a fresh temporary folder, so the real content/ and dist/
 * are never touched and every run starts from the same input.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, REPO_ROOT } from './bench/corpus.ts';
import { canSampleProcessTree, watchProcessTree, type TreePeak } from './bench/process-tree.ts';

const USAGE = `Usage: node scripts/bench.ts [options]
  --n <count>       advisories to generate (default 1000)
  --seed <integer>  corpus seed (default 1); the same n and seed give the same files
  --keep            keep the temporary corpus and output folders and print where they are
  --json <file>     also write the figures as JSON
  --verbose         show the build's own output while it runs
  --script <file>   build entry to measure, relative to the repository (default scripts/build.ts)
  --help            show this text`;

interface Options {
	n: number;
	seed: number;
	keep: boolean;
	json?: string;
	verbose: boolean;
	script: string;
}

/** The figures, as printed and as written with --json. */
interface BenchResult {
	advisories: number;
	seed: number;
	corpusSeconds: number;
	buildSeconds: number;
	pages: number;
	pagesPerSecond: number;
	/** Peak summed RSS of the build's process tree, in MiB; null where /proc is unavailable. */
	peakRssMB: number | null;
	processesAtPeak: number | null;
	/** Peak RSS of the largest single process of the tree, in MiB. */
	largestProcessMB: number | null;
	rssSamples: number;
	node: string;
	platform: string;
	cpus: number;
	script: string;
	measuredAt: string;
}

interface BuildRun {
	exitCode: number | null;
	signal: NodeJS.Signals | null;
	seconds: number;
	peak?: TreePeak;
	stdout: string;
	stderr: string;
}

const MIB = 1024 * 1024;

/**
 * Ctrl-C or a kill stops the build first and lets main() clean up after it: removing the
 * temporary folder while the build still writes into it would leave half of it behind.
 */
let interrupted: NodeJS.Signals | undefined;
let activeBuild: ChildProcess | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		if (interrupted) process.exit(1); // a second signal: stop waiting
		interrupted = signal;
		activeBuild?.kill(signal);
	});
}
/** Enough of a failing build's output to see the error, not so much that it buries it. */
const TAIL_LINES = 40;
const TAIL_BYTES = 64 * 1024;

function parseOptions(argv: string[]): Options {
	const { values } = parseArgs({
		args: argv,
		strict: true,
		options: {
			n: { type: 'string', default: '1000' },
			seed: { type: 'string', default: '1' },
			keep: { type: 'boolean', default: false },
			json: { type: 'string' },
			verbose: { type: 'boolean', default: false },
			script: { type: 'string', default: 'scripts/build.ts' },
			help: { type: 'boolean', default: false },
		},
	});
	if (values.help) {
		console.log(USAGE);
		process.exit(0);
	}
	const n = Number(values.n);
	const seed = Number(values.seed);
	if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive integer, got "${values.n}"`);
	if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
	return { n, seed, keep: values.keep, json: values.json, verbose: values.verbose, script: values.script };
}

/** Keeps only the end of a stream: a long build log must not grow memory without bound. */
function tailCollector(echo?: NodeJS.WritableStream): { push(chunk: Buffer): void; text(): string } {
	let kept = '';
	return {
		push(chunk) {
			echo?.write(chunk);
			kept = (kept + chunk.toString('utf8')).slice(-TAIL_BYTES);
		},
		text: () => kept.split('\n').slice(-TAIL_LINES).join('\n').trimEnd(),
	};
}

function runBuild(script: string, contentDir: string, outDir: string, verbose: boolean): Promise<BuildRun> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(process.execPath, [script], {
			cwd: REPO_ROOT,
			// Its own Astro cache beside the corpus: the shared one would keep this corpus's entries
			// after the folder is deleted, and the next build would fail to resolve them.
			env: { ...process.env, CANHBAO_CONTENT: contentDir, CANHBAO_OUT: outDir, CANHBAO_CACHE: path.join(path.dirname(outDir), 'astro-cache') },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		activeBuild = child;
		const watcher = child.pid !== undefined && canSampleProcessTree() ? watchProcessTree(child.pid) : undefined;
		const stdout = tailCollector(verbose ? process.stdout : undefined);
		const stderr = tailCollector(verbose ? process.stderr : undefined);
		child.stdout.on('data', stdout.push);
		child.stderr.on('data', stderr.push);

		let seconds = 0;
		let peak: Promise<TreePeak | undefined> = Promise.resolve(undefined);
		child.once('error', (error) => {
			activeBuild = undefined;
			void watcher?.stop();
			reject(error);
		});
		// Time stops when the build process exits, not when its pipes drain.
		child.once('exit', () => {
			seconds = (performance.now() - started) / 1000;
			peak = watcher ? watcher.stop() : Promise.resolve(undefined);
		});
		child.once('close', async (exitCode, signal) => {
			activeBuild = undefined;
			resolve({ exitCode, signal, seconds, peak: await peak, stdout: stdout.text(), stderr: stderr.text() });
		});
	});
}

async function countHtmlPages(dir: string): Promise<number> {
	try {
		const entries = await readdir(dir, { recursive: true, withFileTypes: true });
		return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
		throw error;
	}
}

const mib = (bytes: number | undefined): number | null => (bytes === undefined ? null : round(bytes / MIB, 1));
const round = (value: number, digits: number): number => Number(value.toFixed(digits));

function summary(result: BenchResult): string {
	const memory =
		result.peakRssMB === null
			? 'not measured (no /proc on this system)'
			: `${result.peakRssMB.toFixed(1)} MB (${result.processesAtPeak} processes at peak; largest single process ${result.largestProcessMB?.toFixed(1)} MB)`;
	const rows: [string, string][] = [
		['advisories', `${result.advisories} (seed ${result.seed})`],
		['corpus generation', `${result.corpusSeconds.toFixed(2)} s`],
		['build wall time', `${result.buildSeconds.toFixed(2)} s`],
		['pages', String(result.pages)],
		['pages per second', result.pagesPerSecond.toFixed(1)],
		['peak RSS (tree)', memory],
		['node', `${result.node} (${result.platform}, ${result.cpus} CPUs)`],
	];
	return ['canhbao build benchmark', ...rows.map(([label, value]) => `  ${label.padEnd(19)} ${value}`)].join('\n');
}

function failureReport(run: BuildRun, script: string): string {
	const how = run.signal ? `was killed by ${run.signal}` : `exited with code ${run.exitCode}`;
	const parts = [`bench: the build (node ${script}) ${how} after ${run.seconds.toFixed(2)} s.`];
	if (run.stderr) parts.push(`--- last lines of its stderr ---\n${run.stderr}`);
	// Astro logs most errors to stdout; show it when stderr says nothing useful.
	if (!run.stderr && run.stdout) parts.push(`--- last lines of its stdout ---\n${run.stdout}`);
	return parts.join('\n');
}

async function main(): Promise<void> {
	let options: Options;
	try {
		options = parseOptions(process.argv.slice(2));
	} catch (error) {
		console.error(`bench: ${(error as Error).message}\n\n${USAGE}`);
		process.exitCode = 2;
		return;
	}

	const workDir = await mkdtemp(path.join(tmpdir(), 'canhbao-bench-'));
	const contentDir = path.join(workDir, 'content');
	const outDir = path.join(workDir, 'out');

	try {
		const corpusStarted = performance.now();
		await generateCorpus(contentDir, options.n, options.seed);
		const corpusSeconds = (performance.now() - corpusStarted) / 1000;
		if (interrupted) return;
		console.error(`bench: ${options.n} advisories generated in ${corpusSeconds.toFixed(2)} s; building with node ${options.script}…`);

		const run = await runBuild(options.script, contentDir, outDir, options.verbose);
		if (interrupted) return;
		if (run.exitCode !== 0) {
			console.error(failureReport(run, options.script));
			process.exitCode = 1;
			return;
		}
		const pages = await countHtmlPages(outDir);
		if (pages === 0) {
			console.error(`bench: the build succeeded but wrote no HTML pages into ${outDir} (is CANHBAO_OUT honoured?)`);
			process.exitCode = 1;
			return;
		}

		const result: BenchResult = {
			advisories: options.n,
			seed: options.seed,
			corpusSeconds: round(corpusSeconds, 3),
			buildSeconds: round(run.seconds, 3),
			pages,
			pagesPerSecond: round(pages / run.seconds, 1),
			peakRssMB: mib(run.peak?.peakBytes),
			processesAtPeak: run.peak?.processesAtPeak ?? null,
			largestProcessMB: mib(run.peak?.largestProcessBytes),
			rssSamples: run.peak?.samples ?? 0,
			node: process.version,
			platform: `${process.platform}-${process.arch}`,
			cpus: availableParallelism(),
			script: options.script,
			measuredAt: new Date().toISOString(),
		};
		console.log(summary(result));
		if (options.json) {
			// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
			const jsonFile = path.resolve(process.env.INIT_CWD ?? process.cwd(), options.json);
			await writeFile(jsonFile, `${JSON.stringify(result, null, '\t')}\n`);
			console.error(`bench: figures written to ${jsonFile}`);
		}
	} finally {
		if (interrupted) {
			console.error(`bench: interrupted by ${interrupted}`);
			process.exitCode = interrupted === 'SIGINT' ? 130 : 143;
		}
		// Every run writes a corpus of several MB; do not let them pile up in /tmp.
		if (options.keep) console.error(`bench: kept corpus in ${contentDir} and output in ${outDir}`);
		else await rm(workDir, { recursive: true, force: true });
	}
}

await main();
