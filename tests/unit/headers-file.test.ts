import { describe, expect, it } from 'vitest';
import { headersFor, matchesPattern, parseHeadersFile } from '../../scripts/serve/headers-file.ts';

describe('the _headers file', () => {
	const rules = parseHeadersFile(
		[
			'# comment',
			'/*',
			'  X-Content-Type-Options: nosniff',
			'  Link: </a.css>; rel=preload',
			'',
			'/_astro/*',
			'  Cache-Control: max-age=31536000',
			'  Link: </b.css>; rel=preload',
		].join('\n'),
	);

	it('reads path patterns and their headers', () => {
		expect(rules).toEqual([
			{
				pattern: '/*',
				headers: [
					['X-Content-Type-Options', 'nosniff'],
					['Link', '</a.css>; rel=preload'],
				],
			},
			{
				pattern: '/_astro/*',
				headers: [
					['Cache-Control', 'max-age=31536000'],
					['Link', '</b.css>; rel=preload'],
				],
			},
		]);
	});

	it('gives a path every matching rule, joining repeated names', () => {
		expect(headersFor(rules, '/canh-bao/')).toEqual({ 'X-Content-Type-Options': 'nosniff', Link: '</a.css>; rel=preload' });
		expect(headersFor(rules, '/_astro/a.css')).toEqual({
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'max-age=31536000',
			Link: '</a.css>; rel=preload, </b.css>; rel=preload',
		});
	});

	it('matches splats and placeholders, and nothing else', () => {
		expect(matchesPattern('/don-vi/:id/', '/don-vi/so-y-te/')).toBe(true);
		expect(matchesPattern('/don-vi/:id/', '/don-vi/so-y-te/lich.ics')).toBe(false);
		expect(matchesPattern('/a.b', '/aXb')).toBe(false);
	});

	it('says which line is wrong', () => {
		expect(() => parseHeadersFile('/*\n  X-Frame-Options DENY')).toThrow(
			'_headers:2: expected "  Name: value" under a path, got "X-Frame-Options DENY"',
		);
		expect(() => parseHeadersFile('  X-Frame-Options: DENY')).toThrow('_headers:1:');
	});
});
