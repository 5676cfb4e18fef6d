/**
 * When an advisory last changed. Feeds mark an edited advisory as updated rather than new, and
 * digests mail a changed advisory again; both ask here, so that when git history becomes the
 * source of revisions only this function changes.
 */
import type { Advisory } from '../schemas/advisory.ts';
import type { IsoDate } from './dates.ts';

export function lastChanged(advisory: { data: Pick<Advisory, 'issued' | 'updated'> }): IsoDate {
	return advisory.data.updated ?? advisory.data.issued;
}

/** True when the advisory was edited after it was issued. */
export function wasUpdated(advisory: { data: Pick<Advisory, 'issued' | 'updated'> }): boolean {
	return lastChanged(advisory) !== advisory.data.issued;
}
