/**
 * What one subscriber's digest contains, and the identity of that digest.
 *
 * A run looks at advisories that changed (were issued, or edited) between `since` and today and
 * are still active; each subscriber gets those that match their selection and that no earlier
 * digest already brought them (the ledger remembers every advisory version mailed). So windows
 * may overlap, runs may repeat or be resumed, and nobody gets the same version twice.
 *
 * A daily or weekly digest is one edition per day or week: once a subscriber's edition is sent,
 * a later run that day sends nothing more (new advisories wait for the next edition). An
 * immediate digest is identified by the advisory versions it carries.
 */
import { createHash } from 'node:crypto';
import type { Severity } from '../../schemas/advisory.ts';
import { severityRank } from '../model/catalog.ts';
import { addDays, type IsoDate } from '../util/dates.ts';
import type { ExportedAction, ExportedAdvisory } from '../outputs/advisory-json.ts';
import type { PublishedData } from './data.ts';
import { EVERY_RECIPIENT, type Frequency, type Subscriber } from './subscribers.ts';

/** How far back a run looks by default; the ledger keeps overlaps from being mailed twice. */
export const LOOKBACK_DAYS: Record<Frequency, number> = { immediate: 7, daily: 7, weekly: 14 };

export interface Edition {
	period: Frequency;
	/** First day whose changes are included. */
	since: IsoDate;
	today: IsoDate;
	/** `daily:2026-11-26`, `weekly:2026-W48`; for immediate digests, see digestKey. */
	key: string;
}

export interface DigestItem {
	advisory: ExportedAdvisory;
	/** Edited after an earlier version was published. */
	update: boolean;
	/** The actions that concern the subscriber's agencies (all of them for `*`). */
	actions: ExportedAction[];
}

export interface Digest {
	subscriber: Subscriber;
	edition: Edition;
	/** Identity of this message: the same subscriber and digest always give the same key. */
	key: string;
	/** `<advisory key>@<changed>` of every item: what the ledger records as mailed. */
	versions: string[];
	items: DigestItem[];
}

export function editionFor(period: Frequency, today: IsoDate, since?: IsoDate): Edition {
	const from = since ?? addDays(today, -LOOKBACK_DAYS[period]);
	const key = period === 'daily' ? `daily:${today}` : period === 'weekly' ? `weekly:${isoWeek(today)}` : 'immediate';
	return { period, since: from, today, key };
}

/** ISO 8601 week, `2026-W48`: weeks start on Monday and belong to the year of their Thursday. */
export function isoWeek(date: IsoDate): string {
	const [y, m, d] = date.split('-').map(Number);
	const day = new Date(Date.UTC(y, m - 1, d));
	const weekday = day.getUTCDay() || 7;
	day.setUTCDate(day.getUTCDate() + 4 - weekday);
	const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
	const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
	return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export const versionOf = (a: ExportedAdvisory) => `${a.key}@${a.changed}`;

/** Advisories a run considers: active, changed within the window. Most severe, then newest first. */
export function candidates(data: PublishedData, edition: Edition): ExportedAdvisory[] {
	return data.catalog.advisories
		.filter((a) => a.status === 'active' && a.changed >= edition.since && a.changed <= edition.today)
		.sort(
			(a, b) => severityRank[a.severity] - severityRank[b.severity] || b.changed.localeCompare(a.changed) || a.key.localeCompare(b.key),
		);
}

/** What a subscriber's recipients reach: advisory keys and action keys, from the published data. */
export interface Reach {
	all: boolean;
	advisories: Set<string>;
	actions: Set<string>;
}

export function reachOf(data: PublishedData, subscriber: Subscriber): Reach {
	const reach: Reach = { all: subscriber.recipients.includes(EVERY_RECIPIENT), advisories: new Set(), actions: new Set() };
	for (const id of subscriber.recipients) {
		const recipient = data.recipients.get(id);
		if (!recipient) continue;
		for (const a of recipient.advisories) reach.advisories.add(a.key);
		for (const key of recipient.actions) reach.actions.add(key);
	}
	return reach;
}

function wanted(subscriber: Subscriber, reach: Reach, advisory: ExportedAdvisory): boolean {
	if (severityRank[advisory.severity] > severityRank[subscriber.minSeverity as Severity]) return false;
	if (subscriber.kinds.length && !subscriber.kinds.includes(advisory.kind)) return false;
	return reach.all || reach.advisories.has(advisory.key);
}

/** Why a subscriber gets no digest: nothing matches, or earlier digests already brought all of it. */
export type NoDigest = 'nothing-new' | 'already-mailed' | 'other-frequency';

/**
 * The subscriber's digest, or why there is none. `mailed` holds the advisory versions earlier
 * digests already brought them.
 */
export function digestFor(
	data: PublishedData,
	edition: Edition,
	pool: ExportedAdvisory[],
	subscriber: Subscriber,
	mailed: ReadonlySet<string> = new Set(),
	listId = '',
): Digest | NoDigest {
	if (subscriber.frequency !== edition.period) return 'other-frequency';
	const reach = reachOf(data, subscriber);
	const items: DigestItem[] = [];
	let alreadyMailed = 0;
	for (const advisory of pool) {
		if (!wanted(subscriber, reach, advisory)) continue;
		if (mailed.has(versionOf(advisory))) {
			alreadyMailed++;
			continue;
		}
		const actions = advisory.actions.filter((x) => reach.all || reach.actions.has(x.key));
		items.push({ advisory, update: advisory.changed !== advisory.issued, actions });
	}
	if (!items.length) return alreadyMailed ? 'already-mailed' : 'nothing-new';
	const versions = items.map((i) => versionOf(i.advisory));
	const key = edition.period === 'immediate' ? `immediate:${hash([...versions].sort().join('\n')).slice(0, 16)}` : edition.key;
	return { subscriber, edition, key: `${listId}|${subscriber.key}|${key}`, versions, items };
}

export function hash(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** `<…@host>`: derived from the digest key only, so a retried or resumed send is recognisable. */
export function messageIdOf(digest: Pick<Digest, 'key'>, host: string): string {
	return `<${hash(digest.key).slice(0, 32)}.ban-tin@${host}>`;
}
