/**
 * MDX bodies in the real build: a body `validate` accepts builds and reads as written; each body
 * of issue #20 stops the build in its content check with validate's one line, before anything
 * is compiled, and the last good site stays.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/content/mdx-check.ts';
import { formatProblem } from '../../src/lib/util/problems.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { fixtureCopy, TODAY } from '../helpers/fixture.ts';
import { pastedBody, random } from '../helpers/mdx-bodies.ts';
import { runBuild, tempCache, tempOut } from '../helpers/build.ts';

const ADVISORY = 'advisories/2026/7-skhcn-cntt.mdx';
const append = (text: string) => ({ [ADVISORY]: (body: string) => `${body.trimEnd()}\n\n${text}\n` });

/** What validate accepts that is not plain Markdown: it takes the MDX path of the build. */
const ACCEPTED = [
	'Biểu thức \\{1+\\} và \\<KhongCo /> và &lt;div&gt; hiện nguyên văn.',
	'&#105;mport x from "khong-co"',
	'Ghi chú {/* không hiện ra */} ở giữa.',
	'<div class="ghi-chu">',
	'',
	'Đoạn **đậm** trong khối.',
	'',
	'</div>',
	'',
	'Dòng một<br />dòng hai và <span title="chú thích">thẻ span</span> và <>mảnh</>.',
	'',
	'Xem [văn bản trước](/canh-bao/2019/10-ubnd-kgvx/), [việc cần làm](#viec-can-lam), https://khonggianmang.vn và [tham chiếu][tc].',
	'',
	'![Sơ đồ tấn công](./so-do.png)',
	'',
	'[tc]: https://khonggianmang.vn/tin',
].join('\n');
/** A 1×1 PNG, the image the body shows from beside the advisory file. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function snapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		files[path.relative(dir, file)] = `${statSync(file).mtimeMs}:${readFileSync(file).length}`;
	}
	return files;
}

describe('MDX bodies in the build', () => {
	const out = tempOut();
	const cache = tempCache();
	let before: Record<string, string>;
	beforeAll(() => {
		const content = fixtureCopy(append(ACCEPTED));
		writeFileSync(path.join(content, 'advisories/2026/so-do.png'), PNG);
		const good = runBuild(content, out, { cache });
		if (good.status !== 0) throw new Error(good.stderr);
		before = snapshot(out);
	});

	it('builds a body validate accepts, and shows it as written', () => {
		const html = readFileSync(path.join(out, 'canh-bao/2026/7-skhcn-cntt/index.html'), 'utf8');
		expect(html).toContain('Biểu thức {1+} và &lt;KhongCo /&gt; và &lt;div&gt; hiện nguyên văn.');
		expect(html).toContain('import x from &quot;khong-co&quot;');
		expect(html).toContain('Ghi chú  ở giữa.');
		expect(html).not.toContain('không hiện ra');
		expect(html).toMatch(/<div class="ghi-chu"><p>Đoạn <strong>đậm<\/strong> trong khối.<\/p><\/div>/);
		expect(html).toMatch(/<img src="\/canh-bao-thu\/_astro\/so-do\.[\w-]+\.webp" alt="Sơ đồ tấn công"/);
		expect(html).toContain('<a href="/canh-bao-thu/canh-bao/2019/10-ubnd-kgvx/">văn bản trước</a>');
		expect(html).toContain('<p>Dòng một<br/>dòng hai và <span title="chú thích">thẻ span</span> và mảnh.');
	});

	const bodies: [string, string, RegExp][] = [
		[
			'a brace',
			'Một đoạn có lỗi {1+} ở đây.',
			/7-skhcn-cntt\.mdx:33:20: body: "\{" starts an expression in MDX; write \\\{ to show a brace\n/,
		],
		[
			'an unknown component',
			'<KhongCo />',
			/7-skhcn-cntt\.mdx:33:1: body: unknown component <KhongCo>; .* write \\<KhongCo to show it as text\n/,
		],
		[
			'an unclosed tag',
			'Mở <div> mà không đóng.',
			/7-skhcn-cntt\.mdx:33:4: body: <div> is not closed; add <\/div> after its content, or write \\<div> to show it as text\n/,
		],
		[
			'an import',
			'import x from "khong-co"',
			/7-skhcn-cntt\.mdx:33:1: body: advisory bodies cannot import or export; a line starting with "import" is read as JavaScript in MDX; write &#105;mport to show the word\n/,
		],
	];
	for (const [name, text, line] of bodies) {
		it(`stops at ${name} with validate's line and keeps the last good site`, () => {
			const bad = runBuild(fixtureCopy(append(text)), out, { cache });
			expect(bad.status).toBe(1);
			expect(bad.stderr).toMatch(line);
			expect(bad.stderr).toContain('Build failed; the last good site in');
			// No compiler stack trace: the content check refused the body before anything was compiled.
			expect(bad.stderr).not.toMatch(/MDXError|rolldown|\n\s+at /);
			expect(snapshot(out)).toEqual(before);
		});
	}
});

describe('the property in the real build', () => {
	it('builds every random body validate accepts, each in its own advisory', () => {
		const next = random(2026);
		const accepted: string[] = [];
		while (accepted.length < 40) {
			const text = pastedBody(next);
			if (!checkBody({ file: ADVISORY, text, firstLine: 1 }).length) accepted.push(text);
		}
		const template = readFileSync(path.join('tests/fixtures/basic', ADVISORY), 'utf8');
		const head = template.slice(0, template.indexOf('\n---\n') + 5);
		const content = fixtureCopy(
			Object.fromEntries(
				accepted.map((text, i) => [
					`advisories/2026/${100 + i}-skhcn-cntt.mdx`,
					`${head.replace('number: 7/SKHCN-CNTT', `number: ${100 + i}/SKHCN-CNTT`)}\n${text}\n`,
				]),
			),
		);
		// Accepted one by one, and together: what the build is about to see passes validate.
		expect(checkContent(content, TODAY).problems.map(formatProblem)).toEqual([]);
		const result = runBuild(content, tempOut());
		expect(result.status, result.stderr).toBe(0);
	});
});
