/** Runs the real build (scripts/build.ts) over a content root, as `npm run build` does. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TODAY } from './fixture.ts';

export interface BuildResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Vitest puts its own Vite variables (BASE_URL, MODE…) into process.env; a child build must not inherit them. */
export function cleanEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of [
		'BASE_URL',
		'MODE',
		'DEV',
		'PROD',
		'SSR',
		'VITEST',
		'VITEST_MODE',
		'VITEST_POOL_ID',
		'VITEST_WORKER_ID',
		'NODE_ENV',
		'TEST',
	])
		delete env[key];
	return env;
}

export interface BuildOptions {
	/** Cache folder to use (and keep); a fresh one when absent. */
	cache?: string;
	/** More environment variables for the build. */
	env?: Record<string, string>;
}

export function runBuild(content: string, out: string, options: BuildOptions = {}): BuildResult {
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		encoding: 'utf8',
		env: {
			...cleanEnv(),
			CANHBAO_CONTENT: content,
			CANHBAO_OUT: out,
			CANHBAO_TODAY: TODAY,
			// Each build its own caches unless a test shares them: builds of different content roots run side by side.
			CANHBAO_CACHE: options.cache ?? tempCache(),
			CANHBAO_CARD_CACHE: mkdtempSync(path.join(tmpdir(), 'canhbao-card-cache-')),
			CANHBAO_LOG: 'quiet',
			// A signing key in the developer's shell must not make test builds sign; tests that sign pass one.
			CANHBAO_CSAF_SIGNING_KEY: '',
			CANHBAO_CSAF_SIGNING_KEY_FILE: '',
			CANHBAO_CSAF_SIGNING_PASSPHRASE: '',
			...options.env,
		},
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempCache(): string {
	return mkdtempSync(path.join(tmpdir(), 'canhbao-cache-'));
}

export function tempOut(): string {
	return path.join(mkdtempSync(path.join(tmpdir(), 'canhbao-out-')), 'dist');
}
