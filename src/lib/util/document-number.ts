/**
 * Vietnamese document numbers ("Số: 357/UBND-KGVX", "Số: 12/2020/NĐ-CP") as laid down by
 * Nghị định 30/2020/NĐ-CP: a running number, for legal documents the year, then the document
 * type and the issuer's abbreviation.
 */
export interface DocumentNumber {
	/** The number as written, normalised ("357/UBND-KGVX"). */
	text: string;
	/** Running number within the issuer's year ("357"). */
	sequence: string;
	/** Year part, present in legal documents ("2020" in 12/2020/NĐ-CP). */
	year?: string;
	/** Type and issuer abbreviation ("UBND-KGVX"). */
	code: string;
}

const PATTERN = /^(\d{1,6}[a-zA-Z]?)(?:\/(\d{4}))?\/([\p{L}\d]+(?:[-.&][\p{L}\d]+)*)$/u;

/** Parses a document number; returns undefined when it is not one. */
export function parseDocumentNumber(raw: string): DocumentNumber | undefined {
	const text = raw
		.normalize('NFC')
		.trim()
		.replace(/\s*\/\s*/g, '/')
		.replace(/\s*-\s*/g, '-');
	const match = PATTERN.exec(text);
	if (!match) return undefined;
	const [, sequence, year, code] = match;
	return { text, sequence: sequence.replace(/^0+(?=\d)/, ''), year, code };
}

/** The key that must be unique: number and code, per issuer and year of issue. */
export function documentKey(number: string, issuer: string, issued: string): string {
	const parsed = parseDocumentNumber(number);
	const core = parsed ? `${parsed.sequence}/${parsed.year ?? ''}/${parsed.code.toUpperCase()}` : number;
	return `${issuer}|${issued.slice(0, 4)}|${core}`;
}

/** ASCII without diacritics; đ has no Unicode decomposition, so it is mapped by hand. */
export function foldVietnamese(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Lower-case ASCII words joined by hyphens: "Sở Du lịch" → "so-du-lich". */
export function slugify(text: string): string {
	return foldVietnamese(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** The file and URL slug for a document number: "357/UBND-KGVX" → "357-ubnd-kgvx". */
export function slugFromNumber(number: string): string {
	return slugify(number);
}
