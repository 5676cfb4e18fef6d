/**
 * The content of this build, read, checked and resolved once per process. Loaded only through
 * `src/astro/shared.ts`, by Node itself, so that the config and its integrations, the content
 * loader and the pages (three module graphs, each with its own copy of every bundled module)
 * share this one instance and so one catalog.
 */
import { checkContent, type CheckedContent } from '../lib/model/load.ts';
import { today } from '../lib/util/dates.ts';

const loaded = new Map<string, CheckedContent>();

/** The content under `root` as of today, with revision history; read on first use. */
export function contentOf(root: string): CheckedContent {
	let content = loaded.get(root);
	if (!content) {
		content = checkContent(root, today(), { history: true });
		loaded.set(root, content);
	}
	return content;
}

/** Drops what was read, so the next `contentOf` reads the files again (`astro dev`, after an edit). */
export function forget(root: string): void {
	loaded.delete(root);
}
