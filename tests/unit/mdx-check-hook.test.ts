/** The pre-commit hook stops each body of issue #20 on the editor's machine, before CI sees it. */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

function git(cwd: string, args: string[]) {
	return spawnSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
		cwd,
		encoding: 'utf8',
		env: {
			...process.env,
			GIT_AUTHOR_NAME: 'Biên tập viên',
			GIT_AUTHOR_EMAIL: 'bt@example.gov.vn',
			GIT_COMMITTER_NAME: 'Biên tập viên',
			GIT_COMMITTER_EMAIL: 'bt@example.gov.vn',
		},
	});
}

describe('the pre-commit hook on MDX bodies', { timeout: 180_000 }, () => {
	it('stops a commit for a brace, an unknown component, an unclosed tag and an import, naming file, line and column', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'canhbao-hook-mdx-'));
		dirs.push(dir);
		git(dir, ['init', '-q']);
		for (const part of ['package.json', '.githooks', 'scripts/run.mjs', 'scripts/malloc-env.mjs', 'scripts/validate.ts', 'src'])
			cpSync(part, path.join(dir, part), { recursive: true });
		cpSync('tests/fixtures/basic', path.join(dir, 'content'), { recursive: true });
		symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
		writeFileSync(path.join(dir, '.gitignore'), 'node_modules\n');
		execFileSync('sh', ['-c', scripts.hooks], { cwd: dir });
		git(dir, ['add', '.']);
		const first = git(dir, ['commit', '-qm', 'Nội dung ban đầu']);
		expect(first.status, first.stderr).toBe(0);

		const file = path.join(dir, 'content/advisories/2026/7-skhcn-cntt.mdx');
		const good = readFileSync(file, 'utf8');
		const cases: [string, RegExp][] = [
			[
				'Một đoạn có lỗi {1+} ở đây.',
				/content\/advisories\/2026\/7-skhcn-cntt\.mdx:33:20: body: "\{" starts an expression in MDX; write \\\{ to show a brace/,
			],
			['Có <KhongCo /> ở đây.', /content\/advisories\/2026\/7-skhcn-cntt\.mdx:33:4: body: unknown component <KhongCo>/],
			['<div>', /content\/advisories\/2026\/7-skhcn-cntt\.mdx:33:1: body: <div> is not closed/],
			[
				'import x from "khong-co"',
				/content\/advisories\/2026\/7-skhcn-cntt\.mdx:33:1: body: advisory bodies cannot import or export; .*write &#105;mport/,
			],
		];
		for (const [text, line] of cases) {
			writeFileSync(file, good);
			appendFileSync(file, `\n${text}\n`);
			const bad = git(dir, ['commit', '-qam', 'Sửa nội dung']);
			expect(bad.status, text).not.toBe(0);
			expect(bad.stderr).toMatch(line);
			expect(bad.stderr).toContain('pre-commit: commit stopped');
		}
		expect(git(dir, ['log', '--format=%s']).stdout.trim()).toBe('Nội dung ban đầu');

		// Written the way the hints say, the same text commits.
		writeFileSync(file, `${good}\nMột đoạn có \\{1+\\}, \\<KhongCo /> và &#105;mport x from "khong-co".\n`);
		const fixed = git(dir, ['commit', '-qam', 'Sửa nội dung']);
		expect(fixed.status, fixed.stderr).toBe(0);
	});
});
