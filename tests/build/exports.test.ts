/**
 * Builds the fixture and checks the files beside the pages: social cards, CSAF documents and
 * their directory, indicator CSV and STIX. Every advisory page has exactly the files it should,
 * every file belongs to a page, every document validates, and a rebuild draws no card again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardPath } from '../../src/lib/outputs/cards/model.ts';
import { hasOwnCard } from '../../src/lib/outputs/cards/policy.ts';
import { dataFiles } from '../../src/lib/model/data-files.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { runBuild, tempOut } from '../helpers/build.ts';
import { csafErrors } from '../helpers/csaf.ts';
import { FIXTURE, TODAY } from '../helpers/fixture.ts';
import { stixProblems } from '../helpers/stix.ts';

const out = tempOut();
const cardCache = mkdtempSync(path.join(tmpdir(), 'canhbao-card-cache-'));
const BASE = 'https://example.gov.vn/canh-bao-thu/';
const { catalog, site } = checkContent(FIXTURE, TODAY);
let firstLog = '';

const read = (p: string) => readFileSync(path.join(out, p), 'utf8');
/** Every file under a folder of the output, as site paths. */
function files(dir: string, match: RegExp): string[] {
	const root = path.join(out, dir);
	if (!existsSync(root)) return [];
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => path.relative(out, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
		.filter((p) => match.test(p))
		.sort();
}
/** The site path an absolute URL of the site points at. */
const local = (url: string) => {
	expect(url.startsWith(BASE), url).toBe(true);
	return url.slice(BASE.length);
};

beforeAll(() => {
	const result = runBuild(FIXTURE, out, { env: { CANHBAO_CARD_CACHE: cardCache, CANHBAO_LOG: 'info' } });
	if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}\n${result.stdout}`);
	firstLog = result.stdout;
});

describe('files beside the advisory pages', () => {
	it('exist for every advisory page and belong to one, each kind of file counted', () => {
		const pages = files('canh-bao', /^canh-bao\/\d{4}\/[a-z0-9-]+\/index\.html$/).map((p) => p.replace(/index\.html$/, ''));
		expect(pages).toEqual(catalog.advisories.map((a) => a.path).sort());
		const expected = { csaf: [] as string[], iocCsv: [] as string[], stix: [] as string[], cards: [] as string[] };
		for (const a of catalog.advisories) {
			const f = dataFiles(a);
			if (f.csaf) expected.csaf.push(f.csaf);
			if (f.iocCsv) expected.iocCsv.push(f.iocCsv);
			if (f.stix) expected.stix.push(f.stix);
			if (hasOwnCard(a, catalog.today)) expected.cards.push(cardPath(a.path));
		}
		expect(files('.well-known/csaf/white', /\.json$/)).toEqual(expected.csaf.sort());
		expect(files('canh-bao', /\.ioc\.csv$/)).toEqual(expected.iocCsv.sort());
		expect(files('canh-bao', /\.stix\.json$/)).toEqual(expected.stix.sort());
		expect(files('og/canh-bao', /\.png$/)).toEqual(expected.cards.sort());
		// The fixture has one advisory of each: a vulnerability, one with indicators, a directive with neither;
		// only the active one (2026) has a card of its own, the 2019 and 2024 ones are past the window.
		expect([expected.csaf.length, expected.iocCsv.length, expected.stix.length, expected.cards.length]).toEqual([1, 1, 1, 1]);
	});

	it('are linked from their advisory page', () => {
		for (const a of catalog.advisories) {
			const html = read(`${a.path}index.html`);
			const links = [...html.matchAll(/<ul class="data-files">([\s\S]*?)<\/ul>/g)].flatMap((m) =>
				[...m[1].matchAll(/href="\/canh-bao-thu\/([^"]+)"/g)].map((l) => l[1]),
			);
			expect(links, a.id).toEqual(Object.values(dataFiles(a)).filter(Boolean));
			for (const link of links) expect(existsSync(path.join(out, link)), link).toBe(true);
		}
	});
});

describe('social cards', () => {
	it('exist for the home page, each advisory in the window, each shared kind and severity and every recipient, at 1200×630 and not blank', () => {
		const expected = [
			'og/trang-chu.png',
			'og/canh-bao/2026/7-skhcn-cntt.png',
			'og/chung/chi-dao-cao.png',
			'og/chung/lo-hong-nghiem-trong.png',
			...[...catalog.recipients.byId.keys()].map((id) => `og/don-vi/${id}.png`),
		];
		expect(files('og', /\.png$/)).toEqual(expected.sort());
		for (const card of expected) {
			const png = PNG.sync.read(readFileSync(path.join(out, card)));
			expect([png.width, png.height], card).toEqual([1200, 630]);
			const colours = new Set<number>();
			for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
			expect(colours.size, card).toBeGreaterThan(20);
		}
	});

	it('are the link preview of their page, with size and alt text', () => {
		const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
		for (const [page, card] of [
			['canh-bao/2026/7-skhcn-cntt/index.html', 'og/canh-bao/2026/7-skhcn-cntt.png'],
			['canh-bao/2024/5-stttt-cntt/index.html', 'og/chung/lo-hong-nghiem-trong.png'],
			['canh-bao/2019/10-ubnd-kgvx/index.html', 'og/chung/chi-dao-cao.png'],
			['index.html', 'og/trang-chu.png'],
			['canh-bao/index.html', 'og/trang-chu.png'],
		]) {
			const html = read(page);
			expect(local(meta(html, 'og:image')!), page).toBe(card);
			expect(meta(html, 'twitter:image'), page).toBe(meta(html, 'og:image'));
			expect([meta(html, 'og:image:width'), meta(html, 'og:image:height'), meta(html, 'twitter:card')]).toEqual([
				'1200',
				'630',
				'summary_large_image',
			]);
			expect(meta(html, 'og:image:alt')!.length, page).toBeGreaterThan(40);
		}
		// An advisory in the window is described by its own words; one past it by its kind and severity.
		expect(meta(read('canh-bao/2026/7-skhcn-cntt/index.html'), 'og:image:alt')).toMatch(
			/^Mã độc, văn bản số 7\/SKHCN-CNTT ngày 20\/11\/2026 của /,
		);
		expect(meta(read('canh-bao/2024/5-stttt-cntt/index.html'), 'og:image:alt')).toBe(
			`${site!.name}: cảnh báo loại lỗ hổng, mức độ nghiêm trọng.`,
		);
	});

	it('are all drawn by a cold build', () => {
		expect(firstLog).toMatch(/12 cards: 12 rendered, 0 from the cache/);
	});

	it('are not drawn again by a build of unchanged content', () => {
		const again = tempOut();
		const result = runBuild(FIXTURE, again, { env: { CANHBAO_CARD_CACHE: cardCache, CANHBAO_LOG: 'info' } });
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/12 cards: 0 rendered, 12 from the cache/);
		for (const card of files('og', /\.png$/))
			expect(readFileSync(path.join(again, card)).equals(readFileSync(path.join(out, card))), card).toBe(true);
	});
});

describe('the CSAF 2.0 directory', () => {
	const directory = '.well-known/csaf/white/';

	it('holds documents that validate, with matching hash files', async () => {
		const documents = files(directory, /\.json$/);
		expect(documents.length).toBeGreaterThan(0);
		for (const file of documents) {
			const text = read(file);
			const doc = JSON.parse(text);
			expect(await csafErrors(doc), file).toEqual([]);
			expect(local(doc.document.references.find((r: { category: string }) => r.category === 'self').url)).toBe(file);
			expect(file.split('/').at(-2)).toBe(doc.document.tracking.initial_release_date.slice(0, 4));
			for (const algorithm of ['sha256', 'sha512']) {
				const digest = createHash(algorithm).update(text).digest('hex');
				expect(read(`${file}.${algorithm}`)).toBe(`${digest}  ${path.basename(file)}\n`);
			}
		}
	});

	it('lists every document in index.txt and changes.csv, newest release first', () => {
		const documents = files(directory, /\.json$/).map((f) => f.slice(directory.length));
		const index = read(`${directory}index.txt`).split('\n').filter(Boolean);
		expect([...index].sort()).toEqual(documents);
		const changes = (parse(read(`${directory}changes.csv`)) as string[][]).map(([file, date]) => ({ file, date }));
		expect(changes.map((c) => c.file).sort()).toEqual(documents);
		for (const { file, date } of changes) expect(JSON.parse(read(directory + file)).document.tracking.current_release_date).toBe(date);
		expect(changes.map((c) => c.date)).toEqual(
			changes
				.map((c) => c.date)
				.sort()
				.reverse(),
		);
	});

	it('is described by provider-metadata.json', () => {
		const meta = JSON.parse(read('.well-known/csaf/provider-metadata.json'));
		expect(Object.keys(meta).sort()).toEqual([
			'canonical_url',
			'distributions',
			'last_updated',
			'list_on_CSAF_aggregators',
			'metadata_version',
			'mirror_on_CSAF_aggregators',
			'publisher',
			'role',
		]);
		expect(local(meta.canonical_url)).toBe('.well-known/csaf/provider-metadata.json');
		expect(local(meta.distributions[0].directory_url)).toBe(directory);
		expect(meta).toMatchObject({
			metadata_version: '2.0',
			role: 'csaf_provider',
			list_on_CSAF_aggregators: true,
			mirror_on_CSAF_aggregators: true,
		});
		expect(meta.last_updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
		const someDocument = JSON.parse(read(files(directory, /\.json$/)[0]));
		expect(meta.publisher).toEqual(someDocument.document.publisher);
	});

	it('has a listing in every folder whose links all resolve', () => {
		for (const folder of ['.well-known/csaf/', directory, `${directory}2024/`]) {
			const html = read(`${folder}index.html`);
			const links = [...html.matchAll(/href="\/canh-bao-thu\/([^"]*)"/g)].map((m) => m[1]);
			expect(links.length, folder).toBeGreaterThan(1);
			for (const link of links) expect(existsSync(path.join(out, link)), `${folder} → ${link}`).toBe(true);
		}
		expect(read(`${directory}2024/index.html`)).toContain('2024-5-stttt-cntt.json.sha512');
	});
});

describe('indicator files', () => {
	it('carry every indicator of the advisory, plainly, as CSV and as valid STIX 2.1', () => {
		for (const a of catalog.advisories.filter((x) => x.data.indicators.length)) {
			const f = dataFiles(a);
			const rows = parse(read(f.iocCsv!), { columns: true }) as { type: string; value: string }[];
			expect(rows.map((r) => [r.type, r.value])).toEqual(a.data.indicators.map((i) => [i.type, i.value]));
			const bundle = JSON.parse(read(f.stix!));
			expect(stixProblems(bundle)).toEqual([]);
			expect(bundle.objects.filter((o: { type: string }) => o.type === 'indicator')).toHaveLength(a.data.indicators.length);
		}
	});
});
