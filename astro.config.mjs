// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { canhbao } from './src/integrations/canhbao.ts';
import { sharedContent } from './src/astro/shared.ts';
import { ContentError } from './src/lib/util/problems.ts';
import sitemap from '@astrojs/sitemap';
import { directives, scriptSources, styleSources } from './src/lib/outputs/security.ts';
import { isIndexable } from './src/lib/outputs/seo.ts';
import { bodyOptions } from './src/lib/outputs/body-html.ts';
import { cacheRoot } from './src/integrations/build-cache.ts';

// Every file of the content read and checked once, for the whole build (src/astro/shared.ts).
const content = await sharedContent();
const site = content.site;
if (!site) throw new ContentError(content.problems);
const siteUrl = new URL(site.baseUrl);

export default defineConfig({
	site: siteUrl.origin,
	// Served under a sub-path when baseUrl has one (https://example.gov.vn/canh-bao/).
	base: siteUrl.pathname,
	trailingSlash: 'always',
	outDir: process.env.CANHBAO_OUT ?? './dist',
	cacheDir: cacheRoot(),
	// Bodies without MDX syntax are rendered by the advisory loader with these same options
	// (src/lib/outputs/body-html.ts).
	integrations: [...canhbao(content), mdx(bodyOptions), sitemap({ filter: isIndexable })],
	// Stylesheets stay files, never inline <style>: every page then has the same CSP, which a
	// server can also send as a header (src/lib/outputs/security.ts).
	// Several pages in flight: one renders while the last one is written (about 15 % faster).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [...directives],
			scriptDirective: { resources: [...scriptSources] },
			styleDirective: { resources: [...styleSources] },
		},
	},
	// Shiki colours code with inline styles, which the CSP refuses; code blocks stay plain.
	markdown: { syntaxHighlight: false },
	devToolbar: { enabled: false },
	// Pages whose cache key (src/lib/outputs/page-keys.ts) and code are unchanged are copied from the last
	// build (kept in cacheDir) instead of rendered again.
	experimental: { incrementalBuild: true },
	prefetch: false,
	vite: {
		build: {
			rollupOptions: {
				// Every MDX module carries Astro's "use astro:head-inject" directive; the bundler warns
				// once per advisory that it may drop it, which is expected and drowns real warnings.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
					warn(warning);
				},
			},
		},
	},
});
