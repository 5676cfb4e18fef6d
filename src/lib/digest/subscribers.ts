/**
 * The subscriber file (YAML or CSV), private to the Department: who gets which digest. Every
 * row is checked on its own: a bad address or an unknown recipient id is reported with its line
 * and skipped, and every valid row still gets its mail.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'astro/zod';
import { advisoryKinds, severities } from '../../schemas/advisory.ts';
import { email } from '../../schemas/common.ts';
import { knownIds, type Problem } from '../util/problems.ts';
import { parseYaml, schemaProblems } from '../content/source-fs.ts';

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
	const problems: Problem[] = [];
	const subscribers: Subscriber[] = [];
	const seen = new Map<string, number>();
	// Rows come one at a time and are dropped once checked: a file of 10,000 rows is never held as one tree.
	for (const row of /\.csv$/i.test(file) ? csvRows(text, file, problems) : yamlRows(text, file, problems)) {
		const result = subscriberSchema.safeParse(row.raw);
		if (!result.success) {
			problems.push(...schemaProblems(result.error, file, (p) => row.locate(p), row.raw).map((p) => ({ ...p, line: p.line ?? row.line })));
			continue;
		}
		const data = result.data;
		const unknown = data.recipients.map((id, i) => [id, i] as const).filter(([id]) => id !== EVERY_RECIPIENT && !known.has(id));
		for (const [id, i] of unknown) {
			problems.push({
				file,
				line: row.locate(['recipients', i]) ?? row.line,
				field: `recipients[${i}]`,
				message: `unknown recipient "${id}"; known ids: ${knownIds(id, known)}, or "*" for every advisory`,
			});
		}
		if (unknown.length) continue;
		const key = data.email.toLowerCase();
		const first = seen.get(key);
		if (first !== undefined) {
			problems.push({
				file,
				line: row.line,
				field: 'email',
				message: `"${data.email}" is already subscribed on line ${first}; one row per address (list several recipients in one row)`,
			});
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

/**
 * A YAML list written the usual way (items starting with "- " at the left margin) is parsed one
 * item at a time, with line numbers kept; any other layout is parsed as one document.
 */
function* yamlRows(text: string, file: string, problems: Problem[]): Generator<Row> {
	const items = topLevelItems(text);
	if (!items) {
		yield* yamlDocumentRows(text, file, 1, problems, true);
		return;
	}
	for (const item of items) yield* yamlDocumentRows(item.text, file, item.firstLine, problems, false);
}

function* yamlDocumentRows(text: string, file: string, firstLine: number, problems: Problem[], whole: boolean): Generator<Row> {
	const yaml = parseYaml(text, file, firstLine);
	if (yaml.problems.length) {
		problems.push(...yaml.problems);
		return;
	}
	const raw: unknown = yaml.doc.toJS() ?? [];
	if (!Array.isArray(raw)) {
		problems.push({ file, line: firstLine, field: '', message: 'expected a YAML list of subscribers ("- email: …")' });
		return;
	}
	for (let i = 0; i < raw.length; i++) yield { raw: raw[i], line: yaml.locate([i]) ?? firstLine, locate: (p) => yaml.locate([i, ...p]) };
	if (!whole && raw.length !== 1) problems.push({ file, line: firstLine, field: '', message: 'expected one subscriber per "- " item' });
}

/** Splits "- …" items at the left margin; undefined when the text is laid out otherwise. */
function topLevelItems(text: string): { text: string; firstLine: number }[] | undefined {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const items: { text: string; firstLine: number }[] = [];
	let start = -1;
	const close = (end: number) => {
		if (start >= 0) items.push({ text: lines.slice(start, end).join('\n'), firstLine: start + 1 });
	};
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (/^-(\s|$)/.test(line)) {
			close(i);
			start = i;
		} else if (line.trim() === '' || /^\s*#/.test(line) || (start < 0 && line === '---')) {
			continue;
		} else if (start < 0 || !/^\s/.test(line)) {
			return undefined;
		}
	}
	close(lines.length);
	return items;
}

const LIST_SEPARATOR = /[\s;,]+/;
const CSV_COLUMNS = ['email', 'name', 'recipients', 'minSeverity', 'kinds', 'frequency'];

function* csvRows(text: string, file: string, problems: Problem[]): Generator<Row> {
	const header =
		text
			.replace(/^\uFEFF/, '')
			.split(/\r?\n/)
			.find((l) => l.trim() && !l.trim().startsWith('#')) ?? '';
	const unknownColumns = header
		.split(',')
		.map((c) => c.trim().replace(/^"|"$/g, ''))
		.filter((c) => c && !CSV_COLUMNS.includes(c));
	if (unknownColumns.length) {
		problems.push({
			file,
			line: 1,
			field: '',
			message: `unknown column${unknownColumns.length > 1 ? 's' : ''} ${unknownColumns.map((c) => `"${c}"`).join(', ')}; expected the header ${CSV_COLUMNS.join(',')}`,
		});
		return;
	}
	let records: { record: Record<string, string>; info: { lines: number } }[];
	try {
		records = parseCsv(text, { columns: true, bom: true, comment: '#', skip_empty_lines: true, trim: true, info: true });
	} catch (error) {
		const e = error as Error & { lines?: number };
		problems.push({ file, line: e.lines, field: '', message: `not valid CSV: ${e.message}` });
		return;
	}
	for (const { record, info } of records) {
		const raw: Record<string, unknown> = {};
		for (const [column, value] of Object.entries(record)) {
			if (value === '') continue;
			raw[column] = column === 'recipients' || column === 'kinds' ? value.split(LIST_SEPARATOR).filter(Boolean) : value;
		}
		yield { raw, line: info.lines, locate: () => info.lines };
	}
}

/**
 * Rows that follow a recipient which has ceased (a merged department, an abolished district):
 * they still get what was addressed to it, but nothing new will be, so the row should follow
 * the successor. A warning, not an error: the row is valid and is still mailed.
 */
export function ceasedWarnings(
	subscribers: Subscriber[],
	recipients: ReadonlyMap<string, { validUntil: string | null; successors: string[] }>,
	today: string,
	file: string,
): Problem[] {
	const warnings: Problem[] = [];
	for (const s of subscribers) {
		s.recipients.forEach((id, i) => {
			const r = recipients.get(id);
			if (!r?.validUntil || r.validUntil >= today) return;
			const next = r.successors.length
				? `; follow its successor${r.successors.length > 1 ? 's' : ''} instead: ${r.successors.join(', ')}`
				: '';
			warnings.push({
				file,
				line: s.line,
				field: `recipients[${i}]`,
				message: `"${id}" ceased on ${r.validUntil}, so no new advisory will be addressed to it${next}`,
			});
		});
	}
	return warnings;
}
