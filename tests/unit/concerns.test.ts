import { describe, expect, it } from 'vitest';
import { actionsFor, advisoriesFor, byUrgency, urgency } from '../../src/lib/model/concerns.ts';
import { newestFirst } from '../../src/lib/model/page-limits.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { FIXTURE, TODAY } from '../helpers/fixture.ts';

const { catalog } = checkContent(FIXTURE, TODAY);
const ids = (list: { advisory: { id: string } }[]) => list.map((x) => x.advisory.id);
const actionIds = (list: { action: { id: string } }[]) => list.map((x) => x.action.id);

describe('what concerns a recipient', () => {
	it('finds advisories through groups, with how they arrive', () => {
		const found = advisoriesFor(catalog, 'so-y-te');
		expect(ids(found)).toEqual(['2026/7-skhcn-cntt', '2024/5-stttt-cntt', '2019/10-ubnd-kgvx']);
		expect(found.map((f) => [f.reach, f.via.id])).toEqual([
			['group', 'so-ban-nganh'],
			['group', 'so-ban-nganh'],
			['group', 'so-ban-nganh'],
		]);
	});

	it('gives a successor what its predecessor was assigned', () => {
		// Today's Department of Science and Technology inherits the 2019 tasks of the former Department.
		const mine = actionsFor(catalog, 'so-khcn').filter((a) => a.advisory.id === '2019/10-ubnd-kgvx');
		expect(actionIds(mine)).toEqual(['truc-giam-sat', 'so-tttt-phoi-hop', 'so-tttt-bao-cao']);
		expect(mine.map((a) => a.reach)).toEqual(['group', 'predecessor', 'predecessor']);
	});

	it('keeps actions assigned to one agency away from the others', () => {
		const health = actionsFor(catalog, 'so-y-te').filter((a) => a.advisory.id === '2019/10-ubnd-kgvx');
		expect(actionIds(health)).toEqual(['truc-giam-sat']);
	});

	it('lets a new commune find what was sent to the abolished districts', () => {
		expect(ids(advisoriesFor(catalog, 'ubnd-x-b'))).toEqual(['2026/7-skhcn-cntt', '2019/10-ubnd-kgvx']);
		const open = actionsFor(catalog, 'ubnd-x-b', { activeOnly: true });
		expect(actionIds(open)).toEqual(['chan-ioc', 'xa-ra-soat']);
	});

	it('gives a dissolved body nothing issued after it ceased', () => {
		// The 2026 advisory went to "Các sở, ban, ngành" after the Department had merged into its successor.
		expect(ids(advisoriesFor(catalog, 'so-tttt'))).toEqual(['2024/5-stttt-cntt', '2019/10-ubnd-kgvx']);
		expect(ids(advisoriesFor(catalog, 'ubnd-h-a'))).toEqual(['2019/10-ubnd-kgvx']);
	});

	it('filters by role and by active advisories', () => {
		expect(actionIds(actionsFor(catalog, 'so-khcn', { role: 'it-security' }))).toEqual(['chan-ioc', 'cap-nhat', 'truc-giam-sat']);
		expect(actionIds(actionsFor(catalog, 'so-khcn', { activeOnly: true }))).toEqual(['chan-ioc']);
	});

	it('orders open work by urgency', () => {
		expect(urgency('2026-11-25', TODAY)).toBe('overdue');
		expect(urgency('2026-12-03', TODAY)).toBe('due-soon');
		expect(urgency('2026-12-04', TODAY)).toBe('upcoming');
		expect(urgency(undefined, TODAY)).toBe('no-due');
		const sorted = actionsFor(catalog, 'so-khcn').sort(byUrgency);
		// Deadlines of advisories that no longer apply do not press: they come last, never "overdue".
		expect(sorted.map((a) => [a.action.id, a.urgency])).toEqual([
			['chan-ioc', 'upcoming'],
			['so-tttt-bao-cao', 'closed'],
			['cap-nhat', 'closed'],
			['truc-giam-sat', 'closed'],
			['so-tttt-phoi-hop', 'closed'],
		]);
	});

	it('lists the newest history first and counts what is left for the search page', () => {
		const received = advisoriesFor(catalog, 'so-khcn');
		expect(received.length).toBe(3);
		const two = newestFirst(received, 2, (x) => x.advisory);
		expect(ids(two.shown)).toEqual(['2026/7-skhcn-cntt', '2024/5-stttt-cntt']);
		expect(two.older).toBe(1);
		expect(newestFirst(received, 10, (x) => x.advisory)).toEqual({ shown: expect.any(Array), older: 0 });
		expect(ids(newestFirst(received, 10, (x) => x.advisory).shown)).toEqual([
			'2026/7-skhcn-cntt',
			'2024/5-stttt-cntt',
			'2019/10-ubnd-kgvx',
		]);
	});
});
