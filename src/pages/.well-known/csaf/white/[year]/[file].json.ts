/** A CSAF 2.0 document (one per vulnerability advisory), at the path CSAF 2.0 §5.1 and §7.1.11 prescribe. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../../../astro/catalog.ts';
import { csafJson, csafPaths, json } from '../../../../../astro/exports.ts';

export const getStaticPaths = csafPaths;

export const GET: APIRoute = async ({ props }) => json(await csafJson((await getCatalog()).byId.get(props.id)!));
