/** What a reader sees in a real browser, on the sample content, at desktop and phone widths. */
import { expect, test } from '@playwright/test';

const REFERENCE = '/canh-bao/2019/357-ubnd-kgvx/';

test.describe('home page', () => {
	test('lists active advisories, most severe first, and links to them', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveTitle('Cảnh báo an toàn thông tin Hà Tĩnh');
		const active = page.locator('section', { has: page.getByRole('heading', { name: /Cảnh báo đang hiệu lực/ }) });
		const cards = active.locator('.advisory-card');
		expect(await cards.count()).toBeGreaterThanOrEqual(3);
		const severities = await cards.locator('.badge.sev').allInnerTexts();
		const rank = ['Nghiêm trọng', 'Cao', 'Trung bình', 'Thấp'];
		const order = severities.map((s) => rank.findIndex((r) => s.endsWith(r)));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		await cards.first().getByRole('link').click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page).toHaveURL(/\/canh-bao\/\d{4}\/[a-z0-9-]+\/$/);
	});

	test('renders Vietnamese in the self-hosted font', async ({ page }) => {
		await page.goto('/');
		await page.evaluate(() => document.fonts.ready);
		const loaded = await page.evaluate(() => document.fonts.check('700 16px "Be Vietnam Pro"', 'Cảnh báo đường độc'));
		expect(loaded).toBe(true);
		const family = await page
			.locator('h2')
			.first()
			.evaluate((el) => getComputedStyle(el).fontFamily);
		expect(family).toContain('Be Vietnam Pro');
	});
});

test.describe('the reference dispatch 357/UBND-KGVX', () => {
	test('reads like the official document', async ({ page }) => {
		await page.goto(REFERENCE);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Tăng cường bảo đảm an toàn thông tin mạng trong dịp Tết Nguyên đán Kỷ Hợi năm 2019',
		);
		const doc = page.locator('.document');
		await expect(doc.locator('.doc-issuer')).toContainText('ỦY BAN NHÂN DÂN');
		await expect(doc.locator('.doc-issuer')).toContainText('TỈNH HÀ TĨNH');
		await expect(doc.locator('.doc-issuer')).toContainText('Số: 357/UBND-KGVX');
		await expect(doc.locator('.doc-motto')).toContainText('Độc lập - Tự do - Hạnh phúc');
		await expect(doc.locator('.doc-date')).toHaveText('Hà Tĩnh, ngày 15 tháng 01 năm 2019');
		await expect(doc.locator('.doc-to li')).toHaveText([
			'- Văn phòng Tỉnh ủy;',
			'- Các sở, ban, ngành, đoàn thể cấp tỉnh;',
			'- UBND các huyện, thành phố, thị xã;',
			'- Các cơ quan Trung ương đóng trên địa bàn tỉnh.',
		]);
		await expect(doc.locator('.doc-signer')).toContainText('Đặng Quốc Vinh');
		await expect(doc.locator('.doc-cc')).toContainText('Lưu: VT, KGVX.');
		await expect(page.getByRole('note')).toContainText('hết hiệu lực');
	});

	test('numbers the four actions and assigns the fourth to the Department', async ({ page }) => {
		await page.goto(REFERENCE);
		const actions = page.locator('ol.actions > li');
		await expect(actions).toHaveCount(4);
		await expect(actions.nth(0)).toContainText('Chủ động rà soát điểm yếu, lỗ hổng trên hệ thống');
		await expect(actions.nth(1)).toContainText('Lãnh đạo cơ quan');
		await expect(actions.nth(3).locator('> .action-text')).toHaveText('Giao Sở Thông tin và Truyền thông:');
		const parts = actions.nth(3).locator('.action-parts > li');
		await expect(parts).toHaveCount(4);
		for (let i = 0; i < 4; i++) await expect(parts.nth(i).locator('.action-meta')).toContainText('Giao: Sở TT&TT');
		// Native list numbering, so screen readers announce "4" and copied text keeps it.
		expect(await page.locator('ol.actions').evaluate((el) => getComputedStyle(el).listStyleType)).toBe('decimal');
	});

	test('shows the relayed upstream document', async ({ page }) => {
		await page.goto(REFERENCE);
		const relays = page.locator('section', { has: page.getByRole('heading', { name: 'Văn bản được chuyển tiếp' }) });
		await expect(relays).toContainText('Văn bản số 4327/BTTTT-CATTT ngày 21/12/2018 của Bộ Thông tin và Truyền thông');
		await relays.getByRole('link', { name: 'Bộ Thông tin và Truyền thông' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bộ Thông tin và Truyền thông');
		await expect(page.getByRole('note')).toContainText('Bộ Khoa học và Công nghệ');
	});

	test('ends with its revision history, or says why it is not known', async ({ page }) => {
		await page.goto(REFERENCE);
		const history = page.locator('section', { has: page.getByRole('heading', { name: 'Lịch sử văn bản' }) });
		await expect(history).toBeVisible();
		// Built from a full clone it names the commit that published it; a shallow copy or a build outside git says what it lacks.
		await expect(history).toContainText(
			/Đăng trên trang: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}|hoặc sớm hơn|chưa được lưu|không đọc được kho git/,
		);
	});

	test('fits the screen without sideways scrolling', async ({ page }) => {
		await page.goto(REFERENCE);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('prints the document without the site navigation', async ({ page }) => {
		await page.goto(REFERENCE);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.locator('.site-footer')).toBeHidden();
		await expect(page.locator('.document')).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every part of an advisory is readable', async ({ page }) => {
		await page.goto('/canh-bao/2026/958-skhcn-cds/');
		await expect(page.locator('ol.actions > li').first()).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Dấu hiệu nhận biết (IoC)' })).toBeVisible();
		await expect(page.locator('table code').first()).toContainText('[.]');
	});
});

test('the archive pages through all advisories by year', async ({ page }) => {
	await page.goto('/canh-bao/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tất cả cảnh báo');
	const first = page.locator('.advisory-card');
	expect(await first.count()).toBe(20);
	await page.getByRole('link', { name: /Trang sau/ }).click();
	await expect(page).toHaveURL(/\/canh-bao\/trang\/2\/$/);
	await expect(page.getByRole('link', { name: /Trang trước/ })).toBeVisible();
	await page.goto('/canh-bao/loai/lo-hong/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cảnh báo lỗ hổng');
	expect(await page.locator('.advisory-card').count()).toBeGreaterThan(3);
});

test('an unknown address gets the Vietnamese 404 page', async ({ page }) => {
	const response = await page.goto('/khong-co-trang-nay/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
});

test('the incident report page lists the contact points from the settings', async ({ page }) => {
	await page.goto('/bao-cao-su-co/');
	await expect(page.getByRole('heading', { name: 'Đội ứng cứu sự cố an toàn thông tin mạng tỉnh Hà Tĩnh' })).toBeVisible();
	await expect(page.getByRole('link', { name: '0239 3 690 690' })).toHaveAttribute('href', 'tel:02393690690');
});

test('the recipient directory leads to an agency page with its work', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn vị nhận' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đơn vị nhận');
	await page.getByRole('link', { name: 'UBND huyện Hương Sơn' }).click();
	await expect(page.getByRole('note')).toContainText('Đơn vị kế thừa: UBND xã Hương Sơn, UBND xã Sơn Tây.');
	await page.getByRole('note').getByRole('link', { name: 'UBND xã Hương Sơn' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('UBND xã Hương Sơn');
	await expect(page.locator('table.received').getByText('Gửi tới đơn vị tiền thân').first()).toBeVisible();
});
