/** The printed advisory (A4, Nghị định 30/2020/NĐ-CP), its print button, and the link-preview card, in Chromium. */
import { expect, test, type Locator } from '@playwright/test';
import { extractTextItems, getDocumentProxy } from 'unpdf';

const REFERENCE = '/canh-bao/2019/357-ubnd-kgvx/';
/** A vulnerability advisory with CVEs, products and indicators: its tables print as an appendix. */
const EXCHANGE = '/canh-bao/2021/245-stttt-cntt/';

async function box(locator: Locator) {
	const b = await locator.boundingBox();
	if (!b) throw new Error(`${locator} is not laid out`);
	return b;
}

test.describe('printing an advisory', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto(REFERENCE);
		await page.emulateMedia({ media: 'print' });
	});

	test('shows the dispatch alone, without the site around it', async ({ page }) => {
		for (const hidden of [
			'.site-header',
			'.site-footer',
			'.breadcrumb',
			'.advisory-head',
			'.aside-box',
			'.print-button',
			'.banner',
			'.action-meta >> nth=0',
		]) {
			await expect(page.locator(hidden).first(), hidden).toBeHidden();
		}
		await expect(page.locator('.document')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Văn bản được chuyển tiếp' })).toBeHidden();
		const font = await page.locator('.document').evaluate((el) => getComputedStyle(el).fontFamily);
		expect(font).toMatch(/^"?Times New Roman"?, Tinos/);
	});

	test('places the blocks as Nghị định 30/2020/NĐ-CP does', async ({ page }) => {
		const doc = page.locator('.document');
		const issuer = await box(doc.locator('.doc-issuer'));
		const motto = await box(doc.locator('.doc-motto'));
		expect(issuer.x + issuer.width).toBeLessThanOrEqual(motto.x + 1);
		expect(Math.abs(issuer.y - motto.y)).toBeLessThan(2);
		// Number and V/v under the issuer; place and date under the motto.
		const number = await box(doc.locator('.doc-number'));
		const subject = await box(doc.locator('.doc-subject'));
		const date = await box(doc.locator('.doc-date'));
		expect(number.x + number.width).toBeLessThanOrEqual(motto.x + 1);
		expect(subject.y).toBeGreaterThan(number.y);
		expect(date.x).toBeGreaterThanOrEqual(motto.x - 1);
		// Kính gửi, then the body, then Nơi nhận bottom left beside the signature bottom right.
		const to = await box(doc.locator('.doc-to'));
		const body = await box(doc.locator('.doc-body'));
		const cc = await box(doc.locator('.doc-cc'));
		const signer = await box(doc.locator('.doc-signer'));
		expect(to.y).toBeGreaterThan(subject.y);
		expect(body.y).toBeGreaterThan(to.y);
		expect(cc.y).toBeGreaterThan(body.y + body.height);
		expect(cc.x + cc.width).toBeLessThanOrEqual(signer.x + 1);
		expect(Math.abs(cc.y - signer.y)).toBeLessThan(2);
		// Paragraphs justified with an indented first line; numbered items keep their numbers.
		const paragraph = await doc
			.locator('.doc-body p')
			.first()
			.evaluate((el) => [getComputedStyle(el).textAlign, getComputedStyle(el).textIndent]);
		expect(paragraph[0]).toBe('justify');
		expect(parseFloat(paragraph[1])).toBeGreaterThan(40);
		const item = doc.locator('ol.actions > li').nth(3).locator('.action-text').first();
		await expect(item).toHaveText('Giao Sở Thông tin và Truyền thông:');
		expect(await item.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('counter(item) ". "');
		expect(
			await doc
				.locator('.action-parts .action-text')
				.first()
				.evaluate((el) => getComputedStyle(el, '::before').content),
		).toBe('"- "');
	});

	test('prints technical tables on a page of their own after the dispatch', async ({ page }) => {
		await page.goto(EXCHANGE);
		await page.emulateMedia({ media: 'print' });
		const appendix = page.locator('.print-appendix');
		await expect(appendix.locator('.print-only')).toHaveText('Phụ lục kèm theo văn bản số 245/STTTT-CNTT');
		await expect(appendix.getByRole('heading', { name: 'Dấu hiệu nhận biết (IoC)' })).toBeVisible();
		expect(await appendix.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
		await page.emulateMedia({ media: 'screen' });
		await expect(appendix.locator('.print-only')).toBeHidden();
	});
});

test('the reference dispatch prints to an A4 PDF that reads like the paper', async ({ page }, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'one PDF is enough');
	await page.goto(REFERENCE);
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => document.fonts.ready);
	const pdf = await page.pdf({ preferCSSPageSize: true });
	await testInfo.attach('357-UBND-KGVX.pdf', { body: pdf, contentType: 'application/pdf' });

	const proxy = await getDocumentProxy(new Uint8Array(pdf));
	const { totalPages, items } = await extractTextItems(proxy);
	expect(totalPages).toBeGreaterThanOrEqual(2);
	const size = (await proxy.getPage(1)).getViewport({ scale: 1 });
	// A4 in points: 210 × 297 mm.
	expect([Math.round(size.width), Math.round(size.height)]).toEqual([595, 842]);
	// A word can be split into several items where the font file changes (the Vietnamese subset): join them as they stand.
	const text = (n: number) =>
		items[n]
			.map((i) => i.str + (i.hasEOL ? ' ' : ''))
			.join('')
			.replace(/\s+/g, ' ');
	expect(text(0)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
	expect(text(0)).toContain('Độc lập - Tự do - Hạnh phúc');
	expect(text(0)).toContain('Số: 357/UBND-KGVX');
	expect(text(0)).toContain('Hà Tĩnh, ngày 15 tháng 01 năm 2019');
	expect(text(0)).toContain('Kính gửi:');
	const all = items.map((_, n) => text(n)).join(' ');
	for (const chrome of ['Trang chủ', 'Báo cáo sự cố', 'In / Lưu PDF', 'Văn bản được chuyển tiếp', 'Người thực hiện'])
		expect(all).not.toContain(chrome);
	expect(text(totalPages - 1)).toContain('Nơi nhận:');
	expect(text(totalPages - 1)).toContain('Đặng Quốc Vinh');
	// Page numbers: none on the first page, then centred in the top margin.
	const topNumbers = (n: number) => items[n].filter((i) => /^\d+$/.test(i.str.trim()) && i.y > size.height - 20 * 2.835);
	expect(topNumbers(0)).toEqual([]);
	const second = topNumbers(1);
	expect(second.map((i) => i.str.trim())).toEqual(['2']);
	expect(Math.abs(second[0].x + second[0].width / 2 - (30 + (210 - 15 - 30) / 2) * 2.835)).toBeLessThan(15);
});

