/** Page keys are digests of what each page receives (src/lib/views/pages.ts), so none can miss what a page shows. */
import { describe, expect, it } from 'vitest';
import { pageKeys, type PageKey } from '../../src/lib/outputs/page-keys.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import type { Catalog } from '../../src/lib/model/catalog.ts';
import {
	archivePage,
	advisoryPage,
	authorityPage,
	checklistPage,
	listingPage,
	recipientCalendar,
	recipientPage,
} from '../../src/lib/views/pages.ts';
import { paginate } from '../../src/lib/model/paginate.ts';
import type { SiteSettings } from '../../src/schemas/site.ts';
import { TODAY, fixtureCopy, replaceOnce } from '../helpers/fixture.ts';

const TET = 'advisories/2019/10-ubnd-kgvx.mdx';
const MALWARE = 'advisories/2026/7-skhcn-cntt.mdx';
const site: SiteSettings = checkContent(fixtureCopy(), TODAY).site!;

function keysOf(root: string, day = TODAY, siteSettings: SiteSettings = site): { catalog: Catalog; key: PageKey; site: SiteSettings } {
	const { catalog, problems } = checkContent(root, day);
	if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
	return { catalog, key: pageKeys(catalog, { site: siteSettings, entryDigests: new Map() }), site: siteSettings };
}

/** What every page of a site receives, by page, as the pages' getStaticPaths build it. */
function allProps(catalog: Catalog, s: SiteSettings): Record<string, unknown> {
	const result: Record<string, unknown> = {};
	for (const a of catalog.advisories) result[a.path] = advisoryPage(catalog, a);
	for (const year of new Set(catalog.advisories.map((a) => a.year)))
		result[`year ${year}`] = listingPage(
			catalog,
			s,
			year,
			catalog.advisories.filter((a) => a.year === year),
		);
	for (const page of paginate(catalog.advisories, 2)) result[`archive ${page.number}`] = archivePage(catalog, s, page);
	for (const id of catalog.recipients.byId.keys()) {
		result[`recipient ${id}`] = recipientPage(catalog, id, s);
		result[`checklist ${id}`] = checklistPage(catalog, s, id);
		result[`calendar ${id}`] = recipientCalendar(catalog, id);
	}
	for (const id of catalog.authorities.keys()) result[`authority ${id}`] = authorityPage(catalog, s, id);
	return result;
}

function allKeys({ catalog, key, site: s }: ReturnType<typeof keysOf>): Record<string, string> {
	return Object.fromEntries(Object.entries(allProps(catalog, s)).map(([page, props]) => [page, key(props)]));
}

function changed(a: Record<string, string>, b: Record<string, string>): string[] {
	return Object.keys(a)
		.filter((page) => a[page] !== b[page])
		.sort();
}

/** Every leaf of a JSON value, as a path of keys. */
function leaves(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
	if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) leaves(v, [...path, Array.isArray(value) ? Number(k) : k], out);
	else out.push(path);
	return out;
}

function mutate(value: unknown, path: (string | number)[]): void {
	let node = value as Record<string | number, unknown>;
	for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
	const last = path.at(-1)!;
	const old = node[last];
	node[last] =
		typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : old === null || old === undefined ? 'x' : `${String(old)}·`;
}

describe('page keys', () => {
	const before = allKeys(keysOf(fixtureCopy()));

	it('are the same for the same content', () => {
		expect(allKeys(keysOf(fixtureCopy()))).toEqual(before);
	});

	it('change when any field a page receives changes, whatever the page', () => {
		const { catalog, key, site: s } = keysOf(fixtureCopy());
		let checked = 0;
		for (const [page, props] of Object.entries(allProps(catalog, s))) {
			// A copy digests like the original: advisories are recognised by shape, not identity.
			const base = key(structuredClone(props));
			expect(base, page).toBe(key(props));
			// An advisory's file path is shown nowhere, and its body counts through its stored entry.
			const paths = leaves(JSON.parse(JSON.stringify(props))).filter((p) => !['file', 'body'].includes(String(p.at(-1))));
			// Every leaf of small pages; a spread of them on large ones, to keep the test quick.
			const step = Math.max(1, Math.floor(paths.length / 60));
			for (let i = 0; i < paths.length; i += step) {
				const copy = structuredClone(props);
				mutate(copy, paths[i]);
				expect(key(copy), `${page}: ${paths[i].join('.')}`).not.toBe(base);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(500);
	});

	it('refuse props a digest would not see into', () => {
		const { key } = keysOf(fixtureCopy());
		expect(() => key({ groups: new Map([['a', 1]]) })).toThrow(/plain data/);
	});

	it('change for exactly the pages that show an edited advisory', () => {
		const after = allKeys(
			keysOf(fixtureCopy({ [TET]: replaceOnce('summary: Chỉ đạo trực giám sát hệ thống trong dịp Tết.', 'summary: Đã sửa.') })),
		);
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
		expect(one(advisoryPage(catalog, malware))).not.toBe(two(advisoryPage(again, again.byId.get(malware.id)!)));
	});
});
