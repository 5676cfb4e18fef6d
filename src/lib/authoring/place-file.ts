/**
 * Puts a new advisory file in place for `npm run new` and `npm run import`: in the right folder,
 * never over an existing file or a number already used, and checked at once with the same checks
 * as `validate`, so the editor sees every problem before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { advisoryLocation, type Frontmatter, renderAdvisoryFile } from './advisory-file.ts';
import { buildCatalog } from '../model/catalog.ts';
import type { IsoDate } from '../util/dates.ts';
import { documentKey } from '../util/document-number.ts';
import type { Note } from './dispatch/draft.ts';
import { type Problem, fieldName } from '../util/problems.ts';
import { type LoadedContent, parseYaml, readAdvisory, splitFrontmatter } from '../content/source-fs.ts';

/** Frontmatter to write; number, date and issuer decide where it goes and what it must not clash with. */
export type NewAdvisory = Frontmatter & { number: string; issued: IsoDate; issuer: string };

export type WriteResult = { ok: true; file: string; id: string; problems: Problem[] } | { ok: false; message: string };

export function writeAdvisory(
	root: string,
	loaded: LoadedContent,
	frontmatter: NewAdvisory,
	body: readonly string[],
	today: IsoDate,
): WriteResult {
	const { id, file } = advisoryLocation(root, frontmatter.number, frontmatter.issued);
	const shown = path.relative(process.cwd(), file) || file;
	const key = documentKey(frontmatter.number, frontmatter.issuer, frontmatter.issued);
	const twin = loaded.input.advisories.find((a) => documentKey(a.data.number, a.data.issuer, a.data.issued) === key);
	if (twin)
		return {
			ok: false,
			message: `number ${frontmatter.number} of ${frontmatter.issuer} in ${frontmatter.issued.slice(0, 4)} is already used by ${twin.file}; nothing was written`,
		};
	if (existsSync(file))
		return { ok: false, message: `${shown} already exists; nothing was written (delete or rename it first if you mean to replace it)` };

	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, renderAdvisoryFile(frontmatter, body), { flag: 'wx' });
	return { ok: true, file: shown, id, problems: checkWritten(file, root, loaded, today) };
}

/** The problems `validate` would report for the new file, with the rest of the content as it is. */
function checkWritten(file: string, root: string, loaded: LoadedContent, today: IsoDate): Problem[] {
	const problems: Problem[] = [];
	const entry = readAdvisory(file, path.join(root, 'advisories'), problems);
	if (!entry) return problems;
	const catalog = buildCatalog({
		...loaded.input,
		advisories: [...loaded.input.advisories, entry],
		fileIds: [...(loaded.input.fileIds ?? []), entry.id],
		today,
	});
	// Its own problems (the body's, as compiled) and those against the rest of the content.
	return [...problems, ...catalog.problems.filter((p) => p.file === entry.file)];
}

/** Notes about fields, with the line each field is on in the written file. */
export function locateNotes(file: string, notes: readonly Note[]): Problem[] {
	const parts = splitFrontmatter(readFileSync(file, 'utf8'));
	const yaml = parts && parseYaml(parts.frontmatter, file, parts.firstLine);
	return notes.map((note) => ({ file, line: yaml?.locate(note.path), field: fieldName(note.path), message: note.message }));
}
