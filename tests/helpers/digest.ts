/** Runs `scripts/digest.ts` as `npm run digest` would, against published data made from a fixture. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { exportContentRoot } from '../../src/lib/outputs/advisory-json.ts';
import { TODAY } from './fixture.ts';

export interface DigestRun {
	status: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

const made: string[] = [];
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A private folder for one test: published data, subscriber file, ledger, dry-run output. */
export async function digestWorkspace(contentRoot: string, subscribers: string, ext: 'yaml' | 'csv' = 'yaml') {
	const dir = mkdtempSync(path.join(tmpdir(), 'canhbao-digest-'));
	made.push(dir);
	mkdirSync(path.join(dir, 'api'));
	const data = path.join(dir, 'api', 'advisories.json');
	writeFileSync(data, JSON.stringify(await exportContentRoot(contentRoot, TODAY)));
	const subscriberFile = path.join(dir, `subscribers.${ext}`);
	writeFileSync(subscriberFile, subscribers);
	return { dir, data, subscribers: subscriberFile, ledger: path.join(dir, 'subscribers.ledger.jsonl') };
}

export function digestEnv(port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		PATH: process.env.PATH,
		HOME: process.env.HOME,
		SMTP_HOST: '127.0.0.1',
		SMTP_PORT: String(port),
		SMTP_FROM: '"Cảnh báo thử" <canhbao@example.gov.vn>',
		CANHBAO_TODAY: TODAY,
		CANHBAO_DIGEST_SECRET: 'test-secret',
		CANHBAO_UNSUBSCRIBE_URL: 'https://dangky.example.gov.vn/huy?t={token}',
		CANHBAO_DIGEST_BACKOFF_MS: '20',
		...extra,
	};
	return env;
}

export function startDigest(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<DigestRun> } {
	const child = spawn(process.execPath, ['scripts/digest.ts', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let stdout = '';
	let stderr = '';
	child.stdout!.on('data', (c: Buffer) => (stdout += c));
	child.stderr!.on('data', (c: Buffer) => (stderr += c));
	const done = new Promise<DigestRun>((resolve) => child.once('close', (status, signal) => resolve({ status, signal, stdout, stderr })));
	return { child, done };
}

export function runDigestCli(args: string[], env: NodeJS.ProcessEnv): Promise<DigestRun> {
	return startDigest(args, env).done;
}
