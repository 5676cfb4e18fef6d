import { defineConfig, devices } from '@playwright/test';

// Overridable so that several working copies on one machine can run their browser tests at once.
const port = Number(process.env.CANHBAO_E2E_PORT ?? 4399);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env.CI),
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// Nothing may download a browser here: Debian's Chromium is the one we drive.
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
		},
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
		{ name: 'phone', use: { ...devices['Pixel 7'], channel: undefined } },
	],
	webServer: {
		// The sample site at / and the fixture site under /canh-bao-thu/ (port 4400), built with a
		// pinned "today" so what is active or overdue never drifts.
		command: 'node scripts/e2e-serve.ts',
		url: `http://127.0.0.1:${port}/`,
		timeout: 300_000,
		reuseExistingServer: false,
	},
});
