/**
 * Peak memory of a whole process tree, read from Linux /proc. A build is not one process:
 * Astro, esbuild's service, pagefind's binary and worker processes all hold memory at once, so
 * the figure that matters is the summed RSS of the tree at its worst moment. The child's own
 * `maxrss` would miss every grandchild.
 *
 * Sampling misses processes that live shorter than one interval and peaks between samples;
 * at 100 ms that is a small error for builds lasting seconds.
 *
 * CPU time is read from the same files: on a shared machine wall time depends on what else is
 * running, while the CPU seconds a build consumes barely do, so both are reported.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';

export interface TreeSample {
	/** Summed resident set size of the root and all its descendants, in bytes. */
	rssBytes: number;
	/** Processes found in the tree. */
	processes: number;
	/**
	 * CPU seconds (user + system) used so far by the tree: every live process's own time plus
	 * the time of the descendants it has already waited for.
	 */
	cpuSeconds: number;
}

export interface TreePeak {
	/** Highest summed RSS seen, in bytes. */
	peakBytes: number;
	/** Processes in the tree at that moment. */
	processesAtPeak: number;
	/** Highest peak RSS (VmHWM) of any single process seen, in bytes: exact, not sampled. */
	largestProcessBytes: number;
	/**
	 * CPU seconds (user + system) of the whole tree, as of the last sample: the final moments
	 * of the root process (under one interval) are not counted.
	 */
	cpuSeconds: number;
	samples: number;
}

export interface TreeWatcher {
	/** Stops sampling and returns the peaks. */
	stop(): Promise<TreePeak>;
}

/** Whether this machine has the /proc layout the sampler reads. */
export function canSampleProcessTree(): boolean {
	return existsSync('/proc/self/stat') && existsSync('/proc/self/status');
}

/** Clock ticks per second of the times in /proc/<pid>/stat; 100 on every Linux we build on. */
const CLOCK_TICKS = 100;

interface ProcStat {
	parent: number;
	/** utime + stime + cutime + cstime, in seconds. */
	cpuSeconds: number;
}

/** Parent pid and CPU times from /proc/<pid>/stat; the command name may contain spaces and ')'. */
async function statOf(pid: number): Promise<ProcStat | undefined> {
	try {
		const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
		// Fields after the command: state, ppid, …, utime (14th field of the line), stime, cutime, cstime.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
		return { parent: Number(fields[1]), cpuSeconds: ticks / CLOCK_TICKS };
	} catch {
		return undefined; // exited between readdir and read
	}
}

/** VmRSS and VmHWM in bytes; absent for zombies and kernel threads. */
async function memoryOf(pid: number): Promise<{ rss: number; hwm: number } | undefined> {
	try {
		const status = await readFile(`/proc/${pid}/status`, 'utf8');
		const kib = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
		const rss = kib('VmRSS');
		return rss > 0 ? { rss, hwm: kib('VmHWM') } : undefined;
	} catch {
		return undefined;
	}
}

/** The root and every descendant that is alive now, with the CPU time each has used. */
async function treeOf(rootPid: number): Promise<{ pids: number[]; cpuSeconds: number }> {
	const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
	const stats = await Promise.all(pids.map(statOf));
	const children = new Map<number, number[]>();
	const cpu = new Map<number, number>();
	pids.forEach((pid, index) => {
		const stat = stats[index];
		if (stat === undefined) return;
		cpu.set(pid, stat.cpuSeconds);
		const siblings = children.get(stat.parent) ?? [];
		siblings.push(pid);
		children.set(stat.parent, siblings);
	});
	const tree = [rootPid];
	for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
	return { pids: tree, cpuSeconds: tree.reduce((sum, pid) => sum + (cpu.get(pid) ?? 0), 0) };
}

async function sample(rootPid: number): Promise<TreeSample & { largestHwm: number }> {
	const tree = await treeOf(rootPid);
	const memories = (await Promise.all(tree.pids.map(memoryOf))).filter((m) => m !== undefined);
	return {
		rssBytes: memories.reduce((sum, m) => sum + m.rss, 0),
		processes: memories.length,
		cpuSeconds: tree.cpuSeconds,
		largestHwm: Math.max(0, ...memories.map((m) => m.hwm)),
	};
}

/** One reading of the tree's summed RSS and CPU time now. */
export async function sampleProcessTree(rootPid: number): Promise<TreeSample> {
	const { rssBytes, processes, cpuSeconds } = await sample(rootPid);
	return { rssBytes, processes, cpuSeconds };
}

/**
 * Samples the tree under `rootPid` every `intervalMs` until stopped. Samples never overlap: a
 * slow /proc read delays the next one instead of piling up.
 */
export function watchProcessTree(rootPid: number, intervalMs = 100): TreeWatcher {
	const peak: TreePeak = { peakBytes: 0, processesAtPeak: 0, largestProcessBytes: 0, cpuSeconds: 0, samples: 0 };
	let stopped = false;
	let wake: (() => void) | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const loop = (async (): Promise<void> => {
		while (!stopped) {
			const started = performance.now();
			const now = await sample(rootPid);
			peak.samples++;
			if (now.rssBytes > peak.peakBytes) {
				peak.peakBytes = now.rssBytes;
				peak.processesAtPeak = now.processes;
			}
			peak.largestProcessBytes = Math.max(peak.largestProcessBytes, now.largestHwm);
			// A process that exits between samples takes its time away until its parent reaps it.
			peak.cpuSeconds = Math.max(peak.cpuSeconds, now.cpuSeconds);
			if (stopped) break;
			await new Promise<void>((resolve) => {
				wake = resolve;
				timer = setTimeout(resolve, Math.max(0, intervalMs - (performance.now() - started)));
			});
		}
	})();

	return {
		async stop(): Promise<TreePeak> {
			stopped = true;
			clearTimeout(timer);
			wake?.();
			await loop;
			return { ...peak };
		},
	};
}
