/** Ticking actions, keeping ticks, resetting, and the completion report, in a real browser. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const REFERENCE = '/canh-bao/2019/357-ubnd-kgvx/';

test('ticks and notes survive a reload, and reset clears them', async ({ page }) => {
	await page.goto(REFERENCE);
	const first = page.locator('#viec-ra-soat-diem-yeu');
	const part = page.locator('#viec-so-tttt-doi-ung-cuu');
	await first.getByRole('checkbox', { name: /Đã xong/ }).check();
	await part.getByRole('checkbox', { name: /Đã xong/ }).check();
	await part.getByRole('textbox', { name: /Ghi chú/ }).fill('Đã trình UBND tỉnh');
	await part.getByRole('textbox', { name: /Ghi chú/ }).blur();
	await expect(page.locator('[data-progress-text]')).toHaveText('2/7 việc đã xong');

	await page.reload();
	await expect(first.getByRole('checkbox')).toBeChecked();
	await expect(part.getByRole('textbox', { name: /Ghi chú/ })).toHaveValue('Đã trình UBND tỉnh');
	await expect(page.locator('#viec-chi-dao-don-vi-truc-thuoc').getByRole('checkbox')).not.toBeChecked();
	await expect(page.locator('[data-progress-text]')).toHaveText('2/7 việc đã xong');

	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Xóa đánh dấu' }).click();
	await expect(first.getByRole('checkbox')).not.toBeChecked();
	await page.reload();
	await expect(first.getByRole('checkbox')).not.toBeChecked();
	await expect(page.locator('[data-progress-text]')).toHaveText('0/7 việc đã xong');
});

test('a tick on the advisory shows on the agency checklist: both are keyed by advisory and action', async ({ page }) => {
	await page.goto('/canh-bao/2026/958-skhcn-cds/');
	const key = await page.locator('.document [data-key]').first().getAttribute('data-key');
	await page.locator('.document [data-key]').first().getByRole('checkbox').check();
	await page.goto('/don-vi/so-khcn/viec-can-lam/');
	// A row gets its controls as it comes near the screen (docs/checklist-scale.md).
	const row = page.locator(`tr[data-key="${key}"]`);
	await row.scrollIntoViewIfNeeded();
	await expect(row.getByRole('checkbox')).toBeChecked();
});

test('exports the completion report as CSV and Markdown, and drafts the e-mail', async ({ page }) => {
	await page.goto('/don-vi/so-khcn/viec-can-lam/');
	const rows = page.locator('#phieu tr[data-key]');
	const total = await rows.count();
	expect(total).toBeGreaterThan(3);
	await rows.nth(0).getByRole('checkbox').check();
	await rows.nth(0).getByRole('textbox').fill('Đã chặn trên tường lửa, ngày 20/11');
	await rows.nth(0).getByRole('textbox').blur();
	const agency = page.getByRole('textbox', { name: 'Tên cơ quan, đơn vị báo cáo' });
	await expect(agency).toHaveValue('Sở Khoa học và Công nghệ');
	await agency.fill('Sở KH&CN Hà Tĩnh');
	await agency.blur();
	await page.getByLabel('Ngày báo cáo').fill('2026-11-26');

	const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải CSV' }).click()]);
	expect(csvDownload.suggestedFilename()).toBe('bao-cao-so-kh-cn-ha-tinh-2026-11-26.csv');
	const csv = readFileSync((await csvDownload.path())!, 'utf8');
	const lines = csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(lines).toHaveLength(total + 1);
	expect(lines[1]).toMatch(
		/^Sở KH&CN Hà Tĩnh,26\/11\/2026,958\/SKHCN-CĐS,1,.*,27\/10\/2026,Đã hoàn thành,"Đã chặn trên tường lửa, ngày 20\/11",http:\/\/127\.0\.0\.1:\d+\/canh-bao\/2026\/958-skhcn-cds\/#viec-/,
	);
	expect(lines[2]).toContain(',Chưa hoàn thành,');

	const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Markdown' }).click()]);
	const md = readFileSync((await mdDownload.path())!, 'utf8');
	expect(md).toContain('- Đơn vị: Sở KH&CN Hà Tĩnh');
	expect(md).toContain(`- Đã hoàn thành: 1/${total} việc`);

	const mail = page.getByRole('link', { name: 'Soạn thư gửi Sở' });
	await mail.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
	await mail.click();
	const href = (await mail.getAttribute('href'))!;
	expect(href).toMatch(/^mailto:attt\.skhcn@hatinh\.gov\.vn\?subject=/);
	expect(decodeURIComponent(href)).toContain('Đơn vị: Sở KH&CN Hà Tĩnh');

	// The agency name is remembered for the next report.
	await page.goto('/canh-bao/2026/958-skhcn-cds/');
	await expect(page.getByRole('textbox', { name: 'Tên cơ quan, đơn vị báo cáo' })).toHaveValue('Sở KH&CN Hà Tĩnh');
});

test('the role filter shows one role only, without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/don-vi/so-khcn/');
	await expect(page.locator('.due-flag', { hasText: 'Quá hạn' }).first()).toBeVisible();
	await expect(page.locator('section[data-role="can-bo"]')).toBeVisible();
	await page.getByRole('radio', { name: /Lãnh đạo cơ quan/ }).check();
	await expect(page.locator('section[data-role="lanh-dao"]')).toBeVisible();
	await expect(page.locator('section[data-role="can-bo"]')).toBeHidden();
	await expect(page.locator('section[data-role="cntt"]')).toBeHidden();
	await context.close();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('actions are a clean numbered list with no dead tick boxes', async ({ page }) => {
		await page.goto(REFERENCE);
		await expect(page.locator('ol.actions > li')).toHaveCount(4);
		await expect(page.getByRole('checkbox')).toHaveCount(0);
		await expect(page.locator('.checklist-live')).toBeHidden();
		await expect(page.getByText('Bật JavaScript để đánh dấu việc đã xong')).toBeVisible();
	});
});

test('the agency checklist prints as a form with boxes and a signature line', async ({ page }) => {
	await page.goto('/don-vi/so-khcn/viec-can-lam/');
	await page.emulateMedia({ media: 'print' });
	const box = await page
		.locator('#phieu td.todo-done')
		.first()
		.evaluate((td) => getComputedStyle(td, '::before').borderTopStyle);
	expect(box).toBe('solid');
	await expect(page.locator('th', { hasText: 'Ghi chú' })).toBeVisible();
	await expect(page.getByText(/Người phụ trách:/)).toBeVisible();
	await expect(page.locator('.checklist-panel')).toBeHidden();
	await expect(page.locator('.site-header')).toBeHidden();
});

test.describe('a long checklist (#22)', () => {
	test('rows get their controls as they come near the screen, and ticks count for every row', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 700 });
		await page.goto('/don-vi/so-khcn/viec-can-lam/');
		const rows = page.locator('#phieu tr[data-key]');
		const total = await rows.count();
		// Made from the template, each control names its own item.
		const label = await rows.first().getAttribute('data-label');
		await expect(rows.first().getByRole('checkbox', { name: `Đã xong (mục ${label})` })).toBeVisible();
		await expect(rows.first().getByRole('textbox', { name: `Ghi chú mục ${label}` })).toBeVisible();
		// One template for all rows, not one set of controls per row in the HTML.
		const html = await (await page.request.get('/don-vi/so-khcn/viec-can-lam/')).text();
		expect(html.match(/data-tick[\s=>]/g)?.length).toBe(1);
		expect(html.match(/data-tick-slot/g)?.length).toBe(total);
		await rows.last().scrollIntoViewIfNeeded();
		await rows.last().getByRole('checkbox').check();
		await expect(page.locator('[data-progress-text]')).toHaveText(`1/${total} việc đã xong`);
		await page.reload();
		await expect(page.locator('[data-progress-text]')).toHaveText(`1/${total} việc đã xong`);
		await expect(rows.last()).toHaveClass(/is-done/);
	});

	test('the report text is the action alone, without its source line', async ({ page }) => {
		await page.goto('/don-vi/so-khcn/viec-can-lam/');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Markdown' }).click()]);
		const md = readFileSync((await download.path())!, 'utf8');
		const first = await page
			.locator('#phieu td.todo-text')
			.first()
			.evaluate((td) => td.firstChild!.textContent!.replace(/\s+/g, ' ').trim());
		expect(first.length).toBeGreaterThan(10);
		expect(md).toContain(first);
		expect(md).not.toMatch(/Số \d+\/[^,]+, mục \d+ ·/);
	});
});
