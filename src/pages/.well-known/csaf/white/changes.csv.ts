/** CSAF 2.0 §7.1.13: path and current release date of every CSAF document, newest first. */
import type { APIRoute } from 'astro';
import { csafAdvisories } from '../../../../astro/exports.ts';
import { changesCsv } from '../../../../lib/outputs/csaf/document.ts';

export const GET: APIRoute = async () =>
	new Response(changesCsv(await csafAdvisories()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
