/**
 * Reads the text layer of a PDF dispatch (exported from Word, printed from a browser, signed or
 * not) with pdf.js through unpdf, and lays it out as the dispatch parser expects (./layout.ts).
 * A PDF without a text layer is a scan: it is refused, since reading it would need OCR.
 */
import { inflateSync } from 'node:zlib';
import { documentText, type TextRun } from './layout.ts';
import { IntakeError } from './errors.ts';

/** Pages read at most: a dispatch is a few pages, an appendix a few more. */
export const MAX_PDF_PAGES = 60;
/** Fewer visible characters than this on every page together: no text layer to speak of. */
const MIN_TEXT = 20;

export async function pdfText(bytes: Uint8Array, file: string): Promise<string> {
	if (!isPdf(bytes)) throw new IntakeError(file, 'is not a PDF file: it does not start with "%PDF-"');
	checkStreams(bytes, file);
	const { getDocumentProxy } = await import('unpdf');
	let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
	try {
		// pdf.js takes the buffer over; give it a copy so the caller keeps the original to store.
		pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
	} catch (error) {
		throw new IntakeError(file, `cannot be read as a PDF (${describe(error)}); is it truncated or damaged? Save or download it again`);
	}
	try {
		if (pdf.numPages > MAX_PDF_PAGES) throw new IntakeError(file, `has ${pdf.numPages} pages; a dispatch has at most ${MAX_PDF_PAGES}`);
		const pages: TextRun[][] = [];
		for (let n = 1; n <= pdf.numPages; n++) {
			const page = await pdf.getPage(n);
			const content = await page.getTextContent();
			const runs: TextRun[] = [];
			for (const item of content.items) {
				if (!('str' in item)) continue;
				const [a, b, , , x, y] = item.transform as number[];
				runs.push({ str: item.str, x, y, width: item.width, fontSize: Math.hypot(a, b) || item.height });
			}
			pages.push(runs);
			page.cleanup();
		}
		const visible = pages.flat().reduce((sum, r) => sum + r.str.replace(/\s/g, '').length, 0);
		if (visible < MIN_TEXT) {
			throw new IntakeError(
				file,
				`has no text layer (${pdf.numPages === 1 ? 'its page is' : `its ${pdf.numPages} pages are`} images only): it looks like a scan. Reading scans needs OCR, which import does not do; ask the sender for the PDF exported from Word, or type the dispatch into a .txt file; nothing was written`,
			);
		}
		return documentText(pages);
	} catch (error) {
		if (error instanceof IntakeError) throw error;
		throw new IntakeError(file, `cannot be read as a PDF (${describe(error)}); is it truncated or damaged?`);
	} finally {
		await pdf.cleanup();
		await pdf.loadingTask?.destroy();
	}
}

export const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');

function describe(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.replace(/\s+/g, ' ').slice(0, 200);
}

/** What one compressed stream may expand to, and all of them together: far above any dispatch. */
export const MAX_STREAM = 64 * 1024 * 1024;
const MAX_STREAMS_TOTAL = 256 * 1024 * 1024;

/**
 * pdf.js inflates streams into buffers that no heap limit counts, so a PDF bomb (a small stream
 * that inflates to gigabytes) is looked for first: each Flate stream is inflated with zlib capped
 * at MAX_STREAM. Streams that are not zlib (images, other filters) are left to pdf.js.
 */
export function checkStreams(bytes: Uint8Array, file: string): void {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let total = 0;
	for (let at = buffer.indexOf('stream'); at >= 0; at = buffer.indexOf('stream', at + 6)) {
		// "endstream" also contains "stream": only a keyword followed by a line end starts one.
		if (buffer[at - 1] === 0x64 /* d */) continue;
		let start = at + 6;
		if (buffer[start] === 0x0d) start++;
		if (buffer[start] !== 0x0a) continue;
		start++;
		const end = buffer.indexOf('endstream', start);
		if (end < 0) break;
		const data = buffer.subarray(start, end);
		// zlib data starts with 0x78; anything else (JPEG, other filters) is not ours to check.
		if (data[0] !== 0x78) continue;
		try {
			total += inflateSync(data, { maxOutputLength: MAX_STREAM, finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a missing end */ }).length;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
				throw new IntakeError(
					file,
					`has a stream that expands past ${MAX_STREAM / 1024 / 1024} MB: a PDF bomb, refused; nothing was written`,
				);
		}
		if (total > MAX_STREAMS_TOTAL)
			throw new IntakeError(file, `expands past ${MAX_STREAMS_TOTAL / 1024 / 1024} MB in all: a PDF bomb, refused; nothing was written`);
		at = end;
	}
}
