/** CSAF 2.0 §7.1.12: every CSAF document of the directory, one path per line. */
import type { APIRoute } from 'astro';
import { csafAdvisories } from '../../../../astro/exports.ts';
import { indexTxt } from '../../../../lib/outputs/csaf/document.ts';

export const GET: APIRoute = async () =>
	new Response(indexTxt(await csafAdvisories()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
