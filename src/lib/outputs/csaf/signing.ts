/**
 * OpenPGP signatures of the CSAF documents (CSAF 2.0 §7.1.19–20). The operator hands the build an
 * armored private key through the environment (CI secrets), never a file in the repository; the
 * build publishes only its public part. Signatures are detached and armored (`.json.asc`), the
 * form `gpg --verify file.json.asc file.json` reads.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import * as openpgp from 'openpgp';
import type { Problem } from '../../util/problems.ts';
import { ContentError } from '../../util/problems.ts';
import { routes } from '../../model/routes.ts';

export const SIGNING_KEY_ENV = 'CANHBAO_CSAF_SIGNING_KEY';
export const SIGNING_PASSPHRASE_ENV = 'CANHBAO_CSAF_SIGNING_PASSPHRASE';
/** Or the key in a file outside the project (GitLab's CI variables of type File cannot hold it masked otherwise). */
export const SIGNING_KEY_FILE_ENV = 'CANHBAO_CSAF_SIGNING_KEY_FILE';
/** An armored key with a few subkeys and signatures is a few KiB; anything far larger is not a key. */
const MAX_KEY_BYTES = 256 * 1024;
/** Folder of the public keys, beside provider-metadata.json, as CSAF 2.0 §7.1.20 suggests. */
export const OPENPGP_FOLDER = routes.csafOpenpgp;

export interface SigningKey {
	/** Upper-case hex, as `gpg --fingerprint` prints it without spaces: `3B1F…9C2A` (40 digits for a v4 key). */
	fingerprint: string;
	/** The public key, armored: the only part of the key that reaches the site. */
	publicKey: string;
	/** When the key was made: no signature can be dated before it. */
	created: Date;
	/** When the key stops signing, or null when it never expires. */
	expires: Date | null;
	privateKey: openpgp.PrivateKey;
}

/** Where the public key is published: `.well-known/csaf/openpgp/<fingerprint>.asc`. */
export function publicKeyPath(fingerprint: string): string {
	return `${OPENPGP_FOLDER}${fingerprint}.asc`;
}

const problem = (field: string, message: string): Problem => ({ file: 'environment', field, message });

/**
 * The signing key the environment names, decrypted and checked, or null when none is set.
 * Every way it can be wrong stops the build with one line naming the variable and the fix; the
 * messages never repeat the key or the passphrase.
 */
export async function readSigningKey(
	env: Record<string, string | undefined> = process.env,
	project = process.cwd(),
): Promise<SigningKey | null> {
	const armored = (env[SIGNING_KEY_FILE_ENV] ? keyFile(env, project) : env[SIGNING_KEY_ENV])?.trim();
	const passphrase = env[SIGNING_PASSPHRASE_ENV];
	if (!armored) {
		if (passphrase)
			throw new ContentError([problem(SIGNING_PASSPHRASE_ENV, `is set but ${SIGNING_KEY_ENV} is empty; set both or neither`)]);
		return null;
	}
	if (Buffer.byteLength(armored) > MAX_KEY_BYTES)
		throw new ContentError([
			problem(
				SIGNING_KEY_ENV,
				`is ${Buffer.byteLength(armored)} bytes; an armored OpenPGP private key is expected (at most ${MAX_KEY_BYTES} bytes)`,
			),
		]);
	if (!armored.startsWith('-----BEGIN PGP PRIVATE KEY BLOCK-----')) {
		const what = armored.startsWith('-----BEGIN PGP PUBLIC KEY BLOCK-----') ? 'a public key' : 'not an armored OpenPGP key';
		throw new ContentError([
			problem(
				SIGNING_KEY_ENV,
				`is ${what}; expected an armored private key ("-----BEGIN PGP PRIVATE KEY BLOCK-----", from gpg --armor --export-secret-keys <fingerprint>)`,
			),
		]);
	}
	let key: openpgp.PrivateKey;
	try {
		key = await openpgp.readPrivateKey({ armoredKey: armored });
	} catch (error) {
		throw new ContentError([
			problem(
				SIGNING_KEY_ENV,
				`cannot be read as an OpenPGP private key (${(error as Error).message}); expected the output of gpg --armor --export-secret-keys <fingerprint>`,
			),
		]);
	}
	// GnuPG (2.2, 2.4) cannot read RFC 9580 version 6 keys or their signatures; consumers mostly run it.
	if (key.keyPacket.version !== 4)
		throw new ContentError([
			problem(
				SIGNING_KEY_ENV,
				`is a version ${key.keyPacket.version} key; GnuPG verifies signatures of version 4 keys only: make the key with gpg --quick-generate-key (see docs/csaf.md)`,
			),
		]);
	if (!key.isDecrypted()) {
		if (!passphrase)
			throw new ContentError([
				problem(SIGNING_PASSPHRASE_ENV, `is not set, and the key in ${SIGNING_KEY_ENV} is protected by a passphrase`),
			]);
		try {
			key = await openpgp.decryptKey({ privateKey: key, passphrase });
		} catch {
			throw new ContentError([problem(SIGNING_PASSPHRASE_ENV, `does not unlock the key in ${SIGNING_KEY_ENV}`)]);
		}
	}
	try {
		await key.getSigningKey();
	} catch (error) {
		throw new ContentError([
			problem(SIGNING_KEY_ENV, `cannot sign: ${(error as Error).message} (an expired or revoked key, or one without a signing subkey)`),
		]);
	}
	const expiration = await key.getExpirationTime();
	return {
		fingerprint: key.getFingerprint().toUpperCase(),
		publicKey: key.toPublic().armor(),
		created: key.getCreationTime(),
		expires: expiration instanceof Date ? expiration : null,
		privateKey: key,
	};
}

