/**
 * The report file as it arrives from outside: decoded defensively (size, encoding, BOM), parsed,
 * and checked against a strict schema. Problems come as `file:line: field: message`.
 */
import { z } from 'astro/zod';
import { isoDate, registryId } from '../../schemas/common.ts';
import type { Problem } from '../util/problems.ts';
import { schemaProblems } from '../content/source-fs.ts';
import { actionStatuses, REPORT_FORMAT, REPORT_VERSION, type ReportFile } from './file.ts';
import { duplicateKey, lineOf } from './json-lines.ts';

/** A checklist of every open action of a busy agency is a few hundred KB; more is not a report. */
export const MAX_REPORT_BYTES = 1024 * 1024;
export const MAX_ACTIONS = 5000;
export const MAX_NOTE = 2000;

const advisoryKey = z.string().regex(/^\d{4}\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an advisory key such as "2019/357-ubnd-kgvx"');

export const reportActionSchema = z
	.object({
		/** Advisory key: "2019/357-ubnd-kgvx". */
		advisory: advisoryKey,
		/** Action id within it: "ra-soat-diem-yeu". */
		action: registryId,
		/** "done", "not-applicable" or "not-done". */
		status: z.enum(actionStatuses),
		/** What the agency wrote: "Đã vá 3 máy chủ". Shown as text, never as markup. */
		note: z.string().max(MAX_NOTE, `expected a note of at most ${MAX_NOTE} characters`).default(''),
		/** Day it was marked: "2026-11-20"; null when not marked. */
		date: isoDate.nullable().default(null),
	})
	.strict();

export const reportFileSchema = z
	.object({
		/** Always "canhbao-report". */
		format: z.literal(REPORT_FORMAT),
		/** Format version: 1. */
		version: z.literal(REPORT_VERSION),
		/** Recipient id of the reporting agency: "so-khcn". */
		recipient: registryId,
		/** Day of the report: "2026-11-26". */
		reportedAt: isoDate,
		/** Who reported: { "name": "Nguyễn Văn A", "contact": "nva@skhcn.hatinh.gov.vn" }. */
		reporter: z
			.object({
				name: z.string().trim().max(200, 'expected at most 200 characters').default(''),
				contact: z.string().trim().max(200, 'expected at most 200 characters').default(''),
			})
			.strict(),
		/** Base URL of the site the report was made on: "https://canhbao.hatinh.gov.vn/". */
		site: z.string().max(500).default(''),
		/** Build day of that page: "2026-11-26". */
		build: z.union([isoDate, z.literal('')]).default(''),
		/** One entry per action of the checklist. */
		actions: z.array(reportActionSchema).max(MAX_ACTIONS, `expected at most ${MAX_ACTIONS} actions`),
	})
	.strict();

export type ParsedReport = { report: ReportFile; problems: [] } | { report?: undefined; problems: Problem[] };

/** Bytes to text: UTF-8 with or without a BOM, or UTF-16 with its BOM; anything else is refused. */
export function decodeText(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
	} catch {
		return {
			problem: {
				file,
				field: '',
				message: 'not UTF-8 text (saved in another encoding, or not a text file); download the report file from the checklist page again',
			},
		};
	}
}

export function parseReport(bytes: Uint8Array, file: string): ParsedReport {
	const fail = (message: string, line?: number, field = ''): ParsedReport => ({ problems: [{ file, line, field, message }] });
	if (bytes.length > MAX_REPORT_BYTES) return fail(`is ${bytes.length} bytes; a report file is at most ${MAX_REPORT_BYTES} bytes`);
	const decoded = decodeText(bytes, file);
	if ('problem' in decoded) return { problems: [decoded.problem] };
	const text = decoded.text;
	const start = text.trimStart();
	if (!start) return fail('is empty; expected the JSON report file downloaded from the checklist page');
	if (!start.startsWith('{')) {
		const csv = /^(?:Đơn vị|"?Đơn vị"?)[,;]/.test(start) || /[;,]/.test(start.split('\n')[0] ?? '');
		return fail(
			csv
				? 'is a CSV or text report, meant for people; import the JSON file ("Tải tệp báo cáo (JSON)" on the checklist page)'
				: 'is not a JSON report file; expected an object starting with "{"',
		);
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		const message = (error as Error).message;
		const line = Number(/line (\d+)/.exec(message)?.[1]) || undefined;
		const truncated = /end of JSON input|Unterminated/i.test(message);
		return fail(
			truncated
				? 'ends in the middle (truncated in transfer?); download or attach the file again'
				: `is not valid JSON: ${message.replace(/^.*?: /, '')}`,
			line,
		);
	}
	const twice = duplicateKey(text);
	if (twice) return fail(`the key "${twice.key}" is written twice in one object; a report names each field once`, twice.line);
	const result = reportFileSchema.safeParse(raw);
	if (!result.success)
		return {
			problems: schemaProblems(result.error, file, (p) => lineOf(text, p), raw).map((p) => ({
				...p,
				message: p.message.replace('docs/fields.md', 'docs/reports.md'),
			})),
		};
	const report = result.data as ReportFile;
	const seen = new Map<string, number>();
	const problems: Problem[] = [];
	report.actions.forEach((a, i) => {
		const key = `${a.advisory}#${a.action}`;
		const first = seen.get(key);
		if (first !== undefined)
			problems.push({
				file,
				line: lineOf(text, ['actions', i]),
				field: `actions[${i}]`,
				message: `"${key}" is already reported in actions[${first}]; one entry per action`,
			});
		else seen.set(key, i);
	});
	return problems.length ? { problems } : { report, problems: [] };
}
