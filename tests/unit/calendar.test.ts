import { describe, expect, it } from 'vitest';
import { CALENDAR_HISTORY_DAYS, calendarEntries } from '../../src/lib/outputs/calendar.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { TODAY, fixtureCopy, replaceOnce } from '../helpers/fixture.ts';

const MALWARE = 'advisories/2026/7-skhcn-cntt.mdx';

/** The ids of the deadlines a calendar carries on `day`, from the fixture with `edits`. */
function inCalendar(day: string, edits: Parameters<typeof fixtureCopy>[0] = {}): string[] {
	const { catalog, problems } = checkContent(fixtureCopy(edits), day);
	if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
	const all = catalog.advisories.flatMap((advisory) => advisory.actions.map((action) => ({ action, advisory })));
	return calendarEntries(all, catalog.today)
		.map(({ advisory, action }) => `${advisory.id}#${action.id} ${action.due}`)
		.sort();
}

describe('calendar entries', () => {
	it('keep the deadlines of the last year and after, and drop older ones of advisories no longer active', () => {
		expect(CALENDAR_HISTORY_DAYS).toBe(365);
		expect(inCalendar(TODAY)).toEqual(['2026/7-skhcn-cntt#chan-ioc 2026-12-05', '2026/7-skhcn-cntt#xa-ra-soat 2026-12-10']);
		// 2024/5-stttt-cntt (superseded) had a deadline on 2024-03-15: in until a year after it.
		expect(inCalendar('2025-03-15')).toContain('2024/5-stttt-cntt#cap-nhat 2024-03-15');
		expect(inCalendar('2025-03-16')).not.toContain('2024/5-stttt-cntt#cap-nhat 2024-03-15');
	});

	it('keep every deadline of an active advisory, however late', () => {
		// Two and a half years after its deadlines, 7-skhcn-cntt (no validUntil) is still active.
		expect(inCalendar('2029-06-01')).toEqual(['2026/7-skhcn-cntt#chan-ioc 2026-12-05', '2026/7-skhcn-cntt#xa-ra-soat 2026-12-10']);
		expect(inCalendar('2029-06-01', { [MALWARE]: replaceOnce('severity: high', 'severity: high\nstatus: closed') })).toEqual([]);
	});
});
