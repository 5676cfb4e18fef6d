/**
 * Keeps the imported PDF or Word file with the advisory: under the site's public/tep/ folder, by
 * the advisory's id (`/tep/2019/357-ubnd-kgvx.pdf`), so the site serves it and the page links it,
 * with its SHA-256 in the frontmatter so a reader can check the copy is the signed original.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../util/problems.ts';
import type { Original } from './read.ts';
import { sha256 } from './read.ts';

export interface KeptOriginal {
	/** Site path to put in `attachments[].url`. */
	url: string;
	/** Where it was written. */
	file: string;
	/** Whether this run wrote it (false: the same file was already there). */
	created: boolean;
	attachment: { title: string; url: string; sha256: string };
}

export const originalTitle = (format: Original['format']) => (format === 'pdf' ? 'Văn bản gốc (PDF)' : 'Văn bản gốc (Word)');

/** The site's public folder for a content root: beside it (content/ → public/). */
export const publicDirFor = (contentRoot: string) => path.resolve(contentRoot, '..', 'public');

export function originalLocation(publicDir: string, advisoryId: string, format: Original['format']): { url: string; file: string } {
	const url = `/tep/${advisoryId}.${format}`;
	return { url, file: path.join(publicDir, 'tep', `${advisoryId}.${format}`) };
}

/**
 * Writes the original through a temporary file and a rename, so a reader never sees half a
 * file. The same bytes already there are fine (a re-run); different bytes are refused.
 */
export function keepOriginal(
	publicDir: string,
	advisoryId: string,
	original: Original,
): { ok: true; kept: KeptOriginal } | { ok: false; message: string } {
	const { url, file } = originalLocation(publicDir, advisoryId, original.format);
	const attachment = { title: originalTitle(original.format), url, sha256: original.sha256 };
	const shown = path.relative(process.cwd(), file) || file;
	if (existsSync(file)) {
		if (sha256(readFileSync(file)) === original.sha256) return { ok: true, kept: { url, file: shown, created: false, attachment } };
		return {
			ok: false,
			message: `${shown} already exists with other content; nothing was written (remove it first if this file replaces it)`,
		};
	}
	mkdirSync(path.dirname(file), { recursive: true });
	const temp = `${file}.${process.pid}.tmp`;
	try {
		writeFileSync(temp, original.bytes, { flag: 'wx' });
		renameSync(temp, file);
	} catch (error) {
		rmSync(temp, { force: true });
		return { ok: false, message: `cannot write ${shown}: ${(error as Error).message}` };
	}
	return { ok: true, kept: { url, file: shown, created: true, attachment } };
}

/**
 * For `validate`: every attachment with a digest (an original kept by import) must be under the
 * public folder with those very bytes, so the page never offers a missing or altered original.
 */
export function checkOriginals(
	publicDir: string,
	advisories: readonly {
		file: string;
		data: { attachments: { url: string; sha256?: string }[] };
		locate?: (path: (string | number)[]) => number | undefined;
	}[],
): Problem[] {
	const problems: Problem[] = [];
	for (const a of advisories) {
		a.data.attachments.forEach((f, i) => {
			if (!f.sha256 || !f.url.startsWith('/')) return;
			const file = path.join(publicDir, ...decodeURIComponent(f.url).split('/').filter(Boolean));
			const at = { file: a.file, line: a.locate?.(['attachments', i, 'url']), field: `attachments[${i}].url` };
			if (!file.startsWith(path.resolve(publicDir) + path.sep))
				problems.push({ ...at, message: `"${f.url}" points outside the public folder` });
			else if (!existsSync(file))
				problems.push({
					...at,
					message: `${path.relative(process.cwd(), file) || file} is missing; the original must be committed with the advisory`,
				});
			else if (sha256(readFileSync(file)) !== f.sha256)
				problems.push({
					...at,
					field: `attachments[${i}].sha256`,
					message: `${path.relative(process.cwd(), file) || file} does not have this SHA-256; the file was changed after import (import it again, or put back the original)`,
				});
		});
	}
	return problems;
}
