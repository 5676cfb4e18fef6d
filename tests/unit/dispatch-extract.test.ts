/** Reading dispatch text: the reference dispatch, and the ways real copies of dispatches go wrong. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDispatch, toExtraction, type Dispatch } from '../../src/lib/authoring/dispatch/extract.ts';
import { normalizeDispatch } from '../../src/lib/authoring/dispatch/normalize.ts';

const REFERENCE = readFileSync('tests/fixtures/dispatches/cong-van-357-UBND-KGVX-2019.txt', 'utf8');
const fixture = (name: string) => readFileSync(`tests/fixtures/dispatches/${name}`, 'utf8');

function parse(text: string): Dispatch {
	const result = parseDispatch(text);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.dispatch;
}

/** A small dispatch with the parts a test changes. */
function dispatch(parts: { header?: string; to?: string; body?: string; items?: string; footer?: string }): string {
	return [
		parts.header ??
			'UBND TỈNH HÀ TĨNH\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 12/STTTT-CNTT\nV/v thử nghiệm\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Tĩnh, ngày 02 tháng 3 năm 2024',
		parts.to ?? 'Kính gửi: Sở Y tế.',
		parts.body ?? 'Sở Thông tin và Truyền thông đề nghị:',
		parts.items ?? '1. Rà soát hệ thống.',
		parts.footer ?? 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn C',
	].join('\n\n');
}

