/** How the parts of an official dispatch (Nghị định 30/2020/NĐ-CP) look on a line. */
import { foldVietnamese } from '../../util/document-number.ts';
import type { IsoDate } from '../../util/dates.ts';

/** Lower case ASCII: "Kính gửi" and "Kinh gui", "ỦY BAN" and "UỶ BAN" compare equal. */
export function fold(text: string): string {
	return foldVietnamese(text).toLowerCase();
}

export const isMotto = (text: string) => {
	const f = fold(text)
		.replace(/[^a-z]+/g, ' ')
		.trim();
	return f.includes('cong hoa xa hoi chu nghia viet nam') || f.startsWith('doc lap tu do hanh phuc');
};
/** Urgency and secrecy marks printed in the header ("KHẨN", "HỎA TỐC"). */
export const isUrgencyMark = (text: string) =>
	/^(thuong khan|hoa toc|khan|mat|toi mat|tuyet mat)$/.test(
		fold(text)
			.replace(/[^a-z ]/g, '')
			.trim(),
	);
export const isNumberLine = (text: string) => /^so\s*:/.test(fold(text));
export const SUBJECT = /^(?:V\/V|Về việc)\s*:?\s*/iu;
export const KINH_GUI = /^K[íi]nh\s+g[ửu]i\s*:?\s*/iu;
export const NOI_NHAN = /^N[ơo]i\s+nh[ậa]n\s*:?\s*/iu;
/** First line of a signature block: "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC", "TL. …", "TUQ. …". */
export const isAuthorityTitle = (text: string) => /^(tm|kt|tl|tuq|q)\s*\.\s*\S/.test(fold(text)) && isUpperCase(text);
/** "(Đã ký)", "[daky]", "Đã ký và đóng dấu": signature marks in place of a signature. */
export const isSignatureMark = (text: string) => /^[([]?\s*(da\s*ky|ky ten|chu ky|signed)[^)\]]*[)\]]?$/.test(fold(text));

export function isUpperCase(text: string): boolean {
	return /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

/** A numbered item "1. …" or "1) …": the number, then a space (so "1.809 tài khoản" is not one). */
export const ITEM = /^(\d{1,2})[.)]\s+(\S.*)$/u;
/** A lettered sub-item "a) …" or "a. …". */
export const LETTER = /^([a-zđ])[.)]\s+(\S.*)$/u;
/** A bullet "- …", "+ …", "• …"; dashes of every width count as "-". */
export const BULLET = /^([-–—+•*·])\s*(\S.*)$/u;

export type Marker = 'item' | 'letter' | '-' | '+' | '•';

export function marker(text: string): { kind: Marker; number?: number; text: string } | undefined {
	let m = ITEM.exec(text);
	if (m) return { kind: 'item', number: Number(m[1]), text: m[2] };
	m = LETTER.exec(text);
	if (m) return { kind: 'letter', text: m[2] };
	m = BULLET.exec(text);
	if (m) return { kind: m[1] === '+' ? '+' : /[•*·]/.test(m[1]) ? '•' : '-', text: m[2] };
	return undefined;
}

/** Strips a list marker and the punctuation that ends a list line (";", ".", ","). */
export function listEntry(text: string): string {
	return (marker(text)?.text ?? text).replace(/[\s;.,]+$/u, '').trim();
}

/** A real calendar date from day, month and year, or undefined (31/02 is not one). */
export function isoDate(day: number | string, month: number | string, year: number | string): IsoDate | undefined {
	const d = Number(day),
		m = Number(month),
		y = Number(year);
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
	return date.toISOString().slice(0, 10);
}

/** A date as dispatches cite it: "21/12/2018", "21-12-2018", "ngày 21 tháng 12 năm 2018". */
export const DATE_TEXT = String.raw`(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+th[áa]ng\s+\d{1,2}\s+n[ăa]m\s+\d{4})`;

export function parseCitedDate(text: string): IsoDate | undefined {
	const m = /(\d{1,2})\D+?(\d{1,2})\D+?(\d{4})/.exec(text);
	return m ? isoDate(m[1], m[2], m[3]) : undefined;
}

/** "Hà Tĩnh, ngày 15 tháng 01 năm 2019" (with or without leading zeros, or as 15/01/2019). */
const PLACE_DATE = new RegExp(String.raw`^([^\d,]{2,60}?)\s*,\s*ng[àa]y\s+(${DATE_TEXT})`, 'iu');

export function placeAndDate(text: string): { place: string; date?: IsoDate; cited: string } | undefined {
	const m = PLACE_DATE.exec(text);
	if (!m) return undefined;
	return { place: m[1].trim(), date: parseCitedDate(m[2]), cited: m[2] };
}

/** A document number as cited: "4327/BTTTT-CATTT", "12/2020/NĐ-CP" (spaces around "/" allowed). */
export const NUMBER_TEXT = String.raw`\d{1,6}[a-zA-Z]?(?:\s*\/\s*\d{4})?\s*\/\s*[\p{L}\d]+(?:[-.&][\p{L}\d]+)*`;

/** Deadlines: "trước ngày 31/01/2019", "chậm nhất là ngày 5 tháng 2 năm 2019", "trước 17h00 ngày …". */
const DUE = new RegExp(
	String.raw`(?:trước|chậm nhất(?:\s+là)?|hạn chót(?:\s+là)?|không muộn hơn)\s+(?:\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\s*(?:phút)?\s*,?\s*)?(?:ngày\s+)?(${DATE_TEXT})`,
	'iu',
);

export function dueDate(text: string): IsoDate | undefined {
	const m = DUE.exec(text);
	return m ? parseCitedDate(m[1]) : undefined;
}
