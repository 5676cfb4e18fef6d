/** A failed build stops with a message, and the last good site stays exactly as it was. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureCopy, replaceOnce } from '../helpers/fixture.ts';
import { runBuild, tempCache, tempOut } from '../helpers/build.ts';

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
	const out = tempOut();
	// Shared by every build here, so the broken builds run with the caches the good one left
	// (the link check's page facts among them), as a commit after a published one does.
	const cache = tempCache();
	let before: Record<string, string>;
	beforeAll(() => {
		const good = runBuild(fixtureCopy(), out, { cache });
		if (good.status !== 0) throw new Error(good.stderr);
		before = snapshot(out);
		// Everything the build makes is in the folder it swaps in: pages, search index, sitemap.
		expect(Object.keys(before)).toEqual(
			expect.arrayContaining(['index.html', 'pagefind/pagefind.js', 'sitemap-index.xml', 'robots.txt', '_headers']),
		);
	});

	it('reports bad content and leaves the last good output untouched', () => {
		const broken = fixtureCopy({
			'advisories/2026/7-skhcn-cntt.mdx': replaceOnce(
				'recipients: [so-ban-nganh, ubnd-cap-xa]',
				'recipients: [so-ban-nganh, ubnd-cap-xaa]',
			),
		});
		const bad = runBuild(broken, out, { cache });
		expect(bad.status).toBe(1);
		expect(bad.stderr).toMatch(
			/advisories\/2026\/7-skhcn-cntt\.mdx:10: recipients\[1\]: unknown recipient "ubnd-cap-xaa"; known ids: ubnd-cap-xa/,
		);
		expect(bad.stderr).toContain('Build failed; the last good site in');
		expect(snapshot(out)).toEqual(before);
		// No staging folder is left behind beside it.
		expect(readdirSync(path.dirname(out))).toEqual(['dist']);
	});

	it('also when the problem shows only after the pages and the search index were written', () => {
		// A link to a part of an advisory that does not exist is found only by the link check, the
		// build's last step (the content check knows files, not the ids in their pages).
		const broken = fixtureCopy({
			'advisories/2026/7-skhcn-cntt.mdx': replaceOnce(
				'Trung tâm giám sát phát hiện chiến dịch thư giả mạo.',
				'Trung tâm giám sát phát hiện chiến dịch thư giả mạo.\n\nXem thêm [mục 9](/canh-bao/2019/10-ubnd-kgvx/#viec-khong-co).',
			),
		});
		const bad = runBuild(broken, out, { cache });
		expect(bad.status).toBe(1);
		expect(bad.stderr).toContain('Content has 1 problem:');
		expect(bad.stderr).toMatch(
			/advisories\/2026\/7-skhcn-cntt\.mdx:33: body: link "\/canh-bao-thu\/canh-bao\/2019\/10-ubnd-kgvx\/#viec-khong-co": no element with id "viec-khong-co" in canh-bao\/2019\/10-ubnd-kgvx\/index\.html/,
		);
		expect(bad.stderr).toContain('Build failed; the last good site in');
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(path.dirname(out))).toEqual(['dist']);
	});
});
