/**
 * Derived files cached by a digest of everything they are made from. A build asks for a
 * folder by key; when a previous build left it, it is reused as it is, otherwise it is made
 * into a temporary folder and renamed into place only when complete, so a crash never leaves a
 * half-written entry that a later build would trust.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder every build cache lives in (Astro's content store and incremental build, the search
 * indexes, the link check's page facts): `CANHBAO_CACHE`, by default `node_modules/.astro`.
 */
export function cacheRoot(): string {
	return path.resolve(process.env.CANHBAO_CACHE ?? 'node_modules/.astro');
}

/** SHA-256 of a value's JSON with object keys sorted, so equal data always gives the same key. */
export function digestOf(value: unknown): string {
	return createHash('sha256').update(stableJson(value)).digest('hex');
}

export function stableJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (v instanceof Map) return Object.fromEntries([...v].sort(([a], [b]) => String(a).localeCompare(String(b))));
		if (v && typeof v === 'object' && !Array.isArray(v)) {
			return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
		}
		return v;
	});
}

/** Written last into a finished entry: a folder without it is an interrupted one. */
const COMPLETE = '.complete';

export interface CachedFolder {
	folder: string;
	/** True when a previous build had made it. */
	reused: boolean;
}

/**
 * The folder `<root>/<key>`, made by `make(tmp)` unless it already exists. Other entries under
 * `root` are removed afterwards (keeping the `keep` most recent), so the cache holds what the
 * last builds used and does not grow with every change.
 */
export async function cachedFolder(root: string, key: string, make: (folder: string) => Promise<void>, keep = 2): Promise<CachedFolder> {
	const folder = path.join(root, key);
	if (existsSync(path.join(folder, COMPLETE))) return { folder, reused: true };
	const tmp = `${folder}.tmp-${process.pid}`;
	rmSync(tmp, { recursive: true, force: true });
	mkdirSync(tmp, { recursive: true });
	try {
		await make(tmp);
		writeFileSync(path.join(tmp, COMPLETE), key);
		rmSync(folder, { recursive: true, force: true });
		renameSync(tmp, folder);
	} catch (error) {
		rmSync(tmp, { recursive: true, force: true });
		throw error;
	}
	prune(root, key, keep);
	return { folder, reused: false };
}

function prune(root: string, current: string, keep: number): void {
	const others = readdirSync(root, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && entry.name !== current && !entry.name.includes('.tmp-'))
		.map((entry) => ({ name: entry.name, time: statSync(path.join(root, entry.name)).mtimeMs }))
		.sort((a, b) => b.time - a.time);
	for (const entry of others.slice(Math.max(0, keep - 1))) rmSync(path.join(root, entry.name), { recursive: true, force: true });
}

/**
 * Puts a copy of `source` (or of the files `keep` accepts, by path relative to `source`) at
 * `target`: hard links where the file system allows (instant, and the cache entry and the site
 * share the bytes), plain copies elsewhere.
 */
export function linkTree(source: string, target: string, keep: (relative: string) => boolean = () => true, prefix = ''): void {
	mkdirSync(target, { recursive: true });
	for (const entry of readdirSync(source, { withFileTypes: true })) {
		const relative = prefix + entry.name;
		if (entry.name === COMPLETE || !keep(relative)) continue;
		const from = path.join(source, entry.name);
		const to = path.join(target, entry.name);
		if (entry.isDirectory()) linkTree(from, to, keep, `${relative}/`);
		else {
			try {
				linkSync(from, to);
			} catch {
				copyFileSync(from, to);
			}
		}
	}
}
