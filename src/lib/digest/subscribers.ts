/**
 * The subscriber file (YAML or CSV), private to the Department: who gets which digest. Every
 * row is checked on its own: a bad address or an unknown recipient id is reported with its line
 * and skipped, and every valid row still gets its mail.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'astro/zod';
import { advisoryKinds, severities } from '../../schemas/advisory.ts';
import { email } from '../../schemas/common.ts';
import { knownIds, type Problem } from '../problems.ts';
import { parseYaml, schemaProblems } from '../source.ts';

export const frequencies = ['immediate', 'daily', 'weekly'] as const;
export type Frequency = (typeof frequencies)[number];

/** `*` in `recipients`: every advisory, whoever it is addressed to. */
export const EVERY_RECIPIENT = '*';

export const subscriberSchema = z
	.object({
		/** Where the digest goes. */
		email,
		/** How to address the reader ("Nguyễn Văn A"). */
		name: z.string().trim().min(1).optional(),
		/** Recipient ids whose advisories the reader follows, or `*` for all. */
		recipients: z.array(z.string().min(1)).min(1, 'expected at least one recipient id, or "*" for every advisory'),
		/** Lowest severity worth a message. */
		minSeverity: z.enum(severities).default('low'),
		/** Kinds of advisory to include; empty means all. */
		kinds: z.array(z.enum(advisoryKinds)).default([]),
		/** When digests go out. */
		frequency: z.enum(frequencies).default('immediate'),
	})
	.strict();

export type Subscriber = z.output<typeof subscriberSchema> & {
	/** Lower-cased address: the subscriber's identity in the ledger. */
	key: string;
	/** Line in the subscriber file. */
	line: number;
};

export interface SubscriberList {
	subscribers: Subscriber[];
	problems: Problem[];
}

/** Reads subscribers from YAML (a list of mappings) or CSV (a header row), by the file's extension. */
export function parseSubscribers(text: string, file: string, knownRecipients: Iterable<string>): SubscriberList {
	const known = new Set(knownRecipients);
	const rows = /\.csv$/i.test(file) ? csvRows(text, file) : yamlRows(text, file);
	const problems = [...rows.problems];
	const subscribers: Subscriber[] = [];
	const seen = new Map<string, number>();
	for (const row of rows.rows) {
		const result = subscriberSchema.safeParse(row.raw);
		if (!result.success) {
			problems.push(...schemaProblems(result.error, file, (p) => row.locate(p), row.raw).map((p) => ({ ...p, line: p.line ?? row.line })));
			continue;
		}
		const data = result.data;
		const unknown = data.recipients.map((id, i) => [id, i] as const).filter(([id]) => id !== EVERY_RECIPIENT && !known.has(id));
		for (const [id, i] of unknown) {
			problems.push({ file, line: row.locate(['recipients', i]) ?? row.line, field: `recipients[${i}]`, message: `unknown recipient "${id}"; known ids: ${knownIds(id, known)}, or "*" for every advisory` });
		}
		if (unknown.length) continue;
		const key = data.email.toLowerCase();
		const first = seen.get(key);
		if (first !== undefined) {
			problems.push({ file, line: row.line, field: 'email', message: `"${data.email}" is already subscribed on line ${first}; one row per address (list several recipients in one row)` });
			continue;
		}
		seen.set(key, row.line);
		subscribers.push({ ...data, key, line: row.line });
	}
	return { subscribers, problems };
}

interface Row {
	raw: unknown;
	line: number;
	locate: (path: ReadonlyArray<string | number>) => number | undefined;
}

function yamlRows(text: string, file: string): { rows: Row[]; problems: Problem[] } {
	const yaml = parseYaml(text, file);
	if (yaml.problems.length) return { rows: [], problems: yaml.problems };
	const raw: unknown = yaml.doc.toJS() ?? [];
	if (!Array.isArray(raw)) return { rows: [], problems: [{ file, line: 1, field: '', message: 'expected a YAML list of subscribers ("- email: …")' }] };
	return {
		rows: raw.map((item, i) => ({ raw: item, line: yaml.locate([i]) ?? 1, locate: (p) => yaml.locate([i, ...p]) })),
		problems: [],
	};
}

const LIST_SEPARATOR = /[\s;,]+/;
const CSV_COLUMNS = ['email', 'name', 'recipients', 'minSeverity', 'kinds', 'frequency'];

function csvRows(text: string, file: string): { rows: Row[]; problems: Problem[] } {
	let records: { record: Record<string, string>; info: { lines: number } }[];
	try {
		records = parseCsv(text, { columns: true, bom: true, comment: '#', skip_empty_lines: true, trim: true, info: true });
	} catch (error) {
		const e = error as Error & { lines?: number };
		return { rows: [], problems: [{ file, line: e.lines, field: '', message: `not valid CSV: ${e.message}` }] };
	}
	const header = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() && !l.trim().startsWith('#')) ?? '';
	const unknownColumns = header.split(',').map((c) => c.trim()).filter((c) => c && !CSV_COLUMNS.includes(c));
	if (unknownColumns.length) {
		return { rows: [], problems: [{ file, line: 1, field: '', message: `unknown column${unknownColumns.length > 1 ? 's' : ''} ${unknownColumns.map((c) => `"${c}"`).join(', ')}; expected the header ${CSV_COLUMNS.join(',')}` }] };
	}
	return {
		rows: records.map(({ record, info }) => {
			const raw: Record<string, unknown> = {};
			for (const [column, value] of Object.entries(record)) {
				if (value === '') continue;
				raw[column] = column === 'recipients' || column === 'kinds' ? value.split(LIST_SEPARATOR).filter(Boolean) : value;
			}
			return { raw, line: info.lines, locate: () => info.lines };
		}),
		problems: [],
	};
}
