/**
 * One measured build: a child process (the product's `node scripts/build.ts`, or the bare
 * baseline's `astro build`) run to completion while its whole process tree is sampled for
 * memory and CPU time. Knows nothing about what the build produces.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { canSampleProcessTree, watchProcessTree, type TreePeak } from './process-tree.ts';

export interface BuildCommand {
	/** Arguments after `node`, e.g. `['scripts/build.ts']`. */
	args: string[];
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** Echo the build's own output while it runs. */
	verbose: boolean;
}

export interface BuildRun {
	exitCode: number | null;
	signal: NodeJS.Signals | null;
	seconds: number;
	peak?: TreePeak;
	stdout: string;
	stderr: string;
}

/** Enough of a failing build's output to see the error, not so much that it buries it. */
const TAIL_LINES = 40;
const TAIL_BYTES = 64 * 1024;

/**
 * Ctrl-C or a kill stops the build first and lets the caller clean up after it: removing the
 * temporary folder while the build still writes into it would leave half of it behind.
 */
let interruptedBy: NodeJS.Signals | undefined;
let activeBuild: ChildProcess | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		if (interruptedBy) process.exit(1); // a second signal: stop waiting
		interruptedBy = signal;
		activeBuild?.kill(signal);
	});
}

/** The signal that interrupted the benchmark, if one did. */
export function interrupted(): NodeJS.Signals | undefined {
	return interruptedBy;
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

export function runMeasuredBuild(command: BuildCommand): Promise<BuildRun> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(process.execPath, command.args, { cwd: command.cwd, env: command.env, stdio: ['ignore', 'pipe', 'pipe'] });
		activeBuild = child;
		const watcher = child.pid !== undefined && canSampleProcessTree() ? watchProcessTree(child.pid) : undefined;
		const stdout = tailCollector(command.verbose ? process.stdout : undefined);
		const stderr = tailCollector(command.verbose ? process.stderr : undefined);
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

export async function countHtmlPages(dir: string): Promise<number> {
	try {
		const entries = await readdir(dir, { recursive: true, withFileTypes: true });
		return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
		throw error;
	}
}

export function failureReport(run: BuildRun, what: string): string {
	const how = run.signal ? `was killed by ${run.signal}` : `exited with code ${run.exitCode}`;
	const parts = [`bench: ${what} ${how} after ${run.seconds.toFixed(2)} s.`];
	if (run.stderr) parts.push(`--- last lines of its stderr ---\n${run.stderr}`);
	// Astro logs most errors to stdout; show it when stderr says nothing useful.
	if (!run.stderr && run.stdout) parts.push(`--- last lines of its stdout ---\n${run.stdout}`);
	return parts.join('\n');
}
