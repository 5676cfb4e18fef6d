/**
 * Build benchmark: generates a synthetic corpus of N advisories and builds, on that same corpus,
 * the bare Astro + MDX baseline (bench/baseline/) and the full product, cold and then warm after
 * adding one advisory and after editing one. Prints wall time, CPU time and the peak memory of
 * each build's whole process tree, and the ratios full/bare and warm/cold (scripts/bench/suite.ts).
 *
 *   npm run bench -- --n 1000 [--seed 1] [--repeat 3] [--phases bare,cold,add,edit] [--keep] [--json bench.json] [--verbose]
 *   npm run bench -- --digest 2000,10000 [--connections 5] [--json digest.json]
 *
 * With --digest it measures e-mail digests instead (scripts/bench/digest.ts): N subscribers
 * mailed through a local SMTP sink, messages per second and the digest's peak memory.
 *
 * The corpus, outputs and caches live in a fresh temporary folder, so the real content/, dist/
 * and caches are never touched and every run starts from the same input.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { interrupted } from './bench/build-run.ts';
import { PHASES, runSuite, suiteTable, SuiteFailure, type Phase } from './bench/suite.ts';
import { benchDigest, digestSummary, type DigestBenchResult } from './bench/digest.ts';

const USAGE = `Usage: node scripts/bench.ts [options]
  --n <count>       advisories to generate (default 1000)
  --seed <integer>  corpus seed (default 1); the same n and seed give the same files
  --repeat <count>  run the whole sequence this many times and report medians (default 1)
  --phases <list>   which builds, in order: ${PHASES.join(',')} (default all); a warm
                    phase (add, edit) always follows a cold build of the product
  --keep            keep the temporary corpus, outputs and caches and print where they are
  --json <file>     also write the figures as JSON
  --verbose         show the builds' own output while they run
  --script <file>   build entry to measure, relative to the repository (default scripts/build.ts)
  --digest <n[,n…]> measure e-mail digests instead: n subscribers through a local SMTP sink,
                    one run per size (e.g. 2000,10000 to compare memory)
  --connections <n> SMTP connections for --digest (default 5)
  --help            show this text`;

interface Options {
	n: number;
	seed: number;
	repeat: number;
	phases: Phase[];
	keep: boolean;
	json?: string;
	verbose: boolean;
	script: string;
	digest?: number[];
	connections: number;
}

function parseOptions(argv: string[]): Options {
	const { values } = parseArgs({
		args: argv,
		strict: true,
		options: {
			n: { type: 'string', default: '1000' },
			seed: { type: 'string', default: '1' },
			repeat: { type: 'string', default: '1' },
			phases: { type: 'string', default: PHASES.join(',') },
			keep: { type: 'boolean', default: false },
			json: { type: 'string' },
			verbose: { type: 'boolean', default: false },
			script: { type: 'string', default: 'scripts/build.ts' },
			digest: { type: 'string' },
			connections: { type: 'string', default: '5' },
			help: { type: 'boolean', default: false },
		},
	});
	if (values.help) {
		console.log(USAGE);
		process.exit(0);
	}
	const n = Number(values.n);
	const seed = Number(values.seed);
	const repeat = Number(values.repeat);
	if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive integer, got "${values.n}"`);
	if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
	if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat must be a positive integer, got "${values.repeat}"`);
	const phases = values.phases.split(',').map((p) => p.trim());
	const unknown = phases.filter((p) => !(PHASES as readonly string[]).includes(p));
	if (unknown.length || !phases.length)
		throw new Error(`--phases takes a comma-separated list of ${PHASES.join(', ')}; got "${values.phases}"`);
	const digest = values.digest?.split(',').map(Number);
	if (digest && !digest.every((d) => Number.isInteger(d) && d > 0))
		throw new Error(`--digest must be positive integers separated by commas, got "${values.digest}"`);
	const connections = Number(values.connections);
	if (!Number.isInteger(connections) || connections < 1)
		throw new Error(`--connections must be a positive integer, got "${values.connections}"`);
	return {
		n,
		seed,
		repeat,
		phases: phases as Phase[],
		keep: values.keep,
		json: values.json,
		verbose: values.verbose,
		script: values.script,
		digest,
		connections,
	};
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
	if (options.digest) {
		try {
			const results: DigestBenchResult[] = [];
			for (const n of options.digest) {
				if (interrupted()) return;
				console.error(`bench: mailing ${n} subscribers through a local SMTP sink…`);
				results.push(await benchDigest(workDir, n, options.connections));
			}
			console.log(digestSummary(results));
			if (results.some((r) => r.exitCode !== 0 || r.messages !== r.subscribers)) process.exitCode = 1;
			if (options.json) {
				const jsonFile = path.resolve(process.env.INIT_CWD ?? process.cwd(), options.json);
				await writeFile(
					jsonFile,
					`${JSON.stringify({ results, node: process.version, cpus: availableParallelism(), measuredAt: new Date().toISOString() }, null, '\t')}\n`,
				);
			}
		} finally {
			if (options.keep) console.error(`bench: kept ${workDir}`);
			else await rm(workDir, { recursive: true, force: true });
		}
		return;
	}
	try {
		const result = await runSuite({ ...options, workDir });
		console.log(suiteTable(result));
		if (options.json) {
			// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
			const jsonFile = path.resolve(process.env.INIT_CWD ?? process.cwd(), options.json);
			await writeFile(jsonFile, `${JSON.stringify(result, null, '\t')}\n`);
			console.error(`bench: figures written to ${jsonFile}`);
		}
	} catch (error) {
		if (!(error instanceof SuiteFailure)) throw error;
		if (!interrupted()) console.error(error.message);
		process.exitCode = 1;
	} finally {
		const signal = interrupted();
		if (signal) {
			console.error(`bench: interrupted by ${signal}`);
			process.exitCode = signal === 'SIGINT' ? 130 : 143;
		}
		// Every run writes a corpus of several MB and sites and caches of hundreds; do not let them pile up in /tmp.
		if (options.keep) console.error(`bench: kept the corpus, outputs and caches in ${workDir}`);
		else await rm(workDir, { recursive: true, force: true });
	}
}

await main();
