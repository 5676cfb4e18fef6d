/** An advisory's indicators of compromise as CSV, for advisories that have any. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../astro/catalog.ts';
import { keyedPaths } from '../../../astro/page-keys.ts';
import { advisoryPage, type AdvisoryPage } from '../../../lib/views/pages.ts';
import { absolute } from '../../../astro/site.ts';
import { hasIndicators } from '../../../lib/model/data-files.ts';
import { iocCsv } from '../../../lib/outputs/ioc-csv.ts';

export async function getStaticPaths() {
	const catalog = await getCatalog();
	// A file of one advisory shows what its page shows, or less: the page's props cover it.
	return keyedPaths(
		catalog.advisories
			.filter(hasIndicators)
			.map((a) => ({ params: { year: String(a.year), slug: a.slug }, props: advisoryPage(catalog, a) })),
	);
}

export const GET: APIRoute = async ({ props }) => {
	const a = (props as AdvisoryPage).advisory;
	return new Response(iocCsv(a, absolute(a.path)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
