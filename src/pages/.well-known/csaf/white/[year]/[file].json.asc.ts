/** The detached OpenPGP signature of a CSAF document (CSAF 2.0 §7.1.19), when the build has a signing key. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../../../astro/catalog.ts';
import { csafSignature, getSigningKey, signaturePaths } from '../../../../../astro/csaf-channel.ts';

export const getStaticPaths = signaturePaths;

export const GET: APIRoute = async ({ props }) =>
	new Response(await csafSignature((await getCatalog()).byId.get(props.id)!, (await getSigningKey())!), {
		headers: { 'Content-Type': 'application/pgp-signature' },
	});
