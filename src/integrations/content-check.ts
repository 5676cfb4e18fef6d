import type { AstroIntegration } from 'astro';
import type { Catalog } from '../lib/catalog.ts';
import { ContentError } from '../lib/problems.ts';
import { checkContent } from '../lib/validate.ts';

let checked: Catalog | undefined;

/** The catalog the content check built, for build hooks that cannot call getCollection. */
export function checkedCatalog(): Catalog {
	if (!checked) throw new Error('the content check has not run: add contentCheck() before integrations that need the catalog');
	return checked;
}

/**
 * Runs every content check before Astro loads a single collection, so a bad file stops the
 * build with `file:line: field: message` lines for all problems at once, instead of Astro's
 * first schema error.
 */
export function contentCheck(root: string): AstroIntegration {
	return {
		name: 'canhbao:content-check',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const { problems, catalog } = checkContent(root);
				if (problems.length) throw new ContentError(problems);
				checked = catalog;
				logger.info(`${catalog.advisories.length} advisories, ${catalog.recipients.byId.size} recipients, ${catalog.authorities.size} authorities: all checks passed`);
			},
		},
	};
}
