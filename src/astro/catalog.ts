/** The catalog for pages and endpoints: the one this build read and checked (src/astro/shared.ts). */
import { getCollection } from 'astro:content';
import type { Catalog } from '../lib/model/catalog.ts';
import { sharedCatalog } from './shared.ts';

export function getCatalog(): Promise<Catalog> {
	return sharedCatalog();
}

/** The collection entry of an advisory, for rendering its MDX body. */
export async function advisoryEntries() {
	return new Map((await getCollection('advisories')).map((entry) => [entry.id, entry]));
}
