/** The private compliance site: pages per advisory and agency, internal on every page, notes as text. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPublished, type PublishedData } from '../../src/lib/digest/data.ts';
import { exportContentRoot } from '../../src/lib/outputs/advisory-json.ts';
import { reportFile } from '../../src/lib/reports/file.ts';
import { compliancePages, MARKER, palette, writeComplianceSite } from '../../src/lib/reports/site.ts';
import { reportId, type StoredReport } from '../../src/lib/reports/store.ts';
import { complianceUi } from '../../src/i18n/vi.ts';
import { FIXTURE, TODAY } from '../helpers/fixture.ts';

let data: PublishedData;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
beforeAll(async () => {
	data = readPublished(JSON.stringify(await exportContentRoot(FIXTURE, TODAY)), 'a.json');
});

const hostile = '<script>alert(1)</script> =HYPERLINK("http://x") & <img src=x onerror=alert(2)>';
const reports: StoredReport[] = [
	reportFile({
		recipient: 'so-y-te',
		reportedAt: '2026-11-25',
		reporter: { name: '', contact: '' },
		site: '',
		build: '',
		ticks: [{ key: '2026/7-skhcn-cntt#chan-ioc', done: true, note: hostile }],
	}),
].map((r) => ({ id: reportId(r), importedAt: '', source: '', from: null, verified: true, report: r }));

/** WCAG relative luminance and contrast ratio. */
function contrast(a: string, b: string): number {
	const lum = (hex: string) => {
		const [r, g, bl] = [1, 3, 5]
			.map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
			.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
	return (x + 0.05) / (y + 0.05);
}

describe('compliance site', () => {
	it('has an overview, a matrix per active advisory and a page per agency, each marked internal', () => {
		const pages = compliancePages(data, reports, '2026-12-08');
		expect([...pages.keys()].sort()).toEqual([
			'canh-bao/2026-7-skhcn-cntt.html',
			'don-vi/so-khcn.html',
			'don-vi/so-y-te.html',
			'don-vi/ubnd-x-b.html',
			'index.html',
		]);
		for (const [file, text] of pages) {
			expect(text, file).toContain(complianceUi.internal);
			expect(text, file).toContain('<meta name="robots" content="noindex, nofollow">');
			expect(text, file).not.toMatch(/<script/i);
		}
		const matrix = parse(pages.get('canh-bao/2026-7-skhcn-cntt.html')!);
		const rows = matrix
			.querySelectorAll('tbody tr')
			.map((tr) => tr.querySelectorAll('th, td').map((c) => c.text.replace(/\s+/g, ' ').trim()));
		expect(rows).toEqual([
			['Sở Khoa học và Công nghệ', 'Chưa báo cáo quá hạn 3 ngày', '–'],
			['Sở Y tế', 'Đã xong', '–'],
			['UBND xã B', 'Chưa báo cáo quá hạn 3 ngày', 'Chưa báo cáo'],
		]);
		const foot = matrix.querySelectorAll('tfoot tr').map((tr) => tr.querySelectorAll('th, td').map((c) => c.text.trim()));
		expect(foot).toContainEqual(['Đã xong', '1', '0']);
		expect(foot).toContainEqual(['Quá hạn', '2', '0']);
	});

	it('shows an agency what it reported, its notes as text, and what is overdue', () => {
		const page = compliancePages(data, reports, '2026-12-08').get('don-vi/so-y-te.html')!;
		const note = parse(page).querySelector('td.note')!;
		expect(note.text).toBe(hostile);
		expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(page).toContain(complianceUi.nothingOverdue);
		const khcn = parse(compliancePages(data, reports, '2026-12-08').get('don-vi/so-khcn.html')!);
		expect(khcn.querySelectorAll('h2')[0].text).toBe(complianceUi.overdueList);
		expect(
			khcn
				.querySelectorAll('td.st-overdue')
				.filter((td) => !td.classList.contains('num'))[0]
				.text.replace(/\s+/g, ' '),
		).toBe('Chưa báo cáo quá hạn 3 ngày');
	});

	it('uses colours whose text passes WCAG AA on its background', () => {
		for (const [status, c] of Object.entries(palette)) expect(contrast(c.ink, c.wash), status).toBeGreaterThanOrEqual(4.5);
		expect(contrast('#ffffff', '#8c1616')).toBeGreaterThanOrEqual(4.5); // the internal banner
	});

	it('replaces an earlier compliance site whole, and refuses a folder holding anything else', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'canhbao-compliance-'));
		dirs.push(dir);
		const out = path.join(dir, 'noi-bo');
		expect(writeComplianceSite(out, data, reports, TODAY)).toBe(5);
		expect(existsSync(path.join(out, MARKER))).toBe(true);
		expect(readFileSync(path.join(out, 'style.css'), 'utf8')).toContain('--brand: #123a63');
		writeFileSync(path.join(out, 'stale.html'), 'x');
		writeComplianceSite(out, data, [], TODAY);
		expect(existsSync(path.join(out, 'stale.html'))).toBe(false);
		expect(readdirSync(dir)).toEqual(['noi-bo']);
		const other = path.join(dir, 'documents');
		mkdirSync(other);
		writeFileSync(path.join(other, 'keep.txt'), 'mine');
		expect(() => writeComplianceSite(other, data, reports, TODAY)).toThrow(/is not empty and holds no earlier compliance site/);
		expect(readFileSync(path.join(other, 'keep.txt'), 'utf8')).toBe('mine');
	});
});

describe('who may report on an advisory page', () => {
	it('offers the organisations its actions reach, never a dissolved one or a group', async () => {
		const { checkContent } = await import('../../src/lib/model/load.ts');
		const { reportChoices } = await import('../../src/lib/reports/choices.ts');
		const { catalog } = checkContent(FIXTURE, TODAY);
		expect(reportChoices(catalog, '2026/7-skhcn-cntt').map((c) => c.id)).toEqual(['so-khcn', 'so-y-te', 'ubnd-x-b']);
		// The 2019 dispatch reached so-tttt and ubnd-h-a, both dissolved since: their successors report.
		expect(reportChoices(catalog, '2019/10-ubnd-kgvx').map((c) => c.id)).toEqual(['so-khcn', 'so-y-te', 'ubnd-x-b']);
	});
});
