import type { AstroIntegration } from 'astro';
import type { CheckedContent } from '../lib/model/load.ts';
import { ContentError } from '../lib/util/problems.ts';
import { bodyCheck } from './body-check.ts';

/**
 * Stops the build before Astro loads a single collection when the content has problems, with
 * `file:line: field: message` lines for all of them at once instead of Astro's first schema error.
 */
export function contentCheck(content: CheckedContent, root: string): AstroIntegration {
	return {
		name: 'canhbao:content-check',
		hooks: {
			'astro:config:setup': ({ logger, updateConfig, command }) => {
				// `astro dev` compiles a body again after each edit: check it again then.
				if (command === 'dev') updateConfig({ vite: { plugins: [bodyCheck(root)] } });
				const { problems, catalog } = content;
				if (problems.length) {
					const error = new ContentError(problems);
					// The problems are the whole story: no stack trace into Astro under them.
					error.stack = error.message;
					throw error;
				}
				logger.info(
					`${catalog.advisories.length} advisories, ${catalog.recipients.byId.size} recipients, ${catalog.authorities.size} authorities: all checks passed`,
				);
			},
		},
	};
}
