/**
 * Opens each sample page in Debian's Chromium, at desktop and phone sizes, and checks what a
 * reader's browser sees: axe-core finds no WCAG 2.2 A/AA violation, nothing is requested from
 * another origin, and the console stays free of errors (a CSP refusal shows up there too).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, devices, type Browser } from '@playwright/test';
import type { Sample } from './pages.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const viewports = {
	desktop: { viewport: { width: 1280, height: 800 } },
	phone: { ...devices['Pixel 7'] },
} as const;

export interface BrowserFinding {
	sample: Sample;
	viewport: keyof typeof viewports;
	/** axe violations: rule id, impact, help and the first offending elements. */
	violations: { id: string; impact: string; help: string; targets: string[] }[];
	foreignRequests: string[];
	consoleErrors: string[];
}

export async function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS.filter((f) => f !== '--headless=new') });
}

/** Opens `url` and lets it settle: fonts loaded and, on the search page, the results announced. */
async function open(browser: Browser, url: string, viewport: keyof typeof viewports) {
	const context = await browser.newContext({ ...viewports[viewport] });
	const page = await context.newPage();
	const origin = new URL(url).origin;
	const foreignRequests: string[] = [];
	const consoleErrors: string[] = [];
	page.on('request', (request) => {
		const target = request.url();
		if (/^(https?|wss?):/.test(target) && new URL(target).origin !== origin) foreignRequests.push(target);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
	const response = await page.goto(url, { waitUntil: 'load' });
	await page.evaluate(() => document.fonts.ready);
	if (new URL(url).searchParams.has('q')) await page.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor({ timeout: 15_000 });
	return { context, page, response, foreignRequests, consoleErrors };
}

export async function checkInBrowser(
	browser: Browser,
	siteUrl: string,
	sample: Sample,
	viewport: keyof typeof viewports,
): Promise<BrowserFinding> {
	const { context, page, foreignRequests, consoleErrors } = await open(browser, new URL(sample.path, siteUrl).href, viewport);
	try {
		const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		const violations = results.violations.map((v) => ({
			id: v.id,
			impact: v.impact ?? 'unknown',
			help: v.help,
			targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
		}));
		return { sample, viewport, violations, foreignRequests, consoleErrors };
	} finally {
		await context.close();
	}
}

export const browserViewports = Object.keys(viewports) as (keyof typeof viewports)[];
