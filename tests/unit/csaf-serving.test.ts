/**
 * The serving rules of the CSAF files (public/_headers for Netlify and Cloudflare Pages,
 * deploy/nginx.conf for the rest): media types, cross-origin reads, no redirects.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/serve/headers-file.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const nginx = readFileSync('deploy/nginx.conf', 'utf8');
const fingerprint = 'EE8F56459DE9B0E1F6447963B1DB26C5CDFFA929';

describe('public/_headers', () => {
	it('gives every CSAF file its media type, and each only one', () => {
		const types: [string, string][] = [
			['/.well-known/csaf/provider-metadata.json', 'application/json; charset=utf-8'],
			['/.well-known/csaf/feed-tlp-white.json', 'application/json; charset=utf-8'],
			['/.well-known/csaf/white/2024/2024-5-stttt-cntt.json', 'application/json; charset=utf-8'],
			['/.well-known/csaf/white/2024/2024-5-stttt-cntt.json.asc', 'application/pgp-signature'],
			['/.well-known/csaf/white/2024/2024-5-stttt-cntt.json.sha256', 'text/plain; charset=utf-8'],
			['/.well-known/csaf/white/2024/2024-5-stttt-cntt.json.sha512', 'text/plain; charset=utf-8'],
			[`/.well-known/csaf/openpgp/${fingerprint}.asc`, 'application/pgp-keys'],
			['/.well-known/security.txt', 'text/plain; charset=utf-8'],
		];
		for (const [path, type] of types) expect(headersFor(rules, path)['Content-Type'], path).toBe(type);
	});

	it('lets any origin read the CSAF files, and only those', () => {
		for (const path of [
			'/.well-known/csaf/',
			'/.well-known/csaf/white/index.txt',
			'/.well-known/csaf/white/2024/2024-5-stttt-cntt.json.asc',
		]) {
			expect(headersFor(rules, path)['Access-Control-Allow-Origin'], path).toBe('*');
		}
		for (const path of ['/', '/canh-bao/2024/5-stttt-cntt/', '/api/advisories.json'])
			expect(headersFor(rules, path)['Access-Control-Allow-Origin'], path).toBeUndefined();
	});

	it('keeps the security headers on the CSAF files', () => {
		expect(headersFor(rules, '/.well-known/csaf/provider-metadata.json')['X-Content-Type-Options']).toBe('nosniff');
	});
});

describe('deploy/nginx.conf', () => {
	/** The body of the `location ~ <regex> { … }` block, as written in the file ('' when there is none). */
	const location = (regex: string) => {
		const start = nginx.indexOf(`\n\tlocation ~ ${regex} {\n`);
		return start < 0 ? '' : nginx.slice(start, nginx.indexOf('\n\t}\n', start));
	};
	const csafLocation = '/\\.well-known/csaf(/|$)';
	const keyLocation = '/\\.well-known/csaf/openpgp/';

	it('sends Access-Control-Allow-Origin under /.well-known/csaf/ only, at the server level so the security headers stay', () => {
		expect(nginx).toContain('map $uri $csaf_cors {\n\t~/\\.well-known/csaf(/|$) "*";\n\tdefault "";\n}');
		expect(nginx).toMatch(/\n\tadd_header Access-Control-Allow-Origin \$csaf_cors always;\n/);
		// An add_header inside a location would replace every server-level header there.
		expect(location(csafLocation)).toMatch(/try_files/);
		expect(location(csafLocation)).not.toMatch(/add_header/);
		expect(location(keyLocation)).not.toMatch(/add_header/);
	});

	it('serves the CSAF files with their media types and without redirects, the key folder matched first', () => {
		expect(nginx.indexOf(`location ~ ${keyLocation} {`)).toBeLessThan(nginx.indexOf(`location ~ ${csafLocation} {`));
		const csaf = location(csafLocation);
		expect(csaf).toMatch(/application\/json json;/);
		expect(csaf).toMatch(/application\/pgp-signature asc;/);
		expect(csaf).toMatch(/text\/plain txt sha256 sha512;/);
		expect(location(keyLocation)).toMatch(/application\/pgp-keys asc;/);
		for (const body of [csaf, location(keyLocation)]) {
			expect(body).toMatch(/try_files \$uri \$\{uri\}index\.html =404;/);
			// `$uri/` in try_files, `return 30x` or `rewrite … redirect` would answer with a redirect.
			expect(body).not.toMatch(/\$uri\/|return 30|rewrite|redirect|permanent/);
		}
	});
});
