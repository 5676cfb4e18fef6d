import { describe, expect, it } from 'vitest';
import { activeAdvisories } from '../../src/lib/catalog.ts';
import { checkContent } from '../../src/lib/validate.ts';
import { FIXTURE, TODAY } from '../helpers/fixture.ts';

describe('the catalog of the fixture content', () => {
	const { catalog, problems } = checkContent(FIXTURE, TODAY);

	it('has no problems', () => {
		expect(problems).toEqual([]);
	});

	it('lists advisories newest first with their site paths', () => {
		expect(catalog.advisories.map((a) => a.path)).toEqual([
			'canh-bao/2026/7-skhcn-cntt/',
			'canh-bao/2024/5-stttt-cntt/',
			'canh-bao/2019/10-ubnd-kgvx/',
		]);
	});

	it('resolves assignees, defaulting to every recipient', () => {
		const tet = catalog.byId.get('2019/10-ubnd-kgvx')!;
		expect(tet.actions[0].assignees.map((r) => r.id)).toEqual(['so-ban-nganh', 'ubnd-cap-huyen']);
		expect(tet.actions[0].assigned).toBe(false);
		expect(tet.actions[1].assignees.map((r) => r.id)).toEqual(['so-tttt']);
		expect(tet.actions.map((a) => [a.number, a.part])).toEqual([[1, 0], [2, 1], [2, 2]]);
		expect(tet.items.map((i) => [i.number, i.heading, i.actions.length])).toEqual([[1, undefined, 1], [2, 'Giao Sở Thông tin và Truyền thông:', 2]]);
	});

	it('links superseded advisories both ways', () => {
		expect(catalog.byId.get('2024/5-stttt-cntt')!.status).toBe('superseded');
		expect(catalog.byId.get('2026/7-skhcn-cntt')!.supersedes).toEqual(['2024/5-stttt-cntt']);
	});

	it('puts only active advisories first, most severe first', () => {
		expect(activeAdvisories(catalog).map((a) => a.id)).toEqual(['2026/7-skhcn-cntt']);
	});
});
