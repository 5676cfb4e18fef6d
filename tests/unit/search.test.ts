import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/search.ts';
import {
	bodyText,
	foldD,
	searchRecords,
	searchShards,
	shardMaxRecords,
	shardRecords,
	SHARD_MAX_RECORDS,
	type SearchRecord,
} from '../../src/lib/outputs/search.ts';
import type { CatalogAdvisory } from '../../src/lib/model/catalog.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { FIXTURE, TODAY } from '../helpers/fixture.ts';

const { catalog } = checkContent(FIXTURE, TODAY);
const records = searchRecords(catalog);

describe('search shards', () => {
	it('put years that fit together into one index, so a reader loads few', () => {
		const shards = searchShards(catalog);
		expect(shards.map((s) => [s.name, s.years])).toEqual([['2019_2026', ['2026', '2024', '2019']]]);
		expect(shards[0].advisories).toEqual(catalog.advisories);
	});

	it("put every record in an index holding its advisory's year, newest first", () => {
		const shards = searchShards(catalog, 3);
		expect(shards.map((s) => [s.name, s.years])).toEqual([
			['2026', ['2026']],
			['2024', ['2024']],
			['2019', ['2019']],
		]);
		const perShard = shards.map((s) => shardRecords(catalog, s));
		expect(perShard.flat().map((r) => r.url)).toEqual(records.map((r) => r.url));
		shards.forEach((shard, i) => {
			for (const record of perShard[i]) {
				expect(shard.years).toContain(record.filters['Năm'][0]);
				expect(record.filters['Chỉ mục']).toEqual([shard.name]);
			}
		});
	});

	/** Advisories of one year with the given action counts, newest first as in the catalog. */
	const year = (y: number, actions: number[]) =>
		actions.map((n, i) => ({
			id: `${y}/${actions.length - i}`,
			year: y,
			actions: Array.from({ length: n }),
		})) as unknown as CatalogAdvisory[];

	it('cut a large year into parts of at most the given records, oldest advisories in the first part', () => {
		// 2025: five advisories of 1 + 2 records each (15); 2024: one of 1 + 6 (7, alone over the limit).
		const advisories = [...year(2025, [2, 2, 2, 2, 2]), ...year(2024, [6])];
		const shards = searchShards({ advisories }, 6);
		expect(shards.map((s) => [s.name, s.years, s.advisories.map((a) => a.id)])).toEqual([
			['2025-3', ['2025'], ['2025/5']],
			['2025-2', ['2025'], ['2025/4', '2025/3']],
			['2025', ['2025'], ['2025/2', '2025/1']],
			['2024', ['2024'], ['2024/1']],
		]);
	});

	it('pack whole years oldest first up to the limit, newest advisories first inside', () => {
		// 2021: 4 records, 2022: 3, 2023: 3, 2024: 2; at most 7 an index.
		const advisories = [...year(2024, [1]), ...year(2023, [2]), ...year(2022, [0, 1]), ...year(2021, [1, 1])];
		const shards = searchShards({ advisories }, 7);
		expect(shards.map((s) => [s.name, s.years, s.advisories.map((a) => a.id)])).toEqual([
			['2023_2024', ['2024', '2023'], ['2024/1', '2023/1']],
			['2021_2022', ['2022', '2021'], ['2022/2', '2022/1', '2021/2', '2021/1']],
		]);
	});

	it('take their size from CANHBAO_SEARCH_PART_RECORDS when set, and refuse a size that is not a count', () => {
		expect(shardMaxRecords({})).toBe(SHARD_MAX_RECORDS);
		expect(shardMaxRecords({ CANHBAO_SEARCH_PART_RECORDS: '40' })).toBe(40);
		expect(() => shardMaxRecords({ CANHBAO_SEARCH_PART_RECORDS: '0' })).toThrow(
			'CANHBAO_SEARCH_PART_RECORDS is "0"; expected a whole number of records per search index, at least 1',
		);
		expect(() => shardMaxRecords({ CANHBAO_SEARCH_PART_RECORDS: 'nhiều' })).toThrow(/is "nhiều"/);
	});

	it('change only the newest part when a newer advisory is added', () => {
		const before = searchShards({ advisories: year(2025, [2, 2, 2, 2]) }, 6);
		const after = searchShards({ advisories: year(2025, [2, 2, 2, 2, 2]) }, 6);
		const parts = (shards: typeof before) => shards.map((s) => [s.name, s.advisories.map((a) => a.id)]);
		expect(parts(after)).toEqual([['2025-3', ['2025/5']], ...parts(before)]);
	});
});

