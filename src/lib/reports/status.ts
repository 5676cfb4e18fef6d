/**
 * Who has done what: per active advisory, per organisation it reaches (groups expanded to their
 * members, successors standing in for dissolved bodies), per action, the latest report. The
 * published catalog decides who must do what; the store only says what they reported.
 */
import type { PublishedData } from '../digest/data.ts';
import { daysBetween, type IsoDate } from '../util/dates.ts';
import type { ActionStatus } from './file.ts';
import type { StoredReport } from './store.ts';

export type RowStatus = ActionStatus | 'no-report';

export interface StatusRow {
	advisory: string;
	action: string;
	recipient: string;
	status: RowStatus;
	due: IsoDate | null;
	overdue: boolean;
	reportedAt: IsoDate | null;
	verified: boolean;
}

/** What the terminal table and the compliance site show beyond the JSON row. */
export interface StatusDetail extends StatusRow {
	daysOverdue: number;
	note: string;
	/** Reported by a predecessor before it was dissolved. */
	reportedBy: string | null;
}

export interface Latest {
	status: ActionStatus;
	reportedAt: IsoDate;
	verified: boolean;
	note: string;
	/** Position in the store: of two reports of one day, the later import wins. */
	order: number;
}

/** The newest report per agency and action: `<recipient>|<advisory>#<action>` → report. */
export function latestReports(stored: readonly StoredReport[]): Map<string, Latest> {
	const latest = new Map<string, Latest>();
	stored.forEach((s, order) => {
		const r = s.report;
		for (const a of r.actions) {
			const key = `${r.recipient}|${a.advisory}#${a.action}`;
			const known = latest.get(key);
			if (known && known.reportedAt > r.reportedAt) continue;
			latest.set(key, { status: a.status, reportedAt: r.reportedAt, verified: s.verified, note: a.note, order });
		}
	});
	return latest;
}

export interface StatusFilter {
	advisory?: string;
	/** An organisation, or a group (its members). */
	recipient?: string;
	overdue?: boolean;
}

/** Ids a recipient stands in for: itself and, transitively, the bodies it succeeded. */
function standsFor(data: PublishedData): Map<string, string[]> {
	const predecessors = new Map<string, string[]>();
	for (const r of data.recipients.values()) {
		for (const s of r.successors) {
			let list = predecessors.get(s);
			if (!list) predecessors.set(s, (list = []));
			list.push(r.id);
		}
	}
	const result = new Map<string, string[]>();
	for (const id of data.recipients.keys()) {
		const all = [id];
		for (let i = 0; i < all.length; i++) for (const p of predecessors.get(all[i]) ?? []) if (!all.includes(p)) all.push(p);
		result.set(id, all);
	}
	return result;
}

/** Members of a group, transitively; an organisation is itself. */
function expand(data: PublishedData, id: string): Set<string> {
	const out = new Set<string>();
	const queue = [id];
	for (let i = 0; i < queue.length; i++) {
		const r = data.recipients.get(queue[i]);
		if (!r) continue;
		if (r.type === 'organisation') out.add(r.id);
		for (const m of data.recipients.values()) if (m.memberOf.includes(r.id) && !queue.includes(m.id)) queue.push(m.id);
	}
	return out;
}

export function statusRows(
	data: PublishedData,
	stored: readonly StoredReport[],
	today: IsoDate,
	filter: StatusFilter = {},
): StatusDetail[] {
	const latest = latestReports(stored);
	const stand = standsFor(data);
	const only = filter.recipient ? expand(data, filter.recipient) : undefined;
	const order = new Map(data.catalog.advisories.map((a, i) => [a.key, i]));
	const rows: StatusDetail[] = [];
	for (const r of data.recipients.values()) {
		if (r.type !== 'organisation') continue;
		// A dissolved body has no open work: its successors' rows carry it.
		if (r.validUntil && r.validUntil < today) continue;
		if (only && !only.has(r.id)) continue;
		const reporters = stand.get(r.id) ?? [r.id];
		for (const key of r.actions) {
			const action = data.actions.get(key);
			const advisoryKey = key.slice(0, key.indexOf('#'));
			if (!action || (filter.advisory && filter.advisory !== advisoryKey)) continue;
			if (data.advisories.get(advisoryKey)?.status !== 'active') continue;
			let found: Latest | undefined;
			let by: string | null = null;
			for (const who of reporters) {
				const l = latest.get(`${who}|${key}`);
				if (l && (!found || l.reportedAt > found.reportedAt || (l.reportedAt === found.reportedAt && l.order > found.order))) {
					found = l;
					by = who === r.id ? null : who;
				}
			}
			const status: RowStatus = found?.status ?? 'no-report';
			const settled = status === 'done' || status === 'not-applicable';
			const late = action.due && !settled ? daysBetween(action.due, today) : 0;
			const row: StatusDetail = {
				advisory: advisoryKey,
				action: action.id,
				recipient: r.id,
				status,
				due: action.due,
				overdue: late > 0,
				reportedAt: found?.reportedAt ?? null,
				verified: found?.verified ?? false,
				daysOverdue: Math.max(0, late),
				note: found?.note ?? '',
				reportedBy: by,
			};
			if (filter.overdue && !row.overdue) continue;
			rows.push(row);
		}
	}
	// One sort key per row: the comparator runs about a million times for 300 agencies.
	const keyed = rows.map((row) => {
		const action = data.actions.get(`${row.advisory}#${row.action}`)!;
		return { row, a: order.get(row.advisory) ?? 0, n: action.number, p: action.part };
	});
	keyed.sort(
		(x, y) => x.a - y.a || x.n - y.n || x.p - y.p || (x.row.recipient < y.row.recipient ? -1 : x.row.recipient > y.row.recipient ? 1 : 0),
	);
	return keyed.map((k) => k.row);
}

/** The JSON rows exactly as `status --json` prints them. */
export function jsonRows(rows: readonly StatusDetail[]): { rows: StatusRow[] } {
	return {
		rows: rows.map(({ advisory, action, recipient, status, due, overdue, reportedAt, verified }) => ({
			advisory,
			action,
			recipient,
			status,
			due,
			overdue,
			reportedAt,
			verified,
		})),
	};
}

export function totals(rows: readonly StatusRow[]): Record<RowStatus | 'overdue', number> {
	const t = { done: 0, 'not-applicable': 0, 'not-done': 0, 'no-report': 0, overdue: 0 };
	for (const r of rows) {
		t[r.status]++;
		if (r.overdue) t.overdue++;
	}
	return t;
}
