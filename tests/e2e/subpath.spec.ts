/** The fixture site, served under /canh-bao-thu/: links, assets and search must all stay inside it. */
import { expect, test } from '@playwright/test';

test.use({ baseURL: 'http://127.0.0.1:4400' });

test('pages, styles and links live under the sub-path', async ({ page }) => {
	const outside: string[] = [];
	page.on('request', (r) => {
		if (!new URL(r.url()).pathname.startsWith('/canh-bao-thu/')) outside.push(r.url());
	});
	await page.goto('/canh-bao-thu/');
	await expect(page.locator('.site-header')).toHaveCSS('background-color', 'rgb(18, 58, 99)');
	await page.getByRole('link', { name: 'Cảnh báo chiến dịch mã độc giả mạo văn bản điện tử' }).click();
	await expect(page).toHaveURL('http://127.0.0.1:4400/canh-bao-thu/canh-bao/2026/7-skhcn-cntt/');
	expect(outside).toEqual([]);
});

test('search finds records and links them under the sub-path', async ({ page }) => {
	await page.goto('/canh-bao-thu/tim-kiem/?q=tuong+lua');
	const first = page.locator('.result-title a').first();
	await expect(first).toHaveAttribute('href', '/canh-bao-thu/canh-bao/2026/7-skhcn-cntt/#viec-chan-ioc');
	await first.click();
	await expect(page.locator('li.action:target')).toContainText('Chặn các dấu hiệu nhận biết trên tường lửa.');
});
