/**
 * One shape for every complaint about editor input, used by the build, `validate` and `import`:
 * `content/advisories/2019/357-ubnd-kgvx.mdx:12: recipients[2]: unknown recipient "x"; known ids: …`
 */
export interface Problem {
	/** File the problem is in, relative to the working directory. */
	file: string;
	/** 1-based line, when it can be located. */
	line?: number;
	/** 1-based column on that line, when the checker knows it (MDX bodies). */
	column?: number;
	/** Field path as written in the file ("actions[1].assignees[0]"); empty for the whole file. */
	field: string;
	/** What was found and what is expected. */
	message: string;
}

export function formatProblem(problem: Problem): string {
	const where = problem.line ? `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''}` : problem.file;
	return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** Thrown when content has problems; its message lists them all, one per line. */
export class ContentError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[]) {
		const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
		super(`Content has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}

export type FieldPath = ReadonlyArray<string | number>;

/** `['actions', 1, 'assignees', 0]` → `actions[1].assignees[0]`. */
export function fieldName(path: FieldPath): string {
	return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}

/** Lists known ids compactly: the closest ones first, so the fix is usually the first name shown. */
export function knownIds(wanted: string, ids: Iterable<string>, limit = 8): string {
	const sorted = [...ids].sort((a, b) => distance(wanted, a) - distance(wanted, b) || a.localeCompare(b));
	const shown = sorted.slice(0, limit).join(', ');
	return sorted.length > limit ? `${shown}, … (${sorted.length} in all)` : shown;
}

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length];
}
