/** Every CSV the product writes opens safely in a spreadsheet: text that looks like a formula stays text. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/model/load.ts';
import { iocCsv } from '../../src/lib/outputs/ioc-csv.ts';
import { reportCsv } from '../../src/lib/reports/checklist-export.ts';
import { TODAY, fixtureCopy, replaceOnce } from '../helpers/fixture.ts';

const hostile = ['=HYPERLINK("http://x","bấm")', '+1+1', '-2+3', '@SUM(A1)', '\t=1'];

describe('CSV written for people', () => {
	it('the indicators file keeps a hostile note as text', () => {
		const root = fixtureCopy({
			'advisories/2026/7-skhcn-cntt.mdx': replaceOnce('    note: máy chủ điều khiển', `    note: '=HYPERLINK("http://x","bấm")'`),
		});
		const { catalog } = checkContent(root, TODAY);
		const rows = parse(iocCsv(catalog.byId.get('2026/7-skhcn-cntt')!, 'https://x/'), { columns: true }) as {
			note: string;
			value: string;
		}[];
		expect(rows.map((r) => r.note)).toContain(`'=HYPERLINK("http://x","bấm")`);
		expect(rows.every((r) => !/^[=+\-@]/.test(r.note))).toBe(true);
	});

	it('the completion report keeps every hostile cell as text', () => {
		const csv = reportCsv({
			agency: '=cmd',
			date: '2026-11-26',
			title: 'x',
			items: hostile.map((note, i) => ({
				key: `a#${i}`,
				advisoryNumber: '-1/X',
				advisoryUrl: 'https://x/',
				label: '1',
				text: '@t',
				done: false,
				note,
			})),
		});
		const cells = (parse(csv.replace(/^\uFEFF/, '')) as string[][]).slice(1).flat();
		expect(cells.filter((c) => /^[=+\-@\t]/.test(c))).toEqual([]);
	});
});
