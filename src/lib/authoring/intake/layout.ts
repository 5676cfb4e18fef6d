/**
 * Turns positioned text runs (what a PDF's text layer gives) back into the lines of a dispatch:
 * runs glued into words and lines, the two-column tables of the header (issuer | motto and date)
 * and the footer (Nơi nhận | signature) read one column after the other instead of interleaved,
 * words hyphenated across lines ("CVE-" / "2025-53766") joined, and a blank line where the
 * spacing shows a new paragraph. Pure: runs in, text out.
 */

/** One run of text, in PDF coordinates (origin bottom left, y up). */
export interface TextRun {
	str: string;
	x: number;
	y: number;
	width: number;
	fontSize: number;
}

interface Segment {
	text: string;
	x0: number;
	x1: number;
}

interface Line {
	y: number;
	size: number;
	segments: Segment[];
}

/**
 * Lines of one page in the order the PDF draws them, each split into segments where a wide gap
 * separates columns on one baseline. Word and browsers draw a table cell by cell, so in this
 * order the issuer's cell comes whole before the motto's; `sorted` reorders top to bottom first,
 * for PDFs that draw a page row by row.
 */
export function pageLines(runs: readonly TextRun[], sorted = false): Line[] {
	const visible = runs.filter((r) => r.str.length > 0 && Number.isFinite(r.x) && Number.isFinite(r.y));
	const ordered = sorted ? [...visible].sort((a, b) => b.y - a.y || a.x - b.x) : visible;
	const rows: TextRun[][] = [];
	for (const run of ordered) {
		const row = rows.at(-1);
		// Spaces pdf.js adds between cells span the gap: they say nothing about where text is.
		const last = row?.findLast((r) => r.str.trim());
		// Runs of one line share a baseline; a diacritic or a superscript sits a little off it.
		const tolerance = Math.max(2, (run.fontSize || 10) * 0.4);
		if (row && last && Math.abs(row[0].y - run.y) <= tolerance && (sorted || run.x >= last.x + last.width - (run.fontSize || 10)))
			row.push(run);
		else if (run.str.trim() || row === undefined) rows.push([run]);
		else row.push(run);
	}
	return rows
		.map((row) => {
			if (sorted) row.sort((a, b) => a.x - b.x);
			const size = median(row.filter((r) => r.str.trim()).map((r) => r.fontSize || 10)) || 10;
			const segments: Segment[] = [];
			// pdf.js writes the gap between two cells as one wide space: a column break, however narrow.
			let wide = false;
			for (const run of row) {
				const current = segments.at(-1);
				const gap = current ? run.x - current.x1 : 0;
				if (!run.str.trim()) {
					if (run.width > size * 2) wide = true;
					else if (current) current.text += ' ';
					continue;
				}
				if (!current || gap > size * 2 || wide) {
					segments.push({ text: run.str, x0: run.x, x1: run.x + run.width });
					wide = false;
					continue;
				}
				// A gap wider than a fifth of the font is a space the PDF did not write as a character.
				const space = gap > size * 0.2 && !/\s$/.test(current.text) && !/^\s/.test(run.str);
				current.text += (space ? ' ' : '') + run.str;
				current.x1 = Math.max(current.x1, run.x + run.width);
			}
			for (const s of segments) s.text = s.text.replace(/\s+/g, ' ').trim();
			return { y: row[0].y, size, segments: segments.filter((s) => s.text) };
		})
		.filter((l) => l.segments.length > 0);
}

function median(values: number[]): number {
	if (!values.length) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

const KINH_GUI = /^K[íi]nh\s+g[ửu]i\b/iu;

/**
 * The text of one page. Word and browsers draw a table cell by cell: the drawing order, which
 * goes back up the page for the next cell, is the reading order and is kept. A PDF that never
 * goes back up draws row by row; its lines are read top to bottom. Either way, rows with two
 * cells side by side (issuer | motto, Nơi nhận | signature, drawn row by row) are read column by
 * column (./columns below).
 */
export function pageText(runs: readonly TextRun[]): string[] {
	const drawn = pageLines(runs);
	const upward = drawn.some((l, i) => i > 0 && l.y > drawn[i - 1].y + l.size * 0.5);
	const lines = upward ? drawn : pageLines(runs, true);
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		// Back up the page: the next cell of a table row.
		if (i > 0 && lines[i].y > lines[i - 1].y + lines[i].size * 0.5 && out.at(-1) !== '') out.push('');
		if (lines[i].segments.length !== 2) {
			pushLine(out, lines, i);
			continue;
		}
		const end = blockEnd(lines, i);
		out.push(...columns(lines.slice(i, end + 1)));
		i = end;
	}
	return joinHyphens(out);
}

/**
 * Where a table that starts with two cells side by side at `start` ends. The gap between the
 * columns is narrowed by each two-cell row; a line across it, a line going back up, "Kính gửi"
 * (never inside the header table) or, after the last two-cell row, a line further down than the
 * table's own line spacing ends it.
 */
