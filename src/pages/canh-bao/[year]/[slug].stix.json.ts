/** An advisory's indicators of compromise as a STIX 2.1 bundle, for advisories that have any. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../astro/catalog.ts';
import { keyedPaths } from '../../../astro/page-keys.ts';
import { advisoryPage, type AdvisoryPage } from '../../../lib/views/pages.ts';
import { json } from '../../../astro/exports.ts';
import { absolute, site } from '../../../astro/site.ts';
import { hasIndicators } from '../../../lib/model/data-files.ts';
import { stixBundle } from '../../../lib/outputs/stix.ts';

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
	return json(`${JSON.stringify(stixBundle(a, site, absolute(a.path)), null, 2)}\n`);
};
