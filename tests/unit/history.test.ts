/** Revision history from git: a real temporary repository with several commits, a shallow clone, no git at all. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/lib/content/git-fs.ts';
import { historyOf, LOG_FORMAT, parseGitLog, type AdvisoryHistory } from '../../src/lib/content/git-log.ts';
import { lastChanged } from '../../src/lib/model/revision.ts';
import { formatDateTime } from '../../src/lib/util/dates.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'canhbao-git-'));
	dirs.push(dir);
	return dir;
}

/** Runs git with a fixed identity and the given commit time, so dates are known. */
function git(cwd: string, args: string[], date?: string): string {
	const env = {
		...process.env,
		GIT_AUTHOR_NAME: 'Biên tập viên',
		GIT_AUTHOR_EMAIL: 'bt@example.gov.vn',
		GIT_COMMITTER_NAME: 'Biên tập viên',
		GIT_COMMITTER_EMAIL: 'bt@example.gov.vn',
		...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
	};
	return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, env, encoding: 'utf8' });
}

const recorded = (h: AdvisoryHistory | undefined) => {
	if (h?.state !== 'recorded') throw new Error(`expected a recorded history, got ${JSON.stringify(h)}`);
	return h;
};

describe('a repository with several commits', () => {
	let repo: string;
	let adv: string;

	beforeAll(() => {
		repo = tempDir();
		adv = path.join(repo, 'content', 'advisories');
		cpSync('tests/fixtures/basic', path.join(repo, 'content'), { recursive: true });
		git(repo, ['init', '-q']);
		git(repo, ['add', '.']);
		git(repo, ['commit', '-qm', 'Nhập các cảnh báo đầu tiên'], '2024-01-10T09:00:00+07:00');
		appendFileSync(path.join(adv, '2019/10-ubnd-kgvx.mdx'), '\nBổ sung một đoạn.\n');
		git(repo, ['commit', '-qam', 'Bổ sung đoạn văn cho 10/UBND-KGVX'], '2024-02-01T14:30:00+07:00');
		// Filed in the wrong year folder, then moved: the move keeps its past.
		mkdirSync(path.join(adv, '2025'));
		writeFileSync(path.join(adv, '2025/9-skhcn-cntt.mdx'), 'draft');
		git(repo, ['add', '.']);
		git(repo, ['commit', '-qm', 'Thêm 9/SKHCN-CNTT'], '2026-11-20T08:00:00+07:00');
		renameSync(path.join(adv, '2025/9-skhcn-cntt.mdx'), path.join(adv, '2026/9-skhcn-cntt.mdx'));
		git(repo, ['add', '-A']);
		git(repo, ['commit', '-qm', 'Chuyển 9/SKHCN-CNTT sang thư mục năm 2026'], '2026-11-21T08:00:00+07:00');
		appendFileSync(path.join(adv, '2019/10-ubnd-kgvx.mdx'), '\nSửa lần nữa.\n');
		git(repo, ['commit', '-qam', 'Sửa <lỗi> chính tả'], '2026-11-22T10:15:00+07:00');
		// Uncommitted work: a changed file and a new draft.
		appendFileSync(path.join(adv, '2024/5-stttt-cntt.mdx'), '\nĐang sửa.\n');
		writeFileSync(path.join(adv, '2026/11-skhcn-cntt.mdx'), 'draft');
	});

	it('gives each advisory its publication and every later change, from one git log', () => {
		const history = readHistory(adv, ['2019/10-ubnd-kgvx', '2024/5-stttt-cntt', '2026/9-skhcn-cntt', '2026/11-skhcn-cntt']);
		const tet = recorded(history.get('2019/10-ubnd-kgvx'));
		expect(tet.published).toMatchObject({ date: '2024-01-10T09:00:00+07:00', subject: 'Nhập các cảnh báo đầu tiên' });
		expect(tet.changes.map((c) => [c.date, c.subject])).toEqual([
			['2024-02-01T14:30:00+07:00', 'Bổ sung đoạn văn cho 10/UBND-KGVX'],
			['2026-11-22T10:15:00+07:00', 'Sửa <lỗi> chính tả'],
		]);
		expect(tet).toMatchObject({ truncated: false, uncommitted: false });

		const moved = recorded(history.get('2026/9-skhcn-cntt'));
		expect(moved.published?.subject).toBe('Thêm 9/SKHCN-CNTT');
		expect(moved.changes.map((c) => c.subject)).toEqual(['Chuyển 9/SKHCN-CNTT sang thư mục năm 2026']);

		expect(recorded(history.get('2024/5-stttt-cntt'))).toMatchObject({ uncommitted: true, changes: [] });
		expect(history.get('2026/11-skhcn-cntt')).toEqual({ state: 'draft' });
	});

	it('uses the last commit after publication as the day of the last change', () => {
		const history = readHistory(adv, ['2019/10-ubnd-kgvx', '2026/11-skhcn-cntt']);
		expect(lastChanged({ data: { issued: '2019-01-15' }, history: history.get('2019/10-ubnd-kgvx') })).toBe('2026-11-22');
		expect(lastChanged({ data: { issued: '2019-01-15', updated: '2026-12-01' }, history: history.get('2019/10-ubnd-kgvx') })).toBe(
			'2026-12-01',
		);
		expect(lastChanged({ data: { issued: '2019-01-15' } })).toBe('2019-01-15');
		// Publication is not a change: a draft, or a file committed once, last changed when issued.
		expect(lastChanged({ data: { issued: '2026-11-20' }, history: history.get('2026/11-skhcn-cntt') })).toBe('2026-11-20');
	});

	it('says in a shallow clone that earlier history is not known', () => {
		const clone = path.join(tempDir(), 'clone');
		git(repo, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
		const history = readHistory(path.join(clone, 'content', 'advisories'), ['2019/10-ubnd-kgvx']);
		const tet = recorded(history.get('2019/10-ubnd-kgvx'));
		expect(tet).toMatchObject({ truncated: true, published: undefined, changes: [] });
		expect(tet.firstSeen.subject).toBe('Sửa <lỗi> chính tả');
	});
});

describe('outside git', () => {
	it('says that nothing is known, for every advisory, and does not fail', () => {
		const dir = tempDir();
		expect(readHistory(dir, ['2019/1-a', '2020/2-b'])).toEqual(
			new Map([
				['2019/1-a', { state: 'unknown', reason: 'not a git repository' }],
				['2020/2-b', { state: 'unknown', reason: 'not a git repository' }],
			]),
		);
	});

	it('calls every file a draft in a repository with no commits yet', () => {
		const dir = tempDir();
		git(dir, ['init', '-q']);
		writeFileSync(path.join(dir, 'a.mdx'), 'x');
		expect(readHistory(dir, ['a']).get('a')).toEqual({ state: 'draft' });
	});
});

describe('parsing git log', () => {
	const record = (hash: string, parents: string, date: string, subject: string, ...files: string[]) =>
		`\x1e${hash}\x1f${parents}\x1f${date}\x1f${subject}\n\n${files.join('\n')}\n`;

	it('reads the format it asks git for', () => {
		expect(LOG_FORMAT).toBe('%x1e%H%x1f%P%x1f%cI%x1f%s');
		const log = parseGitLog(
			record('c2', 'c1', '2026-01-02T00:00:00+07:00', 'hai', 'M\t2019/a.mdx') +
				record('c1', '', '2026-01-01T00:00:00+07:00', 'một', 'A\t2019/a.mdx', 'A\t2019/b.mdx'),
		);
		expect(historyOf('2019/a.mdx', { log, shallow: false, dirty: new Set() })).toEqual({
			state: 'recorded',
			published: { commit: 'c1', date: '2026-01-01T00:00:00+07:00', subject: 'một' },
			firstSeen: { commit: 'c1', date: '2026-01-01T00:00:00+07:00', subject: 'một' },
			changes: [{ commit: 'c2', date: '2026-01-02T00:00:00+07:00', subject: 'hai' }],
			truncated: false,
			uncommitted: false,
		});
		// The same root commit in a shallow clone is only where the copy starts.
		expect(historyOf('2019/b.mdx', { log, shallow: true, dirty: new Set() })).toMatchObject({ truncated: true, published: undefined });
	});

	it('starts a file that was deleted and added again at its new life', () => {
		const log = parseGitLog(
			record('c3', 'c2', '2026-03-01T00:00:00+07:00', 'lại', 'A\tx.mdx') +
				record('c2', 'c1', '2026-02-01T00:00:00+07:00', 'xóa', 'D\tx.mdx') +
				record('c1', '', '2026-01-01T00:00:00+07:00', 'đầu', 'A\tx.mdx'),
		);
		expect(historyOf('x.mdx', { log, shallow: false, dirty: new Set() })).toMatchObject({ published: { subject: 'lại' }, changes: [] });
	});
});

describe('formatDateTime', () => {
	it('shows a timestamp in Vietnam time', () => {
		expect(formatDateTime('2026-11-26T04:33:16+00:00')).toBe('26/11/2026 11:33');
		expect(formatDateTime('2024-01-10T09:00:00+07:00')).toBe('10/01/2024 09:00');
	});
});
