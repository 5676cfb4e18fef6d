import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatLongDate, formatShortDate, today } from '../../src/lib/util/dates.ts';

describe('Vietnamese dates', () => {
	it('writes dates as official documents do', () => {
		expect(formatLongDate('2019-01-15')).toBe('ngày 15 tháng 01 năm 2019');
		expect(formatLongDate('2024-02-05')).toBe('ngày 05 tháng 02 năm 2024');
	});

	it('pads only days below 10 and the months January and February (Nghị định 30/2020)', () => {
		expect(formatLongDate('2024-03-09')).toBe('ngày 09 tháng 3 năm 2024');
		expect(formatLongDate('2025-12-31')).toBe('ngày 31 tháng 12 năm 2025');
	});

	it('writes short dates as dd/mm/yyyy', () => {
		expect(formatShortDate('2018-12-21')).toBe('21/12/2018');
		expect(formatShortDate('2026-01-02')).toBe('02/01/2026');
	});

	it('counts days across months and leap years', () => {
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
		expect(daysBetween('2026-11-26', '2026-12-05')).toBe(9);
		expect(daysBetween('2026-12-05', '2026-11-26')).toBe(-9);
	});

	it('takes today from CANHBAO_TODAY and rejects a malformed one', () => {
		expect(today({ CANHBAO_TODAY: '2026-11-26' })).toBe('2026-11-26');
		expect(() => today({ CANHBAO_TODAY: '26/11/2026' })).toThrow(/CANHBAO_TODAY: expected YYYY-MM-DD/);
		expect(today({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});
