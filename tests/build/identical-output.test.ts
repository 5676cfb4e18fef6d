/**
 * Caches and fast paths must never change what is published: a build that reuses pages, search
 * indexes and rendered bodies from an earlier build writes the same bytes as a build from
 * nothing, also after advisories were added and edited in between; and a body rendered as plain
 * Markdown reads exactly as the MDX integration would render it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureCopy, replaceOnce } from '../helpers/fixture.ts';
import { runBuild, tempCache, tempOut } from '../helpers/build.ts';
import { needsMdx } from '../../src/lib/outputs/body-html.ts';

const MALWARE = 'advisories/2026/7-skhcn-cntt.mdx';
const TET = 'advisories/2019/10-ubnd-kgvx.mdx';
const VULN = 'advisories/2024/5-stttt-cntt.mdx';

/** Every file under `dir` with its bytes, by path relative to it. */
function files(dir: string): Map<string, Buffer> {
	const found = new Map<string, Buffer>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		found.set(path.relative(dir, file), readFileSync(file));
	}
	return found;
}

/** The files that differ between two sites (missing on either side included), so a failure names them. */
function differences(a: string, b: string): string[] {
	const left = files(a);
	const right = files(b);
	const names = [...new Set([...left.keys(), ...right.keys()])].sort();
	return names.filter((name) => {
		const [x, y] = [left.get(name), right.get(name)];
		return !x || !y || !x.equals(y);
	});
}

function build(content: string, cache: string, env: Record<string, string> = {}): string {
	const out = tempOut();
	// Every cache the build keeps goes into the one folder, so "cold" means cold for all of them.
	const result = runBuild(content, out, { cache, env: { CANHBAO_CARD_CACHE: path.join(cache, 'cards'), ...env } });
	if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}\n${result.stdout}`);
	return out;
}

describe('a build with warm caches', () => {
	const content = fixtureCopy();
	const cache = tempCache();
	let cold: string;
	let warm: string;
	let changedWarm: string;
	let changedCold: string;

	beforeAll(() => {
		cold = build(content, cache);
		warm = build(content, cache);
		// A new warning (one more active advisory: the home card's alt text, which pages without a
		// card of their own announce, changes too) and an edit to an old one (its summary shows in
		// listings, feeds and search): the pages that show them must be rendered again, all others
		// reused.
		const source = readFileSync(path.join(content, MALWARE), 'utf8');
		writeFileSync(
			path.join(content, 'advisories/2026/8-skhcn-cntt.mdx'),
			replaceOnce('number: 7/SKHCN-CNTT', 'number: 8/SKHCN-CNTT')(source).replace('issued: 2026-11-20', 'issued: 2026-11-24'),
		);
		writeFileSync(
			path.join(content, TET),
			replaceOnce(
				'summary: Chỉ đạo trực giám sát hệ thống trong dịp Tết.',
				'summary: Chỉ đạo trực giám sát hệ thống trong dịp Tết Nguyên đán.',
			)(readFileSync(path.join(content, TET), 'utf8')),
		);
		changedWarm = build(content, cache);
		changedCold = build(content, tempCache());
	});

	it('writes the same bytes as a cold build of the same content', () => {
		expect(files(cold).size).toBeGreaterThan(50);
		expect(differences(cold, warm)).toEqual([]);
		// The link check keeps its page facts with the other caches, for the next build.
		expect(existsSync(path.join(cache, 'canhbao-links', 'page-facts.bin'))).toBe(true);
	});

	it('after advisories were added and edited, writes what a cold build of the new content writes', () => {
		expect(differences(changedWarm, changedCold)).toEqual([]);
		// The change is really there, so the comparison is not between two stale copies.
		expect(readFileSync(path.join(changedWarm, 'canh-bao/2026/8-skhcn-cntt/index.html'), 'utf8')).toContain('Số: 8/SKHCN-CNTT');
		expect(readFileSync(path.join(changedWarm, 'canh-bao/2019/index.html'), 'utf8')).toContain('Tết Nguyên đán.');
		expect(differences(warm, changedWarm).length).toBeGreaterThan(5);
	});
});

/** Every kind of Markdown a plain body may hold; none of it needs MDX. */
const PLAIN_BODY = `Theo "Bộ Thông tin và Truyền thông" -- ngày 15/01/2019... tình hình **phức tạp**, *đáng lo ngại*, ~~không~~ \`mã lệnh\` và \\*dấu sao\\*, A &amp; B, &#123;ngoặc&#125;, 'nháy đơn'.

## Tình hình chung

Mức "cao" > mức 'trung bình', và 3 > 2.

#### Mục "nhỏ" 'trích'

1. Mục một
2. Mục hai
   - ý phụ thứ nhất
   - ý phụ thứ hai

3) Mục ba, đánh số khác

- Gạch đầu dòng
* Dấu sao

| Cột | Giá trị |
| --- | --- |
| A & B | 10 |

> Trích dẫn văn bản cấp trên.
>
> > Trích dẫn lồng.

Tiêu đề kiểu setext
===================

#### Mục nhỏ

Yêu cầu các cơ quan, đơn vị thực hiện nghiêm túc./.
`;

/** Bodies that only MDX renders as it should: links, JSX, and what MDX writes its own way (expressions are refused by validate). */
const MDX_BODY = `Xem hướng dẫn tại [trang của Cục](https://ais.gov.vn/huong-dan) và ghi chú <span>2</span>{/* số mục */} mục.

Dòng có ngắt\\
dòng tiếp theo.

---

| Cột | Số |
| :-- | --: |
| A | 1 |

- [x] việc đã làm
`;

describe('bodies rendered without MDX', () => {
	let plain: string;
	let mdx: string;
	const content = fixtureCopy({
		[TET]: (text) => `${text.slice(0, text.indexOf('\n---\n') + 5)}\n${PLAIN_BODY}`,
		[VULN]: (text) => `${text.slice(0, text.indexOf('\n---\n') + 5)}\n${MDX_BODY}`,
	});

	beforeAll(() => {
		plain = build(content, tempCache());
		mdx = build(content, tempCache(), { CANHBAO_BODY_RENDER: 'mdx' });
	});

	it('read exactly as the MDX integration renders them', () => {
		// Really on the fast path: nothing in it needs MDX.
		expect(needsMdx(PLAIN_BODY)).toBeUndefined();
		const page = readFileSync(path.join(plain, 'canh-bao/2019/10-ubnd-kgvx/index.html'), 'utf8');
		expect(page).toContain('<h2 id="tình-hình-chung">Tình hình chung</h2>');
		expect(page).toContain('<td>A &amp; B</td>');
		expect(differences(plain, mdx)).toEqual([]);
	});

	it('leave JSX, expressions and links to MDX', () => {
		const page = readFileSync(path.join(plain, 'canh-bao/2024/5-stttt-cntt/index.html'), 'utf8');
		expect(page).toContain(
			'<a href="https://ais.gov.vn/huong-dan" rel="noopener noreferrer external">trang của Cục</a> <span class="ext-domain">(ais.gov.vn)</span>',
		);
		expect(page).toContain('ghi chú <span>2</span> mục');
		expect(page).toContain('<hr/>');
	});
});
