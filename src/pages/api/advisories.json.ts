import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { site } from '../../data/site.ts';
import { exportCatalog } from '../../lib/export.ts';

export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify(exportCatalog(await getCatalog(), site), null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
