/**
 * Builds the sites the browser tests read and serves them on 127.0.0.1: the sample content at
 * the root (port 4399), and the fixture content under its sub-path /canh-bao-thu/ (port 4400),
 * which proves links, assets and search work when the site does not live at "/".
 * The two builds run one after the other: Astro's generated types folder is per project.
 */
import { spawnSync } from 'node:child_process';
import { serveStatic } from './serve/static-server.ts';

// CANHBAO_E2E_PORT (as in playwright.config.ts): several working copies test at once; the fixture site uses the next port.
const port = Number(process.env.CANHBAO_E2E_PORT ?? 4399);

const sites = [
	// Search indexes of at most 20 records: the sample's two largest years are cut into parts, as a large
	// archive's are (src/lib/outputs/search.ts), so the search tests cover merging and sorting across them.
	{ port, out: '.cache/e2e/sample', content: 'content', base: '/', env: { CANHBAO_SEARCH_PART_RECORDS: '20' } },
	{ port: port + 1, out: '.cache/e2e/fixture/canh-bao-thu', content: 'tests/fixtures/basic', base: '/canh-bao-thu/', env: {} },
];

for (const site of sites) {
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		stdio: 'inherit',
		env: {
			...process.env,
			...site.env,
			CANHBAO_CONTENT: site.content,
			CANHBAO_OUT: site.out,
			CANHBAO_TODAY: '2026-11-26',
			CANHBAO_LOG: 'quiet',
		},
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const running = await Promise.all(sites.map((site) => serveStatic({ dir: site.out, base: site.base, port: site.port })));
console.log(`serving ${running.map((s) => s.url).join(' and ')}`);
