/**
 * The machine-readable report file an agency sends back (báo cáo kết quả): which actions of which
 * advisories it has done, as `bao-cao-<agency>-<date>.json`. Written in the browser by the
 * checklist island, so this module has no dependencies; `schema.ts` checks it on the way in.
 */

export const REPORT_FORMAT = 'canhbao-report';
export const REPORT_VERSION = 1;

export const actionStatuses = ['done', 'not-applicable', 'not-done'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export interface ReportFileAction {
	/** Advisory key, `<year>/<slug>`: "2019/357-ubnd-kgvx". */
	advisory: string;
	/** Action id within the advisory: "ra-soat-diem-yeu". */
	action: string;
	status: ActionStatus;
	/** What the agency wrote; always shown as text. */
	note: string;
	/** Day the action was marked, `YYYY-MM-DD`; null when not marked. */
	date: string | null;
}

export interface ReportFile {
	format: typeof REPORT_FORMAT;
	version: typeof REPORT_VERSION;
	/** Recipient id of the reporting agency: "so-khcn". */
	recipient: string;
	/** Day of the report, `YYYY-MM-DD`. */
	reportedAt: string;
	reporter: { name: string; contact: string };
	/** Base URL of the site the checklist came from: "https://canhbao.hatinh.gov.vn/". */
	site: string;
	/** Build day of the page the report was made on, `YYYY-MM-DD`. */
	build: string;
	actions: ReportFileAction[];
}

/** A checklist key `<advisory>#<action>` split in two; undefined when it is not one. */
export function splitKey(key: string): { advisory: string; action: string } | undefined {
	const at = key.indexOf('#');
	if (at <= 0 || at === key.length - 1) return undefined;
	return { advisory: key.slice(0, at), action: key.slice(at + 1) };
}

export interface Tick {
	key: string;
	done: boolean;
	notApplicable?: boolean;
	note: string;
	date?: string;
}

/**
 * Only what the agency marked goes into the file: done, not applicable, or a note (then
 * `not-done`, "not yet, because …"). An action left alone is not reported at all, so the
 * Department sees "no report" for it rather than a "not done" nobody said.
 */
export function reportFile(input: {
	recipient: string;
	reportedAt: string;
	reporter: { name: string; contact: string };
	site: string;
	build: string;
	ticks: Tick[];
}): ReportFile {
	const actions: ReportFileAction[] = [];
	for (const t of input.ticks) {
		const parts = splitKey(t.key);
		if (!parts) continue;
		const status: ActionStatus = t.done ? 'done' : t.notApplicable ? 'not-applicable' : 'not-done';
		if (status === 'not-done' && !t.note.trim()) continue;
		actions.push({ ...parts, status, note: t.note, date: status === 'not-done' ? null : (t.date ?? input.reportedAt) });
	}
	return {
		format: REPORT_FORMAT,
		version: REPORT_VERSION,
		recipient: input.recipient,
		reportedAt: input.reportedAt,
		reporter: { name: input.reporter.name, contact: input.reporter.contact },
		site: input.site,
		build: input.build,
		actions,
	};
}

/** Pretty JSON with a final newline: readable when someone opens the attachment. */
export function reportFileJson(report: ReportFile): string {
	return `${JSON.stringify(report, null, '\t')}\n`;
}
