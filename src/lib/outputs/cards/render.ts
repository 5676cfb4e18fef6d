/**
 * Draws card models into PNG files with satori (layout to SVG) and resvg (SVG to PNG), through a
 * cache keyed by a digest of everything that decides the pixels: the drawn element tree, the font
 * files, the renderer versions and the size. An unchanged card is taken from the cache, never drawn.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { cardLayout, FONT_SUBSETS, FONT_WEIGHTS, fontFamilyName, LAYOUT_VERSION } from './layout.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardModel } from './model.ts';
import { encodePng } from './png.ts';

const require = createRequire(import.meta.url);

/** Cache entries not used by any build for this long are deleted, so the cache does not grow forever. */
export const CACHE_MAX_AGE_DAYS = 30;

/** Where cached PNGs live: `CANHBAO_CARD_CACHE`, else `.cache/cards` under the working directory. */
export function cardCacheDir(env: Record<string, string | undefined> = process.env): string {
	return path.resolve(env.CANHBAO_CARD_CACHE ?? path.join('.cache', 'cards'));
}

interface Font {
	name: string;
	data: Buffer;
	weight: (typeof FONT_WEIGHTS)[number];
	style: 'normal';
}

export interface CardRenderer {
	/** Digest of the renderer's own inputs (fonts, versions, size); part of every card's digest. */
	fingerprint: string;
	/** Renders one card to PNG bytes. */
	draw(card: CardModel): Promise<Buffer>;
}

function packageVersion(name: string): string {
	return (require(`${name}/package.json`) as { version: string }).version;
}

/** Loads the fonts (each subset under its own family name) and returns a renderer. */
export async function createRenderer(): Promise<CardRenderer> {
	const fonts: Font[] = [];
	const hash = createHash('sha256');
	hash.update(
		JSON.stringify({
			satori: packageVersion('satori'),
			resvg: packageVersion('@resvg/resvg-js'),
			w: CARD_WIDTH,
			h: CARD_HEIGHT,
			layout: LAYOUT_VERSION,
		}),
	);
	for (const subset of FONT_SUBSETS) {
		for (const weight of FONT_WEIGHTS) {
			// satori reads .woff but not .woff2.
			const file = require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`);
			const data = await readFile(file);
			hash.update(`${subset}-${weight}:`).update(data);
			fonts.push({ name: fontFamilyName(subset), data, weight, style: 'normal' });
		}
	}
	return {
		fingerprint: hash.digest('hex'),
		async draw(card) {
			// satori's types expect React elements; the plain-object tree is the documented JSX-free form.
			const svg = await satori(cardLayout(card) as unknown as Parameters<typeof satori>[0], {
				width: CARD_WIDTH,
				height: CARD_HEIGHT,
				fonts,
			});
			// Text is already paths in the SVG: resvg needs no fonts of its own.
			const image = await renderAsync(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } });
			return await encodePng(image.pixels, image.width, image.height);
		},
	};
}

/** The cache key of a card: what is drawn (the element tree) plus the renderer's fingerprint. */
export function cardDigest(card: CardModel, fingerprint: string): string {
	return createHash('sha256')
		.update(fingerprint)
		.update(JSON.stringify(cardLayout(card)))
		.digest('hex');
}

export interface CardStats {
	/** Cards drawn by this run. */
	rendered: number;
	/** Cards copied from the cache. */
	reused: number;
	/** Cache entries removed because no build had used them for CACHE_MAX_AGE_DAYS. */
	pruned: number;
	seconds: number;
	/** Paths (under the output folder) of the cards that were drawn. */
	renderedPaths: string[];
}

export interface RenderOptions {
	/** Where the cards go (`og/…png` under it); without it, only the cache is filled. */
	outDir?: string;
	cacheDir: string;
	/** Injected by tests to share one; created otherwise. */
	renderer?: CardRenderer;
	/** Cards drawn at once: satori runs on the main thread while resvg works in the thread pool. */
	concurrency?: number;
	now?: Date;
}

/** Writes every card into `outDir`, from the cache where possible (or only fills the cache). */
export async function renderCards(cards: CardModel[], options: RenderOptions): Promise<CardStats> {
	const started = performance.now();
	const now = options.now ?? new Date();
	await mkdir(options.cacheDir, { recursive: true });
	const seen = new Set<string>();
	for (const card of cards) {
		if (seen.has(card.path)) throw new Error(`two cards would be written to ${card.path}`);
		seen.add(card.path);
	}
	// Fonts are read (and hashed) once per build: their bytes are part of every digest.
	const renderer = options.renderer ?? (await createRenderer());
	const stats: CardStats = { rendered: 0, reused: 0, pruned: 0, seconds: 0, renderedPaths: [] };
	const used = new Set<string>();

	const one = async (card: CardModel) => {
		const digest = cardDigest(card, renderer.fingerprint);
		used.add(`${digest}.png`);
		const cached = path.join(options.cacheDir, `${digest}.png`);
		try {
			await utimes(cached, now, now);
			stats.reused++;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			const png = await renderer.draw(card);
			// Write then rename: builds sharing one cache never see half a file.
			const temp = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
			await writeFile(temp, png);
			await rename(temp, cached);
			stats.rendered++;
			stats.renderedPaths.push(card.path);
		}
		if (!options.outDir) return;
		const target = path.join(options.outDir, card.path);
		await mkdir(path.dirname(target), { recursive: true });
		// Never write into the target: it may be a link to another cache entry from an earlier run.
		await place(cached, target);
	};

	const queue = [...cards];
	const workers = Array.from({ length: Math.max(1, options.concurrency ?? 4) }, async () => {
		for (let card = queue.shift(); card; card = queue.shift()) await one(card);
	});
	await Promise.all(workers);
	stats.pruned = await prune(options.cacheDir, used, now);
	stats.seconds = (performance.now() - started) / 1000;
	return stats;
}

/**
 * Puts a cached image into the output: a hard link where the cache and the output share a file
 * system (nothing to copy; neither side is ever written in place), a copy where they do not.
 */
async function place(cached: string, target: string): Promise<void> {
	await rm(target, { force: true });
	try {
		await link(cached, target);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') throw error;
		await copyFile(cached, target);
	}
}

async function prune(dir: string, used: ReadonlySet<string>, now: Date): Promise<number> {
	const limit = now.getTime() - CACHE_MAX_AGE_DAYS * 86_400_000;
	let pruned = 0;
	for (const name of await readdir(dir)) {
		if (used.has(name)) continue;
		const file = path.join(dir, name);
		try {
			const info = await stat(file);
			// Leftover temporary files of a crashed build are pruned the same way.
			if (info.mtimeMs < limit) {
				await rm(file, { force: true });
				pruned++;
			}
		} catch {
			// Another build removed it first.
		}
	}
	return pruned;
}
