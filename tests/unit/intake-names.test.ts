/** Names as dispatches write them: aliases, folded variants, suggestions, and "Giao X làm …" without a colon. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAlias } from '../../src/lib/authoring/intake/aliases.ts';
import { draftAdvisory, type Registries } from '../../src/lib/authoring/dispatch/draft.ts';
import { parseDispatch, type Dispatch } from '../../src/lib/authoring/dispatch/extract.ts';
import { NameIndex } from '../../src/lib/authoring/dispatch/names.ts';
import { aliasClashes } from '../../src/lib/model/registry.ts';
import { loadContent } from '../../src/lib/content/source-fs.ts';
import type { Recipient } from '../../src/schemas/recipient.ts';
import { fixtureCopy } from '../helpers/fixture.ts';

const loaded = loadContent('content');
const registries: Registries = {
	recipients: loaded.input.recipients.entries,
	authorities: loaded.input.authorities.entries,
	province: 'Hà Tĩnh',
};
const entry = (id: string, name: string, extra: Partial<Recipient> = {}): Recipient => ({
	id,
	name,
	type: 'group',
	memberOf: [],
	successors: [],
	aliases: [],
	...extra,
});

function parse(text: string): Dispatch {
	const result = parseDispatch(text);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.dispatch;
}

const dispatch = (to: string, items: string) =>
	`ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 12/UBND-KGVX\nV/v thử nghiệm\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Tĩnh, ngày 02 tháng 3 năm 2024\n\nKính gửi: ${to}\n\nỦy ban nhân dân tỉnh yêu cầu:\n\n${items}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn C`;

describe('matching names', () => {
	it('matches the spellings the sample registry lists as aliases', () => {
		const draft = draftAdvisory(
			parse(
				dispatch(
					'Các sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố; Các cơ quan Trung ương trên địa bàn tỉnh.',
					'1. Rà soát hệ thống.',
				),
			),
			registries,
		);
		expect(draft.frontmatter.recipients).toEqual(['so-ban-nganh', 'ubnd-cap-huyen', 'co-quan-trung-uong']);
		expect(draft.unmatched).toEqual([]);
	});

	it('matches a name whose words come in another order or with filler words, and a province suffix', () => {
		const index = new NameIndex(registries.recipients, 'Hà Tĩnh');
		expect(index.find('Sở Thông tin - Truyền thông', '2024-01-01').entry?.id).toBe('so-tttt');
		expect(index.find('Công an tỉnh Hà Tĩnh', '2024-01-01').entry?.id).toBe('cong-an-tinh');
		expect(index.find('Sở Du lịch', '2024-01-01').entry).toBeUndefined();
	});

	it('suggests the closest entries by words when nothing matches, rare words counting most', () => {
		const index = new NameIndex(
			[
				entry('so-ban-nganh', 'Các sở, ban, ngành, đoàn thể cấp tỉnh'),
				entry('so-y-te', 'Sở Y tế', { type: 'organisation' }),
				entry('so-tttt', 'Sở Thông tin và Truyền thông', { type: 'organisation' }),
			],
			'Hà Tĩnh',
		);
		expect(index.find('Các sở, ngành cấp tỉnh', '2024-01-01').entry).toBeUndefined();
		expect(index.suggest('Các sở, ngành cấp tỉnh', '2024-01-01').map((s) => s.entry.id)).toEqual(['so-ban-nganh']);
		expect(index.suggest('Sở Du lịch', '2024-01-01')).toEqual([]);
	});

	it('lists the suggestions in the message of a run without a terminal', () => {
		const draft = draftAdvisory(parse(dispatch('Các sở, ngành thuộc tỉnh.', '1. Rà soát hệ thống.')), registries);
		expect(draft.unmatched).toMatchObject([
			{ path: ['recipients', 0], unmatched: { name: 'Các sở, ngành thuộc tỉnh', registry: 'recipients', suggestions: ['so-ban-nganh'] } },
		]);
		expect(draft.unmatched[0].message).toContain(
			'did you mean so-ban-nganh ("Các sở, ban, ngành, đoàn thể cấp tỉnh")? Use one, add "Các sở, ngành thuộc tỉnh" to its aliases, or add the recipient',
		);
	});

	it('gives "Giao X chủ động …" (no colon) to X when X is a registry name, and not otherwise', () => {
		const draft = draftAdvisory(
			parse(
				dispatch(
					'Sở Y tế.',
					'1. Giao Công an tỉnh chủ động theo dõi, phát hiện và xử lý các hành vi tấn công mạng.\n2. Giao cho Sở Y tế rà soát hệ thống.\n3. Giao các đơn vị kiểm tra định kỳ.',
				),
			),
			registries,
		);
		expect(draft.frontmatter.actions!.map((a) => a.assignees ?? [])).toEqual([['cong-an-tinh'], ['so-y-te'], []]);
		expect(draft.frontmatter.actions![0].text).toBe('Giao Công an tỉnh chủ động theo dõi, phát hiện và xử lý các hành vi tấn công mạng.');
	});
});

describe('aliases in the registry', () => {
	it('must not name another entry alive at the same time', () => {
		const clash = aliasClashes([entry('a', 'Sở Nội vụ', { aliases: ['Sở NV'] }), entry('b', 'Sở Tư pháp', { aliases: ['SO NOI VU'] })]);
		expect(clash).toEqual([{ index: 1, alias: 0, other: 'a' }]);
		// A department that replaced another may take over its name.
		expect(
			aliasClashes([
				entry('a', 'Sở Nội vụ', { validUntil: '2025-02-28' }),
				entry('b', 'Sở Nội vụ mới', { validFrom: '2025-03-01', aliases: ['Sở Nội vụ'] }),
			]),
		).toEqual([]);
	});

	it('validate reports a clash at its line', () => {
		const root = fixtureCopy({
			'recipients.yaml': (t) => t.replace(/(- id: so-y-te\n  name: [^\n]+\n)/, '$1  aliases: [Sở Thông tin và Truyền thông]\n'),
		});
		const result = spawnSync(process.execPath, ['scripts/validate.ts', '--content', root], {
			encoding: 'utf8',
			env: { ...process.env, CANHBAO_TODAY: '2026-11-26' },
		});
		expect(result.status).toBe(1);
		expect(result.stdout + result.stderr).toMatch(
			/recipients\.yaml:\d+: \[\d+\]\.aliases\[0\]: "Sở Thông tin và Truyền thông" also names "so-tttt", which exists at the same time/,
		);
	}, 60_000);

	it("a new alias is added keeping the file's comments, order and layout", () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'canhbao-alias-'));
		const file = path.join(dir, 'recipients.yaml');
		copyFileSync('content/recipients.yaml', file);
		const before = readFileSync(file, 'utf8');
		expect(addAlias(file, 'so-y-te', 'Sở Y tế tỉnh Hà Tĩnh (SYT)')).toEqual({ ok: true, added: true });
		expect(addAlias(file, 'so-ban-nganh', 'Các sở ngành')).toEqual({ ok: true, added: true });
		expect(addAlias(file, 'so-ban-nganh', 'CÁC SỞ, NGÀNH')).toEqual({ ok: true, added: false });
		const after = readFileSync(file, 'utf8');
		const added = after.split('\n').filter((l) => !before.split('\n').includes(l));
		expect(added).toEqual(['    - Các sở ngành', '    - Sở Y tế tỉnh Hà Tĩnh (SYT)']);
		expect(after.split('\n').length - before.split('\n').length).toBe(3);
		expect(after).toMatch(/- id: so-y-te\n  name: Sở Y tế\n  aliases:\n    - Sở Y tế tỉnh Hà Tĩnh \(SYT\)\n/);
		expect(after.startsWith(before.split('\n').slice(0, 4).join('\n'))).toBe(true);
		expect(addAlias(file, 'khong-co', 'x')).toEqual({ ok: false, message: `${file} has no entry "khong-co"` });
		writeFileSync(file, before);
	});
});

describe('in a terminal', () => {
	it('asks which entry is meant and adds the spelling to the registry file as an alias', async () => {
		const root = mkdtempSync(path.join(tmpdir(), 'canhbao-sample-'));
		spawnSync('cp', ['-r', 'content/.', root]);
		const file = path.join(root, 'ask.txt');
		writeFileSync(file, dispatch('Các sở, ngành thuộc tỉnh.', '1. Rà soát hệ thống.'));
		// `script` gives the command a terminal; keys are sent when each question shows.
		const child = spawn(
			'script',
			[
				'-qfec',
				`${JSON.stringify(process.execPath)} scripts/import.ts ${JSON.stringify(file)} --content ${JSON.stringify(root)}`,
				'/dev/null',
			],
			{ env: { ...process.env, CANHBAO_TODAY: '2026-11-26', INIT_CWD: process.cwd() } },
		);
		let output = '';
		const answered = new Set<string>();
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			for (const question of ['Which one is meant?', '(Y/n)']) {
				if (output.includes(question) && !answered.has(question)) {
					answered.add(question);
					child.stdin.write('\r');
				}
			}
		});
		const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
		expect(code, output).toBe(0);
		expect(output).toContain('so-ban-nganh: Các sở, ban, ngành, đoàn thể cấp tỉnh');
		expect(output).toContain('Added "Các sở, ngành thuộc tỉnh" to the aliases of so-ban-nganh');
		expect(readFileSync(path.join(root, 'recipients.yaml'), 'utf8')).toContain(
			'    - Các cơ quan chuyên môn thuộc UBND tỉnh\n    - Các sở, ngành thuộc tỉnh\n',
		);
		expect(readFileSync(path.join(root, 'advisories/2024/12-ubnd-kgvx.mdx'), 'utf8')).toContain('recipients: [so-ban-nganh]');
	}, 120_000);
});
