/**
 * Reads a dispatch that arrived by e-mail (.eml, as saved from a mail client): the attached
 * dispatch (.pdf or .docx) when there is one, else the message's text body.
 */
import { IntakeError } from './errors.ts';

export interface MailDispatch {
	/** The attached dispatch, to be read as its own format and kept as the original. */
	attachment?: { name: string; bytes: Uint8Array };
	/** The text body, when nothing is attached. */
	text?: string;
	subject?: string;
}

const DISPATCH_FILE = /\.(pdf|docx)$/i;

export async function readMail(bytes: Uint8Array, file: string): Promise<MailDispatch> {
	const { simpleParser } = await import('mailparser');
	let mail: Awaited<ReturnType<typeof simpleParser>>;
	try {
		mail = await simpleParser(Buffer.from(bytes), {
			skipHtmlToText: false,
			skipTextToHtml: true,
			skipImageLinks: true,
			maxHtmlLengthToParse: 2 * 1024 * 1024,
		});
	} catch (error) {
		throw new IntakeError(
			file,
			`cannot be read as an e-mail message (${(error as Error).message}); expected an .eml file saved from the mail client`,
		);
	}
	if (!mail.headers.size)
		throw new IntakeError(file, 'has no mail headers: expected an .eml file saved from the mail client (From:, Subject:, …)');
	const attached = mail.attachments.filter(
		(a) =>
			DISPATCH_FILE.test(a.filename ?? '') ||
			/^application\/(pdf|vnd\.openxmlformats-officedocument\.wordprocessingml\.document)$/.test(a.contentType),
	);
	const subject = mail.subject;
	if (attached.length > 1) {
		// Several files: the dispatch is the PDF (the signed copy) rather than its Word draft.
		attached.sort((a, b) => Number(/pdf/i.test(b.contentType)) - Number(/pdf/i.test(a.contentType)));
	}
	const first = attached[0];
	if (first) {
		const name =
			first.filename && DISPATCH_FILE.test(first.filename)
				? first.filename
				: /pdf/i.test(first.contentType)
					? 'cong-van.pdf'
					: 'cong-van.docx';
		return { attachment: { name: safeName(name), bytes: new Uint8Array(first.content) }, subject };
	}
	const text = mail.text?.trim();
	if (!text) throw new IntakeError(file, 'has neither a .pdf or .docx dispatch attached nor a text body to read');
	return { text: `${text}\n`, subject };
}

/** An attachment's name as a plain file name: no folders, no control characters. */
export function safeName(name: string): string {
	const base = name.split(/[\\/]/).at(-1) ?? '';
	return (
		base
			.replace(/[\u0000-\u001f\u007f]/g, '')
			.replace(/^\.+/, '')
			.trim() || 'cong-van'
	);
}
