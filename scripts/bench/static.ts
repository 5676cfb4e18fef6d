/** A minimal static file server on 127.0.0.1 for benchmarks: a built site folder served at /. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.png': 'image/png',
};

export async function serveStatic(root: string): Promise<{ url: string; close(): Promise<void> }> {
	const server = createServer((request, response) => {
		let file = path.join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		if (!path.resolve(file).startsWith(path.resolve(root))) file = path.join(root, '404.html');
		if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
		if (!existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		// Cacheable for a while, as a static host or CDN would serve it: the warm figures then show what a returning reader fetches.
		response.writeHead(200, {
			'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
			'Cache-Control': 'public, max-age=300',
		});
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
