/** From a parsed dispatch to an advisory: registry ids, defaults to check, names to fix. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftAdvisory, type Registries } from '../../src/lib/authoring/dispatch/draft.ts';
import { parseDispatch, type Dispatch } from '../../src/lib/authoring/dispatch/extract.ts';
import { NameIndex, nameKeys } from '../../src/lib/authoring/dispatch/names.ts';
import { loadContent, readAdvisory } from '../../src/lib/content/source-fs.ts';
import type { Recipient } from '../../src/schemas/recipient.ts';

const REFERENCE = readFileSync('tests/fixtures/dispatches/cong-van-357-UBND-KGVX-2019.txt', 'utf8');
const loaded = loadContent('content');
const registries: Registries = {
	recipients: loaded.input.recipients.entries,
	authorities: loaded.input.authorities.entries,
	province: 'Hà Tĩnh',
};

function parse(text: string): Dispatch {
	const result = parseDispatch(text);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.dispatch;
}

describe('the reference dispatch as an advisory', () => {
	const draft = draftAdvisory(parse(REFERENCE), registries);
	const hand = readAdvisory('content/advisories/2019/357-ubnd-kgvx.mdx', 'content/advisories', [])!.data;
	const fm = draft.frontmatter;

	it('matches the hand transcription in everything the text says', () => {
		expect({
			number: fm.number,
			issued: fm.issued,
			place: fm.place,
			issuer: fm.issuer,
			subject: fm.subject,
			recipients: fm.recipients,
			closing: fm.closing,
			cc: fm.cc,
			signer: fm.signer,
		}).toEqual({
			number: hand.number,
			issued: hand.issued,
			place: hand.place,
			issuer: hand.issuer,
			subject: hand.subject,
			recipients: hand.recipients,
			closing: hand.closing,
			cc: hand.cc,
			signer: hand.signer,
		});
		expect(fm.relays).toEqual(hand.relays);
	});

	it('has the same actions: items 1-3, then four actions of "Giao Sở Thông tin và Truyền thông:" assigned to so-tttt', () => {
		const shape = (a: { text: string; heading?: string; assignees?: string[]; role?: string; due?: unknown }) => ({
			text: a.text,
			heading: a.heading,
			assignees: a.assignees ?? [],
			role: a.role ?? 'all',
			due: a.due,
		});
		expect(fm.actions!.map(shape)).toEqual(hand.actions.map(shape));
		expect(fm.actions!.map((a) => a.id)).toEqual([
			'chu-dong-ra-soat',
			'thu-truong-cac-co',
			'tang-cuong-theo-doi',
			'so-tttt-chu-dong-thuong-xuyen',
			'so-tttt-khi-phat-hien-dau',
			'so-tttt-thuong-xuyen-cap-nhat',
			'so-tttt-tham-muu-thanh-lap',
		]);
	});

	it('uses defaults for what the text cannot say, and lists them to check', () => {
		expect(fm).toMatchObject({
			kind: 'directive',
			severity: 'medium',
			summary: 'Tăng cường bảo đảm an toàn thông tin mạng trong dịp Tết Nguyên đán Kỷ Hợi năm 2019: 7 việc cần làm.',
		});
		expect(draft.checks.map((c) => c.path.join('.'))).toEqual([
			'actions.0.role',
			'actions.1.role',
			'actions.2.role',
			'actions',
			'kind',
			'severity',
			'summary',
		]);
		expect(draft.unmatched).toEqual([]);
		expect(draft.body).toHaveLength(2);
	});

	it('takes kind and severity from the options', () => {
		const chosen = draftAdvisory(parse(REFERENCE), registries, { kind: 'malware', severity: 'high' });
		expect(chosen.frontmatter).toMatchObject({ kind: 'malware', severity: 'high' });
		expect(chosen.checks.map((c) => c.path[0])).not.toContain('kind');
	});

	it('guesses the source of a relayed document from its number when the text does not name it', () => {
		const text = REFERENCE.replace('ngày 21/12/2018 của Bộ Thông tin và Truyền thông về việc', 'ngày 21/12/2018 về việc');
		const guessed = draftAdvisory(parse(text), registries);
		expect(guessed.frontmatter.relays![0].issuer).toBe('bo-tttt');
		expect(guessed.checks).toContainEqual({
			path: ['relays', 0, 'issuer'],
			message: '"bo-tttt" was guessed from the number 4327/BTTTT-CATTT; check it',
		});
	});
});

describe('names that match nothing', () => {
	const draft = draftAdvisory(parse(readFileSync('tests/fixtures/dispatches/flattened.txt', 'utf8')), registries);

	it('are written as the id they would have, with the closest ids', () => {
		expect(draft.frontmatter.issuer).toBe('so-tttt');
		expect(draft.frontmatter.recipients).toEqual(['so-ban-nganh', 'ubnd-cap-huyen', 'so-du-lich']);
		expect(draft.frontmatter.relays).toEqual([
			{ number: '123/CATTT-NCSC', issued: '2024-03-01', issuer: 'cuc-attt', subject: 'cảnh báo lỗ hổng CVE-2024-21887 và cve-2023-46805' },
		]);
		expect(draft.frontmatter.actions![2].assignees).toEqual(['trung-tam-cong-nghe-thong-tin-va-truyen-thong']);
		expect(draft.unmatched).toMatchObject([
			{
				path: ['recipients', 2],
				message:
					'"Sở Du lịch" matches no recipient in recipients.yaml on 2024-03-05; wrote "so-du-lich": use one of so-gd-dt, so-khcn, so-tai-chinh, so-y-te, bhxh-tinh, … (34 in all), or add the recipient',
				unmatched: { name: 'Sở Du lịch', registry: 'recipients', suggestions: [] },
			},
			{
				path: ['actions', 2, 'assignees', 0],
				message: expect.stringMatching(
					/^"Trung tâm Công nghệ thông tin và Truyền thông" matches no recipient in recipients.yaml on 2024-03-05; wrote "trung-tam-cong-nghe-thong-tin-va-truyen-thong": did you mean so-tttt \("Sở Thông tin và Truyền thông"\)/,
				),
			},
		]);
	});

	it('make a vulnerability advisory when CVEs are cited, with the deadline in the summary', () => {
		expect(draft.frontmatter.kind).toBe('vulnerability');
		expect(draft.frontmatter.cves).toEqual(['CVE-2024-21887', 'CVE-2023-46805']);
		expect(draft.frontmatter.summary).toBe(
			'Cảnh báo lỗ hổng bảo mật trong Ivanti Connect Secure: 3 việc cần làm, hạn sớm nhất 15/03/2024.',
		);
		expect(draft.frontmatter.actions![0]).toMatchObject({
			steps: ['Kiểm tra phiên bản đang chạy;', 'Cập nhật bản vá trước ngày 15/3/2024.'],
			due: '2024-03-15',
		});
	});
});

describe('looking names up', () => {
	const entry = (id: string, name: string, extra: Partial<Recipient> = {}): Recipient => ({
		id,
		name,
		type: 'organisation',
		memberOf: [],
		successors: [],
		...extra,
	});

	it('ignores case, diacritics, punctuation and "Ủy ban nhân dân" written out', () => {
		expect(nameKeys('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', 'Hà Tĩnh')).toEqual(['ubnd tinh ha tinh', 'ubnd']);
		expect(nameKeys('Sở TT&TT')).toEqual(['so tt tt']);
		const index = new NameIndex(
			[
				entry('so-tttt', 'Sở Thông tin và Truyền thông', { shortName: 'Sở TT&TT' }),
				entry('ubnd-huyen', 'UBND các huyện, thành phố, thị xã'),
			],
			'Hà Tĩnh',
		);
		expect(index.find('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', '2020-01-01').entry?.id).toBe('so-tttt');
		expect(index.find('Sở TT&TT', '2020-01-01').entry?.id).toBe('so-tttt');
		expect(index.find('Sở Thông tin và Truyền thông tỉnh Hà Tĩnh', '2020-01-01').entry?.id).toBe('so-tttt');
		expect(index.find('Ủy ban nhân dân các huyện, thành phố, thị xã', '2020-01-01').entry?.id).toBe('ubnd-huyen');
		expect(index.find('Sở Y tế', '2020-01-01')).toEqual({ entry: undefined, closest: 'so-tttt, ubnd-huyen' });
	});

	it('prefers the entry that existed on the date', () => {
		const index = new NameIndex([
			entry('so-cu', 'Sở Nội vụ', { validUntil: '2025-02-28', successors: ['so-moi'] }),
			entry('so-moi', 'Sở Nội vụ', { validFrom: '2025-03-01' }),
		]);
		expect(index.find('Sở Nội vụ', '2024-05-01').entry?.id).toBe('so-cu');
		expect(index.find('Sở Nội vụ', '2025-05-01').entry?.id).toBe('so-moi');
	});
});
