/**
 * Builds the sites the browser tests read and serves them on 127.0.0.1: the sample content at
 * the root (port 4399), and the fixture content under its sub-path /canh-bao-thu/ (port 4400),
 * which proves links, assets and search work when the site does not live at "/".
 * The two builds run one after the other: Astro's generated types folder is per project.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const sites = [
	{ port: 4399, out: '.cache/e2e/sample', content: 'content', root: '.cache/e2e/sample', base: '/' },
	{ port: 4400, out: '.cache/e2e/fixture/canh-bao-thu', content: 'tests/fixtures/basic', root: '.cache/e2e/fixture', base: '/canh-bao-thu/' },
];

for (const site of sites) {
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		stdio: 'inherit',
		env: { ...process.env, CANHBAO_CONTENT: site.content, CANHBAO_OUT: site.out, CANHBAO_TODAY: '2026-11-26', CANHBAO_LOG: 'quiet' },
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
	'.xml': 'application/xml', '.ics': 'text/calendar; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
	'.woff2': 'font/woff2', '.woff': 'font/woff', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
	'.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.opml': 'text/x-opml',
};

for (const site of sites) {
	createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		let file = path.join(site.root, decodeURIComponent(url.pathname));
		if (!path.resolve(file).startsWith(path.resolve(site.root))) file = '';
		if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
		const found = file && existsSync(file);
		const served = found ? file : path.join(site.out, '404.html');
		response.writeHead(found ? 200 : 404, { 'Content-Type': types[path.extname(served)] ?? 'application/octet-stream' });
		createReadStream(served).pipe(response);
	}).listen(site.port, '127.0.0.1');
}
console.log(`serving ${sites.map((s) => `http://127.0.0.1:${s.port}${s.base}`).join(' and ')}`);
