/**
 * The line a value starts on in JSON text, by its path (`['actions', 3, 'date']`): so problems in
 * a report file point at the line to look at. Only called when there is a problem to report.
 */
import type { FieldPath } from '../problems.ts';

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
		if (c === '"') return string(), true;
		if (c === '{' || c === '[') {
			const close = c === '{' ? '}' : ']';
			i++;
			for (;;) {
				skip();
				if (text[i] === close) return i++, true;
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
