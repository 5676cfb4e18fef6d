/** What runs on every commit: the pre-commit hook, the CI workflow files and the digest window they share. */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

function repo(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'canhbao-publish-'));
	dirs.push(dir);
	git(dir, ['init', '-q']);
	return dir;
}

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
			GIT_COMMITTER_DATE: '2026-11-20T10:00:00+07:00',
		},
	});
}

/** Each test starts real processes (node, git); on a loaded two-core machine that takes a while. */
const SLOW = { timeout: 120_000 };

describe('the pre-commit hook', SLOW, () => {
	it('is installed by npm run hooks and stops a commit with a bad advisory, naming file and line', () => {
		const dir = repo();
		for (const part of ['package.json', '.githooks', 'scripts/run.mjs', 'scripts/malloc-env.mjs', 'scripts/validate.ts', 'src'])
			cpSync(part, path.join(dir, part), { recursive: true });
		cpSync('tests/fixtures/basic', path.join(dir, 'content'), { recursive: true });
		symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
		writeFileSync(path.join(dir, '.gitignore'), 'node_modules\n');
		execFileSync('sh', ['-c', scripts.hooks], { cwd: dir });
		expect(git(dir, ['config', 'core.hooksPath']).stdout.trim()).toBe('.githooks');

		git(dir, ['add', '.']);
		const good = git(dir, ['commit', '-qm', 'Nội dung ban đầu']);
		expect(good.status, good.stderr).toBe(0);
		expect(good.stderr).toContain('pre-commit: checking content/');

		const file = path.join(dir, 'content/advisories/2026/7-skhcn-cntt.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('severity: high', 'severity: hihg'));
		const bad = git(dir, ['commit', '-qam', 'Sửa mức độ']);
		expect(bad.status).not.toBe(0);
		expect(bad.stderr).toMatch(
			/content\/advisories\/2026\/7-skhcn-cntt\.mdx:9: severity: expected one of "low", "medium", "high", "critical"/,
		);
		expect(bad.stderr).toContain('pre-commit: commit stopped');
		expect(git(dir, ['log', '--format=%s']).stdout.trim()).toBe('Nội dung ban đầu');

		// Commits that do not touch content/ are not held up.
		git(dir, ['checkout', '--', 'content']);
		appendFileSync(path.join(dir, '.gitignore'), 'dist\n');
		const other = git(dir, ['commit', '-qam', 'Bỏ qua dist']);
		expect(other.status, other.stderr).toBe(0);
		expect(other.stderr).not.toContain('pre-commit: checking');
	});
});

describe('the digest window', SLOW, () => {
	const window = (cwd: string, before = '') =>
		Object.fromEntries(
			execFileSync('sh', [path.resolve('scripts/ci/digest-window.sh'), before], { cwd, encoding: 'utf8' })
				.trim()
				.split('\n')
				.map((l) => l.split(/=(.*)/s).slice(0, 2)),
		);

	it('lists the advisories added since the last send, and starts after the last recorded send', () => {
		const dir = repo();
		mkdirSync(path.join(dir, 'content/advisories/2026'), { recursive: true });
		writeFileSync(path.join(dir, 'content/advisories/2026/1-a.mdx'), 'a');
		git(dir, ['add', '.']);
		git(dir, ['commit', '-qm', 'một']);
		const first = git(dir, ['rev-parse', 'HEAD']).stdout.trim();
		writeFileSync(path.join(dir, 'content/advisories/2026/2-b.mdx'), 'b');
		writeFileSync(path.join(dir, 'content/advisories/2026/1-a.mdx'), 'a, sửa');
		git(dir, ['add', '.']);
		git(dir, ['commit', '-qm', 'hai']);

		expect(window(dir, first)).toEqual({ base: first, since: '2026-11-20', added: '2026/2-b' });
		// A new branch has no previous commit: nothing is known to be new.
		expect(window(dir, '0'.repeat(40))).toEqual({ base: '', since: '', added: '' });
		expect(window(dir, 'deadbeef'.repeat(5))).toEqual({ base: '', since: '', added: '' });

		execFileSync('sh', [path.resolve('scripts/ci/digest-window.sh'), '--done'], { cwd: dir });
		writeFileSync(path.join(dir, 'content/advisories/2026/3-c.mdx'), 'c');
		git(dir, ['add', 'content']);
		git(dir, ['commit', '-qm', 'ba']);
		// A later run starts where the recorded send stopped, whatever the push's own "before".
		expect(window(dir, first).added).toBe('2026/3-c');
	});

	it('is plain POSIX shell, as is the hook', () => {
		for (const file of ['scripts/ci/digest-window.sh', '.githooks/pre-commit']) expect(spawnSync('sh', ['-n', file]).status, file).toBe(0);
	});
});

/** `npm run <x>` commands a workflow runs; `digest` is the digest command's own (see README.md). */
function npmScripts(text: string): string[] {
	return [...new Set([...text.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]))].sort();
}

