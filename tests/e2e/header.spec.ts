/** The site header (#22): at most 120 px on a 390 px phone, navigation on one row, search one tap away; the desktop header as before. */
import { expect, test, type Page } from '@playwright/test';

const pages = ['/', '/canh-bao/', '/don-vi/', '/tim-kiem/'];

async function rowsOf(page: Page) {
	const tops = await page.locator('.site-nav li').evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
	return new Set(tops).size;
}

test.describe('site header on a 390 px phone', () => {
	test.beforeEach(async ({ page }) => page.setViewportSize({ width: 390, height: 844 }));

	for (const path of pages)
		test(`is at most 120 px tall with the navigation on one row: ${path}`, async ({ page }) => {
			await page.goto(path);
			const box = await page.locator('.site-header').boundingBox();
			expect(box!.height).toBeLessThanOrEqual(120);
			expect(await rowsOf(page)).toBe(1);
			// Every link fits: nothing hides behind a horizontal scroll.
			const overflow = await page.locator('.site-nav ul').evaluate((ul) => ul.scrollWidth - ul.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			// The page's title starts on the first screen, well above the fold.
			const h1 = await page.locator('h1').first().boundingBox();
			expect(h1!.y).toBeLessThan(260);
		});

	test('keeps the full link names for assistive technology', async ({ page }) => {
		await page.goto('/');
		const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
		await expect(nav.getByRole('link', { name: 'Cơ quan ban hành' })).toBeVisible();
		expect(await nav.getByRole('link', { name: 'Cơ quan ban hành' }).evaluate((a: HTMLElement) => a.innerText)).toBe('Cơ quan');
		await expect(nav.getByRole('link', { name: 'Đơn vị nhận' })).toBeVisible();
		// Label in name (WCAG 2.5.3): each link's full name contains what it shows.
		for (const link of await nav.getByRole('link').all()) {
			const [shown, name] = await link.evaluate((a: HTMLElement) => [
				a.innerText.trim(),
				a.getAttribute('aria-label') ?? a.innerText.trim(),
			]);
			expect(name.toLowerCase()).toContain(shown.toLowerCase());
		}
	});

	test('reaches search in one tap', async ({ page }) => {
		await page.goto('/canh-bao/');
		await expect(page.locator('.site-search')).toBeHidden();
		await page.locator('[data-header-search]').click();
		await expect(page).toHaveURL(/\/tim-kiem\/$/);
		await expect(page.getByRole('searchbox', { name: 'Từ khóa' })).toBeVisible();
	});
});

test.describe('site header on a 1280 px desktop', () => {
	test.beforeEach(async ({ page }) => page.setViewportSize({ width: 1280, height: 900 }));

	test('shows the full navigation and the search box, on one row', async ({ page }) => {
		await page.goto('/don-vi/');
		await expect(page.locator('[data-header-search]')).toBeHidden();
		await expect(page.getByRole('searchbox', { name: 'Tìm cảnh báo' })).toBeVisible();
		expect(
			await page
				.locator('.site-nav')
				.getByRole('link', { name: 'Cơ quan ban hành' })
				.evaluate((a: HTMLElement) => a.innerText),
		).toBe('Cơ quan ban hành');
		expect(await rowsOf(page)).toBe(1);
		// As before #22: one row of name, links and search box, 120.4 px with the site's fonts.
		const box = await page.locator('.site-header').boundingBox();
		expect(box!.height).toBeLessThanOrEqual(121);
	});
});
