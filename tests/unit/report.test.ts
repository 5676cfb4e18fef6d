import { describe, expect, it } from 'vitest';
import {
	MAILTO_LIMIT,
	reportCsv,
	reportFileName,
	reportMailto,
	reportMarkdown,
	type Report,
} from '../../src/lib/reports/checklist-export.ts';

const report: Report = {
	agency: 'Sở Y tế',
	date: '2026-11-26',
	title: 'Báo cáo kết quả thực hiện cảnh báo',
	items: [
		{
			key: '2019/357-ubnd-kgvx#ra-soat',
			advisoryNumber: '357/UBND-KGVX',
			advisoryUrl: 'https://x.example/canh-bao/2019/357-ubnd-kgvx/#viec-ra-soat',
			label: '1',
			text: 'Rà soát điểm yếu, lỗ hổng; "khẩn"',
			due: '2019-01-31',
			done: true,
			note: 'Đã vá 3 máy chủ,\nxem biên bản',
		},
		{
			key: '2019/357-ubnd-kgvx#so-tttt',
			advisoryNumber: '357/UBND-KGVX',
			advisoryUrl: 'https://x.example/a',
			label: '4.2',
			text: 'Thông báo | VNCERT',
			done: false,
			note: '=SUM(A1)',
		},
	],
};

describe('completion report', () => {
	it('writes CSV that spreadsheets open as UTF-8, quoting what needs it', () => {
		const csv = reportCsv(report);
		expect(csv.startsWith('\uFEFFĐơn vị,Ngày báo cáo,Văn bản,Mục,')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[1]).toBe(
			'Sở Y tế,26/11/2026,357/UBND-KGVX,1,"Rà soát điểm yếu, lỗ hổng; ""khẩn""",31/01/2019,Đã hoàn thành,"Đã vá 3 máy chủ,\nxem biên bản",https://x.example/canh-bao/2019/357-ubnd-kgvx/#viec-ra-soat',
		);
		// A note that looks like a formula stays text.
		expect(lines[2]).toBe("Sở Y tế,26/11/2026,357/UBND-KGVX,4.2,Thông báo | VNCERT,,Chưa hoàn thành,'=SUM(A1),https://x.example/a");
	});

	it('writes a Markdown table with a summary', () => {
		const md = reportMarkdown(report);
		expect(md).toContain('- Đơn vị: Sở Y tế');
		expect(md).toContain('- Đã hoàn thành: 1/2 việc');
		expect(md).toContain('| 357/UBND-KGVX | 4.2 | Thông báo \\| VNCERT |  | Chưa hoàn thành | =SUM(A1) |');
		expect(md).toContain('Đã vá 3 máy chủ, xem biên bản');
	});

	it('drafts an e-mail, shortened when too long for a mailto: link', () => {
		const href = reportMailto('attt@hatinh.gov.vn', report);
		expect(href.startsWith('mailto:attt@hatinh.gov.vn?subject=')).toBe(true);
		const body = decodeURIComponent(new URL(href).searchParams.get('body') ?? '');
		expect(body).toContain('- [x] Số 357/UBND-KGVX, mục 1: Rà soát điểm yếu');
		expect(decodeURIComponent(href.split('subject=')[1].split('&')[0])).toBe('Báo cáo kết quả thực hiện: Sở Y tế (26/11/2026)');
		const long = { ...report, items: Array.from({ length: 40 }, (_, i) => ({ ...report.items[0], label: String(i + 1) })) };
		const short = reportMailto('attt@hatinh.gov.vn', long);
		expect(short.length).toBeLessThan(MAILTO_LIMIT + 400);
		expect(decodeURIComponent(short)).toContain('Chi tiết xem tệp báo cáo');
	});

	it('names files without diacritics', () => {
		expect(reportFileName('Sở Y tế Đông Hà', '2026-11-26', 'csv')).toBe('bao-cao-so-y-te-dong-ha-2026-11-26.csv');
		expect(reportFileName('', '2026-11-26', 'md')).toBe('bao-cao-don-vi-2026-11-26.md');
	});
});
