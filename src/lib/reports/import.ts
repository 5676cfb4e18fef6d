/**
 * `reports import`: every report file in the inputs parsed, checked against the published
 * catalog and, when it has no problem, stored. A report with any problem is refused whole, so
 * a store never holds half a report; the same report imported twice is stored once.
 */
import type { PublishedData } from '../digest/data.ts';
import type { IsoDate } from '../util/dates.ts';
import type { Problem } from '../util/problems.ts';
import { checkReport, verifySender } from './check.ts';
import { parseReport, decodeText } from './schema.ts';
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
			const parsed = parseReport(source.bytes, name);
			if (!parsed.report) {
				summary.refused++;
				summary.problems.push(...parsed.problems);
				continue;
			}
			const decoded = decodeText(source.bytes, name);
			const text = 'text' in decoded ? decoded.text : undefined;
			const checked = checkReport(parsed.report, options.data, options.today, name, text);
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
			if (source.from && !verified) summary.warnings.push({ file: name, field: 'from', message: `mailed from ${source.from}, not the registered address of ${parsed.report.recipient}${options.data.recipients.get(parsed.report.recipient)?.email ? ` (${options.data.recipients.get(parsed.report.recipient)!.email})` : ''}; stored as unverified` });
			batch.push({ id, importedAt: (options.now?.() ?? new Date()).toISOString(), source: name, from: source.from, verified, report: parsed.report });
		}
		summary.problems.push(...sourceProblems.map((p) => ({ ...p, file: display(p.file) })));
		summary.refused += sourceProblems.length;
	}
	options.store.append(batch);
	summary.stored = batch.length;
	return summary;
}
