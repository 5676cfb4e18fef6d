import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { advisorySchema } from './schemas/advisory.ts';
import { authoritySchema } from './schemas/authority.ts';
import { recipientSchema } from './schemas/recipient.ts';
import { contentRoot } from './lib/content/source-fs.ts';
import { advisoryLoader } from './astro/advisory-loader.ts';

// CANHBAO_CONTENT points the build at another content root (test fixtures, the benchmark corpus).
const root = contentRoot();

export const collections = {
	/** One official dispatch per file: content/advisories/<year>/<slug>.mdx; plain bodies pre-rendered. */
	advisories: defineCollection({
		loader: advisoryLoader(root),
		schema: advisorySchema,
	}),
	/** Groups and organisations a dispatch is addressed to, with lifetimes and successors. */
	recipients: defineCollection({ loader: file(`${root}/recipients.yaml`), schema: recipientSchema }),
	/** Issuers and upstream sources, with lifetimes and successors. */
	authorities: defineCollection({ loader: file(`${root}/authorities.yaml`), schema: authoritySchema }),
};
