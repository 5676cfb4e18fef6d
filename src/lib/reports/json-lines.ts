/**
 * The line a value starts on in JSON text, by its path (`['actions', 3, 'date']`): so problems in
 * a report file point at the line to look at. Only called when there is a problem to report.
 */
import type { FieldPath } from '../util/problems.ts';

export function lineOf(text: string, path: FieldPath): number | undefined {
	let i = 0;
	let line = 1;
	const skip = () => {
		while (i < text.length) {
			const c = text[i];
			if (c === '\n') line++;
			else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\uFEFF') return;
			i++;
		}
	};
	const string = (): string => {
		const from = i;
		i++;
		while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
		i++;
		try {
			return JSON.parse(text.slice(from, i)) as string;
		} catch {
			return '';
		}
	};
	// Skips one value; returns false on text that is not JSON.
	const value = (): boolean => {
		skip();
		const c = text[i];
		if (c === '"') return (string(), true);
		if (c === '{' || c === '[') {
			const close = c === '{' ? '}' : ']';
			i++;
			for (;;) {
				skip();
				if (text[i] === close) return (i++, true);
				if (c === '{') {
					string();
					skip();
					i++; // the colon
				}
				if (!value()) return false;
				skip();
				if (text[i] === ',') i++;
				else if (text[i] !== close) return false;
			}
		}
		const m = /^[^,\]}\s]+/.exec(text.slice(i, i + 64));
		if (!m) return false;
		i += m[0].length;
		return true;
	};
	for (const part of path) {
		skip();
		const c = text[i];
		if (typeof part === 'number' && c === '[') {
			i++;
			for (let n = 0; ; n++) {
				skip();
				if (text[i] === ']' || i >= text.length) return line;
				if (n === part) break;
				if (!value()) return undefined;
				skip();
				if (text[i] === ',') i++;
			}
		} else if (typeof part === 'string' && c === '{') {
			i++;
			for (;;) {
				skip();
				if (text[i] === '}' || i >= text.length) return line;
				const key = string();
				skip();
				i++;
				if (key === part) break;
				if (!value()) return undefined;
				skip();
				if (text[i] === ',') i++;
			}
		} else return line;
	}
	skip();
	return line;
}

/**
 * The first key written twice in one object, with its line: JSON.parse silently keeps the last,
 * so a second "recipient" could hide behind the first one a reader sees. Text must be valid JSON.
 */
export function duplicateKey(text: string): { key: string; line: number } | undefined {
	let line = 1;
	const stack: (Set<string> | null)[] = [];
	let expectKey = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\n') line++;
		else if (c === '{') {
			stack.push(new Set());
			expectKey = true;
		} else if (c === '[') {
			stack.push(null);
			expectKey = false;
		} else if (c === '}' || c === ']') {
			stack.pop();
			expectKey = false;
		} else if (c === ',') expectKey = stack.at(-1) instanceof Set;
		else if (c === '"') {
			let j = i + 1;
			let escaped = false;
			while (j < text.length && text[j] !== '"') {
				if (text[j] === '\\') {
					escaped = true;
					j++;
				}
				j++;
			}
			if (expectKey) {
				const raw = text.slice(i + 1, j);
				const key = escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
				const keys = stack.at(-1) as Set<string>;
				if (keys.has(key)) return { key, line };
				keys.add(key);
				expectKey = false;
			}
			i = j;
		}
	}
	return undefined;
}
