/**
 * Adds a spelling a dispatch used to a registry entry's `aliases`, in recipients.yaml or
 * authorities.yaml, keeping the file's comments, order and layout: the YAML is edited as a
 * document, not re-serialised from data, and written through a temporary file and a rename.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { nameKey } from '../../model/registry.ts';

export type AliasResult = { ok: true; added: boolean } | { ok: false; message: string };

export function addAlias(file: string, id: string, alias: string): AliasResult {
	const text = readFileSync(file, 'utf8');
	const doc = parseDocument(text) as unknown as Document;
	if (doc.errors.length) return { ok: false, message: `${file} does not parse as YAML (${doc.errors[0].message}); fix it first` };
	const list = doc.contents;
	if (!isSeq(list)) return { ok: false, message: `${file} is not a list of entries` };
	const entry = list.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === id);
	if (!entry) return { ok: false, message: `${file} has no entry "${id}"` };
	const names = [entry.get('name'), entry.get('shortName'), ...((entry.get('aliases') as YAMLSeq | undefined)?.toJSON() ?? [])].filter(
		(n): n is string => typeof n === 'string',
	);
	if (names.some((n) => nameKey(n) === nameKey(alias))) return { ok: true, added: false };
	const aliases = entry.get('aliases');
	if (isSeq(aliases)) (aliases as YAMLSeq).add(doc.createNode(alias));
	else {
		// After the names, where a reader looks for other spellings.
		const seq = doc.createNode([alias]) as YAMLSeq;
		const at = entry.items.findIndex(
			(pair) => String((pair.key as { value?: unknown })?.value ?? pair.key) === (entry.has('shortName') ? 'shortName' : 'name'),
		);
		const pair = doc.createPair('aliases', seq);
		entry.items.splice(at >= 0 ? at + 1 : entry.items.length, 0, pair);
	}
	const temp = `${file}.${process.pid}.tmp`;
	try {
		writeFileSync(temp, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
		renameSync(temp, file);
	} catch (error) {
		rmSync(temp, { force: true });
		return { ok: false, message: `cannot write ${file}: ${(error as Error).message}` };
	}
	return { ok: true, added: true };
}
