/**
 * Revision history of advisories from git: when each file was first committed (published) and
 * every later commit that changed it. Pure: parses what one `git log` over the whole advisories
 * folder printed, so a build with 1,000 advisories runs git once, not once per file.
 */

/** One commit that touched an advisory's file. */
export interface Revision {
	commit: string;
	/** Committer date, RFC 3339 with the committer's offset: when it entered the history. */
	date: string;
	/** First line of the commit message. */
	subject: string;
}

export type AdvisoryHistory =
	| {
			state: 'recorded';
			/** The commit that added the file; absent when the history is cut off before it. */
			published?: Revision;
			/** The oldest commit seen: `published`, or the cut-off edge of a shallow clone. */
			firstSeen: Revision;
			/** Commits after it, oldest first. */
			changes: Revision[];
			/** The clone's history starts after the file existed (a shallow clone): earlier changes are unknown. */
			truncated: boolean;
			/** The working copy has changes not committed yet (a local build). */
			uncommitted: boolean;
	  }
	/** In a git work tree but never committed: a draft. */
	| { state: 'draft' }
	/** Built outside git, or git is missing: nothing is known. */
	| { state: 'unknown'; reason: string };

/** `git log` format: a record separator, then hash, parents, committer date and subject. */
export const LOG_FORMAT = '%x1e%H%x1f%P%x1f%cI%x1f%s';

/** A commit as it touched one path. */
export interface Touch extends Revision {
	status: string;
	/** No parents listed: a root commit, or the cut-off edge of a shallow clone. */
	root: boolean;
}

/**
 * Parses `git log --name-status -M --format=<LOG_FORMAT>` (newest first) into the commits of each
 * path, newest first, following renames so a file moved to its right year folder keeps its past.
 */
export function parseGitLog(output: string): Map<string, Touch[]> {
	const byPath = new Map<string, Touch[]>();
	/** Older name → the name the file has now. */
	const renamedTo = new Map<string, string>();
	for (const record of output.split('\x1e')) {
		const [header, ...lines] = record.split('\n');
		const fields = header.split('\x1f');
		if (fields.length < 4) continue;
		const [commit, parents, date, ...subject] = fields;
		const base = { commit, date, subject: subject.join('\x1f'), root: parents.trim() === '' };
		for (const line of lines) {
			const [status, ...paths] = line.split('\t');
			if (!status || !paths.length) continue;
			const path = paths.at(-1)!;
			const current = renamedTo.get(path) ?? path;
			const list = byPath.get(current) ?? [];
			list.push({ ...base, status: status[0] });
			byPath.set(current, list);
			if (status[0] === 'R' && paths.length === 2) renamedTo.set(paths[0], current);
		}
	}
	return byPath;
}

export interface HistoryInput {
	/** Commits per path, from parseGitLog. */
	log: Map<string, Touch[]>;
	/** Whether the clone is shallow. */
	shallow: boolean;
	/** Paths with uncommitted changes (modified, added or untracked). */
	dirty: ReadonlySet<string>;
}

/** The history of one file (path relative to the advisories folder). */
export function historyOf(path: string, input: HistoryInput): AdvisoryHistory {
	const touches = input.log.get(path) ?? [];
	// Only the file's current life: from the commit that last added it.
	const added = touches.findIndex((t) => t.status === 'A');
	const life = added >= 0 ? touches.slice(0, added + 1) : touches;
	if (!life.length) return { state: 'draft' };
	const oldest = life.at(-1)!;
	// In a shallow clone the cut-off commit lists every file as added, though it may be older.
	const truncated = oldest.status !== 'A' || (input.shallow && oldest.root);
	const revisions = life.map(({ commit, date, subject }) => ({ commit, date, subject })).reverse();
	return {
		state: 'recorded',
		published: truncated ? undefined : revisions[0],
		firstSeen: revisions[0],
		changes: revisions.slice(1),
		truncated,
		uncommitted: input.dirty.has(path),
	};
}
