/**
 * Deadline calendars (iCalendar, RFC 5545): every dated action becomes an all-day event on its
 * due date, so staff can subscribe from Outlook, Google Calendar or their phone. UIDs are built
 * from the advisory and action ids, so an edited advisory updates its events instead of
 * duplicating them. A calendar holds what is still current (`calendarEntries`), not every
 * deadline ever set: the site keeps the history.
 */
import ical, { ICalCalendarMethod, type ICalCalendar } from 'ical-generator';
import type { CatalogAction, CatalogAdvisory } from '../model/catalog.ts';
import { addDays, formatShortDate, type IsoDate } from '../util/dates.ts';
import { severityLabel } from '../../i18n/vi.ts';
import { shortLabel } from '../model/registry.ts';

export interface CalendarEntry {
	action: CatalogAction;
	advisory: CatalogAdvisory;
}

export interface CalendarOptions {
	/** Calendar name shown in the subscriber's app. */
	name: string;
	description: string;
	/** Host used in UIDs (`2019/357-ubnd-kgvx/ra-soat@canhbao.hatinh.gov.vn`). */
	host: string;
	/** Absolute URL of a site path. */
	absolute: (path: string) => string;
}

/** Short enough for a calendar cell, whole words. */
function shorten(text: string, max = 90): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : max).replace(/[,;:.]$/, '')}…`;
}

/** How far back a calendar reaches for the deadlines of advisories that are no longer active. */
export const CALENDAR_HISTORY_DAYS = 365;

/**
 * The entries a calendar carries on `today`: every dated action of an active advisory (open work,
 * however late), and the others' deadlines of the last `CALENDAR_HISTORY_DAYS` days and after.
 * Subscribed calendars are fetched again every few hours by every subscriber; with every
 * deadline ever set, the province's calendar of 5,000 advisories was 5.9 MB and grew each year.
 * Events that fall out disappear from subscribers' calendars at their next refresh.
 */
export function calendarEntries<T extends CalendarEntry>(entries: readonly T[], today: IsoDate): T[] {
	const from = addDays(today, -CALENDAR_HISTORY_DAYS);
	return entries.filter(({ action, advisory }) => action.due !== undefined && (advisory.status === 'active' || action.due >= from));
}

export function actionUid(advisoryId: string, actionId: string, host: string): string {
	return `${advisoryId}/${actionId}@${host}`;
}

/**
 * Events already written, per action and site address. The same action sits in the calendar of
 * every recipient it concerns; writing it once instead of once per calendar made the
 * calendars a tenth of the build's rendering time.
 */
const written = new WeakMap<CatalogAction, Map<string, string>>();

const calendarEnd = 'END:VCALENDAR';

export function buildCalendar(entries: CalendarEntry[], options: CalendarOptions): string {
	// The calendar's own lines, then its events' lines, exactly as ical-generator writes them.
	const head = calendarOf(options).toString();
	if (!head.endsWith(calendarEnd)) throw new Error('ical-generator wrote a calendar that does not end with END:VCALENDAR');
	let events = '';
	for (const entry of entries) if (entry.action.due) events += eventText(entry, options);
	return head.slice(0, -calendarEnd.length) + events + calendarEnd;
}

function calendarOf(options: CalendarOptions): ICalCalendar {
	return ical({
		name: options.name,
		description: options.description,
		prodId: { company: options.host, product: 'canhbao', language: 'VI' },
		method: ICalCalendarMethod.PUBLISH,
		ttl: 60 * 60 * 6,
	});
}

/** One event's folded lines, from BEGIN:VEVENT to END:VEVENT and its line break. */
function eventText({ action, advisory }: CalendarEntry, options: CalendarOptions): string {
	const site = `${options.host} ${options.absolute('')}`;
	let perSite = written.get(action);
	if (!perSite) written.set(action, (perSite = new Map()));
	const known = perSite.get(site);
	if (known !== undefined) return known;

	const calendar = calendarOf(options);
	const [y, m, d] = action.due!.split('-').map(Number);
	const [sy, sm, sd] = (advisory.data.updated ?? advisory.data.issued).split('-').map(Number);
	const url = options.absolute(`${advisory.path}#${action.anchor}`);
	const { label } = action;
	calendar.createEvent({
		id: actionUid(advisory.id, action.id, options.host),
		// An all-day DATE value: the deadline is a calendar day, not an instant.
		start: new Date(Date.UTC(y, m - 1, d)),
		allDay: true,
		// A fixed stamp keeps the file identical between builds of unchanged content.
		stamp: new Date(Date.UTC(sy, sm - 1, sd)),
		summary: `Hạn: ${shorten(action.text).replace(/\.$/, '')} (Số ${advisory.data.number})`,
		description: [
			`Việc ${label} của văn bản số ${advisory.data.number} ngày ${formatShortDate(advisory.data.issued)} (${shortLabel(advisory.issuer)}): V/v ${advisory.data.subject}.`,
			action.heading ? `${action.heading} ${action.text}` : action.text,
			`Giao: ${action.assignees.map((r) => r.name).join('; ')}.`,
			`Mức độ: ${severityLabel[advisory.data.severity]}.`,
			url,
		].join('\n\n'),
		url,
	});
	const whole = calendar.toString();
	const text = whole.slice(whole.indexOf('BEGIN:VEVENT'), -calendarEnd.length);
	perSite.set(site, text);
	return text;
}
