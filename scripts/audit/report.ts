/** The audit's output: one table row per check and page, then every failure spelt out. */
export interface Row {
	check: string;
	page: string;
	result: 'pass' | 'FAIL' | 'note';
	detail: string;
}

export function formatTable(rows: Row[]): string {
	const headers: Row = { check: 'check', page: 'page', result: 'pass' as const, detail: 'figures' };
	const widths = {
		check: Math.max(headers.check.length, ...rows.map((r) => r.check.length)),
		page: Math.min(48, Math.max(headers.page.length, ...rows.map((r) => r.page.length))),
		result: 6,
	};
	const line = (r: Row, result = r.result as string) =>
		`${r.check.padEnd(widths.check)}  ${r.page.padEnd(widths.page)}  ${result.padEnd(widths.result)}  ${r.detail}`;
	return [line(headers, 'result'), ...rows.map((r) => line(r))].join('\n');
}

export const score = (value: number | undefined) => (value === undefined ? '—' : String(Math.round(value * 100)));