describe('the reference dispatch 357/UBND-KGVX', () => {
	it('extracts every field, in the exact --json shape', () => {
		const extraction = toExtraction(parse(REFERENCE));
		expect(Object.keys(extraction)).toEqual([
			'documentNumber',
			'issuedAt',
			'place',
			'issuer',
			'subject',
			'recipients',
			'references',
			'actions',
			'cves',
			'cc',
			'signer',
			'indicators',
		]);
		expect(extraction).toMatchObject({
			documentNumber: '357/UBND-KGVX',
			issuedAt: '2019-01-15',
			place: 'Hà Tĩnh',
			issuer: 'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH',
			subject: 'tăng cường bảo đảm an toàn thông tin mạng trong dịp Tết Nguyên đán Kỷ Hợi năm 2019',
			recipients: [
				'Văn phòng Tỉnh ủy',
				'Các sở, ban, ngành, đoàn thể cấp tỉnh',
				'UBND các huyện, thành phố, thị xã',
				'Các cơ quan Trung ương đóng trên địa bàn tỉnh',
			],
			references: [{ documentNumber: '4327/BTTTT-CATTT', date: '2018-12-21' }],
			cves: [],
			cc: [
				'Như trên',
				'Bộ Thông tin và Truyền thông',
				'Cục ATTT (Bộ Thông tin và Truyền thông)',
				'Chủ tịch, các PCT UBND tỉnh',
				'Chánh VP, các Phó VP',
				'Trung tâm TT-CB-TH',
				'Lưu: VT, KGVX',
			],
			signer: { name: 'Đặng Quốc Vinh', titles: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'] },
		});
		expect(extraction.actions).toHaveLength(7);
		expect(extraction.actions.map((a) => Object.keys(a))).toEqual(Array(7).fill(['text', 'assignee', 'due']));
		expect(extraction.actions.slice(0, 3).map((a) => a.assignee)).toEqual([null, null, null]);
		expect(extraction.actions.slice(3).map((a) => a.assignee)).toEqual(Array(4).fill('Sở Thông tin và Truyền thông'));
		expect(extraction.actions[0].text).toBe(
			'Chủ động rà soát điểm yếu, lỗ hổng trên hệ thống; tăng cường triển khai các giải pháp bảo đảm an toàn thông tin cho các hệ thống thông tin của cơ quan, đơn vị mình.',
		);
		expect(extraction.actions[6].text).toBe(
			'Tham mưu thành lập Đội ứng cứu sự cố an toàn thông tin mạng của tỉnh theo hướng dẫn của Bộ Thông tin và Truyền thông.',
		);
		expect(extraction.actions.every((a) => a.due === null)).toBe(true);
	});

	it('keeps the body, the heading of item 4, the relayed document and the closing', () => {
		const d = parse(REFERENCE);
		expect(d.issuerLines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH']);
		expect(d.body).toHaveLength(2);
		expect(d.body[0]).toMatch(/^Theo Bộ Thông tin và Truyền thông, .* bị lộ lọt thông tin xác thực\.$/);
		expect(d.body[1]).toMatch(/^Thực hiện Văn bản số 4327\/BTTTT-CATTT .* một số nội dung sau:$/);
		expect(d.actions.map((a) => a.item)).toEqual([1, 2, 3, 4, 4, 4, 4]);
		expect(d.actions.slice(3).every((a) => a.heading === 'Giao Sở Thông tin và Truyền thông:')).toBe(true);
		expect(d.references).toEqual([
			{
				documentNumber: '4327/BTTTT-CATTT',
				date: '2018-12-21',
				issuer: 'Bộ Thông tin và Truyền thông',
				subject: 'đôn đốc tăng cường bảo đảm an toàn thông tin trong dịp Tết Dương lịch và Tết Nguyên đán Kỷ Hợi năm 2019',
			},
		]);
		expect(d.closing).toMatch(/^Yêu cầu các địa phương, đơn vị .* xem xét, quyết định\.\/\.$/);
		expect(d.missing).toEqual([]);
	});

	it('reads the same from a PDF copy: CRLF, non-breaking and doubled spaces, hard-wrapped lines, a page break', () => {
		const pdf = fixture('wrapped-crlf.txt');
		expect(pdf).toContain('\r\n');
		expect(pdf).toContain('\u00a0');
		expect(parse(pdf)).toEqual(parse(REFERENCE));
	});
});

describe('dispatches like it', () => {
	it('reads a two-column layout flattened into "left | right |" lines', () => {
		const d = parse(fixture('flattened.txt'));
		expect(d.issuerLines).toEqual(['UBND TỈNH HÀ TĨNH', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG']);
		expect(d.documentNumber).toBe('45/STTTT-CNTT');
		expect(d.issuedAt).toBe('2024-03-05');
		expect(d.subject).toBe('cảnh báo lỗ hổng bảo mật trong Ivanti Connect Secure');
		expect(d.cc).toEqual(['Như trên', 'Giám đốc Sở (b/c)', 'Lưu: VT, CNTT']);
		expect(d.signer).toEqual({ name: 'Nguyễn Văn B', titles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'] });
	});

	it('splits inline recipients at ";" and drops the final "."', () => {
		expect(parse(fixture('flattened.txt')).recipients).toEqual([
			'Các sở, ban, ngành, đoàn thể cấp tỉnh',
			'UBND các huyện, thành phố, thị xã',
			'Sở Du lịch',
		]);
	});

	it('keeps lettered sub-items with their item and reads deadlines in both date forms', () => {
		const { actions } = parse(fixture('flattened.txt'));
		expect(actions[0]).toMatchObject({
			text: 'Rà soát, xác định máy chủ Ivanti Connect Secure đang sử dụng:',
			steps: ['Kiểm tra phiên bản đang chạy;', 'Cập nhật bản vá trước ngày 15/3/2024.'],
			assignee: null,
			due: '2024-03-15',
		});
		expect(actions[1].due).toBe('2024-03-20');
		expect(actions[2]).toMatchObject({
			text: 'hỗ trợ kỹ thuật cho các đơn vị khi có yêu cầu.',
			heading: 'Giao Trung tâm Công nghệ thông tin và Truyền thông:',
			assignee: 'Trung tâm Công nghệ thông tin và Truyền thông',
		});
		expect(toExtraction(parse(fixture('flattened.txt'))).actions[0].text).toBe(
			'Rà soát, xác định máy chủ Ivanti Connect Secure đang sử dụng:\nKiểm tra phiên bản đang chạy;\nCập nhật bản vá trước ngày 15/3/2024.',
		);
	});

	it('finds relayed documents cited with "Căn cứ Công văn số … ngày …", and CVE ids in any case', () => {
		const d = parse(fixture('flattened.txt'));
		expect(d.references).toEqual([
			{
				documentNumber: '123/CATTT-NCSC',
				date: '2024-03-01',
				issuer: 'Cục An toàn thông tin',
				subject: 'cảnh báo lỗ hổng CVE-2024-21887 và cve-2023-46805',
			},
		]);
		expect(d.cves).toEqual(['CVE-2024-21887', 'CVE-2023-46805']);
	});

	it('cleans OCR debris from the number', () => {
		for (const [line, number] of [
			['Số:~~357~~/UBND-KGVX_', '357/UBND-KGVX'],
			['Số:  45 /UBND-KGVX', '45/UBND-KGVX'],
			['Số: 12/2020/NĐ-CP', '12/2020/NĐ-CP'],
			['Số:\u00a0**88**/SKHCN-CĐS.', '88/SKHCN-CĐS'],
		]) {
			expect(parse(dispatch({ header: `SỞ KHOA HỌC VÀ CÔNG NGHỆ\n${line}\nHà Tĩnh, ngày 5 tháng 3 năm 2024` })).documentNumber, line).toBe(
				number,
			);
		}
	});

	it('reads dates without leading zeros and as numbers', () => {
		for (const [line, date] of [
			['Hà Tĩnh, ngày 5 tháng 3 năm 2024', '2024-03-05'],
			['Hà Tĩnh, ngày 05/03/2024', '2024-03-05'],
			['Thành phố Hà Tĩnh, ngày 31 tháng 12 năm 2025', '2025-12-31'],
		]) {
			const d = parse(dispatch({ header: `SỞ Y TẾ\nSố: 1/SYT\n${line}` }));
			expect(d.issuedAt, line).toBe(date);
		}
	});

	it('reads "Kính gửi" as a list without bullets, with a name wrapped onto the next line', () => {
		const d = parse(dispatch({ to: 'Kính gửi:\nSở Y tế;\nCác cơ quan Trung ương đóng trên địa bàn\ntỉnh.' }));
		expect(d.recipients).toEqual(['Sở Y tế', 'Các cơ quan Trung ương đóng trên địa bàn tỉnh']);
		expect(d.body).toEqual(['Sở Thông tin và Truyền thông đề nghị:']);
	});

	it('gives "Giao X:" sub-items to X, and their own "+" lines become their steps', () => {
		const d = parse(
			dispatch({
				items:
					'1. Rà soát hệ thống:\n- Kiểm tra nhật ký;\n- Đổi mật khẩu.\n2. Giao Sở Y tế:\na) Kiểm tra máy chủ:\n+ máy chủ thư;\n+ máy chủ web.\nb) Báo cáo trước ngày 10/03/2024.',
			}),
		);
		expect(d.actions).toEqual([
			{ text: 'Rà soát hệ thống:', steps: ['Kiểm tra nhật ký;', 'Đổi mật khẩu.'], assignee: null, due: null, item: 1 },
			{
				text: 'Kiểm tra máy chủ:',
				heading: 'Giao Sở Y tế:',
				steps: ['máy chủ thư;', 'máy chủ web.'],
				assignee: 'Sở Y tế',
				due: null,
				item: 2,
			},
			{ text: 'Báo cáo trước ngày 10/03/2024.', heading: 'Giao Sở Y tế:', steps: [], assignee: 'Sở Y tế', due: '2024-03-10', item: 2 },
		]);
	});

	it('takes bullets after "…sau:" as the actions when nothing is numbered', () => {
		const d = parse(dispatch({ items: '- Cập nhật bản vá trước ngày 20/3/2024;\n- Báo cáo kết quả.\n\nĐề nghị thực hiện nghiêm túc./.' }));
		expect(d.actions.map((a) => [a.text, a.due])).toEqual([
			['Cập nhật bản vá trước ngày 20/3/2024;', '2024-03-20'],
			['Báo cáo kết quả.', null],
		]);
		expect(d.closing).toBe('Đề nghị thực hiện nghiêm túc./.');
	});

	it('keeps hostile text exactly as written', () => {
		const d = parse(fixture('hostile.txt'));
		expect(d.subject).toBe('cảnh báo thư giả mạo <script>window.__pwned = "subject"</script> {globalThis.__pwned = 5}');
		expect(d.body).toContain("import fs from 'node:fs';");
		expect(d.body).toContain(
			'Bấm vào [đây](javascript:window.__pwned=4) hoặc <javascript:alert(1)> để "xác minh"; mẫu *đậm* _nghiêng_ `mã` ~gạch~ & &lt;b&gt; \\ cuối.',
		);
		expect(d.actions[1]).toMatchObject({ text: 'Kiểm tra máy chủ <iframe src="javascript:alert(1)"></iframe>;', assignee: 'Sở Y tế' });
		expect(d.signer).toEqual({ name: 'Nguyễn Văn {A}', titles: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] });
	});

	it('notes the parts it could not find', () => {
		const d = parse('SỞ Y TẾ\nSố: 3/SYT\nHà Tĩnh, ngày 1 tháng 2 năm 2024\n\nNội dung không có mục nào.');
		expect(d.missing).toEqual([
			'subject ("V/v …")',
			'recipients ("Kính gửi: …")',
			'numbered actions ("1. …")',
			'signer (the signature block)',
		]);
	});
});

describe('text that is not a dispatch', () => {
	it('is refused with a message for each missing part', () => {
		const result = parseDispatch(fixture('not-a-dispatch.txt'));
		expect(result).toEqual({
			ok: false,
			problems: [
				{
					field: 'number',
					message: 'no document number: expected a line such as "Số: 357/UBND-KGVX" in the header; is this an official dispatch?',
				},
				{ field: 'issued', message: 'no place and date: expected a line such as "Hà Tĩnh, ngày 15 tháng 01 năm 2019" in the header' },
			],
		});
	});

	it('is refused when the number or the date is not real, with the line', () => {
		expect(parseDispatch('SỞ Y TẾ\nSố: ABC\nHà Tĩnh, ngày 1 tháng 2 năm 2024')).toEqual({
			ok: false,
			problems: [
				{ line: 2, field: 'number', message: '"ABC" is not a document number; expected one such as "357/UBND-KGVX" or "12/2020/NĐ-CP"' },
			],
		});
		expect(parseDispatch('SỞ Y TẾ\nSố: 4/SYT\n\nHà Tĩnh, ngày 30 tháng 02 năm 2024')).toEqual({
			ok: false,
			problems: [
				{
					line: 4,
					field: 'issued',
					message:
						'"30 tháng 02 năm 2024" is not a date on the calendar; expected a day, month and year such as "ngày 15 tháng 01 năm 2019"',
				},
			],
		});
	});
});

describe('normalisation', () => {
	it('reads flattened columns one after the other and keeps the source lines', () => {
		const lines = normalizeDispatch('A1 | B1 |\r\nA2 | B2 |\r\n | B3 |\r\n\r\nnext');
		expect(lines.map((l) => [l.text, l.line])).toEqual([
			['A1', 1],
			['A2', 2],
			['', 3],
			['B1', 1],
			['B2', 2],
			['B3', 3],
			['', 3],
			['', 4],
			['next', 5],
		]);
	});

	it('leaves a data table with more columns as rows', () => {
		expect(normalizeDispatch('| IP | Cổng | Ghi chú |\n|---|---|---|\n| 203.0.113.7 | 443 | C2 |').map((l) => l.text)).toEqual([
			'IP | Cổng | Ghi chú',
			'203.0.113.7 | 443 | C2',
		]);
	});

	it('removes invisible characters and wrapping bold marks but not marks inside sentences', () => {
		expect(normalizeDispatch('**ỦY BAN\u200b NHÂN DÂN**\nmột **điểm** chính\nwindow.__x').map((l) => l.text)).toEqual([
			'ỦY BAN NHÂN DÂN',
			'một **điểm** chính',
			'window.__x',
		]);
	});
});
