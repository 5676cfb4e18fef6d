/**
 * Makes real PDF and Word files of a dispatch, laid out like the official form (Nghị định
 * 30/2020/NĐ-CP): a two-column header table (issuer, number and subject | motto and date), the
 * text, and a two-column footer table (Nơi nhận | signature). PDFs are printed by Chromium, Word
 * files built with the `docx` package, so import reads files made the way editors' files are.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { PNG } from 'pngjs';
import {
	AlignmentType,
	BorderStyle,
	Document,
	LevelFormat,
	Packer,
	Paragraph,
	Tab,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
} from 'docx';
import { escape as escapeHtml } from 'html-escaper';

export interface DispatchDoc {
	issuer: string[];
	number: string;
	/** The subject as wrapped in the header cell, "V/v" included. */
	subject: string[];
	placeDate: string;
	/** "Kính gửi:" then these, one a line; or one inline string. */
	to: string[] | string;
	/** Paragraphs, numbered items ("1. …") and bullets ("- …") of the text, and its closing. */
	blocks: string[];
	cc: string[];
	signerTitles: string[];
	signerName: string;
	/** The stamp a signing tool prints at the top right of the first page. */
	stamp?: string[];
	/** Extra pages after the signature: an appendix. */
	appendix?: { title: string[]; header: string[]; rows: string[][] };
}

export const CHROMIUM = '/usr/bin/chromium';

/** The reference dispatch 357/UBND-KGVX as its fields, its text taken from the fixture. */
export function referenceDoc(): DispatchDoc {
	const lines = readFileSync('tests/fixtures/dispatches/cong-van-357-UBND-KGVX-2019.txt', 'utf8')
		.split('\n')
		.map((l) => l.trim());
	const start = lines.indexOf('- Các cơ quan Trung ương đóng trên địa bàn tỉnh.') + 1;
	const end = lines.indexOf('Nơi nhận:');
	return {
		issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH'],
		number: '357/UBND-KGVX',
		subject: ['V/v tăng cường bảo đảm', 'an toàn thông tin mạng trong dịp', 'Tết Nguyên đán Kỷ Hợi năm 2019'],
		placeDate: 'Hà Tĩnh, ngày 15 tháng 01 năm 2019',
		to: [
			'- Văn phòng Tỉnh ủy;',
			'- Các sở, ban, ngành, đoàn thể cấp tỉnh;',
			'- UBND các huyện, thành phố, thị xã;',
			'- Các cơ quan Trung ương đóng trên địa bàn tỉnh.',
		],
		blocks: lines.slice(start, end).filter(Boolean),
		cc: lines.slice(end + 1).filter((l) => l.startsWith('- ')),
		signerTitles: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
		signerName: 'Đặng Quốc Vinh',
	};
}

/** The text form, as the existing text import reads it. */
export function docText(d: DispatchDoc): string {
	const to = typeof d.to === 'string' ? [`Kính gửi: ${d.to}`] : ['Kính gửi:', '', ...d.to];
	return [
		...d.issuer,
		'',
		`Số: ${d.number}`,
		'',
		...d.subject,
		'',
		'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
		'Độc lập - Tự do - Hạnh phúc',
		'',
		d.placeDate,
		'',
		...to,
		'',
		...d.blocks.flatMap((b) => [b, '']),
		'Nơi nhận:',
		...d.cc,
		'',
		...d.signerTitles,
		'',
		d.signerName,
		'',
		...(d.appendix ? ['', ...d.appendix.title, '', [d.appendix.header, ...d.appendix.rows].map((r) => r.join(' | ')).join('\n'), ''] : []),
	].join('\n');
}

const e = (s: string) => escapeHtml(s);
/** Splits at "<br>" written into a block on purpose: where the sender's line broke (a hyphen at a line end). */
const withBreaks = (s: string) => s.split('<br>').map(e).join('<br>');

/**
 * `rows`: the header as a table of one-line rows (issuer | motto, number | date, subject | –) and
 * the footer one row a line, as many Word templates lay them out; `cells` (the default): one row,
 * each cell holding its lines.
 */
export type Layout = 'cells' | 'rows' | 'tabs';

function headerRows(d: DispatchDoc): string {
	const left = [...d.issuer.map((l) => `<b>${e(l)}</b>`), `Số: ${e(d.number)}`, ...d.subject.map(e)];
	const right = ['<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>', '<b>Độc lập - Tự do - Hạnh phúc</b>', `<i>${e(d.placeDate)}</i>`];
	return left.map((l, i) => `<tr><td>${l}</td><td>${right[i] ?? ''}</td></tr>`).join('');
}

