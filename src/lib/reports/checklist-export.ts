/**
 * The completion report an agency sends back to the Department: which actions are done, with
 * notes. Runs in the browser (the checklist island) and in tests; nothing here touches the
 * network. Kept free of dependencies because every byte ships to the reader.
 */
export interface ReportItem {
	/** `<advisory id>#<action id>`: the key ticks are stored under. */
	key: string;
	/** "357/UBND-KGVX". */
	advisoryNumber: string;
	advisoryUrl: string;
	/** "4.2": the item and, under a heading, the line. */
	label: string;
	text: string;
	due?: string;
	done: boolean;
	/** Marked "Không áp dụng": the action does not apply to this agency. */
	notApplicable?: boolean;
	note: string;
}

export interface Report {
	agency: string;
	/** YYYY-MM-DD. */
	date: string;
	title: string;
	items: ReportItem[];
	/** Name of the JSON report file the e-mail should carry ("bao-cao-so-y-te-2026-11-26.json"). */
	attachment?: string;
}

const doneLabel = (done: boolean, notApplicable?: boolean) =>
	done ? 'Đã hoàn thành' : notApplicable ? 'Không áp dụng' : 'Chưa hoàn thành';
const dmy = (iso?: string) => (iso ? iso.split('-').reverse().join('/') : '');

/** RFC 4180 field: quoted when it holds a separator, quote or line break. */
function csvField(value: string): string {
	// A leading = + - @ would run as a formula in a spreadsheet: prefix it so it stays text.
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a byte-order mark, so spreadsheet programs read Vietnamese as UTF-8. */
export function reportCsv(report: Report): string {
	const rows = [
		['Đơn vị', 'Ngày báo cáo', 'Văn bản', 'Mục', 'Việc cần làm', 'Hạn', 'Kết quả', 'Ghi chú', 'Liên kết'],
		...report.items.map((i) => [
			report.agency,
			dmy(report.date),
			i.advisoryNumber,
			i.label,
			i.text,
			dmy(i.due),
			doneLabel(i.done, i.notApplicable),
			i.note,
			i.advisoryUrl,
		]),
	];
	return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Markdown, readable as plain text too: a heading, a summary line and a table. */
export function reportMarkdown(report: Report): string {
	const cell = (text: string) =>
		text
			.replace(/\\/g, '\\\\')
			.replace(/\|/g, '\\|')
			.replace(/\s*\n\s*/g, ' ');
	const done = report.items.filter((i) => i.done).length;
	return [
		`# ${cell(report.title)}`,
		'',
		`- Đơn vị: ${cell(report.agency)}`,
		`- Ngày báo cáo: ${dmy(report.date)}`,
		`- Đã hoàn thành: ${done}/${report.items.length} việc`,
		'',
		'| Văn bản | Mục | Việc cần làm | Hạn | Kết quả | Ghi chú |',
		'| --- | --- | --- | --- | --- | --- |',
		...report.items.map(
			(i) =>
				`| ${cell(i.advisoryNumber)} | ${i.label} | ${cell(i.text)} | ${dmy(i.due)} | ${doneLabel(i.done, i.notApplicable)} | ${cell(i.note)} |`,
		),
		'',
	].join('\n');
}

/** Plain text for the e-mail draft. */
export function reportText(report: Report): string {
	const lines = report.items.map(
		(i) =>
			`- [${i.done ? 'x' : i.notApplicable ? '-' : ' '}] Số ${i.advisoryNumber}, mục ${i.label}: ${i.text}${i.due ? ` (hạn ${dmy(i.due)})` : ''}${i.note ? `\n  Ghi chú: ${i.note}` : ''}`,
	);
	const done = report.items.filter((i) => i.done).length;
	return `${report.title}\nĐơn vị: ${report.agency}\nNgày báo cáo: ${dmy(report.date)}\nĐã hoàn thành: ${done}/${report.items.length} việc\n\n${lines.join('\n')}\n`;
}

/** Mail clients cut long mailto: links; past this the body says to attach the files instead. */
export const MAILTO_LIMIT = 1800;

export function reportMailto(to: string, report: Report): string {
	const subject = `Báo cáo kết quả thực hiện: ${report.agency} (${dmy(report.date)})`;
	// The Department imports the JSON file (npm run reports -- import): the draft asks for it.
	const attach = report.attachment
		? `\nĐề nghị đính kèm tệp báo cáo ${report.attachment} (nút "Tải tệp báo cáo (JSON)") để Sở tổng hợp.\n`
		: '';
	let body = reportText(report) + attach;
	if (encodeURIComponent(body).length > MAILTO_LIMIT) {
		const done = report.items.filter((i) => i.done).length;
		body = `${report.title}\nĐơn vị: ${report.agency}\nNgày báo cáo: ${dmy(report.date)}\nĐã hoàn thành: ${done}/${report.items.length} việc\n\nChi tiết xem tệp báo cáo (JSON, CSV hoặc Markdown) đính kèm.\n${attach}`;
	}
	return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** A file name without spaces or diacritics: "bao-cao-so-y-te-2026-11-26.csv". */
export function reportFileName(agency: string, date: string, extension: string): string {
	const slug = agency
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `bao-cao-${slug || 'don-vi'}-${date}.${extension}`;
}
