/** Test signing keys, made fresh in each run (never committed), and verification with GnuPG. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as openpgp from 'openpgp';

export interface TestKey {
	privateKey: string;
	publicKey: string;
	fingerprint: string;
}

/** A new Ed25519 (v4) key, as `gpg --quick-generate-key` makes by default; encrypted when a passphrase is given. */
export async function testKey(options: { passphrase?: string; type?: 'ecc' | 'rsa'; date?: Date } = {}): Promise<TestKey> {
	const { privateKey, publicKey } = await openpgp.generateKey({
		userIDs: [{ name: 'canhbao test', email: 'csaf-test@example.gov.vn' }],
		...(options.type === 'rsa' ? { type: 'rsa' as const, rsaBits: 3072 } : { type: 'ecc' as const, curve: 'curve25519Legacy' as const }),
		...(options.passphrase ? { passphrase: options.passphrase } : {}),
		...(options.date ? { date: options.date } : {}),
		format: 'armored',
	});
	const key = await openpgp.readKey({ armoredKey: publicKey });
	return { privateKey, publicKey, fingerprint: key.getFingerprint().toUpperCase() };
}

export interface GpgResult {
	ok: boolean;
	/** Fingerprint of the primary key of a good signature (VALIDSIG's last field). */
	fingerprint?: string;
	output: string;
}

/**
 * What `gpg --verify signature [data]` says with only `publicKey` in a fresh keyring: the check a
 * consumer runs. The keyring is removed afterwards.
 */
export function gpgVerify(publicKey: string, signature: string, data?: string | Buffer): GpgResult {
	const home = mkdtempSync(path.join(tmpdir(), 'canhbao-gpg-'));
	try {
		const files = { key: path.join(home, 'key.asc'), sig: path.join(home, 'doc.json.asc'), data: path.join(home, 'doc.json') };
		writeFileSync(files.key, publicKey);
		writeFileSync(files.sig, signature);
		// Without data, `signature` is a message signed in the clear (security.txt).
		if (data !== undefined) writeFileSync(files.data, data);
		const env = { ...process.env, GNUPGHOME: home };
		const imported = spawnSync('gpg', ['--batch', '--quiet', '--import', files.key], { env, encoding: 'utf8', timeout: 30_000 });
		if (imported.status !== 0) return { ok: false, output: imported.stderr };
		const verified = spawnSync('gpg', ['--batch', '--status-fd', '1', '--verify', files.sig, ...(data === undefined ? [] : [files.data])], {
			env,
			encoding: 'utf8',
			timeout: 30_000,
		});
		const validsig = /^\[GNUPG:\] VALIDSIG .* ([0-9A-F]{40,})$/m.exec(verified.stdout);
		return {
			ok: verified.status === 0 && /^\[GNUPG:\] GOODSIG /m.test(verified.stdout),
			fingerprint: validsig?.[1],
			output: verified.stdout + verified.stderr,
		};
	} finally {
		// gpg-agent may still hold the socket for a moment; a leftover temp folder is harmless.
		spawnSync('gpgconf', ['--kill', 'gpg-agent'], { env: { ...process.env, GNUPGHOME: home } });
		rmSync(home, { recursive: true, force: true });
	}
}
