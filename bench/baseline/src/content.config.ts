import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';

// The benchmark's corpus; no schema: the baseline does not validate, it only renders.
const root = path.resolve(process.env.CANHBAO_CONTENT ?? '../../content');

export const collections = {
	advisories: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${root}/advisories` }) }),
};
