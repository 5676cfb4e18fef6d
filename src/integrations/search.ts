import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchRecords, type SearchRecord } from '../lib/search.ts';
import { checkedContent } from './content-check.ts';

/**
 * Writes a Pagefind index of `records` to `outputPath`. Pagefind's Node API reports most
 * problems in `errors` arrays instead of throwing: every one of them becomes an exception here,
 * so a broken index can never be published.
 */
export async function writeSearchIndex(records: SearchRecord[], outputPath: string): Promise<void> {
	const failures: string[] = [];
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', writePlayground: false });
		if (!index) throw new Error(errors.join('\n') || 'could not create an index');
		// All at once: the Pagefind service queues them, and one round trip per record was 40 s at N=1000.
		const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
		added.forEach((result, i) => failures.push(...result.errors.map((e) => `${records[i].url}: ${e}`)));
		if (!failures.length) failures.push(...(await index.writeFiles({ outputPath })).errors);
	} catch (error) {
		failures.push(error instanceof Error ? error.message : String(error));
	} finally {
		await pagefind.close();
	}
	if (failures.length) throw new Error(`Pagefind failed:\n${failures.join('\n')}`);
}

/**
 * Builds the search index inside `astro build`, from the catalog's search records (one per
 * advisory, one per action) rather than by scraping pages, so menus and footers stay out of it.
 */
export function search(root: string): AstroIntegration {
	return {
		name: 'canhbao:search',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const records = searchRecords(checkedContent(root).catalog);
				await writeSearchIndex(records, path.join(fileURLToPath(dir), 'pagefind'));
				logger.info(`indexed ${records.length} search records in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
