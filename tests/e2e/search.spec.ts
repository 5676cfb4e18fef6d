/** Search on the built sample site: Vietnamese matching, numbers, actions, filters, URL state. */
import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, params: string) {
	await page.goto(`/tim-kiem/?${params}`);
	await expect(page.locator('[data-search-status]')).toHaveText(/kết quả/);
}
const titles = (page: Page) => page.locator('.result-title a');
/** The next page of results (the first page is ten, so that only ten results' data is fetched at first). */
async function more(page: Page) {
	const shown = await page.locator('.search-result').count();
	await page.locator('[data-search-more]').click();
	await expect(page.locator('.search-result')).not.toHaveCount(shown);
}
const marks = (page: Page) => page.locator('.result-excerpt mark');

test.describe('search', () => {
	test('finds accented text from an unaccented query, đ included', async ({ page }) => {
		await search(page, 'q=dieu+khien');
		await expect(titles(page).first()).toBeVisible();
		await expect(page.locator('[data-search-status]')).toHaveText(/Tìm thấy \d+ kết quả cho “dieu khien”/);
		expect(await titles(page).allTextContents()).toContain(
			'Tăng cường bảo đảm an toàn thông tin mạng trong dịp Tết Nguyên đán Kỷ Hợi năm 2019',
		);
		await search(page, 'q=ma+doc');
		await expect(marks(page).first()).toHaveText(/^(mã|độc|dộc)$/i);
	});

	test('ranks a match with the accents as typed above a folded one', async ({ page }) => {
		await search(page, 'q=đồng');
		await expect(marks(page).first()).toHaveText('đồng');
		await search(page, 'q=động');
		await expect(marks(page).first()).toHaveText('động');
	});

	test('finds a document number whole or by its number, the advisory first', async ({ page }) => {
		for (const q of ['357%2FUBND-KGVX', '357']) {
			await search(page, `q=${q}`);
			await expect(titles(page).first()).toHaveText('Tăng cường bảo đảm an toàn thông tin mạng trong dịp Tết Nguyên đán Kỷ Hợi năm 2019');
			await expect(page.locator('.search-result').first().locator('[data-meta]')).toContainText('Số 357/UBND-KGVX');
		}
	});

	test('finds CVE ids, products and indicator values', async ({ page }) => {
		await search(page, 'q=CVE-2021-44228');
		await expect(titles(page).first()).toContainText('Log4');
		await search(page, 'q=Connect+Secure');
		await expect(titles(page).first()).toContainText('Ivanti');
		await search(page, 'q=203.0.113.191');
		expect(await titles(page).count()).toBeGreaterThan(0);
	});

	test('lists actions themselves and links each to its place in its advisory', async ({ page }) => {
		await search(page, 'q=đổi+mật+khẩu&viec=1');
		const results = page.locator('.search-result');
		expect(await results.count()).toBeGreaterThan(2);
		for (const type of await results.locator('[data-type]').allTextContents()) expect(type).toBe('Việc cần làm');
		const href = await titles(page).first().getAttribute('href');
		expect(href).toMatch(/^\/canh-bao\/\d{4}\/[a-z0-9-]+\/#viec-[a-z0-9-]+$/);
		await titles(page).first().click();
		await expect(page.locator(`li.action:target`)).toBeVisible();
	});

	test('narrows by each filter and keeps the state in the URL', async ({ page }) => {
		await search(page, 'q=lo+hong&muc-do=Nghi%C3%AAm+tr%E1%BB%8Dng');
		for (const badge of await page.locator('[data-severity]').allTextContents()) expect(badge).toBe('Mức độ: Nghiêm trọng');
		await expect(page.getByLabel('Mức độ')).toHaveValue('Nghiêm trọng');

		await page.getByLabel('Năm').selectOption('2021');
		await expect(page).toHaveURL(/nam=2021/);
		await expect(page.locator('[data-search-status]')).toHaveText(/kết quả/);
		for (const meta of await page.locator('.search-result [data-meta]').allTextContents()) expect(meta).toMatch(/2021|Hạn|Giao/);

		await page.goBack();
		await expect(page.getByLabel('Năm')).toHaveValue('');
		await expect(page).toHaveURL(/muc-do=/);
	});

	test('narrows to one agency, and to its actions', async ({ page }) => {
		await search(page, 'don-vi=S%E1%BB%9F+Y+t%E1%BA%BF&viec=1');
		const advisories = await page.locator('.result-advisory').allTextContents();
		expect(advisories.length).toBeGreaterThan(0);
		expect(advisories.some((a) => a.includes('1034/SKHCN-CĐS'))).toBe(true);
		await search(page, 'loai=Ch%E1%BB%89+%C4%91%E1%BA%A1o&tinh-trang=%C4%90ang+hi%E1%BB%87u+l%E1%BB%B1c');
		for (const meta of await page.locator('.search-result [data-meta]').allTextContents())
			expect(meta).toMatch(/Chỉ đạo · Đang hiệu lực|Hạn|Giao/);
		await search(page, 'co-quan=UBND+t%E1%BB%89nh');
		await expect(page.locator('[data-search-status]')).toHaveText(/^Có \d+ kết quả với bộ lọc này\.$/);
		for (const meta of await page.locator('.search-result .result-advisory:not([hidden]), .search-result [data-meta]').allTextContents())
			expect(meta).toMatch(/UBND-KGVX|Hạn|Giao|Toàn thể|Lãnh đạo|Cán bộ/);
	});

	test('sorts by date', async ({ page }) => {
		await search(page, 'q=an+toan&sap-xep=moi');
		await more(page);
		const advisories = page.locator('.search-result', { has: page.locator('[data-type]', { hasText: /^Cảnh báo$/ }) });
		const dates = (await advisories.locator('[data-meta]').allTextContents())
			.map((m) => /(\d{2})\/(\d{2})\/(\d{4})/.exec(m))
			.filter((m): m is RegExpExecArray => m !== null)
			.map((m) => `${m[3]}-${m[2]}-${m[1]}`);
		expect(dates.length).toBeGreaterThan(2);
		expect(dates).toEqual([...dates].sort().reverse());
	});

	test('sorts across the indexes, years cut into parts included, both ways and within one year', async ({ page }) => {
		// Advisories show their issue date, the sort key; actions show their deadline instead.
		const advisories = page.locator('.search-result', { has: page.locator('[data-type]', { hasText: /^Cảnh báo$/ }) });
		const dates = async () =>
			(await advisories.locator('[data-meta]').allTextContents())
				.map((m) => /(\d{2})\/(\d{2})\/(\d{4})/.exec(m))
				.filter((m): m is RegExpExecArray => m !== null)
				.map((m) => `${m[3]}-${m[2]}-${m[1]}`);
		await search(page, 'q=an+toan&sap-xep=cu');
		await more(page);
		const oldest = await dates();
		expect(new Set(oldest.map((d) => d.slice(0, 4))).size).toBeGreaterThan(2);
		expect(oldest).toEqual([...oldest].sort());
		await search(page, 'q=an+toan&nam=2025&sap-xep=moi');
		const year = await dates();
		expect(year.length).toBeGreaterThan(0);
		for (const d of year) expect(d.startsWith('2025')).toBe(true);
		expect(year).toEqual([...year].sort().reverse());
	});

	test('the header box searches from any page, by keyboard, and the count is announced', async ({ page, isMobile }) => {
		// On a phone the header has a one-tap link to the search page instead (tests/e2e/header.spec.ts).
		test.skip(isMobile, 'phones reach search through the header link');
		await page.goto('/canh-bao/');
		await page.getByRole('searchbox', { name: 'Tìm cảnh báo' }).fill('log4j');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/tim-kiem\/\?q=log4j$/);
		await expect(page.getByRole('status')).toHaveText(/Tìm thấy \d+ kết quả cho “log4j”/);
		await expect(page.getByRole('searchbox', { name: 'Từ khóa' })).toHaveValue('log4j');
	});

	test('loads no search code on other pages', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.goto('/');
		await page.goto('/canh-bao/2019/357-ubnd-kgvx/');
		expect(requests.filter((u) => /pagefind|tim-kiem/.test(u))).toEqual([]);
	});
});
