/**
 * Cleans the text of a dispatch as it arrives from a PDF, a Word file or OCR, so that the parser
 * sees one kind of line: Unicode NFC, `\n` line ends, plain spaces, no Markdown or OCR debris,
 * and two-column layouts (issuer | motto, Nơi nhận | signature) read one column after the other.
 */

/** One cleaned line and where it came from, so that messages can point at the source. */
export interface SourceLine {
	text: string;
	/** 1-based line in the original text. */
	line: number;
}

// Non-breaking, figure, narrow and other Unicode spaces that PDFs use in place of a space.
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
// Zero-width characters and soft hyphens: invisible, but they break matching and numbers.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** A line of only rule characters: the short lines under the issuer and the motto. */
const RULE = /^[-_=~*.·•—–\s]+$/;

/**
 * Removes the bold marks that Markdown conversions wrap around header lines ("**ỦY BAN NHÂN DÂN",
 * "TỈNH HÀ TĨNH**") and OCR underscores trailing a line ("…/UBND-KGVX_"). Marks inside a sentence
 * are the dispatch's own text and stay.
 */
export function stripDebris(text: string): string {
	let line = text;
	for (const mark of ['**', '__']) {
		const count = line.split(mark).length - 1;
		const opens = line.startsWith(mark);
		const closes = line.endsWith(mark) && line.length > mark.length;
		if ((opens && closes && count === 2) || (opens !== closes && count === 1)) {
			line = line.slice(opens ? mark.length : 0, closes ? -mark.length : undefined);
		}
	}
	return line.replace(/(?<=[\p{L}\p{N}])_+$/u, '');
}

function cleanLine(text: string): string {
	const spaced = text.replace(SPACES, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
	return stripDebris(spaced).trim();
}

/** Cells of a `left | right |` line, or undefined when the line is not one. */
function cells(text: string, bordered: boolean): string[] | undefined {
	if (!text.includes('|')) return undefined;
	const parts = text.split('|').map((c) => c.trim());
	if (bordered && parts[0] === '') parts.shift();
	if (parts.length > 1 && parts.at(-1) === '') parts.pop();
	return parts;
}

const isSeparatorRow = (text: string) => /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(text);

/**
 * Cleans raw dispatch text into lines. Runs of two-cell `|` lines (blank lines between rows
 * allowed) are read column by column, with a blank line between columns; rows with more cells
 * are a data table and stay one line each.
 */
export function normalizeDispatch(raw: string): SourceLine[] {
	const source = raw.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
	const lines = source.map((text, i) => ({ text: cleanLine(text), line: i + 1 }));
	const out: SourceLine[] = [];
	for (let i = 0; i < lines.length;) {
		if (!isTableLine(lines[i].text)) {
			out.push(RULE.test(lines[i].text) ? { ...lines[i], text: '' } : lines[i]);
			i++;
			continue;
		}
		// Collect the run, allowing blank lines between its rows.
		let end = i;
		for (let j = i; j < lines.length; j++) {
			if (isTableLine(lines[j].text)) end = j;
			else if (lines[j].text !== '') break;
		}
		const run = lines.slice(i, end + 1).filter((l) => l.text !== '' && !isSeparatorRow(l.text));
		if (!run.length) {
			i = end + 1;
			continue;
		}
		out.push(...readColumns(run));
		i = end + 1;
	}
	return out;
}

/** A row of a flattened layout starts or ends with "|"; a "|" inside a sentence does not make one. */
function isTableLine(text: string): boolean {
	return /^\||\|$/.test(text);
}

function readColumns(run: SourceLine[]): SourceLine[] {
	// A leading "|" on every row is a table border; on some rows only, it marks an empty left cell.
	const bordered = run.every((l) => l.text.startsWith('|'));
	const rows = run.map((l) => ({ line: l.line, cells: cells(l.text, bordered) ?? [l.text] }));
	const width = Math.max(...rows.map((r) => r.cells.length));
	if (width > 2) return run.map((l) => ({ ...l, text: (cells(l.text, bordered) ?? []).filter(Boolean).join(' | ') }));
	const out: SourceLine[] = [];
	for (let column = 0; column < width; column++) {
		for (const row of rows) {
			const cell = row.cells[column];
			if (cell && !RULE.test(cell)) out.push({ text: cell, line: row.line });
		}
		out.push({ text: '', line: rows.at(-1)!.line });
	}
	return out;
}