describe('GitHub Actions workflow', () => {
	const text = readFileSync('.github/workflows/publish.yml', 'utf8');
	const wf = parse(text);
	const steps = (job: string) => wf.jobs[job].steps as { uses?: string; run?: string; if?: string; with?: Record<string, unknown> }[];
	const runIndex = (job: string, command: string) => steps(job).findIndex((s) => s.run?.includes(command));

	it('runs on pushes to main, every morning and by hand, one run at a time, never cancelled half-way', () => {
		expect(wf.on.push.branches).toEqual(['main']);
		expect(wf.on.schedule).toEqual([{ cron: '0 23 * * *' }]);
		expect(wf.on).toHaveProperty('workflow_dispatch');
		expect(wf.concurrency).toEqual({ group: 'publish-${{ github.ref }}', 'cancel-in-progress': false });
	});

	it('validates, builds with the whole history, deploys, and only then mails', () => {
		expect(runIndex('build', 'npm run validate')).toBeGreaterThan(-1);
		expect(runIndex('build', 'npm run validate')).toBeLessThan(runIndex('build', 'npm run build'));
		expect(steps('build')[0]).toMatchObject({ uses: 'actions/checkout@v5', with: { 'fetch-depth': 0 } });
		expect(steps('build').find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe('${{ env.NODE_VERSION }}');
		expect(wf.env.NODE_VERSION).toBe('24');
		expect(steps('build').at(-1)).toMatchObject({ uses: 'actions/upload-pages-artifact@v4', with: { path: 'dist' } });
		expect(wf.jobs.deploy.needs).toBe('build');
		expect(wf.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(wf.jobs.digest.needs).toBe('deploy');
	});

	it('caches what makes rebuilds faster', () => {
		const cache = steps('build').find((s) => s.uses === 'actions/cache@v4')!;
		expect(String(cache.with!.path).split('\n').filter(Boolean)).toEqual(['node_modules/.astro', '.cache', '!.cache/canhbao']);
		expect(steps('build').find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.cache).toBe('npm');
	});

	it('sends immediate digests on pushes that added advisories, the daily one on schedule, and records what was sent', () => {
		const immediate = steps('digest').find((s) => s.run?.includes('--period immediate'))!;
		expect(immediate.if).toBe("github.event_name == 'push' && steps.window.outputs.added != ''");
		expect(immediate.run).toBe('npm run digest -- --period immediate --since "$SINCE"');
		expect(steps('digest').find((s) => s.run?.includes('--period daily'))!.if).toBe("github.event_name == 'schedule'");
		expect(runIndex('digest', 'digest-window.sh --done')).toBeGreaterThan(runIndex('digest', '--period immediate'));
		expect(steps('digest').at(-1)).toMatchObject({ uses: 'actions/cache/save@v4', if: 'always()' });
	});

	it('runs only npm scripts the project has', () => {
		expect(npmScripts(text).filter((s) => !(s in scripts))).toEqual([]);
	});
});

describe('GitLab CI', () => {
	const text = readFileSync('.gitlab-ci.yml', 'utf8');
	const ci = parse(text);

	it('runs on pushes and schedules of the default branch with Node 24 and the whole history', () => {
		expect(ci.workflow.rules[0].if).toBe('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_PIPELINE_SOURCE =~ /^(push|schedule|web)$/');
		expect(ci.default).toEqual({ image: 'node:24-bookworm', interruptible: false });
		expect(ci.variables.GIT_DEPTH).toBe(0);
		expect(ci.stages).toEqual(['check', 'deploy', 'notify']);
	});

	it('validates, publishes public/ as GitLab Pages, then mails one pipeline at a time', () => {
		expect(ci.validate).toMatchObject({ stage: 'check', script: ['npm run validate'] });
		expect(ci.pages.stage).toBe('deploy');
		expect(ci.pages.script).toEqual(['npm run build', 'rm -rf public && cp -r dist public']);
		expect(ci.pages.artifacts.paths).toEqual(['public', 'dist']);
		expect(ci.pages.cache[1].paths).toEqual(['node_modules/.astro/', '.cache/']);
		expect(ci.digest).toMatchObject({ stage: 'notify', needs: ['pages'], resource_group: 'digest' });
		expect(ci.digest.cache[1]).toMatchObject({ key: 'digest-state', paths: ['.cache/canhbao/'], when: 'always' });
		const script = ci.digest.script.join('\n');
		expect(script).toContain('npm run digest -- --period immediate --since "$since"');
		expect(script).toContain('npm run digest -- --period daily');
	});

	it('runs only npm scripts the project has', () => {
		expect(npmScripts(text).filter((s) => !(s in scripts))).toEqual([]);
	});
});
