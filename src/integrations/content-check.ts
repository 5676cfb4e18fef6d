import type { AstroIntegration } from 'astro';
import type { CheckedContent } from '../lib/model/load.ts';
import { ContentError } from '../lib/util/problems.ts';

/**
 * Stops the build before Astro loads a single collection when the content has problems, with
 * `file:line: field: message` lines for all of them at once instead of Astro's first schema error.
 */
export function contentCheck(content: CheckedContent): AstroIntegration {
	return {
		name: 'canhbao:content-check',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const { problems, catalog } = content;
				if (problems.length) throw new ContentError(problems);
				logger.info(`${catalog.advisories.length} advisories, ${catalog.recipients.byId.size} recipients, ${catalog.authorities.size} authorities: all checks passed`);
			},
		},
	};
}
