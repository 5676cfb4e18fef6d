/**
 * A small static file server for built sites, for the browser tests and the audit: serves `dir`
 * at `base` on 127.0.0.1, maps folders to index.html, answers 404 with the site's 404.html, and
 * sends the headers of the site's `_headers` file, as the production host would.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.ics': 'text/calendar; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.opml': 'text/x-opml',
	'.pagefind': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
	'.rss': 'application/rss+xml',
	'.atom': 'application/atom+xml',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|wasm)|image\/svg)/;

export interface StaticSite {
	/** The built site folder. */
	dir: string;
	/** The path the site lives under, `/` or `/canh-bao/`. */
	base: string;
	/** 0 picks a free port. */
	port?: number;
}

export interface RunningSite {
	/** `http://127.0.0.1:<port><base>` */
	url: string;
	port: number;
	server: Server;
	close(): Promise<void>;
}

function fileFor(dir: string, base: string, pathname: string): string | undefined {
	if (!pathname.startsWith(base)) return undefined;
	const root = path.resolve(dir);
	let file = path.resolve(root, `.${pathname.slice(base.length - 1)}`);
	if (file !== root && !file.startsWith(root + path.sep)) return undefined;
	if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export function serveStatic({ dir, base, port = 0 }: StaticSite): Promise<RunningSite> {
	const headersFile = path.join(dir, '_headers');
	const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
	const server = createServer((request, response) => {
		let pathname: string;
		try {
			pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
		} catch {
			pathname = '';
		}
		const file = fileFor(dir, base, pathname);
		const served = file ?? path.join(dir, '404.html');
		const sitePath = file ? `/${path.relative(dir, file).split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1') : '/404.html';
		const type = types[path.extname(served)] ?? 'application/octet-stream';
		// Compressed as every production host sends text, so that page weights and Lighthouse
		// timings measure what readers download.
		const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		response.writeHead(file ? 200 : 404, {
			...headersFor(rules, sitePath),
			'Content-Type': type,
			...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
		});
		if (request.method === 'HEAD' || !existsSync(served)) response.end();
		else if (gzip) createReadStream(served).pipe(createGzip()).pipe(response);
		else createReadStream(served).pipe(response);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			const actual = (server.address() as AddressInfo).port;
			resolve({
				url: `http://127.0.0.1:${actual}${base}`,
				port: actual,
				server,
				close: () => new Promise((done) => server.close(() => done())),
			});
		});
	});
}
