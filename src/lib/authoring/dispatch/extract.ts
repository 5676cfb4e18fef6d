/**
 * Reads the text of an official dispatch (công văn) into its parts: number, place and date,
 * issuer, V/v subject, Kính gửi, the documents it relays, the body, numbered actions, closing,
 * Nơi nhận and the signer. Pure: text in, structure out. Names stay as printed; mapping them to
 * registry ids is ./draft.ts's job.
 */
import { parseDocumentNumber } from '../../util/document-number.ts';
import type { IsoDate } from '../../util/dates.ts';
import { normalizeDispatch, type SourceLine } from './normalize.ts';
import * as p from './patterns.ts';
import { readText, type DispatchAction } from './text.ts';
import { appendixIndicators, type FoundIndicator } from '../intake/indicators.ts';

export type { DispatchAction } from './text.ts';

/** What `npm run import -- --json` prints: the raw extraction, before any id mapping. */
export interface Extraction {
	documentNumber: string;
	issuedAt: IsoDate;
	place: string;
	issuer: string;
	subject: string;
	recipients: string[];
	references: { documentNumber: string; date: IsoDate }[];
	actions: { text: string; assignee: string | null; due: IsoDate | null }[];
	cves: string[];
	cc: string[];
	signer: { name: string; titles: string[] } | null;
	/** Indicators from the appendix ("PHỤ LỤC"), re-fanged. */
	indicators: FoundIndicator[];
}

export interface DispatchReference {
	documentNumber: string;
	date: IsoDate;
	/** Who issued it, as printed after "của". */
	issuer?: string;
	/** Its subject, as printed after "về việc". */
	subject?: string;
}

export interface Dispatch {
	documentNumber: string;
	issuedAt: IsoDate;
	place: string;
	/** The issuer block, line by line ("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"). */
	issuerLines: string[];
	subject: string;
	recipients: string[];
	references: DispatchReference[];
	/** Paragraphs before the numbered items. */
	body: string[];
	actions: DispatchAction[];
	closing?: string;
	cves: string[];
	/** "Nơi nhận" entries without their trailing ";" or ".". */
	cc: string[];
	signer: { name: string; titles: string[] } | null;
	/** Indicators of compromise listed in the appendix ("PHỤ LỤC … địa chỉ IP, tên miền"), re-fanged. */
	indicators: FoundIndicator[];
	/** Parts that were not found, for the editor to add by hand. */
	missing: string[];
}

export interface DispatchProblem {
	line?: number;
	field: string;
	message: string;
}

export type ParseResult = { ok: true; dispatch: Dispatch } | { ok: false; problems: DispatchProblem[] };

export function toExtraction(d: Dispatch): Extraction {
	return {
		documentNumber: d.documentNumber,
		issuedAt: d.issuedAt,
		place: d.place,
		issuer: d.issuerLines.join(' '),
		subject: d.subject,
		recipients: d.recipients,
		references: d.references.map((r) => ({ documentNumber: r.documentNumber, date: r.date })),
		// Steps belong to their action; JSON readers get them as the action's further lines.
		actions: d.actions.map((a) => ({ text: [a.text, ...a.steps].join('\n'), assignee: a.assignee, due: a.due })),
		cves: d.cves,
		cc: d.cc,
		signer: d.signer,
		indicators: d.indicators,
	};
}

/** How far into the text the header (number, date, subject) may be looked for without a "Kính gửi". */
const HEADER_LINES = 40;

export function parseDispatch(raw: string): ParseResult {
	const lines = normalizeDispatch(raw);
	const n = lines.length;
	const problems: DispatchProblem[] = [];
	const kinhGui = lines.findIndex((l) => p.KINH_GUI.test(l.text) && /:|^K[íi]nh\s+g[ửu]i$/iu.test(l.text));
	const headerEnd = kinhGui >= 0 ? kinhGui : Math.min(n, HEADER_LINES);

	const number = findNumber(lines, headerEnd, problems);
	const dated = findPlaceDate(lines, headerEnd, problems);
	if (!number || !dated) return { ok: false, problems };

	const subject = findSubject(lines, headerEnd, number.index);
	const skip = new Set([number.index, dated.index, ...subject.indexes]);
	const issuerLines = lines
		.slice(0, number.index)
		.filter((l, i) => l.text && !skip.has(i) && !p.isMotto(l.text) && !p.isUrgencyMark(l.text) && !p.placeAndDate(l.text))
		.map((l) => l.text);

	const recipients = kinhGui >= 0 ? readRecipients(lines, kinhGui) : { names: [], end: Math.max(...skip) + 1 };
	const footer = findFooter(lines, recipients.end);
	const text = readText(lines.slice(recipients.end, footer));
	const cc = readCc(lines, footer);
	const signer = readSigner(lines.slice(footer).filter((_, i) => !cc.indexes.has(footer + i)));

	const missing: string[] = [];
	if (!issuerLines.length) missing.push('issuer (the lines above "Số:")');
	if (!subject.text) missing.push('subject ("V/v …")');
	if (!recipients.names.length) missing.push('recipients ("Kính gửi: …")');
	if (!text.actions.length) missing.push('numbered actions ("1. …")');
	if (!signer) missing.push('signer (the signature block)');

	return {
		ok: true,
		dispatch: {
			documentNumber: number.text,
			issuedAt: dated.date,
			place: dated.place,
			issuerLines,
			subject: subject.text,
			recipients: recipients.names,
			references: findReferences(text.body, number.text),
			body: text.body,
			actions: text.actions,
			closing: text.closing,
			cves: [...new Set([...raw.matchAll(/CVE-\d{4}-\d{4,}/gi)].map((m) => m[0].toUpperCase()))],
			cc: cc.entries,
			signer,
			indicators: appendixIndicators(lines.slice(footer).map((l) => l.text)),
			missing,
		},
	};
}

