/**
 * The CSV report meant for people ("Tải CSV"), read back when that is what an agency sent: as the
 * checklist wrote it, or after Excel saved it again (`;` separators, quotes changed, the
 * apostrophe that kept a formula-like note as text). Each row names its action by the link it
 * carries (`…/canh-bao/<year>/<slug>/#viec-<action id>`); the agency by its name as written,
 * matched against the registry, or by `--recipient`. The result is a report file like the JSON
 * one and goes through the same checks.
 */
import { parse } from 'csv-parse/sync';
import type { PublishedData } from '../digest/data.ts';
import { knownIds, type Problem } from '../util/problems.ts';
import { REPORT_FORMAT, REPORT_VERSION, type ReportFile, type ReportFileAction } from './file.ts';
import { MAX_ACTIONS, MAX_NOTE } from './schema.ts';

export const CSV_HEADER = ['Đơn vị', 'Ngày báo cáo', 'Văn bản', 'Mục', 'Việc cần làm', 'Hạn', 'Kết quả', 'Ghi chú', 'Liên kết'] as const;

/** True when the text starts with the header row the checklist writes (with `,` or `;`). */
export function looksLikeReportCsv(text: string): boolean {
	const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
	return /^"?Đơn vị"?[,;]"?Ngày báo cáo"?[,;]/.test(first.normalize('NFC'));
}

const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/** Undoes the apostrophe the writer puts before = + - @ so the note reads as written. */
const unquoteFormula = (cell: string) => (/^'[=+\-@\t]/.test(cell) ? cell.slice(1) : cell);

const results: Record<string, ReportFileAction['status']> = {
	[fold('Đã hoàn thành')]: 'done',
	[fold('Không áp dụng')]: 'not-applicable',
	[fold('Chưa hoàn thành')]: 'not-done',
};

export interface CsvOptions {
	/** The agency, when its name as written matches no registry entry. */
	recipient?: string;
}

/** `lines[i]` is the CSV line of `report.actions[i]`, so later checks can point at the row. */
export function parseReportCsv(
	text: string,
	file: string,
	data: PublishedData,
	options: CsvOptions = {},
): { report?: ReportFile; lines?: number[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const add = (line: number | undefined, field: string, message: string) => problems.push({ file, line, field, message });
	const body = text.replace(/^\uFEFF/, '');
	const delimiter = (body.split(/\r?\n/, 1)[0] ?? '').includes(';') ? ';' : ',';
	let records: { record: string[]; info: { lines: number } }[];
	try {
		records = parse(body, {
			delimiter,
			info: true,
			relax_column_count: true,
			skip_empty_lines: true,
			bom: true,
			max_record_size: 64 * 1024,
		}) as unknown as typeof records;
	} catch (error) {
		const e = error as Error & { lines?: number };
		add(e.lines, '', `is not a readable CSV file: ${e.message.replace(/^Invalid Record Length: |^CsvError: /, '')}`);
		return { problems };
	}
	const [head, ...rows] = records;
	const header = head.record.map((c) => c.trim().normalize('NFC'));
	const column = (name: (typeof CSV_HEADER)[number]) => header.indexOf(name);
	const missing = CSV_HEADER.filter((name) => column(name) < 0);
	if (missing.length) {
		add(1, '', `the header row lacks ${missing.map((m) => `"${m}"`).join(', ')}; expected the CSV from "Tải CSV" on the checklist page`);
		return { problems };
	}
	if (rows.length > MAX_ACTIONS) {
		add(undefined, '', `has ${rows.length} rows; a report has at most ${MAX_ACTIONS}`);
		return { problems };
	}
	if (!rows.length) {
		add(2, '', 'has no rows below the header');
		return { problems };
	}
	const cell = (row: string[], name: (typeof CSV_HEADER)[number]) => unquoteFormula((row[column(name)] ?? '').trim());

	// The agency: the same name on every row, matched against names and short names.
	const names = new Set(rows.map((r) => cell(r.record, 'Đơn vị')));
	let recipient = options.recipient;
	if (!recipient) {
		if (names.size > 1)
			add(
				rows[0].info.lines,
				'Đơn vị',
				`rows name ${names.size} different agencies (${[...names]
					.slice(0, 3)
					.map((n) => `"${n}"`)
					.join(', ')}); one report is one agency's`,
			);
		const name = [...names][0];
		const matches = [...data.recipients.values()].filter(
			(r) => r.type === 'organisation' && (fold(r.name) === fold(name) || (r.shortName && fold(r.shortName) === fold(name))),
		);
		if (matches.length === 1) recipient = matches[0].id;
		else {
			const organisations = [...data.recipients.values()].filter((r) => r.type === 'organisation').map((r) => r.id);
			add(
				rows[0].info.lines,
				'Đơn vị',
				`"${name}" ${matches.length ? 'matches several agencies' : 'matches no agency of the registry'}; pass --recipient <id> (known ids: ${knownIds(fold(name).replace(/ /g, '-'), organisations, 5)})`,
			);
		}
	}
	const dates = new Set(rows.map((r) => cell(r.record, 'Ngày báo cáo')));
	const written = [...dates][0];
	const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(written);
	const reportedAt = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : '';
	if (!dmy || Number.isNaN(Date.parse(reportedAt)) || new Date(reportedAt).toISOString().slice(0, 10) !== reportedAt)
		add(rows[0].info.lines, 'Ngày báo cáo', `expected a date written dd/mm/yyyy, found "${written}"`);
	if (dates.size > 1) add(rows[0].info.lines, 'Ngày báo cáo', `rows carry ${dates.size} different report dates; one report has one`);

	const actions: ReportFileAction[] = [];
	const lines: number[] = [];
	const seen = new Map<string, number>();
	let site = '';
	for (const { record, info } of rows) {
		const link = cell(record, 'Liên kết');
		const m = /^(https?:\/\/[^\s"]+?\/)canh-bao\/(\d{4})\/([a-z0-9]+(?:-[a-z0-9]+)*)\/#viec-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(link);
		if (!m) {
			add(
				info.lines,
				'Liên kết',
				`expected the action's link, such as https://…/canh-bao/2019/357-ubnd-kgvx/#viec-ra-soat-diem-yeu, found "${link.slice(0, 120)}"`,
			);
			continue;
		}
		site ||= m[1];
		const result = cell(record, 'Kết quả');
		const status = results[fold(result)];
		const note = cell(record, 'Ghi chú');
		if (!status) {
			add(info.lines, 'Kết quả', `expected "Đã hoàn thành", "Không áp dụng" or "Chưa hoàn thành", found "${result.slice(0, 60)}"`);
			continue;
		}
		if (note.length > MAX_NOTE) {
			add(info.lines, 'Ghi chú', `expected a note of at most ${MAX_NOTE} characters`);
			continue;
		}
		// As in the JSON file: an action left alone is not reported.
		if (status === 'not-done' && !note) continue;
		const key = `${m[2]}/${m[3]}#${m[4]}`;
		if (seen.has(key)) {
			add(info.lines, 'Liên kết', `"${key}" is already reported on line ${seen.get(key)}; one row per action`);
			continue;
		}
		seen.set(key, info.lines);
		lines.push(info.lines);
		actions.push({ advisory: `${m[2]}/${m[3]}`, action: m[4], status, note, date: status === 'not-done' ? null : reportedAt || null });
	}
	if (problems.length || !recipient) return { problems };
	return {
		report: {
			format: REPORT_FORMAT,
			version: REPORT_VERSION,
			recipient,
			reportedAt,
			reporter: { name: '', contact: '' },
			site,
			build: '',
			actions,
		},
		lines,
		problems: [],
	};
}
