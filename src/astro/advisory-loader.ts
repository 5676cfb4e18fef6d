/**
 * Content loader for `advisories/<year>/<slug>.mdx`: the same entries as Astro's glob loader
 * (same ids, data checked by the collection's schema), but a body that needs no MDX is stored
 * already rendered (src/lib/outputs/body-html.ts) instead of being compiled into a module per file. Only
 * bodies that really use MDX are left for the MDX integration to compile, as glob() leaves all.
 *
 * Entries are kept in Astro's content store between builds (it lives in the cache folder), so an
 * unchanged file, recognised by a digest of its text and of how bodies are rendered, costs one
 * read and no parsing or rendering. The raw body is not stored: pages render the entry, and
 * search reads the files through the content check.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import { needsMdx, renderPlainBody, bodyOptions } from '../lib/outputs/body-html.ts';
import { checkedAdvisories, splitFrontmatter } from '../lib/content/source-fs.ts';

/** Part of every digest: a change to how plain bodies are rendered must re-render them all. */
const RENDERING = JSON.stringify({ version: 1, satteri: packageVersion('satteri'), options: bodyOptions });

function packageVersion(name: string): string {
	return (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve(name)), 'utf8')) as { version: string }).version;
}

/** `CANHBAO_BODY_RENDER=mdx` sends every body through MDX: the reference the plain path is tested against. */
const forceMdx = () => process.env.CANHBAO_BODY_RENDER === 'mdx';

function listAdvisoryFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
}

export function advisoryLoader(root: string): Loader {
	const dir = path.join(root, 'advisories');
	return {
		name: 'canhbao:advisories',
		load: async (context) => {
			const { store, watcher } = context;
			const untouched = new Set(store.keys());
			const counts = { plain: 0, mdx: 0, unchanged: 0 };
			for (const file of listAdvisoryFiles(dir)) {
				const outcome = await syncFile(context, dir, file);
				untouched.delete(outcome.id);
				counts[outcome.kind]++;
			}
			for (const id of untouched) store.delete(id);
			// What the content check kept for this load is not needed any more.
			checkedAdvisories().clear();
			context.logger.info(`${counts.plain} bodies rendered as plain Markdown, ${counts.mdx} left to MDX, ${counts.unchanged} unchanged`);

			if (!watcher) return;
			// `astro dev`: keep the store in step with edits, as glob() does.
			watcher.add(dir);
			const inside = (changed: string) => changed.startsWith(dir + path.sep) && changed.endsWith('.mdx');
			watcher.on('add', (changed) => inside(changed) && void syncFile(context, dir, changed));
			watcher.on('change', (changed) => inside(changed) && void syncFile(context, dir, changed));
			watcher.on('unlink', (changed) => inside(changed) && store.delete(idOf(dir, changed)));
		},
	};
}

/** `<year>/<slug>`: the id glob() would give, which pages and the catalog use. */
function idOf(dir: string, file: string): string {
	return path.relative(dir, file).split(path.sep).join('/').replace(/\.mdx$/, '');
}

async function syncFile(context: LoaderContext, dir: string, file: string): Promise<{ id: string; kind: 'plain' | 'mdx' | 'unchanged' }> {
	const { store, config, generateDigest, parseData } = context;
	const id = idOf(dir, file);
	const source = await readFile(file, 'utf8');
	const mdx = forceMdx();
	const digest = generateDigest(`${RENDERING}\n${mdx}\n${source}`);
	const filePath = path.relative(fileURLToPath(config.root), file).split(path.sep).join('/');
	const existing = store.get(id);
	if (existing?.digest === digest && existing.filePath === filePath) {
		// The MDX integration still has to compile a deferred body: say so, as glob() does.
		if (existing.deferredRender) store.addModuleImport(filePath);
		return { id, kind: 'unchanged' };
	}
	// The content check has already refused any file that does not parse or fit the schema, and
	// kept what it read: use that when the file has not changed since.
	const parts = splitFrontmatter(source);
	const body = parts?.body ?? source;
	const checked = checkedAdvisories().get(file);
	const data: Record<string, unknown> =
		checked?.source === source
			? checked.data
			: await parseData({ id, data: (parts ? jsYaml.load(parts.frontmatter, { schema: jsYaml.CORE_SCHEMA }) : {}) as Record<string, unknown>, filePath: file });
	if (!mdx && !needsMdx(body)) {
		const { html, headings } = await renderPlainBody(body);
		store.set({ id, data, filePath, digest, rendered: { html, metadata: { headings } } });
		return { id, kind: 'plain' };
	}
	store.set({ id, data, filePath, digest, deferredRender: true });
	return { id, kind: 'mdx' };
}
