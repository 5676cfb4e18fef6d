/**
 * When an advisory last changed. Feeds mark an edited advisory as updated rather than new, and
 * digests mail a changed advisory again; both ask here.
 *
 * The later of the declared `updated` date and the last commit that changed the file after it
 * was first published (src/lib/content/git-log.ts). The first commit is publication, not a change: an
 * old dispatch added to the site today is not "updated".
 */
import type { Advisory } from '../../schemas/advisory.ts';
import type { IsoDate } from '../util/dates.ts';
import type { AdvisoryHistory } from '../content/git-log.ts';

interface Revisable {
	data: Pick<Advisory, 'issued' | 'updated'>;
	history?: AdvisoryHistory;
}

export function lastChanged(advisory: Revisable): IsoDate {
	const declared = advisory.data.updated ?? advisory.data.issued;
	const h = advisory.history;
	// Commit times carry the author's offset; the calendar day as written there is the day of the change.
	const committed = h?.state === 'recorded' ? h.changes.at(-1)?.date.slice(0, 10) : undefined;
	return committed && committed > declared ? committed : declared;
}

/** True when the advisory was edited after it was issued. */
export function wasUpdated(advisory: Revisable): boolean {
	return lastChanged(advisory) !== advisory.data.issued;
}
