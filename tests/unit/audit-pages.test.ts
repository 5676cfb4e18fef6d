import { describe, expect, it } from 'vitest';
import { builtSite, sampleSite, templates, type Template } from '../../scripts/audit/pages.ts';
import { page, tinySite } from '../helpers/tiny-site.ts';

const location = { origin: 'https://canhbao.example.gov.vn', base: '/canh-bao/' };

describe('the audit’s sample pages', () => {
	it('takes the largest page of a template and an advisory of each kind from its listing', () => {
		const dir = tinySite({
			'index.html': page(''),
			'don-vi/so-y-te/index.html': page('x'.repeat(500)),
			'don-vi/so-khcn/index.html': page('x'.repeat(900)),
			'don-vi/so-khcn/viec-can-lam/index.html': page('x'.repeat(5000)),
			'canh-bao/loai/ma-doc/index.html': page(
				'<a href="/canh-bao/canh-bao/2026/1-a/">a</a><a href="/canh-bao/canh-bao/2025/2-b/">b</a><a href="/canh-bao/canh-bao/2024/khong-co/">c</a>',
			),
			'canh-bao/2026/1-a/index.html': page('short'),
			'canh-bao/2025/2-b/index.html': page('x'.repeat(800)),
			'canh-bao/2024/9-c/index.html': page('x'.repeat(9000)),
			'tim-kiem/index.html': page('', '<meta name="robots" content="noindex">'),
		});
		const { samples } = sampleSite(builtSite(dir, location));
		const byName = Object.fromEntries(samples.map((s) => [s.template.name, s]));
		expect(byName.recipient.path).toBe('don-vi/so-khcn/');
		expect(byName['advisory (malware)'].path).toBe('canh-bao/2025/2-b/');
		expect(byName.home.path).toBe('');
		expect(byName.search.noindex).toBe(true);
		expect(byName['search results'].path).toMatch(/^tim-kiem\/\?q=/);
		expect(byName.home.noindex).toBe(false);
	});

	it('fails a template that has landed but is missing, and only notes one still pending', () => {
		const dir = tinySite({ 'index.html': page('') });
		const list: Template[] = [
			templates.find((t) => t.name === 'home')!,
			{
				name: 'incident report',
				find: (s) => (s.pages.includes('bao-cao-su-co/index.html') ? 'bao-cao-su-co/index.html' : undefined),
				landed: true,
			},
			{ name: 'subscribe', find: () => undefined, landed: false },
		];
		const sampling = sampleSite(builtSite(dir, location), list);
		expect(sampling.samples.map((s) => s.template.name)).toEqual(['home']);
		expect(sampling.missing.map((t) => t.name)).toEqual(['incident report']);
		expect(sampling.pending.map((t) => t.name)).toEqual(['subscribe']);
	});

	it('lists every template the issue names', () => {
		const names = templates.map((t) => t.name);
		for (const name of [
			'home',
			'advisory (directive)',
			'advisory (vulnerability)',
			'advisory (malware)',
			'advisory (data-leak)',
			'advisory (incident)',
			'advisory (other)',
			'archive',
			'recipient',
			'consolidated checklist',
			'search',
			'subscribe',
			'incident report',
			'not found',
		]) {
			expect(names).toContain(name);
		}
		expect(templates.filter((t) => t.quick).map((t) => t.name)).toEqual(['home', 'advisory (directive)', 'recipient']);
	});
});
