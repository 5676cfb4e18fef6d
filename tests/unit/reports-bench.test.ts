/** The report benchmark measures real imports: its synthetic files must pass every check. */
import { describe, expect, it } from 'vitest';
import { syntheticCatalog, syntheticReports } from '../../scripts/bench/reports.ts';
import { readPublished } from '../../src/lib/digest/data.ts';
import { checkReport } from '../../src/lib/reports/check.ts';
import { parseReport } from '../../src/lib/reports/schema.ts';
import { statusRows } from '../../src/lib/reports/status.ts';
import { reportId } from '../../src/lib/reports/store.ts';

describe('report benchmark corpus', () => {
	it('makes reports the import accepts, on actions the agencies were given', () => {
		const catalog = syntheticCatalog(40, 12);
		const data = readPublished(JSON.stringify(catalog), 'bench.json');
		const reports = [...syntheticReports(catalog, 60)].map((text, i) => {
			const parsed = parseReport(new TextEncoder().encode(text), `r${i}.json`);
			expect(parsed.problems).toEqual([]);
			expect(checkReport(parsed.report!, data, catalog.today, `r${i}.json`).problems).toEqual([]);
			return parsed.report!;
		});
		expect(new Set(reports.map(reportId)).size).toBe(60);
		const rows = statusRows(
			data,
			reports.map((report) => ({ id: reportId(report), importedAt: '', source: '', from: null, verified: false, report })),
			catalog.today,
		);
		expect(rows.length).toBe(40 * 3 * 12);
		expect(rows.filter((r) => r.status === 'done').length).toBeGreaterThan(50);
	});
});
