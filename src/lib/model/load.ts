/**
 * The catalog of a content root: every file read once (src/lib/content/source-fs.ts), checked,
 * and resolved. `validate`, `import`, the build and the tests all start here, so they refuse the
 * same things with the same messages.
 */
import path from 'node:path';
import { checkBodyLinks } from '../content/body-links.ts';
import { readHistory } from '../content/git-fs.ts';
import { contentRoot, loadContent, type AdvisoryFile } from '../content/source-fs.ts';
import { today } from '../util/dates.ts';
import type { Problem } from '../util/problems.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import { buildCatalog, type Catalog } from './catalog.ts';

export interface CheckedContent {
	catalog: Catalog;
	site?: SiteSettings;
	/** Every advisory file that passed its own checks, by id, as read. */
	files: ReadonlyMap<string, AdvisoryFile>;
	problems: Problem[];
}

export interface CheckOptions {
	/** Read each advisory's revision history from git (pages, feeds and exports show it; checks do not need it). */
	history?: boolean;
}

/**
 * Loads a content root and runs every check: schemas and bodies (compiled as the build will,
 * src/lib/content/mdx-check.ts) first, then references across files and links in bodies.
 */
export function checkContent(root: string = contentRoot(), day: string = today(), options: CheckOptions = {}): CheckedContent {
	const loaded = loadContent(root);
	const ids = loaded.input.advisories.map((a) => a.id);
	const history = options.history ? readHistory(path.join(root, 'advisories'), ids) : undefined;
	const catalog = buildCatalog({ ...loaded.input, today: day, history });
	const links = checkBodyLinks(loaded.bodies, loaded.input.fileIds ?? [], loaded.site?.baseUrl);
	return { catalog, site: loaded.site, files: loaded.files, problems: [...loaded.problems, ...catalog.problems, ...links] };
}
