/** Small built sites written file by file, for the audit checks' unit tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tinySite(files: Record<string, string | Buffer>): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'canhbao-tiny-'));
	made.push(dir);
	for (const [file, content] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		writeFileSync(path.join(dir, file), content);
	}
	return dir;
}

/** A minimal valid page around `body`, with optional extra head markup. */
export function page(body: string, head = ''): string {
	return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
}
