import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { advisoryCard, cardPath, homeCard, recipientCard, severityColour, type CardModel } from '../../src/lib/outputs/cards/model.ts';
import { cardLayout, clip } from '../../src/lib/outputs/cards/layout.ts';
import { buildCards } from '../../src/lib/outputs/cards/policy.ts';
import { CACHE_MAX_AGE_DAYS, cardDigest, createRenderer, renderCards, type CardRenderer } from '../../src/lib/outputs/cards/render.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { FIXTURE, TODAY } from '../helpers/fixture.ts';

const { catalog, site } = checkContent(FIXTURE, TODAY);
const ivanti = catalog.byId.get('2024/5-stttt-cntt')!;

/** Share of pixels clearly darker than the white background. */
function ink(png: Buffer): { width: number; height: number; dark: number } {
	const image = PNG.sync.read(png);
	let dark = 0;
	for (let i = 0; i < image.data.length; i += 4) if (image.data[i] + image.data[i + 1] + image.data[i + 2] < 3 * 160) dark++;
	return { width: image.width, height: image.height, dark: dark / (image.width * image.height) };
}

describe('card models', () => {
	it('place each card beside the page it previews', () => {
		expect(cardPath('canh-bao/2019/357-ubnd-kgvx/')).toBe('og/canh-bao/2019/357-ubnd-kgvx.png');
		expect(cardPath('don-vi/so-y-te/')).toBe('og/don-vi/so-y-te.png');
		expect(cardPath('')).toBe('og/trang-chu.png');
	});

	it('show an advisory’s subject, number, date, issuer and severity colour', () => {
		const card = advisoryCard(ivanti, site!);
		expect(card.title).toBe('Cảnh báo lỗ hổng trên Ivanti Connect Secure');
		expect(card.lines).toEqual(['Số 5/STTTT-CNTT · 04/03/2024', 'Sở Thông tin và Truyền thông']);
		expect(card.accent).toBe(severityColour.critical);
		expect(card.badges.map((b) => b.text)).toEqual(['Mức độ: Nghiêm trọng', 'Lỗ hổng', 'Đã được thay thế']);
		expect(card.alt).toBe(
			'Lỗ hổng, văn bản số 5/STTTT-CNTT ngày 04/03/2024 của Sở Thông tin và Truyền thông: Cảnh báo lỗ hổng trên Ivanti Connect Secure. Mức độ: Nghiêm trọng.',
		);
		expect(card.host).toBe('example.gov.vn');
	});

	it('count what reaches a recipient and say when it has ceased', () => {
		const huyen = recipientCard(catalog.recipients.get('ubnd-h-a')!, catalog, site!);
		expect(huyen.path).toBe('og/don-vi/ubnd-h-a.png');
		expect(huyen.lines).toEqual(['1 cảnh báo · 0 việc cần làm đang mở', 'Đã giải thể hoặc hợp nhất vào UBND xã B']);
		const xa = recipientCard(catalog.recipients.get('ubnd-x-b')!, catalog, site!);
		expect(xa.lines).toEqual(['2 cảnh báo · 2 việc cần làm đang mở']);
	});

	it('cover the home page, every advisory (its own card or a shared one) and every recipient, each at its own path', () => {
		const cards = buildCards(catalog, site!);
		// The fixture's 2019 directive and 2024 vulnerability are past the window and of different kinds.
		expect(cards).toHaveLength(1 + 1 + 2 + catalog.recipients.byId.size);
		expect(new Set(cards.map((c) => c.path)).size).toBe(cards.length);
		expect(homeCard(catalog, site!).lines).toEqual(['1 cảnh báo đang hiệu lực']);
	});
});

describe('long text on a card', () => {
	it('is cut between words and ends with an ellipsis', () => {
		const text = 'Cảnh báo chiến dịch tấn công có chủ đích nhắm vào các cơ quan nhà nước thông qua thư điện tử giả mạo';
		const cut = clip(text, 40);
		expect(cut.length).toBeLessThanOrEqual(40);
		expect(cut.endsWith('…')).toBe(true);
		expect(text.startsWith(cut.slice(0, -1))).toBe(true);
		expect(text.charAt(cut.length - 1)).toBe(' ');
		expect(clip('ngắn   gọn', 40)).toBe('ngắn gọn');
	});

	it('is clamped by the layout to four lines', () => {
		const layout = JSON.stringify(cardLayout({ ...advisoryCard(ivanti, site!), title: 'x '.repeat(400) }));
		expect(layout).toContain('"lineClamp":4');
		expect(layout).not.toContain('x '.repeat(100));
	});
});

