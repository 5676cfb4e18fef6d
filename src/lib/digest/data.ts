/**
 * The published catalog as digests read it: the built `api/advisories.json`, checked for the
 * schema version this code understands and indexed once.
 */
import type { ExportedAction, ExportedAdvisory, ExportedCatalog, ExportedRecipient } from '../outputs/advisory-json.ts';
import { SCHEMA_VERSION } from '../outputs/advisory-json.ts';

export interface PublishedData {
	catalog: ExportedCatalog;
	advisories: ReadonlyMap<string, ExportedAdvisory>;
	actions: ReadonlyMap<string, ExportedAction>;
	recipients: ReadonlyMap<string, ExportedRecipient>;
}

/** Parses the export; `source` names the file in errors. */
export function readPublished(text: string, source: string): PublishedData {
	let catalog: ExportedCatalog;
	try {
		catalog = JSON.parse(text) as ExportedCatalog;
	} catch (error) {
		throw new Error(`${source}: not valid JSON (${(error as Error).message}); expected the api/advisories.json of a finished build`);
	}
	if (catalog?.schemaVersion !== SCHEMA_VERSION || !Array.isArray(catalog.advisories) || !Array.isArray(catalog.recipients)) {
		throw new Error(
			`${source}: schemaVersion ${JSON.stringify(catalog?.schemaVersion)} is not ${SCHEMA_VERSION}; rebuild the site with this version of canhbao`,
		);
	}
	return {
		catalog,
		advisories: new Map(catalog.advisories.map((a) => [a.key, a])),
		actions: new Map(catalog.advisories.flatMap((a) => a.actions.map((x) => [x.key, x] as const))),
		recipients: new Map(catalog.recipients.map((r) => [r.id, r])),
	};
}
