/**
 * `astro dev` on a body broken while the server runs: the page fails with validate's one line,
 * in the terminal and in the browser's error overlay, and works again once the text is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCopy, TODAY } from '../helpers/fixture.ts';
import { cleanEnv } from '../helpers/build.ts';

const content = fixtureCopy();
const file = path.join(content, 'advisories/2026/7-skhcn-cntt.mdx');
const good = readFileSync(file, 'utf8');
let server: ChildProcess | undefined;
let output = '';
let site = '';

beforeAll(async () => {
	const env: NodeJS.ProcessEnv = {
		...cleanEnv(),
		CANHBAO_CONTENT: content,
		CANHBAO_TODAY: TODAY,
		CANHBAO_CACHE: mkdtempSync(path.join(tmpdir(), 'canhbao-dev-cache-')),
		// CI=true turns colours on in Astro's logger; the test reads the plain text.
		NO_COLOR: '1',
		FORCE_COLOR: '0',
	};
	// Port 0: the system picks a free one, so working copies side by side never collide.
	server = spawn(process.execPath, ['node_modules/.bin/astro', 'dev', '--port', '0', '--host', '127.0.0.1'], {
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const started = Date.now();
	while (!site) {
		if (Date.now() - started > 120_000) throw new Error(`astro dev did not start:\n${output}`);
		// Colour codes stripped all the same: whatever the logger decides, the address is read.
		site = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/[^\s\x1b]*)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1] ?? '';
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
});

afterAll(() => {
	server?.kill();
});

/** Polls the advisory page until it answers with `status`. */
async function pageWith(status: number): Promise<string> {
	const url = new URL('canh-bao/2026/7-skhcn-cntt/', site);
	let last = 0;
	for (let tries = 0; tries < 60; tries++) {
		const response = await fetch(url);
		last = response.status;
		if (last === status) return response.text();
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`expected ${status} from ${url}, last got ${last}:\n${output}`);
}

describe('astro dev on a broken body', () => {
	it('shows the line validate prints, then the page again once the text is fixed', async () => {
		await pageWith(200);
		appendFileSync(file, '\nMột đoạn có lỗi {1+} ở đây.\n');
		await pageWith(500);
		const line = /advisories\/2026\/7-skhcn-cntt\.mdx:33:20: body: "\{" starts an expression in MDX; write \\\{ to show a brace/;
		expect(output.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(line);
		expect(output).not.toMatch(/MDXError|Could not parse expression with oxc/);

		const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
		try {
			const page = await browser.newPage();
			await page.goto(new URL('canh-bao/2026/7-skhcn-cntt/', site).href);
			const overlay = page.locator('vite-error-overlay');
			await overlay.waitFor({ state: 'attached', timeout: 20_000 });
			await expect
				.poll(() => overlay.evaluate((el) => el.shadowRoot?.querySelector('#message-content')?.textContent ?? ''), { timeout: 20_000 })
				.toMatch(line);
		} finally {
			await browser.close();
		}

		writeFileSync(file, `${good}\nMột đoạn có lỗi \\{1+\\} ở đây.\n`);
		expect(await pageWith(200)).toContain('Một đoạn có lỗi {1+} ở đây.');
	});
});
