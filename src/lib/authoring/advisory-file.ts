/**
 * Writes advisory files the way editors write them by hand (see the reference dispatch): fields
 * in the documented order, short id lists on one line, long text folded, the body escaped so MDX
 * shows it literally. Used by `npm run new` and `npm run import`.
 */
import path from 'node:path';
import { Document, isPair, isScalar, isSeq, Scalar, visit } from 'yaml';
import type { z } from 'astro/zod';
import type { advisorySchema } from '../../schemas/advisory.ts';
import type { IsoDate } from '../util/dates.ts';
import { slugFromNumber } from '../util/document-number.ts';
import { mdxBody } from './mdx-text.ts';

/** Lists of ids or short labels, printed `[a, b]` as in the hand-written files. */
const FLOW_LISTS = new Set(['recipients', 'assignees', 'titleLines', 'cves', 'tags']);
/** Text longer than this is printed as a folded block (`>-`), which needs no quoting at all. */
const FOLD_AT = 80;

/** Frontmatter as written to a file: the schema's input side, so a misspelt key does not compile. */
export type Frontmatter = z.input<typeof advisorySchema>;

/** `<year>/<slug>` and the file of an advisory under a content root. */
export function advisoryLocation(root: string, number: string, issued: IsoDate): { id: string; file: string } {
	const id = `${issued.slice(0, 4)}/${slugFromNumber(number)}`;
	return { id, file: path.join(root, 'advisories', `${id}.mdx`) };
}

export function renderAdvisoryFile(frontmatter: Frontmatter, body: readonly string[] = []): string {
	const doc = new Document(frontmatter);
	visit(doc, {
		Pair(_, pair) {
			if (isPair(pair) && isScalar(pair.key) && FLOW_LISTS.has(String(pair.key.value)) && isSeq(pair.value)) pair.value.flow = true;
		},
		Scalar(_, node) {
			if (typeof node.value === 'string' && node.value.length > FOLD_AT && !node.value.includes('\n')) node.type = Scalar.BLOCK_FOLDED;
		},
	});
	const yaml = doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
	const text = mdxBody(body);
	return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
}
