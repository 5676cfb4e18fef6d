import { checkBodyLinks } from './body-links.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import { today } from './dates.ts';
import type { Problem } from './problems.ts';
import { contentRoot, loadContent } from './source.ts';
import type { SiteSettings } from '../schemas/site.ts';

export interface CheckedContent {
	catalog: Catalog;
	site?: SiteSettings;
	problems: Problem[];
}

/**
 * Loads a content root and runs every check: schemas and bodies (compiled as the build will,
 * src/lib/content/mdx-check.ts) first, then references across files and links in bodies.
 * `share` keeps what was read for Astro's content loader in this process (see checkedAdvisories).
 */
export function checkContent(root: string = contentRoot(), day: string = today(), options: { share?: boolean } = {}): CheckedContent {
	const loaded = loadContent(root, options);
	const catalog = buildCatalog({ ...loaded.input, today: day });
	const links = checkBodyLinks(loaded.bodies, loaded.input.fileIds ?? [], loaded.site?.baseUrl);
	return { catalog, site: loaded.site, problems: [...loaded.problems, ...catalog.problems, ...links] };
}
