/**
 * Indicators of compromise of one advisory as CSV (RFC 4180: comma separated, CRLF line ends,
 * fields quoted when they hold a comma, quote or line break), for firewalls and SIEMs. Values are
 * written plainly, not defanged: this file is for machines.
 */
import { stringify } from 'csv-stringify/sync';
import type { CatalogAdvisory } from '../model/catalog.ts';
import { hashAlgorithm } from '../model/indicator-values.ts';

/** Column names are stable machine names; documented in docs/data-files.md. */
export const IOC_CSV_COLUMNS = ['type', 'value', 'hash_algorithm', 'note', 'advisory_number', 'advisory_issued', 'advisory_url'] as const;

/**
 * Notes are prose an editor may have pasted from outside: one starting with = + - @ would run as
 * a formula in a spreadsheet, so it gets a leading apostrophe. Values stay as they are: they are
 * checked per type and are for machines.
 */
export function spreadsheetText(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function iocCsv(a: CatalogAdvisory, advisoryUrl: string): string {
	const rows = a.data.indicators.map((i) => [
		i.type,
		i.value,
		i.type === 'hash' ? (hashAlgorithm(i.value) ?? '') : '',
		spreadsheetText(i.note ?? ''),
		a.data.number,
		a.data.issued,
		advisoryUrl,
	]);
	return stringify([[...IOC_CSV_COLUMNS], ...rows], { record_delimiter: 'windows' });
}
