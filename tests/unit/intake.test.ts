/**
 * Importing dispatches as editors receive them: PDF (printed by Chromium from the official
 * two-column layout), Word (built with the docx package), e-mail, and the hostile variants of each.
 * The files are made here, in the test setup.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentText, joinHyphens, pageText, type TextRun } from '../../src/lib/authoring/intake/layout.ts';
import { readIntakeBounded } from '../../src/lib/authoring/intake/bounded.ts';
import { formatOf, readIntake, sha256 } from '../../src/lib/authoring/intake/read.ts';
import { parseDispatch, toExtraction, type Extraction } from '../../src/lib/authoring/dispatch/extract.ts';
import {
	docText,
	ivantiDoc,
	makeDocx,
	makeEml,
	makePdf,
	makeScannedPdf,
	makeZip,
	malwareDoc,
	referenceDoc,
} from '../helpers/dispatch-files.ts';
import { fixtureCopy } from '../helpers/fixture.ts';

const DIR = mkdtempSync(path.join(tmpdir(), 'canhbao-intake-'));
const at = (name: string) => path.join(DIR, name);
const REFERENCE = path.resolve('tests/fixtures/dispatches/cong-van-357-UBND-KGVX-2019.txt');
const IVANTI = path.resolve('tests/fixtures/dispatches/flattened.txt');

function fromText(file: string): Extraction {
	const parsed = parseDispatch(readFileSync(file, 'utf8'));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return toExtraction(parsed.dispatch);
}

async function fromFile(file: string): Promise<Extraction> {
	const intake = await readIntake(new Uint8Array(readFileSync(file)), file);
	const parsed = parseDispatch(intake.text);
	if (!parsed.ok) throw new Error(`${intake.text}\n${JSON.stringify(parsed.problems)}`);
	return toExtraction(parsed.dispatch);
}

function run(args: string[]) {
	const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, CANHBAO_TODAY: '2026-11-26', INIT_CWD: process.cwd() },
		stdio: ['ignore', 'pipe', 'pipe'],
		timeout: 90_000,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const mdxFiles = (root: string) =>
	readdirSync(path.join(root, 'advisories'), { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.mdx'))
		.sort();

beforeAll(async () => {
	makePdf(referenceDoc(), at('357.pdf'));
	makePdf(ivantiDoc({ breakCve: true }), at('45.pdf'));
	makeScannedPdf(at('scan.pdf'));
	writeFileSync(at('357.docx'), await makeDocx(referenceDoc(), { wordNumbering: true }));
	makePdf(malwareDoc(), at('1102.pdf'));
	makePdf(referenceDoc(), at('357-rows.pdf'), 'rows');
	makePdf(malwareDoc(), at('1102-rows.pdf'), 'rows');
	writeFileSync(at('357-rows.docx'), await makeDocx(referenceDoc(), { layout: 'rows' }));
	writeFileSync(at('45-tabs.docx'), await makeDocx(ivantiDoc(), { layout: 'tabs' }));
	writeFileSync(at('1102.docx'), await makeDocx(malwareDoc(), { wordNumbering: true }));
	writeFileSync(at('1102.txt'), docText(malwareDoc()));
	writeFileSync(at('45.docx'), await makeDocx(ivantiDoc()));
	writeFileSync(
		at('357.eml'),
		makeEml({
			subject: 'Công văn 357/UBND-KGVX',
			text: 'Kính gửi anh chị, xin gửi công văn đính kèm.',
			attachment: { name: 'CV 357-UBND-KGVX.pdf', type: 'application/pdf', data: readFileSync(at('357.pdf')) },
		}),
	);
	writeFileSync(at('45-text.eml'), makeEml({ subject: 'Cảnh báo Ivanti', text: readFileSync(IVANTI, 'utf8') }));
}, 180_000);

afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('the same dispatch as TXT, PDF and Word', () => {
	it('reads the reference dispatch 357/UBND-KGVX from its PDF exactly as from its text: header and footer columns split, not interleaved', async () => {
		const pdf = await fromFile(at('357.pdf'));
		expect(pdf).toEqual(fromText(REFERENCE));
		expect(pdf.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH');
		expect(pdf.signer).toEqual({ name: 'Đặng Quốc Vinh', titles: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'] });
		expect(pdf.cc).toHaveLength(7);
	});

	it("reads it from a Word file with Word's own list numbering, cell by cell", async () => {
		expect(await fromFile(at('357.docx'))).toEqual(fromText(REFERENCE));
	});

	it('reads the Ivanti dispatch from PDF and Word as from its flattened text, and joins a CVE id broken at its hyphen', async () => {
		const text = fromText(IVANTI);
		const pdf = await fromFile(at('45.pdf'));
		expect(pdf).toEqual(text);
		expect(pdf.cves).toEqual(['CVE-2024-21887', 'CVE-2023-46805']);
		expect(await fromFile(at('45.docx'))).toEqual(text);
	});

	it('reads them the same when the header and footer tables are laid out one line a row (number | date on one baseline)', async () => {
		expect(await fromFile(at('357-rows.pdf'))).toEqual(fromText(REFERENCE));
		expect(await fromFile(at('1102-rows.pdf'))).toEqual(await fromFile(at('1102.txt')));
		expect(await fromFile(at('357-rows.docx'))).toEqual(fromText(REFERENCE));
		// A Word header and footer laid out with tab stops, no table.
		expect(await fromFile(at('45-tabs.docx'))).toEqual(fromText(IVANTI));
	});

	it('npm run import --json prints the same for the .txt, the .pdf and the .docx', () => {
		const outputs = [REFERENCE, at('357.pdf'), at('357.docx')].map((file) => {
			const result = run([file, '--json']);
			expect(result.status, result.stderr).toBe(0);
			return JSON.parse(result.stdout);
		});
		expect(outputs[1]).toEqual(outputs[0]);
		expect(outputs[2]).toEqual(outputs[0]);
		expect(outputs[0].documentNumber).toBe('357/UBND-KGVX');
		const mail = run([at('357.eml'), '--json']);
		expect(mail.status, mail.stderr).toBe(0);
		expect(JSON.parse(mail.stdout)).toEqual(outputs[0]);
	}, 120_000);
});

describe('a dispatch with an appendix of indicators, unlike the fixtures', () => {
	it('reads the same from TXT, PDF (appendix on its own page) and Word, indicators re-fanged with their notes', async () => {
		const text = await fromFile(at('1102.txt'));
		expect(text.indicators).toEqual([
			{ type: 'ip', value: '103.97.125.12', note: 'Máy chủ điều khiển (C2)' },
			{ type: 'domain', value: 'update-microsoft.online', note: 'Tên miền phát tán mã độc' },
			{ type: 'url', value: 'https://cdn-gov.top/a.exe', note: 'Đường dẫn tải mã độc' },
			{ type: 'hash', value: 'd41d8cd98f00b204e9800998ecf8427e', note: 'MD5 của tệp đính kèm' },
		]);
		expect(await fromFile(at('1102.pdf'))).toEqual(text);
		expect(await fromFile(at('1102.docx'))).toEqual(text);
	});

	it('imports from the PDF into the sample content with no problem left but the defaults: aliases, "Giao X …" without a colon, indicators, the original', () => {
		const root = mkdtempSync(path.join(tmpdir(), 'canhbao-sample-'));
		spawnSync('cp', ['-r', 'content/.', root]);
		const publicDir = mkdtempSync(path.join(tmpdir(), 'canhbao-public-'));
		const result = run([at('1102.pdf'), '--content', root, '--public', publicDir, '--kind', 'malware', '--severity', 'high']);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('validate: no problems in this file.');
		expect(result.stdout).not.toContain('Names not found');
		const written = readFileSync(path.join(root, 'advisories/2026/1102-skhcn-cds.mdx'), 'utf8');
		expect(written).toContain('recipients: [so-ban-nganh, ubnd-cap-xa, cong-an-tinh]');
		expect(written).toMatch(
			/- id: cong-an-tinh-chu-dong-theo-doi\n    text: Giao Công an tỉnh chủ động theo dõi, phối hợp xử lý các trường hợp vi phạm\.\n    assignees: \[cong-an-tinh\]/,
		);
		expect(written).toContain('  - type: url\n    value: https://cdn-gov.top/a.exe\n    note: Đường dẫn tải mã độc\n');
		expect(written).toContain(`sha256: ${sha256(readFileSync(at('1102.pdf')))}`);
		rmSync(publicDir, { recursive: true, force: true });
	}, 120_000);
});

describe('e-mail', () => {
	it('reads the dispatch attached to a saved message, and keeps the attachment as the original', async () => {
		const intake = await readIntake(new Uint8Array(readFileSync(at('357.eml'))), at('357.eml'));
		expect(intake.format).toBe('eml');
		expect(intake.original).toMatchObject({ name: 'CV 357-UBND-KGVX.pdf', format: 'pdf', sha256: sha256(readFileSync(at('357.pdf'))) });
		const parsed = parseDispatch(intake.text);
		expect(parsed.ok && toExtraction(parsed.dispatch)).toEqual(fromText(REFERENCE));
	});

	it('reads the text body when nothing is attached', async () => {
		const intake = await readIntake(new Uint8Array(readFileSync(at('45-text.eml'))), at('45-text.eml'));
		expect(intake.original).toBeUndefined();
		const parsed = parseDispatch(intake.text);
		expect(parsed.ok && toExtraction(parsed.dispatch)).toEqual(fromText(IVANTI));
	});
});

describe('importing a PDF', () => {
	it('writes the advisory, keeps the PDF under public/tep/ with its SHA-256 in the frontmatter, and a re-run writes nothing', () => {
		const root = fixtureCopy();
		const publicDir = mkdtempSync(path.join(tmpdir(), 'canhbao-public-'));
		const result = run([at('357.pdf'), '--content', root, '--public', publicDir]);
		expect(result.status, result.stderr).toBe(0);
		const digest = sha256(readFileSync(at('357.pdf')));
		const kept = path.join(publicDir, 'tep/2019/357-ubnd-kgvx.pdf');
		expect(sha256(readFileSync(kept))).toBe(digest);
		expect(result.stdout).toContain(`(SHA-256 ${digest})`);
		expect(result.stdout).toMatch(/git add \S+357-ubnd-kgvx\.mdx \S+tep\/2019\/357-ubnd-kgvx\.pdf && git commit/);
		const written = readFileSync(path.join(root, 'advisories/2019/357-ubnd-kgvx.mdx'), 'utf8');
		expect(written).toContain(`attachments:\n  - title: Văn bản gốc (PDF)\n    url: /tep/2019/357-ubnd-kgvx.pdf\n    sha256: ${digest}\n`);
		const again = run([at('357.pdf'), '--content', root, '--public', publicDir]);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('already');
		expect(readdirSync(path.join(publicDir, 'tep/2019'))).toEqual(['357-ubnd-kgvx.pdf']);
		// Another file already under the original's name: refused, and the advisory is not left behind.
		rmSync(path.join(root, 'advisories/2019/357-ubnd-kgvx.mdx'));
		writeFileSync(kept, 'other');
		const clash = run([at('357.pdf'), '--content', root, '--public', publicDir]);
		expect(clash.status).toBe(1);
		expect(clash.stderr).toMatch(/357-ubnd-kgvx\.pdf already exists with other content; nothing was written/);
		expect(existsSync(path.join(root, 'advisories/2019/357-ubnd-kgvx.mdx'))).toBe(false);
		rmSync(publicDir, { recursive: true, force: true });
	}, 120_000);

	it('refuses a scanned PDF, saying it has no text layer, and writes nothing', () => {
		const root = fixtureCopy();
		const publicDir = mkdtempSync(path.join(tmpdir(), 'canhbao-public-'));
		const before = mdxFiles(root);
		const result = run([at('scan.pdf'), '--content', root, '--public', publicDir]);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(
			/scan\.pdf: has no text layer \(its (page is|\d pages are) images only\): it looks like a scan\. .*OCR.*nothing was written/,
		);
		expect(result.stdout).toBe('');
		expect(mdxFiles(root)).toEqual(before);
		expect(readdirSync(publicDir)).toEqual([]);
		rmSync(publicDir, { recursive: true, force: true });
	}, 120_000);
});

describe('hostile files', () => {
	it('a truncated PDF: a clear error naming the file', async () => {
		const bytes = readFileSync(at('357.pdf'));
		writeFileSync(at('truncated.pdf'), bytes.subarray(0, 600));
		await expect(readIntake(new Uint8Array(readFileSync(at('truncated.pdf'))), 'truncated.pdf')).rejects.toThrow(
			/^truncated\.pdf: (cannot be read as a PDF .*truncated or damaged|has no text layer)/,
		);
	});

	it('a PDF bomb: a small stream that inflates past 64 MB is refused before pdf.js reads it', async () => {
		const { deflateSync } = await import('node:zlib');
		const stream = deflateSync(Buffer.alloc(80 * 1024 * 1024, 0x20));
		const bomb = Buffer.concat([
			Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`),
			stream,
			Buffer.from('\nendstream\nendobj\n%%EOF\n'),
		]);
		expect(bomb.length).toBeLessThan(200_000);
		await expect(readIntake(new Uint8Array(bomb), 'bomb.pdf')).rejects.toThrow(
			'bomb.pdf: has a stream that expands past 64 MB: a PDF bomb, refused; nothing was written',
		);
	});

	it('a file that claims to be a PDF but is not', async () => {
		await expect(readIntake(new Uint8Array(Buffer.from('<html>not a pdf</html>')), 'x.pdf')).rejects.toThrow(/^x\.pdf: is not a PDF file/);
	});

	it('a ZIP bomb named .docx is refused from its directory, before anything is inflated', async () => {
		const bomb = makeZip([
			{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
			{ name: 'word/document.xml', data: Buffer.alloc(40 * 1024 * 1024, 0x20) },
		]);
		expect(bomb.length).toBeLessThan(200_000);
		await expect(readIntake(new Uint8Array(bomb), 'bomb.docx')).rejects.toThrow(
			/^bomb\.docx: part word\/document\.xml expands \d+ times .*ZIP bomb, refused/,
		);
		const zip64 = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(1000), claimedSize: 0xffffffff }]);
		await expect(readIntake(new Uint8Array(zip64), 'zip64.docx')).rejects.toThrow(
			/^zip64\.docx: part word\/document\.xml is larger than 4 GB/,
		);
		// A directory that lies: 1,000 bytes stated, 200 MB inside. zlib stops at the stated size.
		const lying = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(200 * 1024 * 1024, 0x20), claimedSize: 1000 }]);
		await expect(readIntake(new Uint8Array(lying), 'lying.docx')).rejects.toThrow(
			'lying.docx: part word/document.xml expands beyond the 1000 bytes its directory states: a ZIP bomb, refused',
		);
	});

	it('an e-mail carrying a ZIP bomb, and one with nothing to read: the message and its attachment named', async () => {
		const bomb = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(40 * 1024 * 1024, 0x20) }]);
		const mail = makeEml({
			subject: 'Công văn',
			text: 'Xem tệp đính kèm.',
			attachment: { name: '../../CV.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: bomb },
		});
		await expect(readIntake(new Uint8Array(Buffer.from(mail)), 'thu.eml')).rejects.toThrow(
			/^thu\.eml \(attachment CV\.docx\): part word\/document\.xml expands \d+ times/,
		);
		const empty = makeEml({ subject: 'Trống', text: '' });
		await expect(readIntake(new Uint8Array(Buffer.from(empty)), 'trong.eml')).rejects.toThrow(
			'trong.eml: has neither a .pdf or .docx dispatch attached nor a text body to read',
		);
	});

	it('a truncated Word file, and a ZIP that is not a Word file', async () => {
		const docx = readFileSync(at('357.docx'));
		await expect(readIntake(new Uint8Array(docx.subarray(0, docx.length - 100)), 'cut.docx')).rejects.toThrow(
			/^cut\.docx: is not a complete Word \(\.docx\) file/,
		);
		await expect(readIntake(new Uint8Array(makeZip([{ name: 'a.txt', data: Buffer.from('hello') }])), 'a.docx')).rejects.toThrow(
			/^a\.docx: is a ZIP file but not a Word document/,
		);
	});

	it('a file too large is refused before it is read', async () => {
		const result = run([at('huge.txt'), '--json']);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/import: cannot read .*huge\.txt: no such file/);
		writeFileSync(at('huge.txt'), '');
		const big = Buffer.alloc(26 * 1024 * 1024, 0x61);
		writeFileSync(at('huge.txt'), big);
		const refused = run([at('huge.txt'), '--json']);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/huge\.txt: is 26\.0 MB; import reads files up to 25 MB/);
		rmSync(at('huge.txt'));
	}, 60_000);

	it('reading is bounded in time and memory: a reader past its bounds is stopped with a clear error', async () => {
		const bytes = new Uint8Array(readFileSync(at('1102.pdf')));
		const read = await readIntakeBounded(bytes, '1102.pdf', '1102.pdf');
		expect(read.original?.sha256).toBe(sha256(bytes));
		expect(read.text).toContain('PHỤ LỤC');
		await expect(readIntakeBounded(bytes, '1102.pdf', '1102.pdf', { timeoutMs: 5 })).rejects.toThrow(
			'1102.pdf: took longer than 5 ms to read and was stopped; a damaged or hostile file? nothing was written',
		);
		await expect(readIntakeBounded(bytes, '1102.pdf', '1102.pdf', { memoryMb: 4 })).rejects.toThrow(
			'1102.pdf: needs more than 4 MB of memory to read and was stopped',
		);
		await expect(readIntakeBounded(new Uint8Array(Buffer.from('%PDF-1.7 broken')), 'b.pdf', 'b.pdf')).rejects.toThrow(
			/^b\.pdf: cannot be read as a PDF/,
		);
	}, 60_000);

	it('text that is not UTF-8 is named as such', async () => {
		await expect(readIntake(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]), 'odd.txt')).rejects.toThrow(/^odd\.txt: is not UTF-8 text/);
	});
});

describe('laying out positioned text', () => {
	const run = (str: string, x: number, y: number, size = 12): TextRun => ({ str, x, y, width: str.length * size * 0.5, fontSize: size });

	it('splits a header drawn row by row into its two columns', () => {
		const runs = [
			run('ỦY BAN NHÂN DÂN', 100, 700),
			run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 320, 700),
			run('TỈNH HÀ TĨNH', 110, 685),
			run('Độc lập - Tự do - Hạnh phúc', 340, 685),
			run('Số: 12/UBND-KGVX', 100, 670),
			run('Hà Tĩnh, ngày 02 tháng 3 năm 2024', 330, 670),
			run('V/v thử nghiệm', 100, 655),
			run('Kính gửi: Sở Y tế.', 80, 620),
			run('Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị thực hiện nghiêm túc những nội dung sau đây.', 60, 600),
		];
		expect(pageText(runs)).toEqual([
			'',
			'ỦY BAN NHÂN DÂN',
			'TỈNH HÀ TĨNH',
			'Số: 12/UBND-KGVX',
			'V/v thử nghiệm',
			'',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'Hà Tĩnh, ngày 02 tháng 3 năm 2024',
			'',
			'Kính gửi: Sở Y tế.',
			'',
			'Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị thực hiện nghiêm túc những nội dung sau đây.',
		]);
	});

	it('glues runs split inside a word and puts a space where the gap is one', () => {
		expect(pageText([run('Ủ', 100, 700), run('Y BAN', 106, 700), run('NHÂN', 145, 700)])).toEqual(['ỦY BAN NHÂN']);
	});

	it('joins words hyphenated at a line end, but not a dash standing alone', () => {
		expect(joinHyphens(['lỗ hổng CVE-', '2025-53766 và', 'Độc lập - Tự do -', 'Hạnh phúc'])).toEqual([
			'lỗ hổng CVE-2025-53766 và',
			'Độc lập - Tự do -',
			'Hạnh phúc',
		]);
	});

	it('drops the stamp a signing tool prints on the page', () => {
		const runs = [
			run('Ký bởi: Sở Khoa học và Công nghệ', 400, 810, 8),
			run('Email: skhcn@hatinh.gov.vn', 400, 800, 8),
			run('Cơ quan: Tỉnh Hà Tĩnh', 400, 790, 8),
			run('Thời gian ký: 09.12.2026 08:15:02 +07:00', 400, 780, 8),
			run('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 60, 740),
		];
		expect(documentText([runs])).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ\n');
		expect(documentText([[run('Email: bao cao ve attt@hatinh.gov.vn truoc ngay 10.', 60, 500)]])).toBe(
			'Email: bao cao ve attt@hatinh.gov.vn truoc ngay 10.\n',
		);
	});

	it('drops the page number at the top of a later page', () => {
		expect(
			documentText([
				[run('Ủy ban nhân dân tỉnh đề nghị các cơ quan', 60, 100)],
				[run('2', 300, 800), run('thực hiện nghiêm túc.', 60, 760)],
			]),
		).toBe('Ủy ban nhân dân tỉnh đề nghị các cơ quan\n\nthực hiện nghiêm túc.\n');
	});

	it('reads rows of two one-line cells column by column, the footer too', () => {
		const runs = [
			run('Nơi nhận:', 60, 300),
			run('KT. GIÁM ĐỐC', 330, 300),
			run('- Như trên;', 60, 285),
			run('PHÓ GIÁM ĐỐC', 330, 285),
			run('- Cục An toàn thông tin (Bộ TTTT);', 60, 270),
			run('- Lưu: VT.', 60, 255),
			run('Nguyễn Văn B', 335, 255),
		];
		expect(pageText(runs)).toEqual([
			'',
			'Nơi nhận:',
			'- Như trên;',
			'- Cục An toàn thông tin (Bộ TTTT);',
			'- Lưu: VT.',
			'',
			'KT. GIÁM ĐỐC',
			'PHÓ GIÁM ĐỐC',
			'Nguyễn Văn B',
			'',
		]);
	});

	it('keeps a table of three or more columns row by row', () => {
		expect(documentText([[run('1', 60, 500), run('evil[.]com', 120, 500), run('Tên miền', 300, 500)]])).toBe('1 | evil[.]com | Tên miền\n');
	});
});

describe('telling formats apart', () => {
	it('by the first bytes, whatever the name says', () => {
		expect(formatOf(new Uint8Array(Buffer.from('%PDF-1.7\n')), 'x.txt')).toBe('pdf');
		expect(formatOf(new Uint8Array(Buffer.from('PK\x03\x04')), 'x.pdf')).toBe('docx');
		expect(formatOf(new Uint8Array(Buffer.from('From: a@b\nSubject: x\n\nbody')), 'mail')).toBe('eml');
		expect(formatOf(new Uint8Array(Buffer.from('ỦY BAN NHÂN DÂN')), 'x')).toBe('txt');
	});

	it('exists as generated files for the tests', () => {
		for (const f of ['357.pdf', '45.pdf', 'scan.pdf', '357.docx', '45.docx', '357.eml']) expect(existsSync(at(f)), f).toBe(true);
	});
});