/**
 * The key file's text. A file inside the project is refused: one `git add .` would publish the
 * private key with the content.
 */
function keyFile(env: Record<string, string | undefined>, project: string): string {
	if (env[SIGNING_KEY_ENV]?.trim())
		throw new ContentError([problem(SIGNING_KEY_FILE_ENV, `is set together with ${SIGNING_KEY_ENV}; set one of them`)]);
	const file = path.resolve(env[SIGNING_KEY_FILE_ENV]!);
	let real: string;
	try {
		real = realpathSync(file);
		const size = statSync(real).size;
		if (size > MAX_KEY_BYTES)
			throw new ContentError([
				problem(
					SIGNING_KEY_FILE_ENV,
					`${file} is ${size} bytes; an armored OpenPGP private key is expected (at most ${MAX_KEY_BYTES} bytes)`,
				),
			]);
	} catch (error) {
		if (error instanceof ContentError) throw error;
		throw new ContentError([
			problem(SIGNING_KEY_FILE_ENV, `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`),
		]);
	}
	const inside = path.relative(realpathSync(project), real);
	if (!inside.startsWith('..') && !path.isAbsolute(inside))
		throw new ContentError([
			problem(
				SIGNING_KEY_FILE_ENV,
				`${file} is inside the project folder; keep the private key outside it (and outside git), e.g. in the CI's secret store`,
			),
		]);
	return readFileSync(real, 'utf8');
}

/**
 * The signature's date: the document's current release, or the key's creation when the key is
 * newer (after a rotation every document is signed again by the new key). A fixed date, not the
 * build's clock, so that an unchanged document gets the same signature in every build.
 */
export function signatureDate(releaseTimestamp: string, key: Pick<SigningKey, 'created'>, now = new Date()): Date {
	const release = new Date(releaseTimestamp);
	const date = release > key.created ? release : key.created;
	// A release dated ahead (a pinned CANHBAO_TODAY, a typo) would make a signature from the future, which GnuPG flags.
	return date > now && now >= key.created ? now : date;
}

/** Days before expiry from which every build warns that the key must be rotated. */
export const EXPIRY_WARNING_DAYS = 60;

/** The build's warning when the key expires soon (docs/csaf.md, "Rotate the key"), else null. */
export function expiryWarning(key: Pick<SigningKey, 'fingerprint' | 'expires'>, now = new Date()): string | null {
	if (!key.expires) return null;
	const days = Math.floor((key.expires.getTime() - now.getTime()) / 86_400_000);
	if (days > EXPIRY_WARNING_DAYS) return null;
	return `CSAF: the signing key ${key.fingerprint} expires on ${key.expires.toISOString().slice(0, 10)}, in ${days} days; make a new key and replace ${SIGNING_KEY_ENV} before then (docs/csaf.md, "Rotate the key")`;
}

/** A detached, armored signature of exactly these bytes (the UTF-8 text of the document). */
export async function signDetached(text: string, key: SigningKey, date: Date): Promise<string> {
	const message = await openpgp.createMessage({ binary: new TextEncoder().encode(text) });
	return openpgp.sign({
		message,
		signingKeys: key.privateKey,
		detached: true,
		format: 'armored',
		date,
		// openpgp.js adds a random salt notation by default; without it an Ed25519 or RSA signature
		// depends only on key, date and bytes, as GnuPG's do, and rebuilds give identical files.
		config: { nonDeterministicSignaturesViaNotation: false },
	});
}

/**
 * A text signed in the clear (RFC 9116 §2.3 asks this of security.txt): readable as it is, and
 * `gpg --verify security.txt` checks it. Lines starting with "-" are dash-escaped by the format.
 */
export async function signCleartext(text: string, key: SigningKey, date: Date): Promise<string> {
	const message = await openpgp.createCleartextMessage({ text });
	const signed = await openpgp.sign({
		message,
		signingKeys: key.privateKey,
		date,
		config: { nonDeterministicSignaturesViaNotation: false },
	});
	// openpgp.js writes the signed lines with CRLF and the armor with LF; the signature is over the
	// canonical (CRLF) form either way, so plain LF throughout verifies the same and reads cleanly.
	return signed.replace(/\r\n/g, '\n');
}
