import type { APIRoute } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { site } from '../../../data/site.ts';
import { exportAdvisory, SCHEMA_VERSION } from '../../../lib/export.ts';

export async function getStaticPaths() {
	const catalog = await getCatalog();
	return catalog.advisories.map((a) => ({ params: { year: String(a.year), slug: a.slug }, props: { id: a.id } }));
}

export const GET: APIRoute<{ id: string }> = async ({ props }) => {
	const advisory = (await getCatalog()).byId.get(props.id)!;
	const body = { schemaVersion: SCHEMA_VERSION, ...exportAdvisory(advisory, site.baseUrl) };
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
