/**
 * Reads a dispatch file as an editor receives it (.pdf, .docx, .eml, .txt) into the plain text
 * the dispatch parser reads, and keeps the original PDF or Word file, with its SHA-256, to travel
 * with the advisory. The format is told from the file's first bytes, not only its name.
 */
import { createHash } from 'node:crypto';
import { docxText } from './docx.ts';
import { readMail } from './eml.ts';
import { IntakeError } from './errors.ts';
import { isPdf, pdfText } from './pdf.ts';
import { isZip } from './zip.ts';

/** Largest file import reads: a signed dispatch with an appendix is a few megabytes. */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

export type IntakeFormat = 'txt' | 'pdf' | 'docx' | 'eml';

export interface Original {
	/** File name to keep it under ("cong-van-357.pdf"). */
	name: string;
	format: 'pdf' | 'docx';
	bytes: Uint8Array;
	sha256: string;
}

export interface IntakeText {
	format: IntakeFormat;
	text: string;
	/** The PDF or Word file itself (also when it came attached to an e-mail). */
	original?: Original;
}

export function formatOf(bytes: Uint8Array, name: string): IntakeFormat {
	if (isPdf(bytes)) return 'pdf';
	if (isZip(bytes)) return 'docx';
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	if (ext === 'pdf') return 'pdf';
	if (ext === 'docx') return 'docx';
	if (ext === 'eml') return 'eml';
	if (ext === 'doc') return 'docx';
	// A saved message starts with its headers.
	if (
		/^(?:[A-Za-z-]+:[^\n]*\r?\n)+/.test(Buffer.from(bytes.subarray(0, 4096)).toString('latin1')) &&
		/^(received|from|return-path|message-id|mime-version|date|delivered-to|x-[a-z-]+):/im.test(
			Buffer.from(bytes.subarray(0, 256)).toString('latin1'),
		)
	)
		return 'eml';
	return 'txt';
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function readIntake(bytes: Uint8Array, name: string, shown = name): Promise<IntakeText> {
	if (bytes.length > MAX_INPUT_BYTES)
		throw new IntakeError(
			shown,
			`is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; import reads files up to ${MAX_INPUT_BYTES / 1024 / 1024} MB`,
		);
	const format = formatOf(bytes, name);
	if (format === 'pdf') return { format, text: await pdfText(bytes, shown), original: original(bytes, name, 'pdf') };
	if (format === 'docx') {
		if (/\.doc$/i.test(name) && !isZip(bytes))
			throw new IntakeError(shown, 'is an old Word .doc file; save it as .docx or PDF and import that');
		return { format, text: await docxText(bytes, shown), original: original(bytes, name, 'docx') };
	}
	if (format === 'eml') {
		const mail = await readMail(bytes, shown);
		if (mail.attachment) {
			const inner = await readIntake(mail.attachment.bytes, mail.attachment.name, `${shown} (attachment ${mail.attachment.name})`);
			return { ...inner, format: 'eml' };
		}
		return { format, text: mail.text! };
	}
	return { format, text: decodeText(bytes, shown) };
}

function original(bytes: Uint8Array, name: string, format: 'pdf' | 'docx'): Original {
	const base = (name.split(/[\\/]/).at(-1) ?? '').replace(/\.[a-z0-9]+$/i, '');
	return { name: `${base || 'cong-van'}.${format}`, format, bytes, sha256: sha256(bytes) };
}

function decodeText(bytes: Uint8Array, shown: string): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new IntakeError(shown, 'is not UTF-8 text, a PDF, a Word (.docx) file or an e-mail (.eml); save the dispatch as one of those');
	}
}
