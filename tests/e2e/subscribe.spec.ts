/** Subscribing, as a reader does it: find the feeds, the OPML file and how to get e-mail. */
import { expect, test } from '@playwright/test';

test('the subscription page lists every feed and fits the screen', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Theo dõi cảnh báo' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Theo dõi cảnh báo');
	const row = page.getByRole('row', { name: /Sở Y tế/ });
	await expect(row.getByRole('link', { name: 'RSS: Cảnh báo gửi Sở Y tế' })).toHaveAttribute('href', '/don-vi/so-y-te/rss.xml');
	await expect(page.getByRole('link', { name: 'canhbao@hatinh.gov.vn' })).toHaveAttribute('href', 'mailto:canhbao@hatinh.gov.vn');
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('feeds and the OPML file are served as XML with absolute links', async ({ page, request }) => {
	await page.goto('/theo-doi/');
	const opmlHref = await page.getByRole('link', { name: /Tải tệp OPML/ }).getAttribute('href');
	const opml = await (await request.get(opmlHref!)).text();
	expect(opml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
	expect(opml).toContain('xmlUrl="https://canhbao.hatinh.gov.vn/don-vi/so-y-te/rss.xml"');
	const rss = await request.get('/don-vi/so-y-te/rss.xml');
	expect(rss.ok()).toBe(true);
	const body = await rss.text();
	expect(body).toContain('<title>Cảnh báo gửi Sở Y tế</title>');
	expect(body).toContain('<guid isPermaLink="true">https://canhbao.hatinh.gov.vn/canh-bao/');
	// Every page announces the feeds to browsers and readers.
	await page.goto('/canh-bao/loai/lo-hong/');
	await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute(
		'href',
		'/canh-bao/loai/lo-hong/rss.xml',
	);
});
