import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryOf, countOutputs, selfTimes } from '../../scripts/bench/cpu-profile.ts';

const frame = (url: string, functionName = 'f') => ({ url, functionName });

describe('the CPU profile summary', () => {
	it('names what code is by where it lives', () => {
		expect(categoryOf(frame('file:///r/node_modules/satori/dist/index.js'))).toBe('cards: satori (layout)');
		expect(categoryOf(frame('file:///r/src/lib/outputs/cards/render.ts'))).toBe('cards: resvg, PNG');
		expect(categoryOf(frame('file:///r/src/lib/outputs/csaf/document.ts'))).toBe('outputs: feeds, CSAF, STIX, CSV, JSON, calendars');
		expect(categoryOf(frame('file:///r/dist/.prerender/chunks/_slug_.astro.mjs'))).toBe('pages: components and views');
		expect(categoryOf(frame('file:///r/node_modules/astro/dist/core/build/generate.js'))).toBe('Astro runtime, rendering and build');
		expect(categoryOf(frame('', '(garbage collector)'))).toBe('garbage collection');
		expect(categoryOf(frame('node:fs'))).toBe('node: internals (fs, streams, modules)');
	});

	it('charges built-ins to the caller they worked for, and keeps garbage collection apart', () => {
		const profile = {
			nodes: [
				{ id: 1, callFrame: frame('', '(root)'), children: [2, 5] },
				{ id: 2, callFrame: frame('file:///r/src/lib/outputs/stix.ts'), children: [3] },
				{ id: 3, callFrame: frame('', 'stringify'), children: [4] },
				{ id: 4, callFrame: frame('node:buffer') },
				{ id: 5, callFrame: frame('', '(garbage collector)') },
			],
			startTime: 0,
			endTime: 4000,
			samples: [2, 3, 4, 5],
			timeDeltas: [1000, 1000, 1000, 1000],
		};
		expect(Object.fromEntries(selfTimes(profile))).toEqual({
			'outputs: feeds, CSAF, STIX, CSV, JSON, calendars': 3,
			'garbage collection': 1,
		});
	});

	it('counts a built site’s files by kind of output', async () => {
		const out = mkdtempSync(path.join(tmpdir(), 'canhbao-profile-out-'));
		for (const file of [
			'index.html',
			'canh-bao/2024/5-x/index.html',
			'canh-bao/2024/5-x.json',
			'canh-bao/2024/5-x.stix.json',
			'canh-bao/2024/5-x.ioc.csv',
			'og/chung/lo-hong-cao.png',
			'rss.xml',
			'.well-known/csaf/white/2024/x.json',
			'pagefind/pagefind.js',
		]) {
			mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
			writeFileSync(path.join(out, file), 'x');
		}
		const counts = Object.fromEntries(await countOutputs(out));
		expect(counts).toMatchObject({
			'HTML pages': 2,
			'social cards (PNG)': 1,
			'search index (pagefind/)': 1,
			'CSAF documents and hashes': 1,
			'feeds (RSS, Atom, JSON Feed, OPML)': 1,
			'STIX bundles': 1,
			'indicator CSV': 1,
			'advisory JSON': 1,
			'other files': 0,
		});
	});
});