function findNumber(lines: SourceLine[], end: number, problems: DispatchProblem[]) {
	const index = lines.slice(0, end).findIndex((l) => p.isNumberLine(l.text));
	if (index < 0) {
		problems.push({
			field: 'number',
			message: 'no document number: expected a line such as "Số: 357/UBND-KGVX" in the header; is this an official dispatch?',
		});
		return undefined;
	}
	let value = lines[index].text.replace(/^[^:]*:/, '');
	if (!value.trim()) value = lines.slice(index + 1).find((l) => l.text)?.text ?? '';
	// OCR leaves marks around the number ("~~357~~/UBND-KGVX_"); they are never part of it.
	const cleaned = value.replace(/[~*_|]/g, '');
	const match = new RegExp(`^\\s*(${p.NUMBER_TEXT})`, 'u').exec(cleaned);
	const parsed = match && parseDocumentNumber(match[1].replace(/\s+/g, ''));
	if (!parsed) {
		problems.push({
			line: lines[index].line,
			field: 'number',
			message: `"${value.trim()}" is not a document number; expected one such as "357/UBND-KGVX" or "12/2020/NĐ-CP"`,
		});
		return undefined;
	}
	return { index, text: parsed.text };
}

function findPlaceDate(lines: SourceLine[], end: number, problems: DispatchProblem[]) {
	const index = lines.slice(0, end).findIndex((l) => p.placeAndDate(l.text));
	if (index < 0) {
		problems.push({
			field: 'issued',
			message: 'no place and date: expected a line such as "Hà Tĩnh, ngày 15 tháng 01 năm 2019" in the header',
		});
		return undefined;
	}
	const found = p.placeAndDate(lines[index].text)!;
	if (!found.date) {
		problems.push({
			line: lines[index].line,
			field: 'issued',
			message: `"${found.cited}" is not a date on the calendar; expected a day, month and year such as "ngày 15 tháng 01 năm 2019"`,
		});
		return undefined;
	}
	return { index, place: found.place, date: found.date };
}

/** "V/v …" and the lines it wraps onto, up to a blank line or another part of the header. */
function findSubject(lines: SourceLine[], end: number, numberIndex: number): { text: string; indexes: number[] } {
	let start = lines.slice(0, end).findIndex((l) => p.SUBJECT.test(l.text));
	let first: string;
	if (start >= 0) first = lines[start].text.replace(p.SUBJECT, '');
	else {
		// "Số: 357/UBND-KGVX V/v tăng cường …" on one line.
		const inline = /\bV\/v\b\s*:?\s*(.*)$/iu.exec(lines[numberIndex].text);
		if (!inline) return { text: '', indexes: [] };
		start = numberIndex;
		first = inline[1];
	}
	const parts = [first];
	const indexes = [start];
	for (let i = start + 1; i < end; i++) {
		const t = lines[i].text;
		if (!t || p.isMotto(t) || p.placeAndDate(t) || p.isNumberLine(t) || p.KINH_GUI.test(t)) break;
		parts.push(t);
		indexes.push(i);
	}
	return {
		text: parts
			.join(' ')
			.replace(/\s+/g, ' ')
			.replace(/[\s.;]+$/u, '')
			.trim(),
		indexes,
	};
}

