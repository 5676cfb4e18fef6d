/** The terminal form of `reports status`: a plain aligned table, one row per agency and action. */
import type { PublishedData } from '../digest/data.ts';
import type { StatusDetail } from './status.ts';

const label = (n: number, part: number) => (part ? `${n}.${part}` : String(n));

/** Drops control characters and cuts long cells, so an agency's text cannot garble the terminal. */
function cell(text: string, width: number): string {
	const plain = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
	return plain.length > width ? `${plain.slice(0, width - 1)}…` : plain;
}

export function statusTable(rows: readonly StatusDetail[], data: PublishedData, columns = 120): string {
	const head = ['advisory', 'item', 'recipient', 'status', 'due', 'overdue', 'reported', 'verified'];
	const body = rows.map((r) => {
		const action = data.actions.get(`${r.advisory}#${r.action}`);
		return [
			data.advisories.get(r.advisory)?.number ?? r.advisory,
			action ? label(action.number, action.part) : r.action,
			r.recipient,
			r.status,
			r.due ?? '-',
			r.overdue ? `${r.daysOverdue} d` : '',
			r.reportedAt ? `${r.reportedAt}${r.reportedBy ? ` (${r.reportedBy})` : ''}` : '-',
			r.reportedAt ? (r.verified ? 'yes' : 'no') : '',
		];
	});
	const max = Math.max(12, Math.floor((columns || 120) / head.length));
	const widths = head.map((h, i) => Math.min(max, Math.max(h.length, ...body.map((b) => b[i].length))));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => cell(c, widths[i]).padEnd(widths[i]))
			.join('  ')
			.trimEnd();
	return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
