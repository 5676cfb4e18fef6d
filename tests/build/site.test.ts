/** Builds the fixture content (served under a sub-path) and reads the HTML a reader would get. */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE } from '../helpers/fixture.ts';
import { runBuild, tempOut } from '../helpers/build.ts';

const out = tempOut();
const page = (p: string) => readFileSync(path.join(out, p, 'index.html'), 'utf8');
/** Text without tags, so assertions read like what is on screen. */
const text = (html: string) =>
	html
		.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<div class="tick"[\s\S]*?<\/div>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/ ([.,;:])/g, '$1');

beforeAll(() => {
	const result = runBuild(FIXTURE, out);
	if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}\n${result.stdout}`);
});

describe('the built fixture site', () => {
	it('writes every page template', () => {
		for (const p of [
			'',
			'canh-bao',
			'canh-bao/2019',
			'canh-bao/2019/10-ubnd-kgvx',
			'canh-bao/loai/ma-doc',
			'canh-bao/loai/khac',
			'canh-bao/muc-do/nghiem-trong',
			'co-quan',
			'co-quan/so-tttt',
			'bao-cao-su-co',
		]) {
			expect(existsSync(path.join(out, p, 'index.html')), p).toBe(true);
		}
		expect(existsSync(path.join(out, '404.html'))).toBe(true);
	});

	it('renders an advisory as the official document', () => {
		const html = page('canh-bao/2019/10-ubnd-kgvx');
		const shown = text(html);
		expect(html).toMatch(/^<!DOCTYPE html><html lang="vi">/i);
		expect(shown).toContain('Số: 10/UBND-KGVX');
		expect(shown).toContain('Hà Tĩnh, ngày 15 tháng 01 năm 2019');
		expect(shown).toContain('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH');
		expect(shown).toContain('V/v bảo đảm an toàn thông tin trong dịp Tết');
		expect(shown).toContain('Kính gửi: - Các sở, ban, ngành; - UBND các huyện, thành phố, thị xã.');
		expect(shown).toContain('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A');
		expect(shown).toContain('Nơi nhận: Như trên; Lưu: VT, KGVX.');
		expect(shown).toContain('Văn bản này đã hết hiệu lực từ sau 15/02/2019.');
	});

	it('numbers the actions with assignees, role and due date', () => {
		const shown = text(page('canh-bao/2019/10-ubnd-kgvx'));
		expect(shown).toContain(
			'Cử cán bộ trực giám sát hệ thống trong dịp nghỉ Tết. Giao: Tất cả đơn vị nhận Người thực hiện: Cán bộ CNTT, an toàn thông tin Hạn: Không nêu hạn',
		);
		expect(shown).toContain(
			'Giao Sở Thông tin và Truyền thông: Phối hợp xử lý sự cố. Giao: Sở Thông tin và Truyền thông Người thực hiện: Toàn thể cán bộ Hạn: Không nêu hạn Tổng hợp báo cáo UBND tỉnh. Giao: Sở Thông tin và Truyền thông Người thực hiện: Toàn thể cán bộ Hạn: 20/02/2019',
		);
		const malware = text(page('canh-bao/2026/7-skhcn-cntt'));
		expect(malware).toContain('Hạn: 05/12/2026');
		expect(malware).toContain('2 việc cần làm; hạn xử lý gần nhất: 05/12/2026');
	});

	it('shows the relay chain, CVEs, products and defanged indicators', () => {
		const tet = text(page('canh-bao/2019/10-ubnd-kgvx'));
		expect(tet).toContain('Văn bản số 4327/BTTTT-CATTT ngày 21/12/2018 của Trung tâm Giám sát an toàn không gian mạng quốc gia');
		const vuln = text(page('canh-bao/2024/5-stttt-cntt'));
		expect(vuln).toContain('CVE-2024-21887');
		expect(vuln).toContain('Ivanti Connect Secure 9.x, 22.x 22.5R2.2');
		const malware = page('canh-bao/2026/7-skhcn-cntt');
		expect(malware).toContain('203[.]0[.]113[.]7');
		expect(malware).toContain('hxxps://update[.]example[.]net/doc.zip');
		expect(malware).not.toContain('203.0.113.7');
		expect(malware).not.toContain('https://update.example.net');
	});

	it('links superseded advisories to their replacement', () => {
		const shown = text(page('canh-bao/2024/5-stttt-cntt'));
		expect(shown).toContain('Văn bản này đã được thay thế bởi văn bản số 7/SKHCN-CNTT ngày 20 tháng 11 năm 2026.');
	});

	it('puts active advisories first on the home page', () => {
		const shown = text(page(''));
		const active = shown.indexOf('Cảnh báo đang hiệu lực');
		expect(active).toBeGreaterThan(-1);
		expect(shown.indexOf('Cảnh báo chiến dịch mã độc giả mạo văn bản điện tử')).toBeGreaterThan(active);
		expect(shown.indexOf('Cảnh báo chiến dịch mã độc giả mạo văn bản điện tử')).toBeLessThan(shown.indexOf('Mới ban hành'));
	});

	it('serves every internal link under the configured sub-path', () => {
		const html = page('canh-bao/2019/10-ubnd-kgvx');
		const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]).filter((h) => h.startsWith('/'));
		expect(hrefs.length).toBeGreaterThan(5);
		for (const href of hrefs) expect(href).toMatch(/^\/canh-bao-thu\//);
		expect(html).toContain('<link rel="canonical" href="https://example.gov.vn/canh-bao-thu/canh-bao/2019/10-ubnd-kgvx/">');
	});

	it('ships no JavaScript on listing pages; an advisory loads the print script and the small checklist module', () => {
		for (const p of ['', 'canh-bao', 'canh-bao/2019', 'don-vi', 'don-vi/so-khcn', 'co-quan', 'bao-cao-su-co'])
			expect(page(p), p).not.toMatch(/<script/);
		const scripts = [...page('canh-bao/2019/10-ubnd-kgvx').matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)].map((m) => m[0]);
		expect(scripts).toHaveLength(2);
		expect(scripts[0]).toBe('<script src="/canh-bao-thu/print.js" defer></script>');
		expect(scripts[1]).toMatch(/^<script type="module" src="\/canh-bao-thu\/_astro\/[\w.-]+\.js"><\/script>$/);
		const total = scripts
			.map((s) => /src="\/canh-bao-thu\/([^"]+)"/.exec(s)![1])
			.reduce((n, src) => n + gzipSync(readFileSync(path.join(out, src))).length, 0);
		expect(total).toBeLessThan(5 * 1024);
	});

	it('lists authorities with their successors', () => {
		const shown = text(page('co-quan/so-tttt'));
		expect(shown).toContain('Cơ quan kế thừa: Sở Khoa học và Công nghệ');
		expect(text(page('bao-cao-su-co'))).toContain('Đội ứng cứu kiểm thử');
	});
});
