/**
 * The search index alone, as the build makes it: the records of every index in turn, each into a
 * Pagefind process of its own (src/integrations/search-index.ts), timed in CPU seconds with the
 * peak memory of the process tree (this process and Pagefind's), for one layout (records per
 * index). Reading the catalog is not counted in the CPU seconds.
 *
 *   node scripts/bench/search-index.ts --content <dir> [--max 1500]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { searchShards, shardMaxRecords, shardRecords } from '../../src/lib/outputs/search.ts';
import { CORPUS_TODAY } from './corpus.ts';
import { sampleProcessTree, watchProcessTree } from './process-tree.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, max: { type: 'string' } } });
if (!values.content) throw new Error('--content <dir>: the content folder to index (e.g. one made by npm run bench -- --keep)');
const { catalog } = checkContent(values.content, CORPUS_TODAY);
const shards = searchShards(catalog, values.max ? Number(values.max) : shardMaxRecords());
const out = mkdtempSync(path.join(tmpdir(), 'canhbao-search-index-'));
const started = performance.now();
const cpuBefore = (await sampleProcessTree(process.pid)).cpuSeconds;
const watcher = watchProcessTree(process.pid);
try {
	for (const shard of shards) {
		const records = shardRecords(catalog, shard);
		const t = performance.now();
		await writeSearchIndex(records, path.join(out, shard.name));
		console.log(`  ${shard.name.padEnd(12)} ${String(records.length).padStart(6)} records ${Math.round(performance.now() - t)} ms`);
	}
} finally {
	rmSync(out, { recursive: true, force: true });
}
const peak = await watcher.stop();
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
console.log(
	`${shards.length} indexes in ${Math.round(performance.now() - started)} ms, ${(peak.cpuSeconds - cpuBefore).toFixed(2)} CPU s; peak RSS of the tree ${mb(peak.peakBytes)} MB, largest process ${mb(peak.largestProcessBytes)} MB`,
);
