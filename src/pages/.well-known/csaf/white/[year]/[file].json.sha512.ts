/** The SHA512 hash file of a CSAF document (CSAF 2.0 §7.1.18): the digest, two spaces, the file name. */
import type { APIRoute } from 'astro';
import { createHash } from 'node:crypto';
import { getCatalog } from '../../../../../astro/catalog.ts';
import { csafJson, csafPaths } from '../../../../../astro/exports.ts';

export const getStaticPaths = csafPaths;

export const GET: APIRoute = async ({ params, props }) => {
	const digest = createHash('sha512')
		.update(await csafJson((await getCatalog()).byId.get(props.id)!))
		.digest('hex');
	return new Response(`${digest}  ${params.file}.json\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
