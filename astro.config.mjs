// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';
import { search } from './src/integrations/search.ts';
import { cards } from './src/integrations/cards.ts';
import { csafSigning } from './src/integrations/csaf-signing.ts';
import { contentRoot, loadSiteSettings } from './src/lib/source.ts';
import { ContentError } from './src/lib/problems.ts';
import sitemap from '@astrojs/sitemap';
import { directives, scriptSources, styleSources } from './src/lib/security.ts';
import { isIndexable } from './src/lib/seo.ts';
import { bodyOptions } from './src/lib/body-html.ts';
import { cacheRoot } from './src/lib/build-cache.ts';

const root = contentRoot();
/** @type {import('./src/lib/problems.ts').Problem[]} */
const problems = [];
const site = loadSiteSettings(root, problems);
if (!site) throw new ContentError(problems);
const siteUrl = new URL(site.baseUrl);

export default defineConfig({
	site: siteUrl.origin,
	// Served under a sub-path when baseUrl has one (https://example.gov.vn/canh-bao/).
	base: siteUrl.pathname,
	trailingSlash: 'always',
	outDir: process.env.CANHBAO_OUT ?? './dist',
	cacheDir: cacheRoot(),
	// Bodies without MDX syntax are rendered by the advisory loader with these same options
	// (src/lib/body-html.ts).
	integrations: [
		contentCheck(root),
		csafSigning(),
		mdx(bodyOptions),
		search(root),
		cards(root),
		sitemap({ filter: isIndexable }),
	],
	// Stylesheets stay files, never inline <style>: every page then has the same CSP, which a
	// server can also send as a header (src/lib/security.ts).
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
	// Pages whose cache key (src/lib/page-keys.ts) and code are unchanged are copied from the last
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
