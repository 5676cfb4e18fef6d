/** The machine-readable exports as the pages see them: the catalog's advisories and their data files. */
import { getCatalog } from './catalog.ts';
import { keyedPaths } from './page-keys.ts';
import { advisoryPage } from '../lib/views/pages.ts';
import { absolute, site } from './site.ts';
import { csafDocument, csafText, type CsafContext } from '../lib/outputs/csaf/document.ts';
import { csafTrackingId, csafFileName, hasCsaf } from '../lib/model/data-files.ts';
import type { CatalogAdvisory } from '../lib/model/catalog.ts';

export async function csafContext(): Promise<CsafContext> {
	const catalog = await getCatalog();
	return { site, absolute, byId: catalog.byId };
}

/** Vulnerability advisories, which have CSAF documents. */
export async function csafAdvisories(): Promise<CatalogAdvisory[]> {
	return (await getCatalog()).advisories.filter(hasCsaf);
}

/** The JSON text of an advisory's CSAF document: exactly the bytes its hash files are taken of. */
export async function csafJson(a: CatalogAdvisory): Promise<string> {
	return csafText(csafDocument(a, await csafContext()));
}

/** Static paths for the files of the CSAF directory: `white/<year>/<file name without .json>`. */
export async function csafPaths() {
	const catalog = await getCatalog();
	// A CSAF document shows its advisory and the ones that supersede it or that it replaces: the
	// advisory page's props hold them all.
	return keyedPaths(
		(await csafAdvisories()).map((a) => ({
			params: { year: String(a.year), file: csafFileName(csafTrackingId(a)).replace(/\.json$/, '') },
			props: { id: a.id, view: advisoryPage(catalog, a) },
		})),
	);
}

export const json = (body: string, type = 'application/json') =>
	new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
