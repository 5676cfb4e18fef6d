import { describe, expect, it } from 'vitest';
import { indexingFromLog } from '../../scripts/bench/search.ts';
import { indexLogLine } from '../../src/integrations/search.ts';

describe("the search benchmark's reading of the build log", () => {
	it('finds the records and the indexing time in the line the search integration writes', () => {
		const line = indexLogLine(
			[
				{ name: '2026', records: 1200, reused: false },
				{ name: '2025-2', records: 300, reused: false },
				{ name: '2025', records: 1500, reused: true },
			],
			4321.4,
		);
		expect(indexingFromLog(`12:00:01 [content] Synced content\n12:00:09 [canhbao:search] ${line}\n`)).toEqual({ records: 3000, ms: 4321 });
	});

	it('has no figure when every index came from the cache', () => {
		expect(indexingFromLog(indexLogLine([{ name: '2026', records: 10, reused: true }], 0))).toBeNull();
	});
});
