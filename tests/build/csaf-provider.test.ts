/**
 * The CSAF channel a consumer can trust: the fixture built with a signing key made here (never
 * committed) is a trusted provider whose every document's hashes and signature verify with
 * GnuPG; built without one it is a valid provider, as before. The requirement check itself is
 * shown to fail on a tampered copy, so a regression cannot pass unseen.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, tempCache, tempOut } from '../helpers/build.ts';
import { checkCsafProvider } from '../helpers/csaf-provider.ts';
import { FIXTURE } from '../helpers/fixture.ts';
import { testKey, type TestKey } from '../helpers/openpgp.ts';

const BASE = 'https://example.gov.vn/canh-bao-thu/';
const PASSPHRASE = 'cụm mật khẩu thử nghiệm';
const signed = tempOut();
const plain = tempOut();
const cache = tempCache();
let key: TestKey;
let rotated: TestKey;
const logs: Record<string, string> = {};

const signingEnv = (k: TestKey) => ({
	CANHBAO_CSAF_SIGNING_KEY: k.privateKey,
	CANHBAO_CSAF_SIGNING_PASSPHRASE: PASSPHRASE,
	CANHBAO_LOG: 'info',
});
function build(out: string, env: Record<string, string>, options: { cache?: string } = {}) {
	const result = runBuild(FIXTURE, out, { env, ...options });
	if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}\n${result.stdout}`);
	return result.stdout;
}
/** Every file of an output folder, as paths inside it. */
const allFiles = (out: string) =>
	readdirSync(out, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => path.relative(out, path.join(e.parentPath, e.name)));

beforeAll(async () => {
	[key, rotated] = await Promise.all([testKey({ passphrase: PASSPHRASE }), testKey({ passphrase: PASSPHRASE })]);
	logs.signed = build(signed, signingEnv(key), { cache });
	// An operator's key left in the shell must not make this build sign.
	logs.plain = build(plain, { CANHBAO_CSAF_SIGNING_KEY: '', CANHBAO_LOG: 'info' });
});

