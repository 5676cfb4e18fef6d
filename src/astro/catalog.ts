/** The catalog, built once per build from the content collections and shared by every page. */
import path from 'node:path';
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/model/catalog.ts';
import { today } from '../lib/util/dates.ts';
import { readHistory } from '../lib/content/git-fs.ts';
import { ContentError } from '../lib/util/problems.ts';
import { contentRoot } from '../lib/content/source-fs.ts';

let catalog: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
	catalog ??= load();
	return catalog;
}

async function load(): Promise<Catalog> {
	const [advisories, recipients, authorities] = await Promise.all([
		getCollection('advisories'),
		getCollection('recipients'),
		getCollection('authorities'),
	]);
	const built = buildCatalog({
		advisories: advisories.map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id, data: entry.data })),
		recipients: { file: 'recipients.yaml', entries: recipients.map((e) => e.data) },
		authorities: { file: 'authorities.yaml', entries: authorities.map((e) => e.data) },
		today: today(),
		history: readHistory(path.join(contentRoot(), 'advisories'), advisories.map((entry) => entry.id)),
	});
	// The content-check integration has already stopped the build on these; this guards `astro dev`.
	if (built.problems.length) throw new ContentError(built.problems);
	return built;
}

/** The collection entry of an advisory, for rendering its MDX body. */
export async function advisoryEntries() {
	return new Map((await getCollection('advisories')).map((entry) => [entry.id, entry]));
}
