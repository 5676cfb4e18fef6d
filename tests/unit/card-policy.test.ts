import { describe, expect, it } from 'vitest';
import { advisoryImage, buildCards, hasOwnCard, OWN_CARD_DAYS, ownCardUntil, sharedCard } from '../../src/lib/outputs/cards/policy.ts';
import { advisoryCard } from '../../src/lib/outputs/cards/model.ts';
import { cardLayout } from '../../src/lib/outputs/cards/layout.ts';
import { advisoryPage } from '../../src/lib/views/pages.ts';
import { pageKeys } from '../../src/lib/outputs/page-keys.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import type { CatalogAdvisory } from '../../src/lib/model/catalog.ts';
import { FIXTURE, TODAY } from '../helpers/fixture.ts';

const { catalog, site } = checkContent(FIXTURE, TODAY);
const ivanti = catalog.byId.get('2024/5-stttt-cntt')!; // superseded, issued 2024-03-04
const directive = catalog.byId.get('2019/10-ubnd-kgvx')!; // closed, issued 2019-01-15
const recent = catalog.byId.get('2026/7-skhcn-cntt')!; // active, issued 2026-11-20

const as = (a: CatalogAdvisory, status: CatalogAdvisory['status']) => ({ ...a, status });

describe('which advisories get a card of their own', () => {
	it('is every active advisory, however old', () => {
		expect(hasOwnCard(recent, TODAY)).toBe(true);
		expect(hasOwnCard(as(directive, 'active'), TODAY)).toBe(true);
	});

	it(`is any advisory up to ${OWN_CARD_DAYS} days after its issue date, and none the day after`, () => {
		expect(ownCardUntil(ivanti)).toBe('2025-03-04');
		expect(hasOwnCard(ivanti, '2025-03-04')).toBe(true);
		expect(hasOwnCard(ivanti, '2025-03-05')).toBe(false);
		expect(hasOwnCard(as(ivanti, 'closed'), '2024-03-04')).toBe(true);
		// Across a leap day the window is still counted in days.
		expect(ownCardUntil({ data: { ...ivanti.data, issued: '2023-03-01' } })).toBe('2024-02-29');
	});
});

describe('the shared card', () => {
	const card = sharedCard('vulnerability', 'critical', site!);

	it('names the site, the kind and the severity, and no advisory', () => {
		expect(card.path).toBe('og/chung/lo-hong-nghiem-trong.png');
		expect(card.site).toBe(site!.name);
		expect(card.title).toBe('Lỗ hổng · mức độ nghiêm trọng');
		expect(card.badges.map((b) => b.text)).toEqual(['Mức độ: Nghiêm trọng', 'Lỗ hổng']);
		expect(card.alt).toBe(`${site!.name}: cảnh báo loại lỗ hổng, mức độ nghiêm trọng.`);
		expect(JSON.stringify(cardLayout(card))).not.toContain(ivanti.data.number);
	});

	it('is what a page outside the window announces, and its own card inside it', () => {
		expect(advisoryImage(ivanti, site!, false)).toEqual(card);
		expect(advisoryImage(ivanti, site!, true)).toEqual(advisoryCard(ivanti, site!));
	});
});

describe('the cards of a build', () => {
	it('draw each shared card once however many advisories announce it, and no own card outside the window', () => {
		const again = checkContent(FIXTURE, TODAY).catalog;
		// Three advisories of the same kind and severity, all past the window: one shared card.
		for (const a of again.advisories)
			Object.assign(a, { status: 'closed', data: { ...a.data, kind: 'malware', severity: 'low', issued: '2020-01-01' } });
		const paths = buildCards(again, site!).map((c) => c.path);
		expect(paths.filter((p) => p.startsWith('og/chung/'))).toEqual(['og/chung/ma-doc-thap.png']);
		expect(paths.filter((p) => p.startsWith('og/canh-bao/'))).toEqual([]);
	});

	it('replace an own card with the shared one once the advisory leaves the window', () => {
		const during = buildCards(checkContent(FIXTURE, '2024-06-01').catalog, site!).map((c) => c.path);
		const after = buildCards(catalog, site!).map((c) => c.path);
		expect(during).toContain('og/canh-bao/2024/5-stttt-cntt.png');
		expect(after).not.toContain('og/canh-bao/2024/5-stttt-cntt.png');
		expect(after).toContain('og/chung/lo-hong-nghiem-trong.png');
		expect(after).toContain('og/canh-bao/2026/7-skhcn-cntt.png');
	});

	it('reach the page through its props, so its cache key changes on the day its card does', () => {
		const during = checkContent(FIXTURE, '2025-03-04');
		const after = checkContent(FIXTURE, '2025-03-05');
		const pageOf = (c: typeof during) => advisoryPage(c.catalog, c.catalog.byId.get(ivanti.id)!);
		expect([pageOf(during).ownCard, pageOf(after).ownCard]).toEqual([true, false]);
		const inputs = { site: site!, entryDigests: new Map<string, string | undefined>() };
		expect(pageKeys(during.catalog, inputs)(pageOf(during))).not.toBe(pageKeys(after.catalog, inputs)(pageOf(after)));
	});
});
