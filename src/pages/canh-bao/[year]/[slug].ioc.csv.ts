/** An advisory's indicators of compromise as CSV, for advisories that have any. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../astro/catalog.ts';
import { getPageKeys } from '../../../astro/page-keys.ts';
import { absolute } from '../../../astro/site.ts';
import { hasIndicators } from '../../../lib/model/data-files.ts';
import { iocCsv } from '../../../lib/outputs/ioc-csv.ts';

export async function getStaticPaths() {
	const [catalog, keys] = await Promise.all([getCatalog(), getPageKeys()]);
	// A file of one advisory shows what its page shows, or less: the page's key covers it.
	return catalog.advisories.filter(hasIndicators).map((a) => ({ params: { year: String(a.year), slug: a.slug }, props: { id: a.id }, cacheKey: keys.advisory(a) }));
}

export const GET: APIRoute = async ({ props }) => {
	const a = (await getCatalog()).byId.get(props.id)!;
	return new Response(iocCsv(a, absolute(a.path)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
