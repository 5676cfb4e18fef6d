/**
 * The machine-readable files each advisory has, by site path (without the base). One place
 * decides which advisory gets which file, so the page links, the endpoints that write them and
 * the tests that count them always agree.
 */
import type { CatalogAdvisory } from './catalog.ts';
import { routes } from './routes.ts';

/** Folder of the TLP:WHITE CSAF documents (CSAF 2.0 §7.1.11–14: one folder per year, index.txt, changes.csv). */
export const CSAF_DIRECTORY = routes.csafDirectory;
export const CSAF_PROVIDER_METADATA = routes.csafProviderMetadata;

/** CSAF is for vulnerability advisories: they name products, versions and CVEs. */
export function hasCsaf(a: CatalogAdvisory): boolean {
	return a.data.kind === 'vulnerability';
}

export function hasIndicators(a: CatalogAdvisory): boolean {
	return a.data.indicators.length > 0;
}

/**
 * `/document/tracking/id`: the year and the file slug (unique per site, unlike a bare document
 * number, which issuers restart every year), in capitals as document numbers are written.
 */
export function csafTrackingId(a: CatalogAdvisory): string {
	return `${a.year}-${a.slug}`.toUpperCase();
}

/** CSAF 2.0 §5.1: the tracking id in lower case, runs of other characters than a-z 0-9 + - as "_", then ".json". */
export function csafFileName(trackingId: string): string {
	return `${trackingId.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`;
}

/** `2019/2019-468-stttt-cntt.json`: the path inside the CSAF directory, as index.txt lists it. */
export function csafEntry(a: CatalogAdvisory): string {
	return `${a.year}/${csafFileName(csafTrackingId(a))}`;
}

export interface DataFiles {
	csaf?: string;
	iocCsv?: string;
	stix?: string;
}

export function dataFiles(a: CatalogAdvisory): DataFiles {
	return {
		csaf: hasCsaf(a) ? `${CSAF_DIRECTORY}${csafEntry(a)}` : undefined,
		iocCsv: hasIndicators(a) ? routes.iocCsv(a) : undefined,
		stix: hasIndicators(a) ? routes.stix(a) : undefined,
	};
}