/** "Kính gửi:" inline ("A; B; C.") or as a list below it, one recipient a line. */
function readRecipients(lines: SourceLine[], at: number): { names: string[]; end: number } {
	const names: string[] = [];
	const inline = lines[at].text.replace(p.KINH_GUI, '');
	if (inline) names.push(...inline.split(';').map(p.listEntry).filter(Boolean));
	// The list goes on below when nothing followed the colon or the inline list ends with ";".
	let open = !inline || /[;,]$/.test(inline);
	let previous = inline;
	let i = at + 1;
	for (; open && i < lines.length; i++) {
		const t = lines[i].text;
		if (!t) continue;
		const m = p.marker(t);
		if (names.length && !m && !/[;.,]$/.test(previous) && /^\p{Ll}/u.test(t)) {
			// A name wrapped onto the next line.
			previous = `${previous} ${t}`;
			names[names.length - 1] = p.listEntry(previous);
		} else if ((m && m.kind !== 'item') || (!m && t.length <= 160 && (names.length ? previous.endsWith(';') : /[;.]$/.test(t)))) {
			names.push(p.listEntry(t));
			previous = t;
		} else break;
		if (previous.endsWith('.')) open = false;
	}
	return { names, end: i };
}

/** Where the text ends: "Nơi nhận", a signature block ("TM. …", "KT. …") or after the "../../dispatch" that closes a dispatch. */
function findFooter(lines: SourceLine[], from: number): number {
	for (let i = from; i < lines.length; i++) {
		const t = lines[i].text;
		if (p.NOI_NHAN.test(t) && /:|^N[ơo]i\s+nh[ậa]n$/iu.test(t)) return i;
		if (p.isAuthorityTitle(t)) return i;
		if (/\.\/\.$/.test(t)) return i + 1;
	}
	return lines.length;
}

const REFERENCE = new RegExp(String.raw`\bsố\s*:?\s*(${p.NUMBER_TEXT})\s*,?\s*ngày\s+(${p.DATE_TEXT})`, 'giu');

/** Documents the body cites with a number and a date ("Thực hiện Văn bản số 4327/BTTTT-CATTT ngày 21/12/2018 của … về việc …"). */
function findReferences(body: string[], own: string): DispatchReference[] {
	const found = new Map<string, DispatchReference>();
	for (const paragraph of body) {
		for (const m of paragraph.matchAll(REFERENCE)) {
			const number = parseDocumentNumber(m[1].replace(/\s+/g, ''));
			const date = p.parseCitedDate(m[2]);
			if (!number || !date || number.text === own || found.has(number.text)) continue;
			const tail = paragraph.slice(m.index + m[0].length);
			const issuer = /^\s*của\s+(.+?)(?=\s+(?:về việc|V\/v|về)\s|[,;.]|$)/iu.exec(tail)?.[1];
			const subject = /^(?:\s*của\s+.+?)?\s*(?:về việc|V\/v)\s+(.+?)(?=,\s+\p{Lu}|;|\.(?:\s|$)|$)/iu.exec(tail)?.[1];
			found.set(number.text, {
				documentNumber: number.text,
				date,
				...(issuer && { issuer: issuer.trim() }),
				...(subject && { subject: subject.trim() }),
			});
		}
	}
	return [...found.values()];
}

/** "Nơi nhận:" and its entries, and which lines they took (the signature block may sit beside them). */
function readCc(lines: SourceLine[], from: number): { entries: string[]; indexes: Set<number> } {
	const at = lines.findIndex((l, i) => i >= from && p.NOI_NHAN.test(l.text));
	const indexes = new Set<number>();
	const entries: string[] = [];
	if (at < 0) return { entries, indexes };
	indexes.add(at);
	const raw: string[] = [];
	const inline = lines[at].text.replace(p.NOI_NHAN, '');
	if (inline) raw.push(inline);
	for (let i = at + 1; i < lines.length; i++) {
		const t = lines[i].text;
		if (!t) continue;
		const bullet = p.marker(t);
		const last = raw.at(-1);
		if (bullet && bullet.kind !== 'item') raw.push(t);
		else if (p.isUpperCase(t) || p.isAuthorityTitle(t) || p.isSignatureMark(t)) break;
		else if (last !== undefined && !/[;.,]$/.test(last)) raw[raw.length - 1] = `${last} ${t}`;
		else if (last !== undefined && /;$/.test(last)) raw.push(t);
		else break;
		indexes.add(i);
	}
	for (const entry of raw) entries.push(p.listEntry(entry));
	return { entries: entries.filter(Boolean), indexes };
}

/** Title lines in capitals, then the name; "(Đã ký)" marks are skipped. */
function readSigner(lines: SourceLine[]): { name: string; titles: string[] } | null {
	const titles: string[] = [];
	for (const { text } of lines) {
		if (!text || p.isSignatureMark(text) || p.NOI_NHAN.test(text)) continue;
		if (p.isUpperCase(text)) titles.push(text);
		else if (titles.length) return { name: text.replace(/[.,;]+$/, ''), titles };
	}
	return null;
}
