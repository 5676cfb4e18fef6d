/**
 * deploy/nginx.conf serving a signed build under a sub-path, checked over HTTP: the CSAF files
 * with their media types, readable cross-origin, the security headers kept, and no redirect.
 * Needs nginx (Debian: apt-get install nginx-light); skipped, and saying so, without it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, tempOut } from '../helpers/build.ts';
import { FIXTURE } from '../helpers/fixture.ts';
import { testKey } from '../helpers/openpgp.ts';

const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
if (!nginx) console.warn('csaf-nginx.test.ts: nginx not installed, deploy/nginx.conf not served (apt-get install nginx-light)');

const dir = mkdtempSync(path.join(tmpdir(), 'canhbao-nginx-'));
// Started as root, nginx's workers run as nobody: they must be able to enter the folder.
chmodSync(dir, 0o755);
let origin = '';
let server: ChildProcess | undefined;
let fingerprint = '';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

describe.skipIf(!nginx)('deploy/nginx.conf', () => {
	beforeAll(async () => {
		const key = await testKey();
		fingerprint = key.fingerprint;
		const out = tempOut();
		const result = runBuild(FIXTURE, out, { env: { CANHBAO_CSAF_SIGNING_KEY: key.privateKey } });
		if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}\n${result.stdout}`);
		// The fixture's baseUrl has the sub-path /canh-bao-thu/: copied as the config's header says.
		cpSync(out, path.join(dir, 'www', 'canh-bao-thu'), { recursive: true });
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		const site = readFileSync('deploy/nginx.conf', 'utf8')
			.replace('listen 443 ssl;', `listen 127.0.0.1:${port};`)
			// `http2 on` needs nginx 1.25.1; Debian 12 has 1.22. Plain HTTP here anyway.
			.replace(/\n\thttp2 on;/, '')
			.replace('root /srv/canhbao/dist;', `root ${path.join(dir, 'www')};`)
			.replace(/\nserver \{\n\tlisten 80;[\s\S]*$/, '\n');
		for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, temp));
		writeFileSync(path.join(dir, 'site.conf'), site);
		writeFileSync(
			path.join(dir, 'nginx.conf'),
			[
				`pid ${dir}/nginx.pid;`,
				`error_log ${dir}/error.log;`,
				'events {}',
				'http {',
				'\taccess_log off;',
				...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `\t${t === 'body' ? 'client_body' : t}_temp_path ${dir}/${t};`),
				`\tinclude ${dir}/site.conf;`,
				'}',
			].join('\n'),
		);
		const conf = ['-c', path.join(dir, 'nginx.conf'), '-p', dir];
		const checked = spawnSync(nginx!, ['-t', ...conf], { encoding: 'utf8', timeout: 30_000 });
		if (checked.status !== 0) throw new Error(`nginx -t refuses the config:\n${checked.stderr}`);
		// In the foreground, as this process's child: stopped and reaped in afterAll.
		server = spawn(nginx!, [...conf, '-g', 'daemon off;'], { stdio: 'ignore' });
		for (let i = 0; i < 50; i++) {
			if (
				await fetch(origin).then(
					() => true,
					() => false,
				)
			)
				return;
			await new Promise((r) => setTimeout(r, 100));
		}
		throw new Error(`nginx did not answer on ${origin}: ${readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
	});

	afterAll(async () => {
		if (!server || server.exitCode !== null) return;
		const exited = new Promise((r) => server!.once('exit', r));
		server.kill('SIGQUIT');
		await exited;
	});

	const get = (p: string) => fetch(`${origin}/canh-bao-thu/${p}`, { redirect: 'manual' });

	it('serves every CSAF file with its media type, readable from any origin, with the security headers', async () => {
		const types: [string, string][] = [
			['.well-known/csaf/provider-metadata.json', 'application/json; charset=utf-8'],
			['.well-known/csaf/feed-tlp-white.json', 'application/json; charset=utf-8'],
			['.well-known/csaf/service.json', 'application/json; charset=utf-8'],
			['.well-known/csaf/white/2024/2024-5-stttt-cntt.json', 'application/json; charset=utf-8'],
			['.well-known/csaf/white/2024/2024-5-stttt-cntt.json.asc', 'application/pgp-signature'],
			['.well-known/csaf/white/2024/2024-5-stttt-cntt.json.sha256', 'text/plain; charset=utf-8'],
			['.well-known/csaf/white/2024/2024-5-stttt-cntt.json.sha512', 'text/plain; charset=utf-8'],
			['.well-known/csaf/white/index.txt', 'text/plain; charset=utf-8'],
			['.well-known/csaf/white/changes.csv', 'text/csv; charset=utf-8'],
			['.well-known/csaf/white/2024/', 'text/html; charset=utf-8'],
			[`.well-known/csaf/openpgp/${fingerprint}.asc`, 'application/pgp-keys'],
			['.well-known/csaf/openpgp/', 'text/html; charset=utf-8'],
		];
		for (const [p, type] of types) {
			const response = await get(p);
			expect(response.status, p).toBe(200);
			expect(response.headers.get('content-type'), p).toBe(type);
			expect(response.headers.get('access-control-allow-origin'), p).toBe('*');
			expect(response.headers.get('x-frame-options'), p).toBe('DENY');
			expect(response.headers.get('content-security-policy'), p).toMatch(/frame-ancestors 'none'/);
		}
	});

	it('never redirects under /.well-known/csaf/, and sends no CORS header elsewhere', async () => {
		expect((await get('.well-known/csaf/white')).status).toBe(404);
		expect((await get('.well-known/csaf')).status).toBe(404);
		const page = await get('canh-bao/2024/5-stttt-cntt/');
		expect(page.status).toBe(200);
		expect(page.headers.get('access-control-allow-origin')).toBeNull();
		const txt = await get('.well-known/security.txt');
		expect([txt.status, txt.headers.get('content-type')]).toEqual([200, 'text/plain; charset=utf-8']);
	});
});
