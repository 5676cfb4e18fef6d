import { beforeAll, describe, expect, it } from 'vitest';
import * as openpgp from 'openpgp';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
	expiryWarning,
	publicKeyPath,
	readSigningKey,
	signatureDate,
	signCleartext,
	signDetached,
	SIGNING_KEY_ENV,
	SIGNING_KEY_FILE_ENV,
	SIGNING_PASSPHRASE_ENV,
} from '../../src/lib/outputs/csaf/signing.ts';
import { gpgVerify, testKey, type TestKey } from '../helpers/openpgp.ts';

let plain: TestKey;
let locked: TestKey;
const text = '{\n  "document": {\n    "title": "Cảnh báo lỗ hổng trên Ivanti Connect Secure"\n  }\n}\n';

beforeAll(async () => {
	[plain, locked] = await Promise.all([testKey(), testKey({ passphrase: 'mật khẩu thử' })]);
});

const fails = async (env: Record<string, string>, project?: string) => {
	try {
		await readSigningKey(env, project);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected readSigningKey to fail');
};

describe('the signing key from the environment', () => {
	it('is absent when no key is set', async () => {
		expect(await readSigningKey({})).toBeNull();
		expect(await readSigningKey({ [SIGNING_KEY_ENV]: '  \n' })).toBeNull();
	});

	it('is read with its fingerprint and public part, and nothing private in the public part', async () => {
		const key = (await readSigningKey({ [SIGNING_KEY_ENV]: plain.privateKey }))!;
		expect(key.fingerprint).toBe(plain.fingerprint);
		expect(key.fingerprint).toMatch(/^[0-9A-F]{40}$/);
		expect(key.publicKey).toContain('-----BEGIN PGP PUBLIC KEY BLOCK-----');
		expect(key.publicKey).not.toContain('PRIVATE');
		await expect(openpgp.readPrivateKey({ armoredKey: key.publicKey })).rejects.toThrow();
		expect(publicKeyPath(key.fingerprint)).toBe(`.well-known/csaf/openpgp/${plain.fingerprint}.asc`);
	});

	it('is unlocked with its passphrase', async () => {
		const key = await readSigningKey({ [SIGNING_KEY_ENV]: locked.privateKey, [SIGNING_PASSPHRASE_ENV]: 'mật khẩu thử' });
		expect(key?.fingerprint).toBe(locked.fingerprint);
	});

	it('refuses, naming the variable and never echoing secrets, every wrong input', async () => {
		expect(await fails({ [SIGNING_KEY_ENV]: locked.privateKey })).toMatch(/environment: CANHBAO_CSAF_SIGNING_PASSPHRASE: is not set/);
		const wrong = await fails({ [SIGNING_KEY_ENV]: locked.privateKey, [SIGNING_PASSPHRASE_ENV]: 'sai-mat-khau' });
		expect(wrong).toMatch(/CANHBAO_CSAF_SIGNING_PASSPHRASE: does not unlock the key/);
		expect(wrong).not.toContain('sai-mat-khau');
		expect(await fails({ [SIGNING_KEY_ENV]: plain.publicKey })).toMatch(
			/CANHBAO_CSAF_SIGNING_KEY: is a public key; expected an armored private key/,
		);
		expect(await fails({ [SIGNING_KEY_ENV]: 'hunter2' })).toMatch(/CANHBAO_CSAF_SIGNING_KEY: is not an armored OpenPGP key/);
		const broken = plain.privateKey.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!!!!!!!!!!!!!!!!!');
		expect(await fails({ [SIGNING_KEY_ENV]: broken })).toMatch(/CANHBAO_CSAF_SIGNING_KEY: cannot be read as an OpenPGP private key/);
		expect(await fails({ [SIGNING_PASSPHRASE_ENV]: 'x' })).toMatch(
			/CANHBAO_CSAF_SIGNING_PASSPHRASE: is set but CANHBAO_CSAF_SIGNING_KEY is empty/,
		);
		expect(await fails({ [SIGNING_KEY_ENV]: `-----BEGIN PGP PRIVATE KEY BLOCK-----\n${'A'.repeat(300_000)}` })).toMatch(
			/at most 262144 bytes/,
		);
	});

	it('is read as GnuPG exports it, passphrase-protected, and signs what GnuPG verifies', async () => {
		// The operator's way (docs/csaf.md): gpg --quick-generate-key, then --export-secret-keys.
		const home = mkdtempSync(path.join(tmpdir(), 'canhbao-gpg-op-'));
		const gpg = (...args: string[]) =>
			spawnSync('gpg', ['--batch', '--pinentry-mode', 'loopback', '--passphrase', 'op pass', ...args], {
				env: { ...process.env, GNUPGHOME: home },
				encoding: 'utf8',
				timeout: 60_000,
			});
		try {
			expect(gpg('--quick-generate-key', 'Sở KH&CN (CSAF) <attt@example.gov.vn>', 'ed25519', 'sign', '2y').status).toBe(0);
			const fingerprint = /^fpr:+([0-9A-F]{40}):/m.exec(gpg('--with-colons', '--list-secret-keys').stdout)![1];
			const armored = gpg('--armor', '--export-secret-keys', fingerprint).stdout;
			const key = (await readSigningKey({ [SIGNING_KEY_ENV]: armored, [SIGNING_PASSPHRASE_ENV]: 'op pass' }))!;
			expect(key.fingerprint).toBe(fingerprint);
			const result = gpgVerify(gpg('--armor', '--export', fingerprint).stdout, await signDetached(text, key, new Date()), text);
			expect(result.ok, result.output).toBe(true);
		} finally {
			spawnSync('gpgconf', ['--kill', 'gpg-agent'], { env: { ...process.env, GNUPGHOME: home } });
			rmSync(home, { recursive: true, force: true });
		}
	});

	it('is read from a file outside the project, never from one inside it', async () => {
		const outside = path.join(mkdtempSync(path.join(tmpdir(), 'canhbao-key-')), 'signing.asc');
		writeFileSync(outside, plain.privateKey);
		expect((await readSigningKey({ [SIGNING_KEY_FILE_ENV]: outside }, process.cwd()))?.fingerprint).toBe(plain.fingerprint);
		expect(await fails({ [SIGNING_KEY_FILE_ENV]: outside }, path.dirname(outside))).toMatch(
			/environment: CANHBAO_CSAF_SIGNING_KEY_FILE: .*signing\.asc is inside the project folder/,
		);
		expect(await fails({ [SIGNING_KEY_FILE_ENV]: `${outside}.missing` })).toMatch(
			/CANHBAO_CSAF_SIGNING_KEY_FILE: cannot read .*\(ENOENT\)/,
		);
		expect(await fails({ [SIGNING_KEY_FILE_ENV]: outside, [SIGNING_KEY_ENV]: plain.privateKey })).toMatch(
			/is set together with CANHBAO_CSAF_SIGNING_KEY/,
		);
	});

	it('refuses an expired key', async () => {
		const { privateKey } = await openpgp.generateKey({
			userIDs: [{ name: 'old' }],
			keyExpirationTime: 1,
			date: new Date('2020-01-01T00:00:00Z'),
			format: 'armored',
		});
		expect(await fails({ [SIGNING_KEY_ENV]: privateKey })).toMatch(/CANHBAO_CSAF_SIGNING_KEY: cannot sign/);
	});

	it('warns from 60 days before the key expires', async () => {
		const { privateKey } = await openpgp.generateKey({ userIDs: [{ name: 'short' }], keyExpirationTime: 30 * 86_400, format: 'armored' });
		const key = (await readSigningKey({ [SIGNING_KEY_ENV]: privateKey }))!;
		expect(key.expires!.getTime() - key.created.getTime()).toBe(30 * 86_400_000);
		expect(expiryWarning(key, key.created)).toBe(
			`CSAF: the signing key ${key.fingerprint} expires on ${key.expires!.toISOString().slice(0, 10)}, in 30 days; make a new key and replace CANHBAO_CSAF_SIGNING_KEY before then (docs/csaf.md, "Rotate the key")`,
		);
		expect(expiryWarning(key, new Date(key.created.getTime() - 31 * 86_400_000))).toBeNull();
		expect(expiryWarning((await readSigningKey({ [SIGNING_KEY_ENV]: plain.privateKey }))!)).toBeNull();
	});

	it('refuses a version 6 key, which GnuPG cannot verify', async () => {
		const { privateKey } = await openpgp.generateKey({ userIDs: [{ name: 'v6' }], config: { v6Keys: true }, format: 'armored' });
		expect(await fails({ [SIGNING_KEY_ENV]: privateKey })).toMatch(/is a version 6 key; GnuPG verifies signatures of version 4 keys only/);
	});
});

describe('detached signatures', () => {
	it('verify with GnuPG against the exact bytes, and fail for changed bytes or another key', async () => {
		const key = (await readSigningKey({ [SIGNING_KEY_ENV]: plain.privateKey }))!;
		const signature = await signDetached(text, key, signatureDate('2024-03-04T00:00:00+07:00', key));
		expect(signature).toMatch(/^-----BEGIN PGP SIGNATURE-----/);
		const good = gpgVerify(key.publicKey, signature, text);
		expect(good.ok, good.output).toBe(true);
		expect(good.fingerprint).toBe(plain.fingerprint);
		expect(gpgVerify(key.publicKey, signature, text.replace('Ivanti', 'Ivant1')).ok).toBe(false);
		expect(gpgVerify(locked.publicKey, signature, text).ok).toBe(false);
	});

	it('sign security.txt in the clear, as GnuPG verifies it', async () => {
		const key = (await readSigningKey({ [SIGNING_KEY_ENV]: plain.privateKey }))!;
		const txt =
			'Contact: mailto:ucsc@example.gov.vn\n- a line starting with a dash\nCSAF: https://example.gov.vn/.well-known/csaf/provider-metadata.json\n';
		const signedText = await signCleartext(txt, key, key.created);
		expect(signedText).toContain('\nContact: mailto:ucsc@example.gov.vn\n- - a line starting with a dash\n');
		expect(gpgVerify(key.publicKey, signedText).ok).toBe(true);
		expect(gpgVerify(key.publicKey, signedText.replace('ucsc@', 'evil@')).ok).toBe(false);
	});

	it('verify with GnuPG for an RSA key too', async () => {
		const rsa = await testKey({ type: 'rsa' });
		const key = (await readSigningKey({ [SIGNING_KEY_ENV]: rsa.privateKey }))!;
		const result = gpgVerify(key.publicKey, await signDetached(text, key, key.created), text);
		expect(result.ok, result.output).toBe(true);
	});

	it('are dated by the release, or by the key when it is newer, and identical when made again', async () => {
		const key = (await readSigningKey({ [SIGNING_KEY_ENV]: plain.privateKey }))!;
		expect(signatureDate('2024-03-04T00:00:00+07:00', key)).toEqual(key.created);
		const later = new Date(key.created.getTime() + 86_400_000).toISOString();
		const weekAfter = new Date(key.created.getTime() + 7 * 86_400_000);
		expect(signatureDate(later, key, weekAfter)).toEqual(new Date(later));
		// Never after the build's clock: a future release date (a pinned CANHBAO_TODAY) is signed as of now.
		const hourAfter = new Date(key.created.getTime() + 3_600_000);
		expect(signatureDate(later, key, hourAfter)).toEqual(hourAfter);
		const date = signatureDate(later, key, weekAfter);
		expect(await signDetached(text, key, date)).toBe(await signDetached(text, key, date));
		const signature = await openpgp.readSignature({ armoredSignature: await signDetached(text, key, date) });
		expect(signature.packets[0].created).toEqual(date);
	});
});
