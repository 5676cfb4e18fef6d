/** One read of the content per process, whichever module graph asks (src/astro/shared.ts). */
import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetContent, sharedCatalog, sharedContent } from '../../src/astro/shared.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { formatProblem } from '../../src/lib/util/problems.ts';
import { TODAY, fixtureCopy, replaceOnce } from '../helpers/fixture.ts';

const MALWARE = 'advisories/2026/7-skhcn-cntt.mdx';

describe('the shared content', () => {
	it('is read once and handed out as the same catalog until it is forgotten', async () => {
		const root = fixtureCopy();
		const first = await sharedContent(root);
		expect(await sharedContent(root)).toBe(first);
		expect(await sharedCatalog(root)).toBe(first.catalog);
		// The catalog carries bodies and history, so no consumer needs another read.
		const advisory = first.catalog.byId.get('2026/7-skhcn-cntt')!;
		expect(advisory.body).toContain('\n');
		expect(advisory.history?.state).toBeDefined();
		expect(first.files.get('2026/7-skhcn-cntt')?.source).toBe(readFileSync(path.join(root, MALWARE), 'utf8'));

		await forgetContent(root);
		const again = await sharedContent(root);
		expect(again).not.toBe(first);
		expect(again.catalog.advisories.map((a) => a.id)).toEqual(first.catalog.advisories.map((a) => a.id));
	});

	it('refuses to hand pages a catalog with problems', async () => {
		const root = fixtureCopy({ [MALWARE]: replaceOnce('issuer: so-khcn', 'issuer: so-kh-cn') });
		await expect(sharedCatalog(root)).rejects.toThrow(/issuer: unknown authority "so-kh-cn"/);
	});
});

describe('advisory files', () => {
	it('refuses a .md advisory, which would be checked but get no page', () => {
		const root = fixtureCopy();
		renameSync(path.join(root, MALWARE), path.join(root, 'advisories/2026/7-skhcn-cntt.md'));
		const problems = checkContent(root, TODAY).problems.map((p) =>
			formatProblem({ ...p, file: path.relative(root, path.resolve(p.file)) }),
		);
		expect(problems).toEqual(['advisories/2026/7-skhcn-cntt.md:1: advisory files end in .mdx; rename it to 7-skhcn-cntt.mdx']);
	});
});