function blockEnd(lines: Line[], start: number): number {
	let lo = lines[start].segments[0].x1;
	let hi = lines[start].segments[1].x0;
	let end = start;
	for (let j = start + 1; j < lines.length; j++) {
		const line = lines[j];
		if (line.y >= lines[j - 1].y || line.segments.length > 2 || KINH_GUI.test(line.segments[0].text)) break;
		if (line.segments.length === 2) {
			const [a, b] = line.segments;
			if (Math.max(lo, a.x1) >= Math.min(hi, b.x0)) break;
			lo = Math.max(lo, a.x1);
			hi = Math.min(hi, b.x0);
		} else {
			const s = line.segments[0];
			if (s.x0 < lo && s.x1 > hi) break;
			if (lines[j - 1].y - line.y > line.size * 1.6) break;
		}
		end = j;
	}
	return end;
}

/** Rows of a table read column by column: the first cell of each row, then the second. */
function columns(block: Line[]): string[] {
	const twoCell = block.filter((l) => l.segments.length === 2);
	const at = (Math.max(...twoCell.map((l) => l.segments[0].x1)) + Math.min(...twoCell.map((l) => l.segments[1].x0))) / 2;
	const left: string[] = [];
	const right: string[] = [];
	for (const line of block) {
		if (line.segments.length === 2) {
			left.push(line.segments[0].text);
			right.push(line.segments[1].text);
		} else for (const s of line.segments) ((s.x0 + s.x1) / 2 < at ? left : right).push(s.text);
	}
	return ['', ...joinHyphens(left), '', ...joinHyphens(right), ''];
}

function pushLine(out: string[], lines: Line[], i: number): void {
	const line = lines[i];
	const previous = lines[i - 1];
	// More space above than a line's own spacing: a new paragraph.
	if (previous && previous.y - line.y > line.size * 1.6 && out.at(-1) !== '') out.push('');
	// Three or more columns: a data table (an appendix of indicators); one row a line.
	out.push(line.segments.length > 2 ? line.segments.map((s) => s.text).join(' | ') : line.segments.map((s) => s.text).join(' '));
}

/**
 * Joins a word broken at a hyphen at the end of a line with its rest on the next line:
 * "CVE-" + "2025-53766" → "CVE-2025-53766". A dash standing alone ("Độc lập - Tự do -") is kept.
 */
export function joinHyphens(lines: readonly string[]): string[] {
	const out: string[] = [];
	for (const line of lines) {
		const last = out.at(-1);
		if (last !== undefined && /[\p{L}\d]-$/u.test(last) && /^[\p{L}\d]/u.test(line) && !/^\p{Lu}[\p{Ll}]/u.test(line))
			out[out.length - 1] = last + line;
		else out.push(line);
	}
	return out;
}

/** The text of a document: its pages one after the other, a blank line between them. */
export function documentText(pages: readonly (readonly TextRun[])[]): string {
	return (
		pages
			.map((runs, n) => withoutStamp(withoutPageNumber(pageText(runs), n)).join('\n'))
			.join('\n\n')
			.replace(/\n{3,}/g, '\n\n')
			.trim() + '\n'
	);
}

/** The visible stamp some signing tools print on the page ("Ký bởi: …", "Thời gian ký: …"). */
const STAMP_START = /^(?:Ký bởi|Người ký|Thời gian ký|Ngày ký|Signed by|Signing time)\s*:/iu;
const STAMP_LINE = /^(?:Ký bởi|Người ký|Thời gian ký|Ngày ký|Signed by|Signing time|Email|E-mail|Cơ quan|Đơn vị|Chức vụ)\s*:/iu;

/** Drops a digital signature's stamp: it names the signer again and is not the dispatch's text. */
function withoutStamp(lines: string[]): string[] {
	if (!lines.some((l) => STAMP_START.test(l))) return lines;
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		// A stamp line, or one next to a stamp's "Ký bởi"/"Thời gian ký" line.
		const near = lines.slice(Math.max(0, i - 4), i + 5).some((l) => STAMP_START.test(l));
		if (near && STAMP_LINE.test(lines[i])) continue;
		out.push(lines[i]);
	}
	return out;
}

const PAGE_NUMBER = /^(?:-\s*)?(?:Trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*-)?$/iu;

/** Word puts the page number at the top of the second and later pages (or at the foot): not text. */
function withoutPageNumber(lines: string[], page: number): string[] {
	const out = [...lines];
	const first = out.findIndex((l) => l !== '');
	if (page > 0 && first >= 0 && PAGE_NUMBER.test(out[first])) out.splice(first, 1);
	const last = out.findLastIndex((l) => l !== '');
	if (last >= 0 && PAGE_NUMBER.test(out[last]) && /\d/.test(out[last])) out.splice(last, 1);
	return out;
}