function footerRows(d: DispatchDoc): string {
	const left = ['<b><i>Nơi nhận:</i></b>', ...d.cc.map(e)];
	const right = [...d.signerTitles.map((t) => `<b>${e(t)}</b>`), '', '', `<b>${e(d.signerName)}</b>`];
	return Array.from(
		{ length: Math.max(left.length, right.length) },
		(_, i) => `<tr><td>${left[i] ?? ''}</td><td>${right[i] ?? ''}</td></tr>`,
	).join('');
}

export function docHtml(d: DispatchDoc, layout: Layout = 'cells'): string {
	const to =
		typeof d.to === 'string'
			? `<p class="to">Kính gửi: ${e(d.to)}</p>`
			: `<div class="to"><p>Kính gửi:</p>${d.to.map((r) => `<p>${e(r)}</p>`).join('')}</div>`;
	const appendix = d.appendix
		? `<section class="appendix"><h2>${d.appendix.title.map(e).join('<br>')}</h2><table class="data"><tr>${d.appendix.header.map((h) => `<th>${e(h)}</th>`).join('')}</tr>${d.appendix.rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('')}</table></section>`
		: '';
	return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 13pt; line-height: 1.25; }
table.layout { width: 100%; border-collapse: collapse; }
table.layout td { vertical-align: top; padding: 0; }
.head td { text-align: center; }
.head td:first-child { width: 40%; } .head td:last-child { width: 60%; }
.rule { width: 30%; margin: 2pt auto 6pt; border-top: 1px solid #000; }
.subject { font-size: 12pt; margin-top: 6pt; }
.date { font-style: italic; margin-top: 6pt; }
.to { text-align: center; margin: 14pt 0 10pt; } .to p { margin: 0; }
p.text { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }
.foot { margin-top: 12pt; } .foot td:first-child { width: 45%; font-size: 11pt; } .foot td:last-child { text-align: center; font-weight: bold; }
.foot .name { margin-top: 48pt; }
.appendix { break-before: page; } .appendix h2 { text-align: center; font-size: 13pt; }
table.data { width: 100%; border-collapse: collapse; } table.data td, table.data th { border: 1px solid #000; padding: 2pt 6pt; text-align: left; }
.stamp { position: absolute; top: 0; right: 0; font: 8pt sans-serif; color: #c00; border: 1px solid #c00; padding: 2pt; }
</style></head><body>
${d.stamp ? `<div class="stamp">${d.stamp.map(e).join('<br>')}</div>` : ''}
${
	layout === 'rows'
		? `<table class="layout head">${headerRows(d)}</table>`
		: `<table class="layout head"><tr>
<td><b>${d.issuer.map(e).join('<br>')}</b><div class="rule"></div>Số: ${e(d.number)}<div class="subject">${d.subject.map(e).join('<br>')}</div></td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><div class="rule"></div><div class="date">${e(d.placeDate)}</div></td>
</tr></table>`
}
${to}
${d.blocks.map((b) => `<p class="text">${withBreaks(b)}</p>`).join('\n')}
${
	layout === 'rows'
		? `<table class="layout foot">${footerRows(d)}</table>`
		: `<table class="layout foot"><tr>
<td><b><i>Nơi nhận:</i></b><br>${d.cc.map(e).join('<br>')}</td>
<td>${d.signerTitles.map(e).join('<br>')}<div class="name">${e(d.signerName)}</div></td>
</tr></table>`
}
${appendix}
</body></html>`;
}

/** Prints the dispatch to PDF with Chromium, as a Word "Save as PDF" lays it out. */
export function makePdf(d: DispatchDoc, out: string, layout: Layout = 'cells'): void {
	printHtml(docHtml(d, layout), out);
}

export function printHtml(html: string, out: string): void {
	const dir = mkdtempSync(path.join(tmpdir(), 'canhbao-pdf-'));
	try {
		const source = path.join(dir, 'dispatch.html');
		writeFileSync(source, html);
		execFileSync(
			CHROMIUM,
			[
				'--headless=new',
				'--no-sandbox',
				'--disable-gpu',
				'--no-pdf-header-footer',
				`--user-data-dir=${path.join(dir, 'profile')}`,
				`--print-to-pdf=${out}`,
				`file://${source}`,
			],
			{ stdio: 'ignore', timeout: 60_000 },
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const para = (text: string, options: { bold?: boolean; italics?: boolean; center?: boolean } = {}) =>
	new Paragraph({
		alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
		children: [new TextRun({ text, bold: options.bold, italics: options.italics, font: 'Times New Roman', size: 26 })],
	});

/**
 * Builds the dispatch as a Word file. With `wordNumbering`, numbered items use Word's own list
 * numbering (the "1." is not in the text), as when an editor types them in Word.
 */
export async function makeDocx(d: DispatchDoc, options: { wordNumbering?: boolean; layout?: Layout } = {}): Promise<Buffer> {
	const cell = (children: Paragraph[], width: number) =>
		new TableCell({
			children,
			width: { size: width, type: WidthType.PERCENTAGE },
			borders: { top: none, bottom: none, left: none, right: none },
		});
	// One line a row: issuer | motto, …, number | date, subject | (empty).
	const rowTable = (left: Paragraph[], right: Paragraph[], width: number) =>
		new Table({
			width: { size: 100, type: WidthType.PERCENTAGE },
			borders: noBorders,
			rows: Array.from(
				{ length: Math.max(left.length, right.length) },
				(_, i) => new TableRow({ children: [cell([left[i] ?? para('')], width), cell([right[i] ?? para('')], 100 - width)] }),
			),
		});
	// No table at all: each line "left⇥right", as some editors lay out a header with tab stops.
	const tabLine = (left: string, right: string) =>
		new Paragraph({
			children: [
				new TextRun({ text: left, font: 'Times New Roman', size: 26 }),
				...(right ? [new TextRun({ children: [new Tab()] }), new TextRun({ text: right, font: 'Times New Roman', size: 26 })] : []),
			],
		});
	const tabs = (left: string[], right: string[]) =>
		Array.from({ length: Math.max(left.length, right.length) }, (_, i) =>
			left[i]
				? tabLine(left[i], right[i] ?? '')
				: new Paragraph({ children: [new TextRun({ children: [new Tab()] }), new TextRun({ text: right[i] ?? '' })] }),
		);
	if (options.layout === 'tabs') {
		const head = tabs([...d.issuer, `Số: ${d.number}`], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', d.placeDate]);
		const to =
			typeof d.to === 'string'
				? [para(`Kính gửi: ${d.to}`, { center: true })]
				: [para('Kính gửi:', { center: true }), ...d.to.map((r) => para(r, { center: true }))];
		const foot = tabs(['Nơi nhận:', ...d.cc], [...d.signerTitles, '', d.signerName]);
		const doc = new Document({
			sections: [
				{ children: [...head, para(d.subject.join(' ')), para(''), ...to, ...d.blocks.map((b) => para(b.replace(/<br>/g, ''))), ...foot] },
			],
		});
		return Packer.toBuffer(doc);
	}
	const header =
		options.layout === 'rows'
			? rowTable(
					[
						...d.issuer.map((l) => para(l, { bold: true, center: true })),
						para(`Số: ${d.number}`, { center: true }),
						para(d.subject.join(' '), { center: true }),
					],
					[
						para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
						para('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
						para(d.placeDate, { italics: true, center: true }),
					],
					40,
				)
			: new Table({
					width: { size: 100, type: WidthType.PERCENTAGE },
					borders: noBorders,
					rows: [
						new TableRow({
							children: [
								cell(
									[
										...d.issuer.map((l) => para(l, { bold: true, center: true })),
										para(`Số: ${d.number}`, { center: true }),
										para(d.subject.join(' '), { center: true }),
									],
									40,
								),
								cell(
									[
										para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
										para('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
										para(d.placeDate, { italics: true, center: true }),
									],
									60,
								),
							],
						}),
					],
				});
	const to =
		typeof d.to === 'string'
			? [para(`Kính gửi: ${d.to}`, { center: true })]
			: [para('Kính gửi:', { center: true }), ...d.to.map((r) => para(r, { center: true }))];
	const blocks = d.blocks.map((b) => {
		const item = /^(\d+)\.\s+(.*)$/s.exec(b);
		const text = b.replace(/<br>/g, '');
		if (options.wordNumbering && item)
			return new Paragraph({
				numbering: { reference: 'items', level: 0 },
				children: [new TextRun({ text: item[2].replace(/<br>/g, ''), font: 'Times New Roman', size: 26 })],
			});
		return para(text);
	});
	const footer =
		options.layout === 'rows'
			? rowTable(
					[para('Nơi nhận:', { bold: true, italics: true }), ...d.cc.map((l) => para(l))],
					[...d.signerTitles.map((l) => para(l, { bold: true, center: true })), para(''), para(d.signerName, { bold: true, center: true })],
					45,
				)
			: new Table({
					width: { size: 100, type: WidthType.PERCENTAGE },
					borders: noBorders,
					rows: [
						new TableRow({
							children: [
								cell([para('Nơi nhận:', { bold: true, italics: true }), ...d.cc.map((l) => para(l))], 45),
								cell(
									[
										...d.signerTitles.map((l) => para(l, { bold: true, center: true })),
										para(''),
										para('(Đã ký)', { center: true }),
										para(d.signerName, { bold: true, center: true }),
									],
									55,
								),
							],
						}),
					],
				});
	const appendix = d.appendix
		? [
				...d.appendix.title.map((t) => para(t, { bold: true, center: true })),
				new Table({
					width: { size: 100, type: WidthType.PERCENTAGE },
					rows: [d.appendix.header, ...d.appendix.rows].map(
						(r) => new TableRow({ children: r.map((c) => new TableCell({ children: [para(c)] })) }),
					),
				}),
			]
		: [];
	const doc = new Document({
		numbering: {
			config: [{ reference: 'items', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
		},
		sections: [{ children: [header, para(''), ...to, para(''), ...blocks, footer, ...appendix] }],
	});
	return Packer.toBuffer(doc);
}

/** The flattened-layout fixture (45/STTTT-CNTT) as its fields; `breakCve` breaks a CVE id at its hyphen, at a line end. */
export function ivantiDoc(options: { breakCve?: boolean } = {}): DispatchDoc {
	const cve = options.breakCve ? 'CVE-<br>2024-21887' : 'CVE-2024-21887';
	return {
		issuer: ['UBND TỈNH HÀ TĨNH', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
		number: '45/STTTT-CNTT',
		subject: ['V/v cảnh báo lỗ hổng bảo mật', 'trong Ivanti Connect Secure'],
		placeDate: 'Hà Tĩnh, ngày 5 tháng 3 năm 2024',
		to: 'Các sở, ban, ngành, đoàn thể cấp tỉnh; UBND các huyện, thành phố, thị xã; Sở Du lịch.',
		blocks: [
			`Căn cứ Công văn số 123/CATTT-NCSC ngày 01/3/2024 của Cục An toàn thông tin về việc cảnh báo lỗ hổng ${cve} và cve-2023-46805, Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:`,
			'1. Rà soát, xác định máy chủ Ivanti Connect Secure đang sử dụng:',
			'a) Kiểm tra phiên bản đang chạy;',
			'b) Cập nhật bản vá trước ngày 15/3/2024.',
			'2. Thủ trưởng các cơ quan chỉ đạo báo cáo kết quả về Sở Thông tin và Truyền thông chậm nhất là ngày 20 tháng 3 năm 2024.',
			'3. Giao Trung tâm Công nghệ thông tin và Truyền thông: hỗ trợ kỹ thuật cho các đơn vị khi có yêu cầu.',
			'Trong quá trình thực hiện, nếu có vướng mắc đề nghị liên hệ Sở Thông tin và Truyền thông để được hướng dẫn./.',
		],
		cc: ['- Như trên;', '- Giám đốc Sở (b/c);', '- Lưu: VT, CNTT.'],
		signerTitles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
		signerName: 'Nguyễn Văn B',
	};
}

/** A ZIP file of the given entries, deflated (what a .docx is), built by hand so tests can make hostile ones. */
export function makeZip(entries: { name: string; data: Buffer; claimedSize?: number }[]): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = Buffer.from(entry.name);
		const data = deflateRawSync(entry.data);
		const crc = crc32(entry.data);
		const size = entry.claimedSize ?? entry.data.length;
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(8, 8);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(size, 22);
		local.writeUInt16LE(name.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(8, 10);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(data.length, 20);
		central.writeUInt32LE(size, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, name, data);
		centrals.push(central, name);
		offset += local.length + name.length + data.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

/** A PDF that is one picture of text, as a scanner makes it: no text layer. */
export function makeScannedPdf(out: string): void {
	const png = new PNG({ width: 200, height: 280 });
	for (let i = 0; i < png.data.length; i += 4) {
		const shade = (i / 4) % 200 < 150 && Math.floor(i / 4 / 200) % 12 < 2 ? 40 : 250;
		png.data[i] = png.data[i + 1] = png.data[i + 2] = shade;
		png.data[i + 3] = 255;
	}
	const data = PNG.sync.write(png).toString('base64');
	printHtml(`<!doctype html><html><body style="margin:0"><img src="data:image/png;base64,${data}" style="width:100%"></body></html>`, out);
}

/** A saved e-mail (.eml) carrying `file` as an attachment, or only a text body. */
export function makeEml(options: { subject: string; text: string; attachment?: { name: string; type: string; data: Buffer } }): string {
	const boundary = 'canhbao-boundary-42';
	const head = [
		'From: "Văn thư" <vanthu@example.gov.vn>',
		'To: canhbao@example.gov.vn',
		`Subject: =?UTF-8?B?${Buffer.from(options.subject).toString('base64')}?=`,
		'Date: Tue, 05 Mar 2024 08:00:00 +0700',
		'Message-ID: <1@example.gov.vn>',
		'MIME-Version: 1.0',
	];
	const body = Buffer.from(options.text).toString('base64').replace(/.{76}/g, '$&\r\n');
	if (!options.attachment)
		return [...head, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', body, ''].join('\r\n');
	const file = options.attachment.data.toString('base64').replace(/.{76}/g, '$&\r\n');
	return [
		...head,
		`Content-Type: multipart/mixed; boundary="${boundary}"`,
		'',
		`--${boundary}`,
		'Content-Type: text/plain; charset=utf-8',
		'Content-Transfer-Encoding: base64',
		'',
		body,
		`--${boundary}`,
		`Content-Type: ${options.attachment.type}; name="${options.attachment.name}"`,
		`Content-Disposition: attachment; filename="${options.attachment.name}"`,
		'Content-Transfer-Encoding: base64',
		'',
		file,
		`--${boundary}--`,
		'',
	].join('\r\n');
}

/** A dispatch the other tests never see: a malware warning with an appendix of indicators, as NCSC relays them (defanged). */
export function malwareDoc(): DispatchDoc {
	return {
		issuer: ['UBND TỈNH HÀ TĨNH', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
		number: '1102/SKHCN-CĐS',
		subject: ['V/v cảnh báo chiến dịch tấn công', 'có chủ đích phát tán mã độc qua thư điện tử'],
		placeDate: 'Hà Tĩnh, ngày 09 tháng 12 năm 2026',
		to: ['- Các sở, ban, ngành cấp tỉnh;', '- UBND các xã, phường;', '- Công an tỉnh.'],
		blocks: [
			'Thực hiện Công văn số 2211/NCSC-KT ngày 05/12/2026 của Trung tâm Giám sát an toàn không gian mạng quốc gia về việc cảnh báo chiến dịch APT phát tán mã độc, Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:',
			'1. Chặn các địa chỉ IP, tên miền, đường dẫn tại Phụ lục kèm theo trên tường lửa và máy chủ thư trước ngày 15/12/2026.',
			'2. Rà soát nhật ký truy cập, nếu phát hiện kết nối tới các địa chỉ trên thì báo cáo về Sở Khoa học và Công nghệ.',
			'3. Giao Công an tỉnh chủ động theo dõi, phối hợp xử lý các trường hợp vi phạm.',
			'Đề nghị các cơ quan, đơn vị triển khai thực hiện./.',
		],
		cc: ['- Như trên;', '- Lưu: VT, CĐS.'],
		signerTitles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
		signerName: 'Phan Thị Hoa',
		stamp: [
			'Ký bởi: Sở Khoa học và Công nghệ',
			'Email: skhcn@hatinh.gov.vn',
			'Cơ quan: Tỉnh Hà Tĩnh',
			'Thời gian ký: 09.12.2026 08:15:02 +07:00',
		],
		appendix: {
			title: ['PHỤ LỤC', 'DANH SÁCH ĐỊA CHỈ IP, TÊN MIỀN ĐỘC HẠI'],
			header: ['STT', 'Giá trị', 'Ghi chú'],
			rows: [
				['1', '103.97.125[.]12', 'Máy chủ điều khiển (C2)'],
				['2', 'update-microsoft[.]online', 'Tên miền phát tán mã độc'],
				['3', 'hxxps://cdn-gov[.]top/a.exe', 'Đường dẫn tải mã độc'],
				['4', 'd41d8cd98f00b204e9800998ecf8427e', 'MD5 của tệp đính kèm'],
			],
		},
	};
}
