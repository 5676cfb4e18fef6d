/** The search page with JavaScript off (#22): it says why there are no results and offers the archive's listings instead. */
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test.describe('search without JavaScript', () => {
	test('says search needs JavaScript and links to browse by year, kind, severity and recipient', async ({ page }) => {
		await page.goto('/tim-kiem/?q=ma+doc');
		const box = page.getByRole('region', { name: 'Tìm kiếm không chạy khi tắt JavaScript' });
		await expect(box).toBeVisible();
		await expect(box).toContainText('cần JavaScript');
		for (const group of ['Năm', 'Loại cảnh báo', 'Mức độ', 'Đơn vị']) await expect(box.getByRole('heading', { name: group })).toBeVisible();
		await expect(box.getByRole('link', { name: '2019', exact: true })).toHaveAttribute('href', '/canh-bao/2019/');
		await expect(box.getByRole('link', { name: 'Danh sách đơn vị nhận' })).toHaveAttribute('href', '/don-vi/');
		expect(await box.locator('a[href^="/canh-bao/loai/"]').count()).toBeGreaterThan(0);
		expect(await box.locator('a[href^="/canh-bao/muc-do/"]').count()).toBeGreaterThan(0);
	});

	test('reaches an advisory page in two clicks', async ({ page }) => {
		await page.goto('/tim-kiem/');
		const box = page.getByRole('region', { name: 'Tìm kiếm không chạy khi tắt JavaScript' });
		await box.getByRole('link', { name: '2019', exact: true }).click();
		await expect(page).toHaveURL(/\/canh-bao\/2019\/$/);
		await page.locator('main a[href^="/canh-bao/2019/"]').first().click();
		await expect(page).toHaveURL(/\/canh-bao\/2019\/[^/]+\/$/);
		await expect(page.locator('h1')).toBeVisible();
	});

	test('is not shown when JavaScript runs', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: true });
		const page = await context.newPage();
		await page.goto('/tim-kiem/');
		await expect(page.getByRole('searchbox', { name: 'Từ khóa' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Tìm kiếm không chạy khi tắt JavaScript' })).toHaveCount(0);
		await context.close();
	});
});
