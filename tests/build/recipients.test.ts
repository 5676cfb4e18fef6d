/** Recipient pages, consolidated checklists and calendars, built from the fixture content. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE } from '../helpers/fixture.ts';
import { runBuild, tempOut } from '../helpers/build.ts';

const out = tempOut();
const read = (p: string) => readFileSync(path.join(out, p), 'utf8');
const page = (p: string) => read(path.join(p, 'index.html'));
const text = (html: string) =>
	html
		.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/ ([.,;:)])/g, '$1');

beforeAll(() => {
	const result = runBuild(FIXTURE, out);
	if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}\n${result.stdout}`);
});

function events(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return calendar.getAllSubcomponents('vevent').map((e) => {
		const event = new ICAL.Event(e);
		return {
			uid: event.uid,
			start: event.startDate.toString(),
			allDay: event.startDate.isDate,
			summary: event.summary,
			url: String(e.getFirstPropertyValue('url')),
		};
	});
}

describe('recipient pages', () => {
	it('list every recipient by group, dissolved ones with their successor', () => {
		const shown = text(page('don-vi'));
		expect(shown).toContain('Các sở, ban, ngành');
		expect(shown).toMatch(
			/Sở Thông tin và Truyền thông Đã giải thể hoặc hợp nhất \(28\/02\/2025\); đơn vị kế thừa: Sở Khoa học và Công nghệ/,
		);
		expect(shown).toMatch(/UBND huyện A Đã giải thể hoặc hợp nhất \(30\/06\/2025\); đơn vị kế thừa: UBND xã B/);
	});

	it("give a dissolved district's page a pointer to its successor", () => {
		const html = page('don-vi/ubnd-h-a');
		expect(text(html)).toContain('Đơn vị này đã giải thể hoặc hợp nhất từ sau ngày 30/06/2025. Đơn vị kế thừa: UBND xã B.');
		expect(html).toContain('href="/canh-bao-thu/don-vi/ubnd-x-b/"');
	});

	it('show the Department every action of the 2019 directive it was given, and its successor too', () => {
		for (const id of ['so-tttt', 'so-khcn']) {
			const shown = text(page(`don-vi/${id}`));
			expect(shown, id).toContain('Cử cán bộ trực giám sát hệ thống trong dịp nghỉ Tết.');
			expect(shown, id).toContain('Giao Sở Thông tin và Truyền thông: Phối hợp xử lý sự cố.');
			expect(shown, id).toContain('Giao Sở Thông tin và Truyền thông: Tổng hợp báo cáo UBND tỉnh.');
		}
		expect(text(page('don-vi/so-khcn'))).toContain('Gửi tới đơn vị tiền thân');
		// Sở Y tế is addressed through its group but was not given the Department's tasks.
		expect(text(page('don-vi/so-y-te'))).not.toContain('Tổng hợp báo cáo UBND tỉnh');
	});

	it('group open work by role, with a filter that needs no JavaScript', () => {
		const html = page('don-vi/ubnd-x-b');
		const shown = text(html);
		expect(shown).toContain('Việc cần làm 2');
		expect(shown).toMatch(/Toàn thể cán bộ \(1\) UBND xã B rà soát máy tính tiếp nhận văn bản\. Hạn: 10\/12\/2026/);
		expect(shown).toMatch(/Cán bộ CNTT, an toàn thông tin \(1\) Chặn các dấu hiệu nhận biết trên tường lửa\. Hạn: 05\/12\/2026/);
		expect(html).toContain('<input type="radio" name="vai-tro" value="cntt"');
		expect(html).toMatch(/<section data-role="cntt"/);
	});

	it('offer a consolidated checklist that prints as a paper form', () => {
		const html = page('don-vi/so-khcn/viec-can-lam');
		expect(html).toContain('data-key="2026/7-skhcn-cntt#chan-ioc"');
		expect(html).toContain('data-due="2026-12-05"');
		expect(text(html)).toContain('Người phụ trách:');
		// Closed advisories' actions are not open work.
		expect(html).not.toContain('2019/10-ubnd-kgvx#');
	});
});

describe('deadline calendars', () => {
	it('have one all-day event per dated action with stable UIDs', () => {
		const all = events(read('lich.ics'));
		// The deadlines of 2019/10 (closed) and 2024/5 (superseded) passed more than a year ago.
		expect(all.map((e) => e.uid).sort()).toEqual([
			'2026/7-skhcn-cntt/chan-ioc@example.gov.vn',
			'2026/7-skhcn-cntt/xa-ra-soat@example.gov.vn',
		]);
		const chan = all.find((e) => e.uid.startsWith('2026/7-skhcn-cntt/chan-ioc'))!;
		expect(chan).toMatchObject({
			start: '2026-12-05',
			allDay: true,
			summary: 'Hạn: Chặn các dấu hiệu nhận biết trên tường lửa (Số 7/SKHCN-CNTT)',
		});
		expect(chan.url).toBe('https://example.gov.vn/canh-bao-thu/canh-bao/2026/7-skhcn-cntt/#viec-chan-ioc');
	});

	it('per recipient hold only what it must do', () => {
		expect(events(read('don-vi/ubnd-x-b/lich.ics')).map((e) => e.uid)).toEqual([
			'2026/7-skhcn-cntt/chan-ioc@example.gov.vn',
			'2026/7-skhcn-cntt/xa-ra-soat@example.gov.vn',
		]);
		expect(events(read('don-vi/so-y-te/lich.ics')).map((e) => e.uid)).toEqual(['2026/7-skhcn-cntt/chan-ioc@example.gov.vn']);
	});
});
