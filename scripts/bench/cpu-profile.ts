/**
 * Where a build's CPU goes: sums the self time of V8 CPU profiles (`node --cpu-prof`, one file
 * per thread) by what the code is (card drawing, Astro's page rendering, Vite and Rollup, the
 * content check, garbage collection…), and counts the files of a built site by kind of output.
 *
 *   CANHBAO_CONTENT=… CANHBAO_OUT=/tmp/out node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/build.ts
 *   node scripts/run.mjs scripts/bench/cpu-profile.ts /tmp/prof [/tmp/out]
 *
 * Pagefind is a separate program, not in the profiles: its CPU is the process tree's total (from
 * `npm run bench`) minus what the profiles hold.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string };
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	startTime: number;
	endTime: number;
	samples: number[];
	timeDeltas: number[];
}

/** First matching rule names the category of a frame's script URL (or function name for V8's own entries). */
export const CATEGORIES: [string, RegExp][] = [
	['cards: satori (layout)', /node_modules\/(satori|yoga|@shuding|linebreak|css-to-react-native|emoji-regex)/],
	['cards: resvg, PNG', /node_modules\/@resvg|src\/lib\/outputs\/cards\/|src\/integrations\/cards/],
	['search records and index', /src\/(lib\/outputs\/search|integrations\/search)|node_modules\/pagefind/],
	['content check, catalog', /src\/lib\/(content|model)\/|node_modules\/yaml\//],
	[
		'MDX, Markdown (unified, remark, rehype)',
		/node_modules\/(@mdx-js|micromark|mdast|hast|unified|remark|rehype|vfile|unist|estree|acorn|shiki|@shikijs)/,
	],
	[
		'outputs: feeds, CSAF, STIX, CSV, JSON, calendars',
		/src\/lib\/outputs\/|src\/pages\/.*\.(ts|js)|node_modules\/(csv-stringify|fast-xml)/,
	],
	['pages: components and views', /src\/(pages|components|layouts|lib\/views)\/|\.astro/],
	[
		'Vite, Rollup, esbuild (bundling)',
		/node_modules\/(vite|rollup|@rollup|esbuild|@vitejs|postcss|lightningcss|magic-string|es-module-lexer)/,
	],
	['Astro runtime, rendering and build', /node_modules\/(astro|@astrojs)\//],
	['zod, other dependencies', /node_modules\//],
	['other canhbao code', /src\/|scripts\//],
	['node: internals (fs, streams, modules)', /^node:|^internal\//],
];

export function categoryOf(frame: ProfileNode['callFrame']): string {
	if (!frame.url) {
		if (frame.functionName === '(garbage collector)') return 'garbage collection';
		if (frame.functionName === '(idle)' || frame.functionName === '(program)') return `(${frame.functionName.slice(1, -1)})`;
		return 'native, V8 built-ins';
	}
	for (const [name, pattern] of CATEGORIES) if (pattern.test(frame.url)) return name;
	return 'other';
}

/** Categories that say how, not for what: their time is charged to the nearest caller with a category of its own. */
const CHARGED_TO_CALLER = new Set(['native, V8 built-ins', 'node: internals (fs, streams, modules)', 'zod, other dependencies', 'other']);

/**
 * Time by category, in ms, of one profile. A sample in a built-in, in Node's own code or in a
 * small dependency counts for the nearest caller that is one of ours or a named library (a
 * `JSON.stringify` called by the page keys counts as the page keys), so the table says what the
 * time was spent for; garbage collection stays apart, since V8 does not say whose garbage it is.
 */
export function selfTimes(profile: CpuProfile): Map<string, number> {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
	const charged = new Map<number, string>();
	const categoryFor = (id: number): string => {
		const known = charged.get(id);
		if (known) return known;
		const own = categoryOf(byId.get(id)!.callFrame);
		let category = own;
		if (CHARGED_TO_CALLER.has(own)) {
			const up = parent.get(id);
			const above = up === undefined ? own : categoryFor(up);
			category = above.startsWith('(') || above === 'native, V8 built-ins' ? own : above;
		}
		charged.set(id, category);
		return category;
	};
	const totals = new Map<string, number>();
	for (let i = 0; i < profile.samples.length; i++) {
		if (!byId.has(profile.samples[i])) continue;
		const category = categoryFor(profile.samples[i]);
		totals.set(category, (totals.get(category) ?? 0) + profile.timeDeltas[i] / 1000);
	}
	return totals;
}

/** Kinds of output by file name, in the order the table lists them. */
export const OUTPUT_KINDS: [string, RegExp][] = [
	['HTML pages', /\.html$/],
	['social cards (PNG)', /^og\/.*\.png$/],
	['search index (pagefind/)', /^pagefind\//],
	['CSAF documents and hashes', /^\.well-known\/csaf\//],
	['feeds (RSS, Atom, JSON Feed, OPML)', /(rss\.xml|atom\.xml|feed\.json|\.opml)$/],
	['calendars (.ics)', /\.ics$/],
	['STIX bundles', /\.stix\.json$/],
	['indicator CSV', /\.ioc\.csv$/],
	['advisory JSON', /\.json$/],
	['other files', /./],
];

export async function countOutputs(dir: string): Promise<Map<string, number>> {
	const counts = new Map<string, number>(OUTPUT_KINDS.map(([k]) => [k, 0]));
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
		const kind = OUTPUT_KINDS.find(([, pattern]) => pattern.test(file))![0];
		counts.set(kind, counts.get(kind)! + 1);
	}
	return counts;
}

async function main(): Promise<void> {
	const [profileDir, outDir] = process.argv.slice(2);
	if (!profileDir) {
		console.error('Usage: node scripts/bench/cpu-profile.ts <folder of .cpuprofile files> [built site]');
		process.exitCode = 2;
		return;
	}
	// One profile per thread, in the order they started: the main thread first.
	const names = (await readdir(profileDir)).filter((f) => f.endsWith('.cpuprofile')).sort();
	const perThread: Map<string, number>[] = [];
	const threads: string[] = [];
	for (const name of names) {
		const profile = JSON.parse(await readFile(path.join(profileDir, name), 'utf8')) as CpuProfile;
		const times = selfTimes(profile);
		times.delete('(idle)');
		perThread.push(times);
		const busy = [...times.values()].reduce((a, b) => a + b, 0);
		threads.push(`${name}: ${(busy / 1000).toFixed(1)} s busy of ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s`);
	}
	const totals = new Map<string, number>();
	for (const times of perThread) for (const [c, ms] of times) totals.set(c, (totals.get(c) ?? 0) + ms);
	const busy = [...totals.values()].reduce((a, b) => a + b, 0);
	const s = (ms: number | undefined) => (ms ? (ms / 1000).toFixed(1) : '–');
	console.log(`| where | ${names.map((_, i) => `thread ${i} s`).join(' | ')} | all s | share |`);
	console.log(`| --- | ${names.map(() => '---:').join(' | ')} | ---: | ---: |`);
	for (const [category, ms] of [...totals].filter(([, ms]) => ms >= 50).sort((a, b) => b[1] - a[1]))
		console.log(
			`| ${category} | ${perThread.map((t) => s(t.get(category))).join(' | ')} | ${s(ms)} | ${((100 * ms) / busy).toFixed(0)} % |`,
		);
	console.log(`| **busy** | ${perThread.map((t) => s([...t.values()].reduce((a, b) => a + b, 0))).join(' | ')} | **${s(busy)}** | |`);
	console.log(`\n${threads.join('\n')}`);
	if (outDir) {
		console.log(`\n| kind of output | files |\n| --- | ---: |`);
		for (const [kind, n] of await countOutputs(outDir)) console.log(`| ${kind} | ${n} |`);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
