/** The pages' cache keys (src/lib/outputs/page-keys.ts): a digest of the props each page receives. */
import { getCollection } from 'astro:content';
import { pageKeys, type PageKey } from '../lib/outputs/page-keys.ts';
import { getCatalog } from './catalog.ts';
import { site } from './site.ts';

let keys: Promise<PageKey> | undefined;

function getPageKey(): Promise<PageKey> {
	keys ??= (async () => {
		const [catalog, entries] = await Promise.all([getCatalog(), getCollection('advisories')]);
		// The store's digest of each entry covers its file and how its body was rendered.
		const entryDigests = new Map(entries.map((entry) => [entry.id, (entry as { digest?: string }).digest]));
		return pageKeys(catalog, { site, entryDigests });
	})();
	return keys;
}

/** A path of `getStaticPaths()` whose cache key is the digest of its props. */
export async function keyedPaths<P extends Record<string, string>, T>(
	items: { params: P; props: T }[],
): Promise<{ params: P; props: T; cacheKey: string }[]> {
	const key = await getPageKey();
	return items.map(({ params, props }) => ({ params, props, cacheKey: key(props) }));
}
