import type { AstroIntegration } from 'astro';
import type { CheckedContent } from '../lib/model/load.ts';
import { CONTENT_STORE_URL } from '../astro/shared.ts';
import { contentRoot } from '../lib/content/source-fs.ts';
import { cards } from './cards.ts';
import { contentCheck } from './content-check.ts';
import { csafSigning } from './csaf-signing.ts';
import { search } from './search.ts';

/**
 * The product's build steps, in the order they must run: the content check stops a build with
 * bad content before anything starts, and the CSAF signing key is read (a wrong key or passphrase
 * stops it too); the search index and the social cards then start from the
 * checked catalog, beside Astro's pages, and are put into the site when the pages are done.
 * `content` is the build's one read of the content (src/astro/shared.ts).
 */
export function canhbao(content: CheckedContent, root: string = contentRoot()): AstroIntegration[] {
	const bundle: AstroIntegration = {
		name: 'canhbao:shared-content',
		hooks: {
			// The pages' bundle must reach the same content store as this process (src/astro/shared.ts).
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { define: { __CANHBAO_CONTENT_STORE__: JSON.stringify(CONTENT_STORE_URL) } } });
			},
		},
	};
	return [contentCheck(content, root), csafSigning(), bundle, search(content.catalog), cards(content)];
}
