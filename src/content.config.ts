import { defineCollection } from 'astro:content';
import { advisorySchema } from './schemas/advisory.ts';
import { contentRoot } from './lib/content/source-fs.ts';
import { advisoryLoader } from './astro/advisory-loader.ts';

/**
 * Only the advisories are a collection: Astro renders their MDX bodies. Everything else pages show
 * comes from the catalog (src/astro/shared.ts), which the registries and site settings are read into.
 */
export const collections = {
	/** One official dispatch per file: content/advisories/<year>/<slug>.mdx; plain bodies pre-rendered. */
	advisories: defineCollection({
		// CANHBAO_CONTENT points the build at another content root (test fixtures, the benchmark corpus).
		loader: advisoryLoader(contentRoot()),
		schema: advisorySchema,
	}),
};
