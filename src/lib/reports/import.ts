/**
 * `reports import`: every report file in the inputs parsed, checked against the published
 * catalog and, when it has no problem, stored. A report with any problem is refused whole, so
 * a store never holds half a report; the same report imported twice is stored once.
 */
import type { PublishedData } from '../digest/data.ts';
import type { IsoDate } from '../util/dates.ts';
import type { Problem } from '../util/problems.ts';
import { checkReport, verifySender } from './check.ts';
import { looksLikeReportCsv, parseReportCsv } from './csv.ts';
import { decodeText, MAX_REPORT_BYTES, parseReport } from './schema.ts';
import { expandInputs, readSources } from './sources.ts';
import { reportId, type ReportStore, type StoredReport } from './store.ts';

export interface ImportSummary {
	/** Report files found. */
	read: number;
	stored: number;
	/** Already in the store (imported before, or twice in this run). */
	duplicates: number;
	refused: number;
	unverified: number;
	problems: Problem[];
	warnings: Problem[];
}

export interface ImportOptions {
	data: PublishedData;
	store: ReportStore;
	today: IsoDate;
	/** Files handed over directly came through a trusted channel: mark them verified. */
	trustFiles?: boolean;
	/** The agency of CSV reports whose agency name matches no registry entry. */
	csvRecipient?: string;
	now?: () => Date;
	/** Shows `file` relative to the working folder. */
	display?: (file: string) => string;
}

export async function importReports(inputs: string[], options: ImportOptions): Promise<ImportSummary> {
	const summary: ImportSummary = { read: 0, stored: 0, duplicates: 0, refused: 0, unverified: 0, problems: [], warnings: [] };
	const display = options.display ?? ((f: string) => f);
	const fileProblems: Problem[] = [];
	const files = expandInputs(inputs, fileProblems);
	summary.problems.push(...fileProblems);
	const batch: StoredReport[] = [];
	const seen = new Set<string>();
	for (const file of files) {
		const sourceProblems: Problem[] = [];
		for await (const source of readSources(file, sourceProblems)) {
			summary.read++;
			const name = display(source.name);
			const decoded = decodeText(source.bytes, name);
			const text = 'text' in decoded ? decoded.text : undefined;
			const csv = text !== undefined && source.bytes.length <= MAX_REPORT_BYTES && looksLikeReportCsv(text);
			if (!csv && text === undefined && /\.csv$/i.test(source.name)) {
				summary.refused++;
				summary.problems.push({
					file: name,
					field: '',
					message:
						'not UTF-8 text; in Excel save it as "CSV UTF-8 (Comma delimited)", or better send the JSON file ("Tải tệp báo cáo (JSON)")',
				});
				continue;
			}
			const parsed = csv ? parseReportCsv(text, name, options.data, { recipient: options.csvRecipient }) : parseReport(source.bytes, name);
			if (!parsed.report) {
				summary.refused++;
				summary.problems.push(...parsed.problems);
				continue;
			}
			const checked = checkReport(parsed.report, options.data, options.today, name, csv ? undefined : text);
			if (csv) {
				// Point at the CSV row of each action rather than at a JSON line.
				const lines = (parsed as { lines?: number[] }).lines ?? [];
				for (const p of checked.problems) {
					const i = /^actions\[(\d+)\]/.exec(p.field)?.[1];
					if (i !== undefined) p.line = lines[Number(i)];
				}
			}
			summary.warnings.push(...checked.warnings);
			if (checked.problems.length) {
				summary.refused++;
				summary.problems.push(...checked.problems);
				continue;
			}
			const id = reportId(parsed.report);
			if (seen.has(id) || options.store.has(id)) {
				summary.duplicates++;
				continue;
			}
			seen.add(id);
			const verified = source.from ? verifySender(source.from, parsed.report.recipient, options.data) : Boolean(options.trustFiles);
			if (!verified) summary.unverified++;
			if (source.from && !verified)
				summary.warnings.push({
					file: name,
					field: 'from',
					message: `mailed from ${source.from}, not the registered address of ${parsed.report.recipient}${options.data.recipients.get(parsed.report.recipient)?.email ? ` (${options.data.recipients.get(parsed.report.recipient)!.email})` : ''}; stored as unverified`,
				});
			batch.push({
				id,
				importedAt: (options.now?.() ?? new Date()).toISOString(),
				source: name,
				from: source.from,
				verified,
				report: parsed.report,
			});
		}
		summary.problems.push(...sourceProblems.map((p) => ({ ...p, file: display(p.file) })));
		summary.refused += sourceProblems.length;
	}
	options.store.append(batch);
	summary.stored = batch.length;
	return summary;
}