describe('a build with a signing key', () => {
	it('publishes a trusted-provider directory in which every hash and signature verifies', async () => {
		const check = await checkCsafProvider(signed, BASE);
		expect(check.problems).toEqual([]);
		expect(check.role).toBe('csaf_trusted_provider');
		expect(check.documents).toEqual(['.well-known/csaf/white/2024/2024-5-stttt-cntt.json']);
		const meta = JSON.parse(readFileSync(path.join(signed, '.well-known/csaf/provider-metadata.json'), 'utf8'));
		expect(meta.public_openpgp_keys).toEqual([
			{ fingerprint: key.fingerprint, url: `${BASE}.well-known/csaf/openpgp/${key.fingerprint}.asc` },
		]);
		expect(logs.signed).toContain(`CSAF: documents signed with OpenPGP key ${key.fingerprint}; role csaf_trusted_provider`);
	});

	it('signs security.txt in the clear, and leaves it plain without a key', () => {
		const text = readFileSync(path.join(signed, '.well-known/security.txt'), 'utf8');
		expect(text).toMatch(/^-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA\d+\n\n# /);
		expect(text).toContain(`\nCSAF: ${BASE}.well-known/csaf/provider-metadata.json\n\n-----BEGIN PGP SIGNATURE-----`);
		expect(readFileSync(path.join(plain, '.well-known/security.txt'), 'utf8')).toMatch(/^# [^\n]+\nContact: /);
	});

	it('lists the signatures and the key folder in the directory listings', () => {
		expect(readFileSync(path.join(signed, '.well-known/csaf/white/2024/index.html'), 'utf8')).toContain('2024-5-stttt-cntt.json.asc"');
		expect(readFileSync(path.join(signed, '.well-known/csaf/index.html'), 'utf8')).toContain('/.well-known/csaf/openpgp/"');
		expect(readFileSync(path.join(signed, '.well-known/csaf/openpgp/index.html'), 'utf8')).toContain(`${key.fingerprint}.asc"`);
	});

	it('never publishes the private key or the passphrase', () => {
		for (const file of allFiles(signed)) {
			const bytes = readFileSync(path.join(signed, file));
			expect(bytes.includes('PRIVATE KEY'), file).toBe(false);
			expect(bytes.includes(PASSPHRASE), file).toBe(false);
		}
	});

	it('signs every document again, with the new key, after a rotation (no stale signature from the cache)', async () => {
		const out = tempOut();
		const log = build(out, signingEnv(rotated), { cache });
		expect(log).toContain(rotated.fingerprint);
		const check = await checkCsafProvider(out, BASE);
		expect(check.problems).toEqual([]);
		const meta = JSON.parse(readFileSync(path.join(out, '.well-known/csaf/provider-metadata.json'), 'utf8'));
		expect(meta.public_openpgp_keys.map((k: { fingerprint: string }) => k.fingerprint)).toEqual([rotated.fingerprint]);
		expect(existsSync(path.join(out, `.well-known/csaf/openpgp/${key.fingerprint}.asc`))).toBe(false);
	});

	it('stops, naming the variable, when the passphrase is wrong, and writes nothing', () => {
		const out = tempOut();
		const result = runBuild(FIXTURE, out, { env: { CANHBAO_CSAF_SIGNING_KEY: key.privateKey, CANHBAO_CSAF_SIGNING_PASSPHRASE: 'sai' } });
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toContain(
			'environment: CANHBAO_CSAF_SIGNING_PASSPHRASE: does not unlock the key in CANHBAO_CSAF_SIGNING_KEY',
		);
		expect(existsSync(out)).toBe(false);
	});
});

describe('a build without a signing key', () => {
	it('is a valid provider with hashes and a ROLIE feed, and says in the log why it does not sign', async () => {
		const check = await checkCsafProvider(plain, BASE);
		expect(check.problems).toEqual([]);
		expect(check.role).toBe('csaf_provider');
		expect(allFiles(plain).filter((f) => f.endsWith('.asc'))).toEqual([]);
		expect(existsSync(path.join(plain, '.well-known/csaf/openpgp'))).toBe(false);
		expect(logs.plain).toContain('CSAF: CANHBAO_CSAF_SIGNING_KEY is not set, documents are not signed; role csaf_provider');
	});
});

describe('a build without a key after one with a key, on the same cache', () => {
	it('leaves no signature, key or signed security.txt behind', async () => {
		const out = tempOut();
		build(out, { CANHBAO_LOG: 'info' }, { cache });
		const check = await checkCsafProvider(out, BASE);
		expect(check.problems).toEqual([]);
		expect(check.role).toBe('csaf_provider');
		expect(allFiles(out).filter((f) => f.endsWith('.asc'))).toEqual([]);
	});
});

describe('the requirement check', () => {
	/** A copy of the signed build, changed by `tamper`, and what the check then says. */
	async function problemsAfter(tamper: (dir: string) => void): Promise<string[]> {
		const copy = path.join(mkdtempSync(path.join(tmpdir(), 'canhbao-tampered-')), 'dist');
		cpSync(signed, copy, { recursive: true });
		tamper(copy);
		return (await checkCsafProvider(copy, BASE)).problems;
	}
	const edit = (dir: string, file: string, change: (text: string) => string) =>
		writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));
	const document = '.well-known/csaf/white/2024/2024-5-stttt-cntt.json';

	it('fails when a document changes after it was hashed and signed', async () => {
		const problems = await problemsAfter((dir) => edit(dir, document, (t) => t.replace('Ivanti', 'lvanti')));
		expect(problems).toContainEqual(expect.stringMatching(/^requirement 18: .*2024-5-stttt-cntt\.json\.sha256 does not match/));
		expect(problems).toContainEqual(expect.stringMatching(/^requirement 19: .*2024-5-stttt-cntt\.json\.asc does not verify/));
	});

	it('fails when the published key is not the one that signed', async () => {
		const problems = await problemsAfter((dir) =>
			writeFileSync(path.join(dir, `.well-known/csaf/openpgp/${key.fingerprint}.asc`), rotated.publicKey),
		);
		expect(problems).toContainEqual(expect.stringMatching(/^requirement 19: /));
	});

	it('fails when index.txt, changes.csv, the feed or security.txt leave a document out', async () => {
		expect(await problemsAfter((dir) => writeFileSync(path.join(dir, '.well-known/csaf/white/index.txt'), ''))).toContainEqual(
			expect.stringMatching(/^requirement 12: /),
		);
		expect(await problemsAfter((dir) => writeFileSync(path.join(dir, '.well-known/csaf/white/changes.csv'), ''))).toContainEqual(
			expect.stringMatching(/^requirement 13: /),
		);
		expect(
			await problemsAfter((dir) =>
				edit(dir, '.well-known/csaf/feed-tlp-white.json', (t) => JSON.stringify({ feed: { ...JSON.parse(t).feed, entry: [] } })),
			),
		).toContainEqual(expect.stringMatching(/^requirement 15: .*in 0 feed entries/));
		expect(await problemsAfter((dir) => edit(dir, '.well-known/security.txt', (t) => t.replace(/^CSAF: .*\n/m, '')))).toEqual([
			'requirement 8: security.txt has no CSAF field with the provider-metadata.json URL',
			'requirement 8: security.txt is not signed in the clear by a published key',
		]);
	});

	it('fails when a signed site drops a signature from its feed', async () => {
		const problems = await problemsAfter((dir) =>
			edit(dir, '.well-known/csaf/feed-tlp-white.json', (t) => t.replace(/,\s*\{\s*"href": "[^"]+\.asc",\s*"rel": "signature"\s*\}/, '')),
		);
		expect(problems).toEqual(['requirement 15: .well-known/csaf/white/2024/2024-5-stttt-cntt.json: feed entry lacks its signature link']);
	});
});
