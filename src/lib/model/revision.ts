/**
 * When an advisory last changed. Feeds mark an edited advisory as updated rather than new, and
 * digests mail a changed advisory again; both ask here.
 *
 * The later of the declared `updated` date and the last commit that changed the file after it
 * was first published (src/lib/content/git-log.ts). The first commit is publication, not a change: an
 * old dispatch added to the site today is not "updated".
 */
import type { Advisory } from '../../schemas/advisory.ts';
import { toTimestamp, type IsoDate } from '../util/dates.ts';
import type { AdvisoryHistory } from '../content/git-log.ts';

interface Revisable {
	data: Pick<Advisory, 'issued' | 'updated'>;
	history?: AdvisoryHistory;
}

export function lastChanged(advisory: Revisable): IsoDate {
	return lastChange(advisory).day;
}

/** The last change as a day and as a moment (RFC 3339): the commit's time when a commit made it, else the start of the declared day. */
export function lastChange(advisory: Revisable): { day: IsoDate; at: string } {
	const declared = advisory.data.updated ?? advisory.data.issued;
	const h = advisory.history;
	const commit = h?.state === 'recorded' ? h.changes.at(-1) : undefined;
	// Commit times carry the author's offset; the calendar day as written there is the day of the change.
	const committed = commit?.date.slice(0, 10);
	return commit && committed! > declared ? { day: committed!, at: commit.date } : { day: declared, at: toTimestamp(declared) };
}
