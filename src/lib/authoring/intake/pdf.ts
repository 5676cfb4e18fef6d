/**
 * Reads the text layer of a PDF dispatch (exported from Word, printed from a browser, signed or
 * not) with pdf.js through unpdf, and lays it out as the dispatch parser expects (./layout.ts).
 * A PDF without a text layer is a scan: it is refused, since reading it would need OCR.
 */
import { documentText, type TextRun } from './layout.ts';
import { IntakeError } from './errors.ts';

/** Pages read at most: a dispatch is a few pages, an appendix a few more. */
export const MAX_PDF_PAGES = 60;
/** Fewer visible characters than this on every page together: no text layer to speak of. */
const MIN_TEXT = 20;

export async function pdfText(bytes: Uint8Array, file: string): Promise<string> {
	if (!isPdf(bytes)) throw new IntakeError(file, 'is not a PDF file: it does not start with "%PDF-"');
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
			throw new IntakeError(file, `has no text layer (${pdf.numPages === 1 ? 'its page is' : `its ${pdf.numPages} pages are`} images only): it looks like a scan. Reading scans needs OCR, which import does not do; ask the sender for the PDF exported from Word, or type the dispatch into a .txt file; nothing was written`);
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
