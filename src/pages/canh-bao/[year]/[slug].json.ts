import type { APIRoute } from 'astro';
import { getCatalog } from '../../../astro/catalog.ts';
import { keyedPaths } from '../../../astro/page-keys.ts';
import { advisoryPage, type AdvisoryPage } from '../../../lib/views/pages.ts';
import { site } from '../../../astro/site.ts';
import { exportAdvisory, SCHEMA_VERSION } from '../../../lib/outputs/advisory-json.ts';

export async function getStaticPaths() {
	const catalog = await getCatalog();
	// A file of one advisory shows what its page shows, or less: the page's props cover it.
	return keyedPaths(catalog.advisories.map((a) => ({ params: { year: String(a.year), slug: a.slug }, props: advisoryPage(catalog, a) })));
}

export const GET: APIRoute<AdvisoryPage> = async ({ props }) => {
	const { advisory } = props;
	const body = { schemaVersion: SCHEMA_VERSION, ...exportAdvisory(advisory, site.baseUrl) };
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
