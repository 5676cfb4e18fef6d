/**
 * The report round trip in a real browser: ticks on an agency's checklist → the downloaded JSON
 * report → `reports import` → `reports status --json` shows exactly those actions done for that
 * agency and everything else without a report; importing the file again changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const DATA = path.resolve('.cache/e2e/sample/api/advisories.json');

function reports(args: string[]) {
	const run = spawnSync(process.execPath, ['scripts/reports.ts', ...args, '--data', DATA], {
		encoding: 'utf8',
		env: { PATH: process.env.PATH },
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Row {
	advisory: string;
	action: string;
	recipient: string;
	status: string;
	verified: boolean;
	reportedAt: string | null;
}

let store: string;
test.beforeEach(() => {
	store = mkdtempSync(path.join(tmpdir(), 'canhbao-e2e-reports-'));
});
test.afterEach(() => rmSync(store, { recursive: true, force: true }));

test('ticks on a checklist come back as exactly those actions done for that agency', async ({ page }) => {
	await page.goto('/don-vi/so-khcn/viec-can-lam/');
	const rows = page.locator('#phieu tbody tr');
	expect(await rows.count()).toBeGreaterThan(3);
	const ticked: string[] = [];
	for (const i of [0, 2]) {
		await rows.nth(i).getByRole('checkbox').check();
		ticked.push((await rows.nth(i).getAttribute('data-key'))!);
	}
	await rows.nth(2).getByRole('textbox').fill('<script>alert(1)</script> đã xong');
	await rows.nth(2).getByRole('textbox').blur();
	await page.getByRole('textbox', { name: 'Người báo cáo' }).fill('Nguyễn Văn A');
	await page.getByRole('textbox', { name: /Liên hệ/ }).fill('nva@skhcn.hatinh.gov.vn');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Tải tệp báo cáo (JSON)' }).click(),
	]);
	expect(download.suggestedFilename()).toMatch(/^bao-cao-so-khoa-hoc-va-cong-nghe-\d{4}-\d{2}-\d{2}\.json$/);
	const file = (await download.path())!;
	const report = JSON.parse(readFileSync(file, 'utf8'));
	expect(report).toMatchObject({
		format: 'canhbao-report',
		version: 1,
		recipient: 'so-khcn',
		reporter: { name: 'Nguyễn Văn A', contact: 'nva@skhcn.hatinh.gov.vn' },
		build: '2026-11-26',
	});
	expect(
		report.actions
			.filter((a: { status: string }) => a.status === 'done')
			.map((a: { advisory: string; action: string }) => `${a.advisory}#${a.action}`),
	).toEqual(ticked);

	// The e-mail draft asks for the file.
	const mailto = await page.getByRole('link', { name: 'Soạn thư gửi Sở' }).evaluate((a: HTMLAnchorElement) => {
		a.addEventListener('click', (e) => e.preventDefault(), { once: true });
		a.click();
		return a.href;
	});
	expect(decodeURIComponent(mailto)).toContain(`Đề nghị đính kèm tệp báo cáo ${download.suggestedFilename()}`);

	const first = reports(['import', file, '--store', store]);
	expect(first.stderr).toBe('');
	expect(first.stdout).toContain('1 stored (1 unverified)');
	const status = reports(['status', '--json', '--store', store]);
	expect(status.status).toBe(0);
	const all: Row[] = JSON.parse(status.stdout).rows;
	const done = all.filter((r) => r.status !== 'no-report');
	expect(done.map((r) => `${r.recipient} ${r.advisory}#${r.action} ${r.status}`).sort()).toEqual(
		ticked.map((k) => `so-khcn ${k} done`).sort(),
	);
	expect(all.filter((r) => r.status === 'no-report').length).toBe(all.length - ticked.length);
	expect(all.length).toBeGreaterThan(ticked.length + 10);

	const again = reports(['import', file, '--store', store]);
	expect(again.stdout).toContain('0 stored (0 unverified), 1 already in the store');
	expect(JSON.parse(reports(['status', '--json', '--store', store]).stdout)).toEqual({ rows: all });
});

test('on an advisory page the agency picks itself from the registry', async ({ page }) => {
	await page.goto('/canh-bao/2026/958-skhcn-cds/');
	const json = page.getByRole('button', { name: 'Tải tệp báo cáo (JSON)' });
	page.once('dialog', (dialog) => dialog.accept());
	await json.click(); // no agency chosen yet: asks for one, downloads nothing
	const picker = page.getByRole('combobox', { name: 'Đơn vị báo cáo (theo danh mục)' });
	await expect(picker).toBeFocused();
	await picker.selectOption('so-y-te');
	const actions = page.locator('.document [data-key]');
	await actions.nth(0).getByRole('checkbox').check();
	const key = (await actions.nth(0).getAttribute('data-key'))!;
	// "Không áp dụng" and "Đã xong" exclude each other.
	const na = actions.nth(1).getByRole('button', { name: /Không áp dụng/ });
	await actions.nth(1).getByRole('checkbox').check();
	await na.click();
	await expect(na).toHaveAttribute('aria-pressed', 'true');
	await expect(actions.nth(1).getByRole('checkbox')).not.toBeChecked();
	const naKey = (await actions.nth(1).getAttribute('data-key'))!;
	const [download] = await Promise.all([page.waitForEvent('download'), json.click()]);
	const file = (await download.path())!;
	expect(JSON.parse(readFileSync(file, 'utf8')).recipient).toBe('so-y-te');
	expect(reports(['import', file, '--store', store]).stdout).toContain('1 stored');
	const rows: Row[] = JSON.parse(reports(['status', '--json', '--store', store, '--recipient', 'so-y-te']).stdout).rows;
	expect(rows.filter((r) => r.status !== 'no-report').map((r) => `${r.advisory}#${r.action} ${r.status}`)).toEqual([
		`${key} done`,
		`${naKey} not-applicable`,
	]);

	// The CSV for people says so too, and stays safe in a spreadsheet.
	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải CSV' }).click()]);
	expect(readFileSync((await csv.path())!, 'utf8')).toContain(',Không áp dụng,');
});
