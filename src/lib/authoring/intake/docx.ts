/**
 * Reads a Word (.docx) dispatch with mammoth, walking its document tree rather than its HTML:
 * paragraphs become lines, Word's own numbering is written out ("1.", "a)", "-"), and a table of
 * two columns (issuer | motto and date, Nơi nhận | signature) is read column by column, cell by
 * cell, the way the text parser reads a flattened layout. Wider tables (appendices) stay row by row.
 */
import { IntakeError } from './errors.ts';
import { isZip, zipEntries } from './zip.ts';

interface Node {
	type: string;
	value?: string;
	children?: Node[];
	numbering?: { level: string | number; isOrdered: boolean } | null;
	breakType?: string;
}

export async function docxText(bytes: Uint8Array, file: string): Promise<string> {
	if (!isZip(bytes))
		throw new IntakeError(file, 'is not a Word (.docx) file: it is not a ZIP container (an old .doc? save it as .docx or PDF)');
	const entries = zipEntries(bytes, file);
	if (!entries.some((e) => e.name === 'word/document.xml'))
		throw new IntakeError(file, 'is a ZIP file but not a Word document: it has no word/document.xml');
	const mammoth = (await import('mammoth')).default;
	let tree: Node | undefined;
	try {
		await mammoth.convertToHtml(
			{ buffer: Buffer.from(bytes) },
			{
				transformDocument: (document: Node) => (tree = document),
				// Images are never needed and are the bulk of a scanned Word file; do not decode them.
				convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
				externalFileAccess: false,
			},
		);
	} catch (error) {
		throw new IntakeError(
			file,
			`cannot be read as a Word document (${String((error as Error).message ?? error)
				.replace(/\s+/g, ' ')
				.slice(0, 200)}); is it damaged?`,
		);
	}
	if (!tree) throw new IntakeError(file, 'cannot be read as a Word document');
	const lines = leftOnlyRows(blockLines(tree.children ?? [], new Counters()));
	const text = lines
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	if (text.replace(/\s/g, '').length < 20)
		throw new IntakeError(file, 'has no text (only images? a scan pasted into Word); import does not do OCR; nothing was written');
	return `${text}\n`;
}

/** Word numbers its lists itself; the numbers are not in the text, so they are counted here. */
class Counters {
	private readonly counts: number[] = [];
	next(level: number): number {
		this.counts.length = level + 1;
		this.counts[level] = (this.counts[level] ?? 0) + 1;
		return this.counts[level];
	}
}

const LETTERS = 'abcdđefghiklmnopqrstuvxy';

function blockLines(nodes: Node[], counters: Counters): string[] {
	const out: string[] = [];
	for (const node of nodes) {
		if (node.type === 'paragraph') {
			const text = inline(node)
				.split('\n')
				.map(tabbed)
				.join('\n')
				.replace(/[ \t]+/g, ' ')
				.trim();
			if (!text) {
				out.push('');
				continue;
			}
			const n = node.numbering;
			if (n) {
				const level = Number(n.level) || 0;
				const count = counters.next(level);
				out.push(`${!n.isOrdered ? '-' : level === 0 ? `${count}.` : `${LETTERS[(count - 1) % LETTERS.length]})`} ${text}`, '');
			} else out.push(...text.split('\n'), '');
		} else if (node.type === 'table') out.push('', ...tableLines(node, counters), '');
		else if (node.children) out.push(...blockLines(node.children, counters));
	}
	return out;
}

function tableLines(table: Node, counters: Counters): string[] {
	const rows = (table.children ?? [])
		.filter((r) => r.type === 'tableRow')
		.map((r) => (r.children ?? []).filter((c) => c.type === 'tableCell'));
	const width = Math.max(0, ...rows.map((r) => r.length));
	if (width > 2)
		return rows.map((cells) =>
			cells
				.map((c) =>
					blockLines(c.children ?? [], counters)
						.filter(Boolean)
						.join(' '),
				)
				.join(' | '),
		);
	const out: string[] = [];
	for (let column = 0; column < width; column++) {
		for (const cells of rows) if (cells[column]) out.push(...blockLines(cells[column].children ?? [], counters).filter(Boolean));
		out.push('');
	}
	return out;
}

function inline(node: Node): string {
	if (node.type === 'text') return node.value ?? '';
	if (node.type === 'tab') return '\t';
	if (node.type === 'break') return node.breakType === 'line' || !node.breakType ? '\n' : '';
	return (node.children ?? []).map(inline).join('');
}

/**
 * A header or footer laid out with tabs instead of a table ("ỦY BAN NHÂN DÂN⇥CỘNG HÒA XÃ HỘI…"):
 * the line becomes a `left | right |` row, which the text parser reads column by column. A tab
 * inside a field ("Số:⇥357/UBND-KGVX") is only a space: each side must have two words or more.
 */
function tabbed(line: string): string {
	if (!line.includes('\t')) return line;
	const parts = line.split(/\t+/).map((p) => p.trim());
	const words = (p: string) => p.split(/\s+/).filter(Boolean).length;
	if (/^\t/.test(line) && parts.filter(Boolean).length === 1) return `| ${parts.filter(Boolean)[0]} |`;
	const cells = parts.filter(Boolean);
	if (cells.length >= 2 && cells.every((c) => words(c) >= 2)) return `${cells.join(' | ')} |`;
	return line.replace(/\t+/g, ' ');
}

const isRow = (line: string) => / \|$/.test(line);

/** Between two tab-laid rows, a line with nothing on the right is a row too ("- Giám đốc Sở (b/c);"). */
function leftOnlyRows(lines: string[]): string[] {
	const filled = lines.map((l, i) => ({ l, i })).filter((x) => x.l);
	const out = [...lines];
	filled.forEach((x, k) => {
		if (!isRow(x.l) && k > 0 && k < filled.length - 1 && isRow(filled[k - 1].l) && isRow(filled[k + 1].l)) out[x.i] = `${x.l} |`;
	});
	return out;
}