test.describe('the print button', () => {
	test('opens the browser’s print dialog', async ({ page }) => {
		await page.addInitScript(() => {
			window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
		});
		await page.goto(REFERENCE);
		const button = page.getByRole('button', { name: 'In / Lưu PDF' });
		await expect(button).toBeVisible();
		await button.click();
		await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('is not shown, since it could not work', async ({ page }) => {
			await page.goto(REFERENCE);
			await expect(page.locator('.print-button')).toBeHidden();
			await expect(page.locator('.document')).toBeVisible();
		});
	});
});

test('a closed advisory more than a year old previews as the shared card of its kind and severity', async ({ page, request }) => {
	await page.goto(REFERENCE);
	const image = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(image).toBe('https://canhbao.hatinh.gov.vn/og/chung/chi-dao-cao.png');
	await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
		'content',
		'Cảnh báo an toàn thông tin Hà Tĩnh: cảnh báo loại chỉ đạo, mức độ cao.',
	);
	const response = await request.get(new URL(image!).pathname);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('image/png');
	expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
});

test('the agency checklist prints every open action, each with its box, none of the screen controls', async ({ page }, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'one PDF is enough');
	await page.goto('/don-vi/so-khcn/');
	const open = Number(await page.locator('#viec-can-lam .badge').textContent());
	expect(open).toBeGreaterThan(3);
	await page.goto('/don-vi/so-khcn/viec-can-lam/');
	// Scroll once through the page so that rows near the end have their (screen-only) controls too.
	await page.locator('#phieu tr[data-key]').last().scrollIntoViewIfNeeded();
	await page.emulateMedia({ media: 'print' });
	const rows = await page.locator('#phieu tr[data-key]').evaluateAll((trs) =>
		trs.map((tr) => ({
			height: tr.getBoundingClientRect().height,
			box: getComputedStyle(tr.querySelector('td.todo-done')!, '::before').borderTopStyle,
		})),
	);
	expect(rows).toHaveLength(open);
	expect(rows.every((r) => r.height > 0 && r.box === 'solid')).toBe(true);
	await expect(page.locator('#phieu .tick').first()).toBeHidden();

	const pdf = await page.pdf({ preferCSSPageSize: true });
	const proxy = await getDocumentProxy(new Uint8Array(pdf));
	const { items } = await extractTextItems(proxy);
	const all = items
		.flat()
		.map((i) => i.str + (i.hasEOL ? ' ' : ''))
		.join('')
		.replace(/\s+/g, ' ');
	const last = await page
		.locator('#phieu td.todo-text')
		.last()
		.evaluate((td) => td.firstChild!.textContent!.replace(/\s+/g, ' ').trim());
	expect(all).toContain(`${open}. ${last.slice(0, 20)}`);
	expect(all).not.toContain('Không áp dụng');
});
