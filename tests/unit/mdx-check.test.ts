/** MDX bodies are refused by `validate` exactly when (or before) the build would refuse them. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyOptions } from '../../src/lib/outputs/body-html.ts';
import { checkBody, problemFromCompileError, type BodyToCheck } from '../../src/lib/content/mdx-check.ts';
import { mdxBody } from '../../src/lib/authoring/mdx-text.ts';
import { formatProblem } from '../../src/lib/util/problems.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { fixtureCopy, TODAY } from '../helpers/fixture.ts';
import { pastedBody, random } from '../helpers/mdx-bodies.ts';

const FILE = 'tests/fixtures/basic/advisories/2026/7-skhcn-cntt.mdx';
const body = (text: string, firstLine = 1): BodyToCheck => ({ file: FILE, text, firstLine });
const lines = (text: string, firstLine = 1) => checkBody(body(text, firstLine)).map(formatProblem);

/** The four bodies of issue #20, each appended to an advisory as an editor would paste it. */
const ISSUE_BODIES = {
	brace: 'Một đoạn có lỗi {1+} ở đây.',
	component: 'Có thành phần <KhongCo /> ở đây.',
	unclosed: '<div>',
	import: 'import x from "khong-co"',
};

describe('validate on MDX bodies', () => {
	it('reports the four mistakes of issue #20 at their line and column in the file, with a hint', () => {
		const appended = Object.fromEntries(
			Object.entries(ISSUE_BODIES).map(([name, text]) => {
				const root = fixtureCopy({ 'advisories/2026/7-skhcn-cntt.mdx': (t) => `${t.trimEnd()}\n\n${text}\n` });
				return [name, checkContent(root, TODAY).problems.map(formatProblem)];
			}),
		);
		const at = (line: number, column: number) => new RegExp(`advisories/2026/7-skhcn-cntt\\.mdx:${line}:${column}: body: `);
		expect(appended.brace).toEqual([expect.stringMatching(at(33, 20))]);
		expect(appended.brace[0]).toMatch(/: body: "\{" starts an expression in MDX; write \\\{ to show a brace$/);
		expect(appended.component).toEqual([expect.stringMatching(at(33, 15))]);
		expect(appended.component[0]).toMatch(/unknown component <KhongCo>; .*write \\<KhongCo to show it as text$/);
		expect(appended.unclosed).toEqual([expect.stringMatching(at(33, 1))]);
		expect(appended.unclosed[0]).toMatch(/<div> is not closed; add <\/div> after its content, or write \\<div> to show it as text$/);
		expect(appended.import).toEqual([expect.stringMatching(at(33, 1))]);
		expect(appended.import[0]).toMatch(/a line starting with "import" is read as JavaScript in MDX; write &#105;mport to show the word$/);
		// One line each: no stack trace, no compiler rule names.
		for (const problems of Object.values(appended)) expect(problems[0]).not.toMatch(/\n|mdx-jsx|oxc|at /);
	});

	it('reports the body of a file whose frontmatter is wrong too: every problem at once', () => {
		const root = fixtureCopy({
			'advisories/2026/7-skhcn-cntt.mdx': (t) => `${t.replace('severity: high', 'severity: hihg').trimEnd()}\n\n<KhongCo />\n`,
		});
		expect(checkContent(root, TODAY).problems.map(formatProblem)).toEqual([
			expect.stringMatching(/7-skhcn-cntt\.mdx:9: severity: expected one of/),
			expect.stringMatching(/7-skhcn-cntt\.mdx:33:1: body: unknown component <KhongCo>/),
		]);
	});

	it('gives a hint for each common mistake', () => {
		expect(lines('Nhiệt độ 5<3 độ')).toEqual([`${FILE}:1:11: body: "<" starts a tag in MDX; write \\< to show it`]);
		expect(lines('Đoạn\n\n<!-- ghi chú -->', 40)).toEqual([
			`${FILE}:42:1: body: HTML comments (<!-- … -->) are not allowed in MDX; write {/* … */}, or \\<!-- to show it as text`,
		]);
		expect(lines('Xem <https://khonggianmang.vn>')).toEqual([
			`${FILE}:1:5: body: <…> around a web address is not a link in MDX; write [text](https://…), or \\< to show a "<"`,
		]);
		expect(lines('Dòng một<br>dòng hai')).toEqual([
			`${FILE}:1:9: body: <br> has no closing tag; write <br /> in MDX, or \\<br> to show it as text`,
		]);
		expect(lines('chữ </div> thừa')).toEqual([
			`${FILE}:1:5: body: </div> closes no open tag here; remove it, or write \\</div> to show it as text`,
		]);
		expect(lines('export dữ liệu ra tệp')).toEqual([
			`${FILE}:1:1: body: advisory bodies cannot import or export; a line starting with "export" is read as JavaScript in MDX; write &#101;xport to show the word`,
		]);
		expect(lines('Đoạn.\n\nimport các bản vá mới', 5)).toEqual([
			`${FILE}:7:1: body: advisory bodies cannot import or export; a line starting with "import" is read as JavaScript in MDX; write &#105;mport to show the word`,
		]);
		expect(lines('Cuối {', 3)).toEqual([`${FILE}:3:6: body: "{" starts an expression in MDX; write \\{ to show a brace`]);
	});

	it('refuses what compiles but runs code or needs a component no page gives', () => {
		expect(lines('Giá {1 + 1} đồng')).toEqual([
			`${FILE}:1:5: body: {1 + 1} would run as JavaScript; "{" starts an expression in MDX; write \\{ to show a brace`,
		]);
		expect(lines('export const a = 1')).toEqual([
			`${FILE}:1:1: body: advisory bodies cannot import or export; a line starting with "export" is read as JavaScript in MDX; write &#101;xport to show the word`,
		]);
		expect(lines('a <x.Y /> b')[0]).toMatch(/:1:3: body: unknown component <x\.Y>/);
		expect(lines('<div title={x}>y</div>')[0]).toMatch(
			/:1:1: body: <div title=\{…\}> would run as JavaScript; write title="text" instead$/,
		);
		expect(lines('<div {...props}>y</div>')[0]).toMatch(/:1:1: body: <div> has a \{…\} attribute/);
	});

	it('refuses tags and attributes that would run code or that the page’s security policy blocks', () => {
		expect(lines('a <script>alert(1)</script>')).toEqual([
			`${FILE}:1:3: body: <script> is not allowed in an advisory body: the page's security policy would block it or it would change the page itself; write \\<script> to show it as text`,
		]);
		expect(lines('<iframe title="x"></iframe>')[0]).toMatch(/:1:1: body: <iframe> is not allowed/);
		expect(lines('<style>p{}</style>')[0]).toMatch(/:1:1: body: <style> is not allowed/);
		expect(lines('<div onClick="alert(1)">x</div>')[0]).toMatch(
			/:1:1: body: <div onClick="…">: event handlers are not allowed in an advisory body/,
		);
		expect(lines('<span style="color: red">đỏ</span>')[0]).toMatch(
			/:1:1: body: <span style="…">: the page's security policy ignores inline styles; remove the attribute$/,
		);
	});

	it('checks images as the build imports them and its link check judges them', () => {
		expect(lines('![sơ đồ](./khong-co.png)')[0]).toMatch(
			/:1:1: body: image "\.\/khong-co\.png" is not a file next to the advisory \(tests\/fixtures\/basic\/advisories\/2026\/khong-co\.png\); save the image next to the advisory file and write !\[text\]\(\.\/name\.png\)$/,
		);
		expect(lines('![sơ đồ](https://example.com/a%zz.png)')[0]).toMatch(/image address "https:\/\/example\.com\/a%zz\.png" is not valid/);
		expect(lines('Ảnh ![sơ đồ](https://example.com/a.png)')[0]).toMatch(
			/:1:5: body: image "https:\/\/example\.com\/a\.png" would load from another site, which the site's security policy refuses/,
		);
		expect(lines('![logo](/logo.png)')[0]).toMatch(
			/:1:1: body: image "\/logo\.png": a site path in an image is not given the site's base path/,
		);
		// A reference is reported where its address is written.
		expect(lines('![sơ đồ][h]\n\n[h]: https://example.com/a.png')[0]).toMatch(
			/:3:1: body: image "https:\/\/example\.com\/a\.png" would load from another site/,
		);
		expect(lines('Ảnh <img src="./a.png" alt="" />')[0]).toMatch(
			/:1:5: body: <img src="…"> loads a file the build neither copies nor checks; write an image as !\[text\]\(\.\/file\.png\)/,
		);
		const dir = mkdtempSync(path.join('node_modules', '.cache-mdx-check-'));
		try {
			writeFileSync(path.join(dir, 'so-do.png'), '');
			expect(checkBody({ file: path.join(dir, 'a.mdx'), text: '![sơ đồ](./so-do.png) và ![lại](so-do.png)', firstLine: 1 })).toEqual([]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('checks links as the page writes them and the build follows them', () => {
		expect(lines('Xem [tệp](khong-co.html).')[0]).toMatch(
			/:1:5: body: link "khong-co\.html" is relative; write a site path starting with "\/" \(such as \/canh-bao\/2019\/357-ubnd-kgvx\/\) or a full https:\/\/ address$/,
		);
		expect(lines('[tệp](%zz)')[0]).toMatch(/link "%zz" is not a valid address/);
		expect(lines('[tệp][t]\n\n[t]: ./tep.pdf', 20)[0]).toMatch(/:22:1: body: link "\.\/tep\.pdf" is relative/);
		expect(lines('Thẻ <a href="https://example.com">a</a>')[0]).toMatch(
			/:1:5: body: <a href="…"> is a link the site neither checks nor marks; write it as \[text\]\(address\)$/,
		);
		expect(
			lines(
				'[a](/canh-bao/2019/10-ubnd-kgvx/) [b](#viec-1) [c](https://example.com/a%20b) [d](mailto:a@b.vn) https://khonggianmang.vn <a id="neo">neo</a>',
			),
		).toEqual([]);
	});

	it('accepts escaped text, comments, HTML and Markdown', () => {
		const accepted = [
			'Biểu thức \\{alert(7)\\} và \\<KhongCo /> và &lt;div&gt;',
			'&#105;mport secrets from "node:fs"\n\n&#101;xport const leaked = 1',
			'Ghi chú {/* không hiện */} ở giữa.\n\n{/* cả khối */}',
			'<div class="ghi-chu">\n\nĐoạn **đậm** trong khối.\n\n</div>\n\n<span title="x">a</span><br /><>mảnh</>',
			'`mã {x} <y>` và\n\n```\nimport {a} from "b"\n<div>\n```',
			'- [ ] việc một\n- [x] việc hai\n\n| a | b |\n| :-- | --: |\n| 1 | 2 |\n\nChú thích[^1].\n\n[^1]: Nội dung.',
			'[liên kết](https://khonggianmang.vn/) và <a id="neo">neo</a>',
		];
		for (const text of accepted) expect(lines(text), text).toEqual([]);
	});

	it('passes every advisory of the sample content', () => {
		expect(
			checkContent('content', TODAY)
				.problems.filter((p) => p.field === 'body')
				.map(formatProblem),
		).toEqual([]);
	});
});

describe('errors met while compiling', () => {
	const file = path.resolve(FILE);
	const read = () => 'a\nb\nimport x from "khong-co"\n';

	it('read as one line from the bundler’s wrapped error', () => {
		// The shape rolldown throws: an aggregate whose `errors` hold the plugin's MDXError.
		const aggregate = Object.assign(new Error('Build failed with 1 error:\n\n[plugin @mdx-js/rolldown] x'), {
			errors: [
				Object.assign(new Error('33:20: Could not parse expression with oxc: Unexpected token (mdx-jsx:unexpected-character)'), {
					name: 'MDXError',
					loc: { file, line: 33, column: 20 },
				}),
			],
		});
		expect(formatProblem(problemFromCompileError(aggregate, read)!)).toBe(
			`${FILE}:33:20: body: "{" starts an expression in MDX; write \\{ to show a brace`,
		);
		// Only its text left.
		const text = new Error(
			`Build failed with 1 error:\n\n[plugin @mdx-js/rolldown] ${file}:33:1\nMDXError: 33:1: Expected a closing tag for \`<div>\` (33:1) (mdx-jsx:unexpected-character)\n    at handler (x.js:1:1)`,
		);
		expect(formatProblem(problemFromCompileError(text, read)!)).toBe(
			`${FILE}:33:1: body: <div> is not closed; add </div> after its content, or write \\<div> to show it as text`,
		);
		const unresolved = new Error(`[vite]: Rolldown failed to resolve import "khong-co" from "${file}".\nThis is most likely unintended`);
		expect(formatProblem(problemFromCompileError({ errors: [unresolved] }, read)!)).toBe(
			`${FILE}:3:1: body: "khong-co" cannot be imported: advisory bodies cannot import or export; a line starting with "import" is read as JavaScript in MDX; write &#105;mport to show the word`,
		);
	});

	it('finds a component met only while rendering in the advisories', () => {
		const rendering = new Error('Expected component `KhongCo` to be defined: you likely forgot to import, pass, or provide it.');
		const root = fixtureCopy({
			'advisories/2026/7-skhcn-cntt.mdx': (t) => `${t.trimEnd()}\n\nCó <a href="x">a</a> và <KhongCo /> ở đây.\n`,
		});
		const read = (f: string) => readFileSync(f, 'utf8');
		expect(formatProblem(problemFromCompileError(rendering, read, root)!)).toMatch(
			/advisories\/2026\/7-skhcn-cntt\.mdx:33:25: body: unknown component <KhongCo>; .*write \\<KhongCo to show it as text$/,
		);
		// An object (`<a.b />`) is not mistaken for an ordinary <a href>.
		const object = new Error('Expected object `a` to be defined: you likely forgot to import, pass, or provide it.');
		expect(problemFromCompileError(object, read, root)).toBeUndefined();
	});

	it('leaves other errors alone', () => {
		expect(problemFromCompileError(new Error('ENOSPC: no space left on device'), read)).toBeUndefined();
		expect(problemFromCompileError({ loc: { file: '/x/page.astro', line: 1 }, message: 'x' }, read)).toBeUndefined();
	});
});

/**
 * The property: whatever `validate` accepts, the build accepts. Bodies are put together at random
 * (seeded, so a failure repeats) from the pieces editors paste; each accepted one is compiled by
 * the MDX integration's own compiler, exactly as the build calls it, and the module is loaded and
 * run (which resolves its imports, evaluates its expressions and looks up its components).
 */
describe('the property: a body validate accepts always builds', () => {
	const dir = mkdtempSync(path.join(path.resolve('node_modules'), '.cache-mdx-property-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const renderer = satteri().createMdxRenderer!(
		{ syntaxHighlight: false, shikiConfig: {}, gfm: bodyOptions.gfm, smartypants: bodyOptions.smartypants },
		{ optimize: false, srcDir: pathToFileURL(`${path.resolve('src')}/`), sourcemap: false },
	);
	let count = 0;

	/** Compiles and runs a body as the build does; throws what the build would throw. */
	async function build(text: string): Promise<void> {
		const file = path.join(dir, `b${count++}.mdx`);
		const { code } = await (await renderer).process(text, file, {});
		const module = path.join(dir, `b${count}.mjs`);
		// The integration's post-processing exports the content as `Content`; the compiled module names it MDXContent.
		writeFileSync(module, `${code}\nexport default MDXContent;\n`);
		const { default: Content } = (await import(pathToFileURL(module).href)) as { default: (props: object) => unknown };
		Content({ components: { a: () => null } });
	}

	it('holds for random bodies made of what editors paste', { timeout: 120_000 }, async () => {
		const next = random(20);
		let accepted = 0;
		let refused = 0;
		for (let i = 0; i < 1000; i++) {
			const text = pastedBody(next);
			const problems = checkBody({ file: path.join(dir, 'x.mdx'), text, firstLine: 10 });
			if (problems.length) {
				refused++;
				// Refused: one line each, inside the body.
				const lastLine = 10 + text.split('\n').length - 1;
				for (const problem of problems) {
					expect(problem.line, text).toBeGreaterThanOrEqual(10);
					expect(problem.line, text).toBeLessThanOrEqual(lastLine);
					expect(formatProblem(problem)).not.toContain('\n');
				}
				continue;
			}
			accepted++;
			await expect(build(text), text).resolves.toBeUndefined();
		}
		// Both sides are really exercised.
		expect(accepted).toBeGreaterThan(100);
		expect(refused).toBeGreaterThan(100);
	});

	it('holds for every body the importer writes from hostile text', { timeout: 60_000 }, async () => {
		const next = random(7);
		const alphabet = 'aăâbcdđeêoôơuưy ÀẢÃÁẠ{}<>[]()!#*_`~|&\\/:;="\'-+.%$0123456789\n';
		for (let i = 0; i < 200; i++) {
			const paragraphs = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
				Array.from({ length: 1 + Math.floor(next() * 60) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
			);
			paragraphs.push(pickWord(next));
			const text = mdxBody(paragraphs);
			expect(checkBody({ file: path.join(dir, 'x.mdx'), text, firstLine: 1 }).map(formatProblem), text).toEqual([]);
			await expect(build(text), text).resolves.toBeUndefined();
		}
	});

	function pickWord(next: () => number): string {
		const words = ['import x from "khong-co"', 'export const a = 1', '<KhongCo />', '{1+}', '<div>', '<!-- c -->'];
		return words[Math.floor(next() * words.length)];
	}

	mkdirSync(dir, { recursive: true });
});
