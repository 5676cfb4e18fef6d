// @ts-check
/**
 * The bare Astro + MDX site the benchmark compares the product against (npm run bench): the
 * same installed astro and @astrojs/mdx, a glob loader over the generated corpus, one page per
 * advisory and an index page, nothing else. Kept deliberately naive: it is the yardstick.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
	outDir: process.env.CANHBAO_OUT ?? './dist',
	cacheDir: process.env.CANHBAO_CACHE ?? './node_modules/.astro',
	integrations: [mdx()],
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	vite: {
		build: {
			rollupOptions: {
				// The product silences this once-per-MDX-file warning too; printing a thousand of them
				// would slow the baseline down for nothing.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
					warn(warning);
				},
			},
		},
	},
});
