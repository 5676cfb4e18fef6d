/**
 * Content loader for `advisories/<year>/<slug>.mdx`: the same entries as Astro's glob loader
 * (same ids, data checked by the collection's schema), but a body that needs no MDX is stored
 * already rendered (src/lib/outputs/body-html.ts) instead of being compiled into a module per file. Only
 * bodies that really use MDX are left for the MDX integration to compile, as glob() leaves all.
 *
 * The files are not read here: the entries are the advisory files the build has already read
 * and checked (src/astro/shared.ts). Entries are kept in Astro's content store between builds
 * (it lives in the cache folder), so an unchanged file, recognised by a digest of its text and of
 * how bodies are rendered, is not rendered again. The raw body is not stored: pages render the
 * entry, and search records come from the catalog.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsMdx, renderPlainBody, bodyOptions } from '../lib/outputs/body-html.ts';
import { splitFrontmatter, type AdvisoryFile } from '../lib/content/source-fs.ts';
import { forgetContent, sharedContent } from './shared.ts';

/** Part of every digest: a change to how plain bodies are rendered must re-render them all. */
const RENDERING = JSON.stringify({ version: 1, satteri: packageVersion('satteri'), options: bodyOptions });

function packageVersion(name: string): string {
	return (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve(name)), 'utf8')) as { version: string }).version;
}

/** `CANHBAO_BODY_RENDER=mdx` sends every body through MDX: the reference the plain path is tested against. */
const forceMdx = () => process.env.CANHBAO_BODY_RENDER === 'mdx';

export function advisoryLoader(root: string): Loader {
	const sync = async (context: LoaderContext) => {
		const { store } = context;
		const { files } = await sharedContent(root);
		const untouched = new Set(store.keys());
		const counts = { plain: 0, mdx: 0, unchanged: 0 };
		for (const [id, file] of files) {
			counts[await syncFile(context, id, file)]++;
			untouched.delete(id);
		}
		for (const id of untouched) store.delete(id);
		return counts;
	};
	return {
		name: 'canhbao:advisories',
		load: async (context) => {
			const counts = await sync(context);
			context.logger.info(`${counts.plain} bodies rendered as plain Markdown, ${counts.mdx} left to MDX, ${counts.unchanged} unchanged`);

			const { watcher } = context;
			if (!watcher) return;
			// `astro dev`: any change to the content is read again, once, and the store follows it.
			watcher.add(root);
			const relevant = (changed: string) => changed.startsWith(root + path.sep) && /\.(mdx?|ya?ml)$/.test(changed);
			const again = async (changed: string) => {
				if (!relevant(changed)) return;
				await forgetContent(root);
				await sync(context);
			};
			for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, (changed) => void again(changed));
		},
	};
}

async function syncFile(context: LoaderContext, id: string, file: AdvisoryFile): Promise<'plain' | 'mdx' | 'unchanged'> {
	const { store, config, generateDigest } = context;
	const { source, data } = file;
	const mdx = forceMdx();
	const digest = generateDigest(`${RENDERING}\n${mdx}\n${source}`);
	const filePath = path.relative(fileURLToPath(config.root), file.path).split(path.sep).join('/');
	const existing = store.get(id);
	if (existing?.digest === digest && existing.filePath === filePath) {
		// The MDX integration still has to compile a deferred body: say so, as glob() does.
		if (existing.deferredRender) store.addModuleImport(filePath);
		return 'unchanged';
	}
	const body = splitFrontmatter(source)?.body ?? source;
	const entry = { id, data: data as unknown as Record<string, unknown>, filePath, digest };
	if (!mdx && !needsMdx(body)) {
		const { html, headings } = await renderPlainBody(body);
		store.set({ ...entry, rendered: { html, metadata: { headings } } });
		return 'plain';
	}
	store.set({ ...entry, deferredRender: true });
	return 'mdx';
}
