/**
 * Random advisory bodies made of what editors paste from documents (braces, angle brackets,
 * tags, components, imports, comments, links, images), seeded so that a failure repeats: the
 * material of the property "whatever validate accepts, the build accepts".
 */

const PIECES = [
	'Văn bản',
	'an toàn thông tin',
	'số 357/UBND-KGVX',
	'Sở Khoa học và Công nghệ',
	'ngày 15/01/2019',
	'rà soát',
	'lỗ hổng',
	'bản vá',
	'mã độc',
	'5 < 3',
	'a<b',
	'{',
	'}',
	'{1+}',
	'{1+1}',
	'{x}',
	'{/* ghi chú */}',
	'\\{',
	'\\}',
	'\\<',
	'&lt;',
	'&amp;',
	'&#105;mport',
	'<div>',
	'</div>',
	'<div>khối</div>',
	'<span>x</span>',
	'<KhongCo />',
	'<Khong.Co />',
	'<br>',
	'<br />',
	'<>mảnh</>',
	'<p class="x">đoạn</p>',
	'<div title={x}>y</div>',
	'<!-- c -->',
	'<https://example.com>',
	'[liên kết](https://example.com)',
	'![ảnh](https://example.com/a.png)',
	'![ảnh](./khong-co.png)',
	'![ảnh](/a.png)',
	'%',
	'**đậm**',
	'_nghiêng_',
	'`mã {x}`',
	'"trích"',
	'->',
	'=>',
	'|',
	'[văn bản](/canh-bao/2019/10-ubnd-kgvx/)',
	'[mục](#viec-can-lam)',
	'[tệp](khong-co.html)',
	'<a href="https://example.com">a</a>',
	'<script>x</script>',
	'<span style="color:red">đỏ</span>',
	'https://khonggianmang.vn',
	'a@b.vn',
];
const STARTS = [
	'',
	'',
	'',
	'- ',
	'1. ',
	'# ',
	'> ',
	'    ',
	'import x from "khong-co"\n',
	'import các bản vá\n',
	'export const a = 1\n',
	'export dữ liệu\n',
	'```\n',
];

/** A seeded source of floats in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A body as an editor might paste it: one to three paragraphs of pieces, some of them mistakes. */
export function pastedBody(next: () => number): string {
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
	const paragraphs = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
		Array.from(
			{ length: 1 + Math.floor(next() * 2) },
			() => pick(STARTS) + Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(PIECES)).join(pick([' ', ' ', ''])),
		).join('\n'),
	);
	return paragraphs.join('\n\n');
}
