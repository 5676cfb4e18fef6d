/**
 * The trusted-provider parts of the CSAF directory as the pages see them: the signing key of
 * this build (read once from the environment), signatures, ROLIE documents.
 */
import { createHash } from 'node:crypto';
import { getCatalog } from './catalog.ts';
import { csafAdvisories, csafContext, csafJson, csafPaths } from './exports.ts';
import { absolute, site } from './site.ts';
import { csafDocument, currentRelease } from '../lib/outputs/csaf/document.ts';
import { dataFiles } from '../lib/model/data-files.ts';
import { toTimestamp } from '../lib/util/dates.ts';
import type { CatalogAdvisory } from '../lib/model/catalog.ts';
import { readSigningKey, signatureDate, signDetached, type SigningKey } from '../lib/outputs/csaf/signing.ts';
import type { FeedDocument } from '../lib/outputs/csaf/rolie.ts';

let key: Promise<SigningKey | null> | undefined;

/** This build's signing key, or null: the site is then a `csaf_provider` without signatures. */
export function getSigningKey(): Promise<SigningKey | null> {
	key ??= readSigningKey();
	return key;
}

/** The detached signature of an advisory's CSAF document, over exactly the bytes published. */
export async function csafSignature(a: CatalogAdvisory, signing: SigningKey): Promise<string> {
	return signDetached(await csafJson(a), signing, signatureDate(toTimestamp(currentRelease(a)), signing));
}

/**
 * Static paths of the signature files: none without a key. The key's fingerprint is part of
 * the cache key, so a rotated key signs every document again instead of reusing old files.
 */
export async function signaturePaths() {
	const signing = await getSigningKey();
	if (!signing) return [];
	return (await csafPaths()).map((p) => ({
		...p,
		cacheKey: createHash('sha256').update(`${p.cacheKey}\n${signing.fingerprint}`).digest('hex'),
	}));
}

/** Every CSAF document with its absolute URL, for the ROLIE documents. */
export async function feedDocuments(): Promise<FeedDocument[]> {
	const ctx = await csafContext();
	return (await csafAdvisories()).map((a) => ({ document: csafDocument(a, ctx), url: absolute(dataFiles(a).csaf!) }));
}

export async function providerInputs() {
	return { advisories: await csafAdvisories(), ctx: { site, absolute }, today: (await getCatalog()).today, key: await getSigningKey() };
}
