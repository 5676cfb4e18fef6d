/**
 * The one accessor for the build's content and catalog, from any of Astro's module graphs.
 *
 * Astro loads the config (and the integrations), the content config (and its loaders) and the
 * pages as separate module graphs: a module imported the usual way is a different instance in
 * each, and each would read and resolve every file again. `src/astro/content-store.ts` is
 * imported by Node's own loader instead, which keeps one instance per process whoever asks.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../lib/util/problems.ts';
import { contentRoot } from '../lib/content/source-fs.ts';
import type { CheckedContent } from '../lib/model/load.ts';
import type { Catalog } from '../lib/model/catalog.ts';

type Store = typeof import('./content-store.ts');

/** Set by the canhbao integration for the pages' bundle, where `import.meta.url` is the bundle's. */
declare const __CANHBAO_CONTENT_STORE__: string | undefined;

const STORE_FILE = './content-store.ts';
/** The store module's address, for the integration to hand to the pages' bundle (not a literal: Vite would bundle it as an asset). */
export const CONTENT_STORE_URL = new URL(STORE_FILE, import.meta.url).href;

// A plain `import()` would be resolved by Vite's module runner in the config, content config and
// dev server (and by Vitest in tests), giving each its own instance; Node's `require` is never
// rewritten, and loads an ES module into the one module cache Node keeps per process.
const nativeRequire = createRequire(import.meta.url);
const store = (): Store => nativeRequire(fileURLToPath(storeUrl())) as Store;

function storeUrl(): string {
	return typeof __CANHBAO_CONTENT_STORE__ === 'string' ? __CANHBAO_CONTENT_STORE__ : CONTENT_STORE_URL;
}

/** The content of `root` (default: `CANHBAO_CONTENT` or `content/`), read and checked once per process. */
export async function sharedContent(root: string = contentRoot()): Promise<CheckedContent> {
	return store().contentOf(root);
}

/** Forgets what was read (`astro dev`, after a file changed): the next call reads the files again. */
export async function forgetContent(root: string = contentRoot()): Promise<void> {
	store().forget(root);
}

/** The catalog every page, feed and data file is a view of; refuses content with problems. */
export async function sharedCatalog(root: string = contentRoot()): Promise<Catalog> {
	const content = await sharedContent(root);
	// The build stops on these before any page (src/integrations/content-check.ts); this guards `astro dev`.
	if (content.problems.length) throw new ContentError(content.problems);
	return content.catalog;
}
