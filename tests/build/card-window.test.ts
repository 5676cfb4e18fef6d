/**
 * The social card policy over time (src/lib/outputs/cards/policy.ts): an advisory that is no
 * longer active keeps its own card for a year after its issue date; the first build after that
 * removes the card from the site and points the page at the shared card of its kind and severity.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, tempOut } from '../helpers/build.ts';
import { fixtureCopy, TODAY } from '../helpers/fixture.ts';

const FILE = 'advisories/2026/7-skhcn-cntt.mdx';
const PAGE = 'canh-bao/2026/7-skhcn-cntt/index.html';
const OWN = 'og/canh-bao/2026/7-skhcn-cntt.png';
const SHARED = 'og/chung/ma-doc-cao.png';
/** A year and a day after its issue date (2026-11-20). */
const LATER = '2027-11-21';

// Closed early, so only its age decides its card.
const content = fixtureCopy({ [FILE]: (text) => text.replace('severity: high\n', 'severity: high\nstatus: closed\n') });
const out = tempOut();
const cardCache = mkdtempSync(path.join(tmpdir(), 'canhbao-card-cache-'));
const ogImage = (html: string) => /<meta property="og:image" content="([^"]*)"/.exec(html)?.[1];
let before = '';
let after = '';
let secondLog = '';

beforeAll(() => {
	const build = (today: string) => {
		const result = runBuild(content, out, { env: { CANHBAO_CARD_CACHE: cardCache, CANHBAO_TODAY: today, CANHBAO_LOG: 'info' } });
		if (result.status !== 0) throw new Error(`build as of ${today} failed:\n${result.stderr}\n${result.stdout}`);
		return result.stdout;
	};
	build(TODAY);
	before = readFileSync(path.join(out, PAGE), 'utf8');
	expect(existsSync(path.join(out, OWN))).toBe(true);
	expect(existsSync(path.join(out, SHARED))).toBe(false);
	secondLog = build(LATER);
	after = readFileSync(path.join(out, PAGE), 'utf8');
});

describe('a card leaving the window', () => {
	it('is the page’s own card while the advisory is less than a year old', () => {
		expect(ogImage(before)).toMatch(new RegExp(`/${OWN}$`));
	});

	it('is replaced by the shared card of its kind and severity on the next build', () => {
		expect(ogImage(after)).toMatch(new RegExp(`/${SHARED}$`));
		expect(existsSync(path.join(out, SHARED))).toBe(true);
		expect(existsSync(path.join(out, OWN))).toBe(false);
		// Only what changed is drawn; the rest comes from the kept cache.
		expect(secondLog).toMatch(/\d+ cards: \d+ rendered, [1-9]\d* from the cache/);
	});
});
