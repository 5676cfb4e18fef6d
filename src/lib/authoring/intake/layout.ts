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
		if (row && last && Math.abs(row[0].y - run.y) <= tolerance && (sorted || run.x >= last.x + last.width - (run.fontSize || 10))) row.push(run);
		else if (run.str.trim() || row === undefined) rows.push([run]);
		else row.push(run);
	}
	return rows.map((row) => {
		if (sorted) row.sort((a, b) => a.x - b.x);
		const size = median(row.filter((r) => r.str.trim()).map((r) => r.fontSize || 10)) || 10;
		const segments: Segment[] = [];
		for (const run of row) {
			const current = segments.at(-1);
			const gap = current ? run.x - current.x1 : 0;
			if (!current || gap > size * 2.5) {
				if (!run.str.trim()) continue;
				segments.push({ text: run.str, x0: run.x, x1: run.x + run.width });
				continue;
			}
			if (!run.str.trim()) {
				current.text += ' ';
				continue;
			}
			// A gap wider than a fifth of the font is a space the PDF did not write as a character.
			const space = gap > size * 0.2 && !/\s$/.test(current.text) && !/^\s/.test(run.str);
			current.text += (space ? ' ' : '') + run.str;
			current.x1 = Math.max(current.x1, run.x + run.width);
		}
		for (const s of segments) s.text = s.text.replace(/\s+/g, ' ').trim();
		return { y: row[0].y, size, segments: segments.filter((s) => s.text) };
	}).filter((l) => l.segments.length > 0);
}

function median(values: number[]): number {
	if (!values.length) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** Where the gutter between the two columns of a table is, from the lines that show two columns side by side. */
function gutter(lines: Line[]): number | undefined {
	const gaps = lines.filter((l) => l.segments.length === 2).map((l) => (l.segments[0].x1 + l.segments[1].x0) / 2);
	return gaps.length ? median(gaps) : undefined;
}

type Side = 'left' | 'right' | 'both' | 'across';

function side(line: Line, at: number): Side {
	const left = line.segments.filter((s) => s.x1 <= at);
	const right = line.segments.filter((s) => s.x0 >= at);
	if (left.length + right.length < line.segments.length) return 'across';
	return left.length && right.length ? 'both' : left.length ? 'left' : 'right';
}

const KINH_GUI = /^K[íi]nh\s+g[ửu]i\b/iu;

/**
 * The text of one page. Two-column blocks are the runs of lines that never cross the gutter and
 * have something right of it; the left-hand lines just below such a block (the end of a long
 * subject under the number) belong to it while they follow at the block's line spacing.
 */
export function pageText(runs: readonly TextRun[]): string[] {
	const drawn = pageLines(runs);
	// Drawing order going back up the page: the PDF draws cell by cell, and that order is the
	// reading order. Otherwise two columns on one baseline mean it draws row by row, and the
	// columns are split by position.
	const upward = drawn.some((l, i) => i > 0 && l.y > drawn[i - 1].y + l.size * 0.5);
	if (upward || !drawn.some((l) => l.segments.length === 2)) return streamText(drawn);
	const lines = pageLines(runs, true);
	const at = gutter(lines);
	const sides = lines.map((l) => (at === undefined ? 'across' : side(l, at)));
	const out: string[] = [];
	let i = 0;
	while (i < lines.length) {
		if (sides[i] === 'across' || sides[i] === 'left' || lines[i].segments.length > 2) {
			pushLine(out, lines, i);
			i++;
			continue;
		}
		// A block starts at a line with a right-hand side; it ends at a line crossing the gutter.
		let end = i;
		while (end + 1 < lines.length && sides[end + 1] !== 'across' && lines[end + 1].segments.length <= 2 && !KINH_GUI.test(lines[end + 1].segments[0].text)) {
			const next = end + 1;
			if (sides[next] === 'left' && !lines.slice(next).some((l, k) => sides[next + k] !== 'left' && sides[next + k] !== 'across' && k < 3)) {
				const pitch = lines[end].y - lines[next].y;
				if (pitch > lines[end].size * 1.45) break;
			}
			end = next;
		}
		const block = lines.slice(i, end + 1);
		const left = block.flatMap((l) => l.segments.filter((s) => s.x1 <= at!).map((s) => s.text));
		const right = block.flatMap((l) => l.segments.filter((s) => s.x0 >= at!).map((s) => s.text));
		out.push('', ...joinHyphens(left), '', ...joinHyphens(right), '');
		i = end + 1;
	}
	return joinHyphens(out);
}

/** A page drawn cell by cell: lines in drawing order, a blank line where the next cell or paragraph starts. */
function streamText(lines: Line[]): string[] {
	const out: string[] = [];
	lines.forEach((_, i) => {
		// Back up the page: the next cell of a table row.
		if (i > 0 && lines[i].y > lines[i - 1].y + lines[i].size * 0.5 && out.at(-1) !== '') out.push('');
		pushLine(out, lines, i);
	});
	return joinHyphens(out);
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
		if (last !== undefined && /[\p{L}\d]-$/u.test(last) && /^[\p{L}\d]/u.test(line) && !/^\p{Lu}[\p{Ll}]/u.test(line)) out[out.length - 1] = last + line;
		else out.push(line);
	}
	return out;
}

/** The text of a document: its pages one after the other, a blank line between them. */
export function documentText(pages: readonly (readonly TextRun[])[]): string {
	return pages.map((runs) => pageText(runs).join('\n')).join('\n\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