describe('search records', () => {
	it('has one record per advisory and one per action', () => {
		expect(records.map((r) => r.url)).toEqual([
			'/canh-bao/2026/7-skhcn-cntt/',
			'/canh-bao/2026/7-skhcn-cntt/#viec-chan-ioc',
			'/canh-bao/2026/7-skhcn-cntt/#viec-xa-ra-soat',
			'/canh-bao/2024/5-stttt-cntt/',
			'/canh-bao/2024/5-stttt-cntt/#viec-cap-nhat',
			'/canh-bao/2019/10-ubnd-kgvx/',
			'/canh-bao/2019/10-ubnd-kgvx/#viec-truc-giam-sat',
			'/canh-bao/2019/10-ubnd-kgvx/#viec-so-tttt-phoi-hop',
			'/canh-bao/2019/10-ubnd-kgvx/#viec-so-tttt-bao-cao',
		]);
	});

	it('adds đ-folded lines and exact-accent tokens so unaccented and accented queries both work', () => {
		expect(foldD('Điều khiển máy chủ độc hại\nkhông có chữ đó\nmáy chủ')).toBe('Diều khiển máy chủ dộc hại\nkhông có chữ dó');
		const malware = records[0].content;
		expect(malware).toContain('Trung tâm giám sát phát hiện chiến dịch thư giả mạo.');
		expect(malware).toContain('Cảnh báo chiến dịch mã dộc giả mạo văn bản diện tử.');
		expect(malware.split('\n').at(-1)).toMatch(/\bddoocj\b/);
	});

	it('carries the filters the search page offers', () => {
		const action = records.find((r) => r.url.endsWith('#viec-xa-ra-soat'))!;
		expect(action.filters).toMatchObject({
			'Loại kết quả': ['Việc cần làm'],
			'Mức độ': ['Cao'],
			'Tình trạng': ['Đang hiệu lực'],
			Năm: ['2026'],
			'Đơn vị': ['UBND xã B'],
			'Người thực hiện': ['Toàn thể cán bộ'],
		});
		// The advisory reaches more recipients than the one action does.
		expect(records[0].filters['Đơn vị']).toEqual(
			expect.arrayContaining(['Sở Y tế', 'UBND các xã, phường', 'UBND xã B', 'Sở Khoa học và Công nghệ']),
		);
		expect(records[0].meta).toMatchObject({ number: '7/SKHCN-CNTT', date: '20/11/2026', severity: 'high' });
		expect(action.meta.number).toBeUndefined();
	});

	it('reads MDX bodies as plain text', () => {
		expect(bodyText('## Tiêu đề\n\nXem [văn bản](https://x.example) **ngay** \\{không\\} &lt;script&gt;\n\n- mục một')).toBe(
			'Tiêu đề\nXem văn bản ngay {không} <script>\nmục một',
		);
	});
});

describe('writing the index', () => {
	it('writes a Pagefind bundle', async () => {
		const out = path.join(mkdtempSync(path.join(tmpdir(), 'canhbao-pagefind-')), 'pagefind');
		await writeSearchIndex(records, out);
		expect(existsSync(path.join(out, 'pagefind.js'))).toBe(true);
		expect(existsSync(path.join(out, 'pagefind-entry.json'))).toBe(true);
	});

	it('fails loudly when Pagefind rejects a record', async () => {
		const bad = { ...records[0], meta: { title: 5 } } as unknown as SearchRecord;
		const out = path.join(mkdtempSync(path.join(tmpdir(), 'canhbao-pagefind-')), 'pagefind');
		await expect(writeSearchIndex([bad], out)).rejects.toThrow(/Pagefind failed:[\s\S]*invalid type/);
		expect(existsSync(out)).toBe(false);
	});
});
