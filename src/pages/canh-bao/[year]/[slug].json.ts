import type { APIRoute } from 'astro';
import { getCatalog } from '../../../astro/catalog.ts';
import { getPageKeys } from '../../../astro/page-keys.ts';
import { site } from '../../../astro/site.ts';
import { exportAdvisory, SCHEMA_VERSION } from '../../../lib/outputs/advisory-json.ts';

export async function getStaticPaths() {
	const [catalog, keys] = await Promise.all([getCatalog(), getPageKeys()]);
	// A file of one advisory shows what its page shows, or less: the page's key covers it.
	return catalog.advisories.map((a) => ({ params: { year: String(a.year), slug: a.slug }, props: { id: a.id }, cacheKey: keys.advisory(a) }));
}

export const GET: APIRoute<{ id: string }> = async ({ props }) => {
	const advisory = (await getCatalog()).byId.get(props.id)!;
	const body = { schemaVersion: SCHEMA_VERSION, ...exportAdvisory(advisory, site.baseUrl) };
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
