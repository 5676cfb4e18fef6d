import { describe, expect, it } from 'vitest';
import { activeAdvisories, archiveFacets } from '../../src/lib/model/catalog.ts';
import { checkContent } from '../../src/lib/model/load.ts';
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
		expect(tet.actions.map((a) => [a.number, a.part])).toEqual([
			[1, 0],
			[2, 1],
			[2, 2],
		]);
		expect(tet.items.map((i) => [i.number, i.heading, i.actions.length])).toEqual([
			[1, undefined, 1],
			[2, 'Giao Sở Thông tin và Truyền thông:', 2],
		]);
	});

	it('links superseded advisories both ways', () => {
		expect(catalog.byId.get('2024/5-stttt-cntt')!.status).toBe('superseded');
		expect(catalog.byId.get('2026/7-skhcn-cntt')!.supersedes).toEqual(['2024/5-stttt-cntt']);
	});

	it('puts only active advisories first, most severe first', () => {
		expect(activeAdvisories(catalog).map((a) => a.id)).toEqual(['2026/7-skhcn-cntt']);
		// Worked out once per catalog: every page's default card asks.
		expect(activeAdvisories(catalog)).toBe(activeAdvisories(catalog));
		expect(activeAdvisories(checkContent(FIXTURE, '2018-01-01').catalog)).not.toBe(activeAdvisories(catalog));
	});

	it('groups the archive by year, kind and severity, newest first in each', () => {
		const facets = archiveFacets(catalog);
		expect([...facets.years].map(([year, list]) => [year, list.map((a) => a.id)])).toEqual([
			[2026, ['2026/7-skhcn-cntt']],
			[2024, ['2024/5-stttt-cntt']],
			[2019, ['2019/10-ubnd-kgvx']],
		]);
		expect([...facets.severities.values()].flat()).toHaveLength(3);
		expect([...facets.kinds.values()].flat().map((a) => a.id)).toEqual(expect.arrayContaining(catalog.advisories.map((a) => a.id)));
		expect(archiveFacets(catalog)).toBe(facets);
	});
});
