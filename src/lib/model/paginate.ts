import { routes } from './routes.ts';
export interface Page<T> {
	items: T[];
	/** 1-based. */
	number: number;
	total: number;
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: T[], size: number): Page<T>[] {
	const total = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: total }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), number: i + 1, total }));
}

/** Site path of page `n` of the archive: page 1 is the archive itself. */
export function archivePagePath(n: number): string {
	return n === 1 ? routes.archive : routes.archivePage(n);
}

export const ARCHIVE_PAGE_SIZE = 20;
