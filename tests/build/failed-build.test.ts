/** A bad file stops the build with a message, and the last good site stays exactly as it was. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCopy, replaceOnce } from '../helpers/fixture.ts';
import { runBuild, tempOut } from '../helpers/build.ts';

function snapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		files[path.relative(dir, file)] = `${statSync(file).mtimeMs}:${readFileSync(file).length}`;
	}
	return files;
}

describe('a failed build', () => {
	it('reports the problem and leaves the last good output untouched', () => {
		const content = fixtureCopy();
		const out = tempOut();
		const good = runBuild(content, out);
		expect(good.status, good.stderr).toBe(0);
		const before = snapshot(out);

		const broken = fixtureCopy({ 'advisories/2026/7-skhcn-cntt.mdx': replaceOnce('recipients: [so-ban-nganh, ubnd-cap-xa]', 'recipients: [so-ban-nganh, ubnd-cap-xaa]') });
		const bad = runBuild(broken, out);
		expect(bad.status).toBe(1);
		expect(bad.stderr).toMatch(/advisories\/2026\/7-skhcn-cntt\.mdx:10: recipients\[1\]: unknown recipient "ubnd-cap-xaa"; known ids: ubnd-cap-xa/);
		expect(bad.stderr).toContain('Build failed; the last good site in');
		expect(snapshot(out)).toEqual(before);
		// No staging folder is left behind beside it.
		expect(readdirSync(path.dirname(out))).toEqual(['dist']);
	});
});
