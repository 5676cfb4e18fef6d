/** The public part of the signing key (CSAF 2.0 §7.1.20), at `openpgp/<fingerprint>.asc`; nothing without a key. */
import type { APIRoute } from 'astro';
import { getSigningKey } from '../../../../astro/csaf-channel.ts';
import { OPENPGP_FOLDER } from '../../../../lib/outputs/csaf/signing.ts';

export async function getStaticPaths() {
	const key = await getSigningKey();
	return key ? [{ params: { openpgp: OPENPGP_FOLDER.split('/').at(-2)!, key: key.fingerprint } }] : [];
}

export const GET: APIRoute = async () =>
	new Response((await getSigningKey())!.publicKey, { headers: { 'Content-Type': 'application/pgp-keys' } });
