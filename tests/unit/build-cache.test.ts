import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedFolder, digestOf, linkTree } from '../../src/integrations/build-cache.ts';

describe('digestOf', () => {
	it('does not depend on the order of object keys, but on the order of lists', () => {
		expect(digestOf({ a: 1, b: [1, 2] })).toBe(digestOf({ b: [1, 2], a: 1 }));
		expect(digestOf({ a: 1, b: [1, 2] })).not.toBe(digestOf({ a: 1, b: [2, 1] }));
		expect(digestOf(new Map([['x', 1]]))).toBe(digestOf({ x: 1 }));
	});
});

describe('cachedFolder', () => {
	it('makes an entry once, reuses it, and keeps only the latest few', async () => {
		const root = mkdtempSync(path.join(tmpdir(), 'canhbao-build-cache-'));
		let made = 0;
		const make = async (folder: string) => {
			made++;
			writeFileSync(path.join(folder, 'index.json'), String(made));
		};
		expect((await cachedFolder(root, 'k1', make)).reused).toBe(false);
		const again = await cachedFolder(root, 'k1', make);
		expect(again.reused).toBe(true);
		expect(readFileSync(path.join(again.folder, 'index.json'), 'utf8')).toBe('1');
		await cachedFolder(root, 'k2', make);
		await cachedFolder(root, 'k3', make);
		expect(readdirSync(root).sort()).toEqual(['k2', 'k3']);
		expect(made).toBe(3);
	});

	it('leaves nothing behind when making an entry fails, so a half-made one is never reused', async () => {
		const root = mkdtempSync(path.join(tmpdir(), 'canhbao-build-cache-'));
		await expect(
			cachedFolder(root, 'k', async () => {
				throw new Error('Pagefind failed');
			}),
		).rejects.toThrow('Pagefind failed');
		expect(readdirSync(root)).toEqual([]);
	});
});

describe('linkTree', () => {
	it('puts the same files at the target, without the completion marker', async () => {
		const root = mkdtempSync(path.join(tmpdir(), 'canhbao-build-cache-'));
		const { folder } = await cachedFolder(root, 'k', async (dir) => {
			writeFileSync(path.join(dir, 'a.txt'), 'a');
		});
		const target = path.join(root, 'site', 'pagefind');
		linkTree(folder, target);
		expect(readdirSync(target)).toEqual(['a.txt']);
		expect(existsSync(path.join(target, '.complete'))).toBe(false);
	});
});
