/** Copies of the fixture content root that a test may break on purpose. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const FIXTURE = path.resolve('tests/fixtures/basic');
export const TODAY = '2026-11-26';

const made: string[] = [];
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the fixture, with `edits` applied: file → replacement function or new text. */
export function fixtureCopy(edits: Record<string, string | ((text: string) => string)> = {}): string {
	const root = mkdtempSync(path.join(tmpdir(), 'canhbao-fixture-'));
	made.push(root);
	cpSync(FIXTURE, root, { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const target = path.join(root, file);
		const before = typeof edit === 'function' ? readFileSync(target, 'utf8') : '';
		const after = typeof edit === 'function' ? edit(before) : edit;
		if (typeof edit === 'function' && after === before) throw new Error(`edit of ${file} changed nothing`);
		writeFileSync(target, after);
	}
	return root;
}

/** Replaces exactly one occurrence, so a test fails loudly when the fixture drifts. */
export function replaceOnce(search: string, replacement: string) {
	return (text: string) => {
		const count = text.split(search).length - 1;
		if (count !== 1) throw new Error(`expected "${search}" once in the fixture, found it ${count} times`);
		return text.replace(search, replacement);
	};
}
