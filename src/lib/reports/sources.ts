/**
 * Where report files come from: files, folders (searched for .json, .eml and .mbox), single
 * e-mails and mbox archives. E-mails give up their .json attachments and their sender, which
 * decides whether the report is verified. Every input is bounded in size.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../util/problems.ts';
import { MAX_REPORT_BYTES } from './schema.ts';

export const MAX_MAIL_BYTES = 25 * 1024 * 1024;
export const MAX_MBOX_BYTES = 512 * 1024 * 1024;

export interface ReportSource {
	/** Names the file in problems: "inbox.mbox#3 bao-cao.json". */
	name: string;
	bytes: Uint8Array;
	/** Sender of the e-mail that carried it; null for a file handed over directly. */
	from: string | null;
}

const kind = (file: string) => (/\.eml$/i.test(file) ? 'eml' : /\.mbox$/i.test(file) || path.basename(file) === 'mbox' ? 'mbox' : 'json');

/** Expands folders into their .json, .csv, .eml and .mbox files, in a stable order. */
export function expandInputs(inputs: string[], problems: Problem[]): string[] {
	const files: string[] = [];
	const walk = (p: string, top: boolean) => {
		let stat;
		try {
			stat = statSync(p);
		} catch {
			problems.push({ file: p, field: '', message: 'does not exist' });
			return;
		}
		if (stat.isDirectory()) {
			for (const name of readdirSync(p).sort()) {
				if (name.startsWith('.')) continue;
				const child = path.join(p, name);
				// Links inside a folder are not followed: a link to a parent folder would never end.
				const entry = lstatSync(child);
				if (entry.isSymbolicLink()) continue;
				if (entry.isDirectory() || /\.(json|csv|eml|mbox)$/i.test(name)) walk(child, false);
			}
		} else if (stat.isFile()) files.push(p);
		else if (top) problems.push({ file: p, field: '', message: 'is neither a file nor a folder' });
	};
	for (const input of inputs) walk(input, true);
	return files;
}

function readBounded(file: string, limit: number, what: string, problems: Problem[]): Buffer | undefined {
	const size = statSync(file).size;
	if (size > limit) {
		problems.push({ file, field: '', message: `is ${size} bytes; ${what} is at most ${limit} bytes` });
		return undefined;
	}
	return readFileSync(file);
}

/** The report files an input holds. Problems (too large, an e-mail without a report) are added. */
export async function* readSources(file: string, problems: Problem[]): AsyncGenerator<ReportSource> {
	const type = kind(file);
	if (type === 'json') {
		// Read a little past the limit so the parser can say the file is too large.
		const bytes = readBounded(file, MAX_REPORT_BYTES, 'a report file', problems);
		if (bytes) yield { name: file, bytes, from: null };
		return;
	}
	const bytes = readBounded(
		file,
		type === 'eml' ? MAX_MAIL_BYTES : MAX_MBOX_BYTES,
		type === 'eml' ? 'an e-mail' : 'an mbox file',
		problems,
	);
	if (!bytes) return;
	// Loaded only for e-mails: a folder of JSON files does not pay for the mail parser.
	const { simpleParser } = await import('mailparser');
	const messages = type === 'eml' ? [{ name: file, raw: bytes }] : splitMbox(bytes).map((raw, i) => ({ name: `${file}#${i + 1}`, raw }));
	for (const message of messages) {
		if (message.raw.length > MAX_MAIL_BYTES) {
			problems.push({
				file: message.name,
				field: '',
				message: `is ${message.raw.length} bytes; an e-mail is at most ${MAX_MAIL_BYTES} bytes`,
			});
			continue;
		}
		let mail;
		try {
			mail = await simpleParser(message.raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
		} catch (error) {
			problems.push({ file: message.name, field: '', message: `is not a readable e-mail: ${(error as Error).message}` });
			continue;
		}
		const from = mail.from?.value[0]?.address?.toLowerCase() ?? null;
		// The JSON file; the CSV for people only when no JSON came with it.
		const json = mail.attachments.filter((a) => /\.json$/i.test(a.filename ?? '') || a.contentType === 'application/json');
		const reports = json.length ? json : mail.attachments.filter((a) => /\.csv$/i.test(a.filename ?? ''));
		if (!reports.length) {
			problems.push({
				file: message.name,
				field: '',
				message: `the e-mail${from ? ` from ${from}` : ''} carries no report file (a .json attachment); ask the agency to attach the file from "Tải tệp báo cáo (JSON)"`,
			});
			continue;
		}
		for (const a of reports) yield { name: `${message.name} ${a.filename ?? 'attachment'}`, bytes: a.content, from };
	}
}

/** Splits an mbox (mboxo or mboxrd) at its "From " separator lines; ">From " lines are unquoted. */
export function splitMbox(bytes: Buffer): Buffer[] {
	const text = bytes.toString('latin1'); // byte-preserving: each message is parsed from its own bytes
	const starts: number[] = [];
	// A separator names a sender and ends with the year; a body line "From the office" does not.
	const separator = /(?:^|\n)From \S+ [^\n]*\d{4}[ \t]*\r?\n/g;
	for (let m; (m = separator.exec(text));) starts.push(m.index + (m[0].startsWith('\n') ? 1 : 0));
	const messages: Buffer[] = [];
	starts.forEach((start, i) => {
		const headerEnd = text.indexOf('\n', start) + 1;
		const end = i + 1 < starts.length ? starts[i + 1] : text.length;
		const body = text.slice(headerEnd, end).replace(/\n>(>*From )/g, '\n$1');
		if (body.trim()) messages.push(Buffer.from(body, 'latin1'));
	});
	return messages;
}
