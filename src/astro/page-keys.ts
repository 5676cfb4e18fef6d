/** The pages' cache keys (src/lib/outputs/page-keys.ts), worked out once per build. */
import { getCollection } from 'astro:content';
import { pageKeys, type PageKeys } from '../lib/outputs/page-keys.ts';
import { getCatalog } from './catalog.ts';
import { site } from './site.ts';

let keys: Promise<PageKeys> | undefined;

export function getPageKeys(): Promise<PageKeys> {
	keys ??= (async () => {
		const [catalog, entries] = await Promise.all([getCatalog(), getCollection('advisories')]);
		// The store's digest of each entry covers its file and how its body was rendered.
		const entryDigests = new Map(entries.map((entry) => [entry.id, (entry as { digest?: string }).digest]));
		return pageKeys(catalog, { site, entryDigests });
	})();
	return keys;
}
