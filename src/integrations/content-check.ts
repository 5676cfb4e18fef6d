import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/problems.ts';
import { checkContent, type CheckedContent } from '../lib/validate.ts';
import { bodyCheck } from './body-check.ts';

let last: { root: string; content: CheckedContent } | undefined;

/**
 * The content as this build's check read it, so that later build steps (the social cards) do
 * not read and check a thousand files a second time; checked afresh when there was no check.
 */
export function checkedContent(root: string): CheckedContent {
	return last?.root === root ? last.content : checkContent(root);
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
			'astro:config:setup': ({ logger, updateConfig, command }) => {
				// `astro dev` compiles a body again after each edit: check it again then.
				if (command === 'dev') updateConfig({ vite: { plugins: [bodyCheck(root)] } });
				// What it reads is shared with the advisory loader, which would otherwise parse it all again.
				const content = checkContent(root, undefined, { share: true });
				const { problems, catalog } = content;
				if (problems.length) {
					const error = new ContentError(problems);
					// The problems are the whole story: no stack trace into Astro under them.
					error.stack = error.message;
					throw error;
				}
				last = { root, content };
				logger.info(`${catalog.advisories.length} advisories, ${catalog.recipients.byId.size} recipients, ${catalog.authorities.size} authorities: all checks passed`);
			},
		},
	};
}
