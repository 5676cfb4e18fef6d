/**
 * Long histories: recipient and authority pages list only the newest advisories and point to the
 * search page, pre-filtered, for the rest. Built from a generated corpus large enough to pass
 * the limits (src/lib/model/page-limits.ts).
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { decodeEntities } from '../../scripts/audit/html-tags.ts';
import { PAGE_LIMITS } from '../../src/lib/model/page-limits.ts';
import { runBuild, tempOut } from '../helpers/build.ts';

const out = tempOut();
const page = (p: string) => readFileSync(path.join(out, p, 'index.html'), 'utf8');
/** The "older ones" link of a page: its count and the search it opens. */
function olderLinks(html: string): { older: number; search: URLSearchParams }[] {
	return [...html.matchAll(/Còn (\d+) [^<]*cũ hơn[^<]*<a href="([^"]+)"/g)].map((m) => ({
		older: Number(m[1]),
		search: new URL(decodeEntities(m[2]), 'https://x.invalid').searchParams,
	}));
}

beforeAll(async () => {
	const content = path.join(mkdtempSync(path.join(tmpdir(), 'canhbao-corpus-')), 'content');
	await generateCorpus(content, 160, 1);
	const result = runBuild(content, out);
	if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}\n${result.stdout}`);
}, 240_000);

describe('pages with a long history', () => {
	it('list the newest advisories of a recipient and link to the search filtered by it', () => {
		const pages = readdirSync(path.join(out, 'don-vi')).filter((id) => !id.includes('.'));
		const long = pages
			.map((id) => ({ id, html: page(`don-vi/${id}`) }))
			.find(({ html }) => olderLinks(html).some((l) => !l.search.has('viec')));
		expect(long, 'a recipient with more advisories than the limit').toBeDefined();
		const { html } = long!;
		const rows = html.match(/<table class="received">[\s\S]*?<\/table>/)![0].match(/<tr>/g)!.length - 1;
		expect(rows).toBe(PAGE_LIMITS.recipientAdvisories);
		const link = olderLinks(html).find((l) => !l.search.has('viec'))!;
		expect(link.older).toBeGreaterThan(0);
		const name = /<h1>([^<]+)<\/h1>/.exec(html)![1];
		expect(link.search.get('don-vi')).toBe(decodeEntities(name));
		expect(link.search.get('sap-xep')).toBe('moi');
		// The search page offers that recipient as a filter value, so the form shows it selected.
		expect(decodeEntities(page('tim-kiem'))).toContain(`<option value="${decodeEntities(name)}">`);
	});

	it('list the newest advisories an authority issued and link to the search filtered by issuer', () => {
		const ids = readdirSync(path.join(out, 'co-quan')).filter((id) => !id.includes('.'));
		const found = ids.flatMap((id) => olderLinks(page(`co-quan/${id}`)).filter((l) => l.search.has('co-quan')));
		expect(found.length).toBeGreaterThan(0);
		expect(decodeEntities(page('tim-kiem'))).toContain(`<option value="${found[0].search.get('co-quan')}">`);
	});
});