describe('the cache digest', () => {
	const card = advisoryCard(ivanti, site!);
	it('changes with anything drawn and with the renderer, not with the alt text', () => {
		const digest = cardDigest(card, 'fonts-a');
		expect(cardDigest({ ...card }, 'fonts-a')).toBe(digest);
		expect(cardDigest({ ...card, alt: 'other words' }, 'fonts-a')).toBe(digest);
		expect(cardDigest({ ...card, title: `${card.title}.` }, 'fonts-a')).not.toBe(digest);
		expect(cardDigest({ ...card, accent: '#000000' }, 'fonts-a')).not.toBe(digest);
		expect(cardDigest(card, 'fonts-b')).not.toBe(digest);
	});
});

describe('rendering', () => {
	let renderer: CardRenderer;
	beforeAll(async () => {
		renderer = await createRenderer();
	});

	it('draws a 1200×630 PNG that is not blank', async () => {
		const image = ink(await renderer.draw(advisoryCard(ivanti, site!)));
		expect([image.width, image.height]).toEqual([1200, 630]);
		expect(image.dark).toBeGreaterThan(0.03);
		expect(image.dark).toBeLessThan(0.5);
	});

	it('draws Vietnamese letters (they come from the Vietnamese font subset)', async () => {
		const base: CardModel = { ...homeCard(catalog, site!), site: '', subtitle: undefined, lines: [], host: '' };
		const empty = ink(await renderer.draw({ ...base, title: '' })).dark;
		// None of these letters is in the latin subsets: were the Vietnamese file missing, they would be blank.
		const vietnamese = ink(await renderer.draw({ ...base, title: 'ẰỬỜĐỢỘ ặữờđợộ ẰỬỜĐỢỘ' })).dark;
		expect(vietnamese - empty).toBeGreaterThan(0.01);
	});

	it('draws each card once and then serves it from the cache', async () => {
		const out = mkdtempSync(path.join(tmpdir(), 'canhbao-cards-'));
		const cache = mkdtempSync(path.join(tmpdir(), 'canhbao-card-cache-'));
		const cards = buildCards(catalog, site!).slice(0, 4);
		const first = await renderCards(cards, { outDir: out, cacheDir: cache, renderer });
		expect([first.rendered, first.reused]).toEqual([4, 0]);
		const second = await renderCards(cards, { outDir: `${out}-2`, cacheDir: cache, renderer });
		expect([second.rendered, second.reused]).toEqual([0, 4]);
		expect(readFileSync(path.join(`${out}-2`, cards[1].path))).toEqual(readFileSync(path.join(out, cards[1].path)));
		const changed = cards.map((c, i) => (i === 2 ? { ...c, title: `${c.title} (sửa)` } : c));
		const third = await renderCards(changed, { outDir: `${out}-3`, cacheDir: cache, renderer });
		expect([third.rendered, third.reused, third.renderedPaths]).toEqual([1, 3, [cards[2].path]]);
	});

	it('removes cache entries no build has used for a month', async () => {
		const cache = mkdtempSync(path.join(tmpdir(), 'canhbao-card-cache-'));
		const stale = path.join(cache, `${'0'.repeat(64)}.png`);
		const recent = path.join(cache, `${'1'.repeat(64)}.png`);
		writeFileSync(stale, 'old');
		writeFileSync(recent, 'new');
		const old = new Date(Date.now() - (CACHE_MAX_AGE_DAYS + 1) * 86_400_000);
		utimesSync(stale, old, old);
		const stats = await renderCards([homeCard(catalog, site!)], {
			outDir: mkdtempSync(path.join(tmpdir(), 'canhbao-cards-')),
			cacheDir: cache,
			renderer,
		});
		expect(stats.pruned).toBe(1);
		expect(readdirSync(cache).sort()).toHaveLength(2);
		expect(statSync(recent).isFile()).toBe(true);
	});

	it('refuses two cards for one path', async () => {
		const card = homeCard(catalog, site!);
		await expect(
			renderCards([card, card], { outDir: tmpdir(), cacheDir: mkdtempSync(path.join(tmpdir(), 'c-')), renderer }),
		).rejects.toThrow(/og\/trang-chu.png/);
	});
});

describe('cards placed into an output folder that already has them', () => {
	it('never write through to other cache entries', async () => {
		const renderer = await createRenderer();
		const out = mkdtempSync(path.join(tmpdir(), 'canhbao-cards-'));
		const cache = mkdtempSync(path.join(tmpdir(), 'canhbao-card-cache-'));
		const card = homeCard(catalog, site!);
		await renderCards([card], { outDir: out, cacheDir: cache, renderer });
		const before = readdirSync(cache).map((f) => [f, readFileSync(path.join(cache, f))] as const);
		await renderCards([{ ...card, title: 'Khác' }], { outDir: out, cacheDir: cache, renderer });
		for (const [file, bytes] of before) expect(readFileSync(path.join(cache, file)).equals(bytes)).toBe(true);
		expect(readdirSync(cache)).toHaveLength(2);
	});
});
