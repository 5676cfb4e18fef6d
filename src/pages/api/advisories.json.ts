import type { APIRoute } from 'astro';
import { getCatalog } from '../../astro/catalog.ts';
import { site } from '../../astro/site.ts';
import { exportCatalog } from '../../lib/outputs/advisory-json.ts';

export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify(exportCatalog(await getCatalog(), site), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
