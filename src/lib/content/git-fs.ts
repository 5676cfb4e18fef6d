/**
 * Asks git, three times per build whatever the number of advisories, for the revision history
 * of every advisory file. Outside a git work tree, or without git, every advisory says so
 * instead of failing the build.
 */
import { spawnSync } from 'node:child_process';
import { historyOf, LOG_FORMAT, parseGitLog, type AdvisoryHistory } from './git-log.ts';

function git(dir: string, args: string[]): { ok: true; out: string } | { ok: false; error: string } {
	const result = spawnSync('git', ['-C', dir, '-c', 'core.quotePath=false', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	if (result.error) return { ok: false, error: (result.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : result.error.message };
	if (result.status !== 0) return { ok: false, error: result.stderr.trim().split('\n')[0] || `git exited with ${result.status}` };
	return { ok: true, out: result.stdout };
}

/** History of each advisory id (`<year>/<slug>`) under `advisoriesDir`. */
export function readHistory(advisoriesDir: string, ids: readonly string[]): Map<string, AdvisoryHistory> {
	const unknown = (reason: string) => new Map(ids.map((id) => [id, { state: 'unknown', reason } as const]));
	const where = git(advisoriesDir, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
	if (!where.ok) return unknown(/not a git repository/i.test(where.error) ? 'not a git repository' : where.error);
	const [shallow, prefix = ''] = where.out.split('\n');

	// --relative: paths relative to the advisories folder, so they are `<year>/<slug>.mdx`.
	const log = git(advisoriesDir, ['log', `--format=${LOG_FORMAT}`, '--name-status', '-M', '--relative', '--', '.']);
	// A repository without commits yet: every file is a draft.
	const commits = log.ok ? parseGitLog(log.out) : new Map();
	if (!log.ok && !/does not have any commits/i.test(log.error)) return unknown(log.error);

	const status = git(advisoriesDir, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', '.']);
	const dirty = new Set<string>();
	if (status.ok) {
		const entries = status.out.split('\0');
		for (let i = 0; i < entries.length; i++) {
			const entry = entries[i];
			if (entry.length < 4) continue;
			// Porcelain paths are relative to the repository root; a rename is followed by its old path.
			const path = entry.slice(3);
			if (path.startsWith(prefix)) dirty.add(path.slice(prefix.length));
			if (entry[0] === 'R' || entry[0] === 'C') i++;
		}
	}
	const input = { log: commits, shallow: shallow.trim() === 'true', dirty };
	return new Map(ids.map((id) => [id, historyOf(`${id}.mdx`, input)]));
}
