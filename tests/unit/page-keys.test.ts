import { describe, expect, it } from 'vitest';
import { pageKeys, type PageKeys } from '../../src/lib/outputs/page-keys.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { TODAY, fixtureCopy, replaceOnce } from '../helpers/fixture.ts';
import type { Catalog } from '../../src/lib/model/catalog.ts';
import type { SiteSettings } from '../../src/schemas/site.ts';

const TET = 'advisories/2019/10-ubnd-kgvx.mdx';
const MALWARE = 'advisories/2026/7-skhcn-cntt.mdx';
const site: SiteSettings = checkContent(fixtureCopy(), TODAY).site!;

function keysOf(root: string, day = TODAY, siteSettings: SiteSettings = site): { catalog: Catalog; keys: PageKeys } {
	const { catalog, problems } = checkContent(root, day);
	if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
	return { catalog, keys: pageKeys(catalog, { site: siteSettings, entryDigests: new Map() }) };
}

/** Every key of a site, by page, so two builds can be compared page by page. */
function allKeys({ catalog, keys }: { catalog: Catalog; keys: PageKeys }): Record<string, string> {
	const result: Record<string, string> = {};
	for (const a of catalog.advisories) result[a.path] = keys.advisory(a);
	for (const year of new Set(catalog.advisories.map((a) => a.year))) result[`year ${year}`] = keys.listing(`year:${year}`, catalog.advisories.filter((a) => a.year === year));
	for (const id of catalog.recipients.byId.keys()) {
		result[`recipient ${id}`] = keys.recipient(id);
		result[`checklist ${id}`] = keys.checklist(id);
		result[`calendar ${id}`] = keys.recipientCalendar(id);
	}
	for (const id of catalog.authorities.keys()) result[`authority ${id}`] = keys.authority(id);
	return result;
}

function changed(a: Record<string, string>, b: Record<string, string>): string[] {
	return Object.keys(a).filter((page) => a[page] !== b[page]).sort();
}

describe('page keys', () => {
	const before = allKeys(keysOf(fixtureCopy()));

	it('are the same for the same content', () => {
		expect(allKeys(keysOf(fixtureCopy()))).toEqual(before);
	});

	it('change for exactly the pages that show an edited advisory', () => {
		const after = allKeys(keysOf(fixtureCopy({ [TET]: replaceOnce('summary: Chỉ đạo trực giám sát hệ thống trong dịp Tết.', 'summary: Đã sửa.') })));
		const pages = changed(before, after);
		expect(pages).toContain('canh-bao/2019/10-ubnd-kgvx/');
		expect(pages).toContain('year 2019');
		expect(pages).toContain('recipient so-y-te');
		expect(pages).toContain('authority ubnd-tinh');
		expect(pages).not.toContain('canh-bao/2026/7-skhcn-cntt/');
		expect(pages).not.toContain('year 2026');
		expect(pages).toContain('authority ncsc'); // it relays ncsc's document
		expect(pages).not.toContain('authority so-khcn');
	});

	it('change where a new day changes what a page says (an action falling due)', () => {
		const later = allKeys(keysOf(fixtureCopy(), '2026-12-08'));
		const pages = changed(before, later);
		// 7-skhcn-cntt's first action was due on 2026-12-05: overdue now on every page that lists it.
		expect(pages).toContain('recipient so-y-te');
		expect(pages).toContain('checklist so-y-te');
		expect(pages).toContain('canh-bao/2026/7-skhcn-cntt/');
		expect(pages).not.toContain('calendar so-y-te');
	});

	it('change for a calendar when a deadline leaves it, a year after it passed', () => {
		// 2024/5-stttt-cntt (superseded, so kept for a year only) had a deadline on 2024-03-15.
		const pages = changed(allKeys(keysOf(fixtureCopy(), '2025-03-15')), allKeys(keysOf(fixtureCopy(), '2025-03-16')));
		expect(pages).toContain('calendar so-y-te');
		expect(pages).not.toContain('calendar ubnd-x-b');
	});

	it('change on pages announcing the home card when an advisory closes (its alt counts the active ones), not on the others', () => {
		const closed = allKeys(keysOf(fixtureCopy({ [MALWARE]: replaceOnce('severity: high', 'severity: high\nstatus: closed') })));
		const pages = changed(before, closed);
		expect(pages).toContain('year 2019'); // lists no changed advisory, but shows the home card
		expect(pages).toContain('authority so-tttt');
		expect(pages).not.toContain('canh-bao/2019/10-ubnd-kgvx/'); // has a card of its own
	});

	it('all change with the site settings, which every page prints', () => {
		const renamed = allKeys(keysOf(fixtureCopy(), TODAY, { ...site, name: 'Tên khác' }));
		expect(changed(before, renamed)).toEqual(Object.keys(before).sort());
	});

	it('change when the stored entry changes although the data did not (its body)', () => {
		const { catalog } = keysOf(fixtureCopy());
		const malware = catalog.byId.get('2026/7-skhcn-cntt')!;
		const one = pageKeys(catalog, { site, entryDigests: new Map([[malware.id, 'a']]) });
		const { catalog: again } = keysOf(fixtureCopy({ [MALWARE]: (text) => `${text}\nThêm một câu.\n` }));
		const two = pageKeys(again, { site, entryDigests: new Map([[malware.id, 'b']]) });
		expect(one.advisory(malware)).not.toBe(two.advisory(again.byId.get(malware.id)!));
	});
});
