import type { APIRoute } from 'astro';
import { getCatalog } from '../../../astro/catalog.ts';
import { keyedPaths } from '../../../astro/page-keys.ts';
import { absolute, site } from '../../../astro/site.ts';
import { buildCalendar } from '../../../lib/outputs/calendar.ts';
import { recipientCalendar, type RecipientCalendar } from '../../../lib/views/pages.ts';
import { recipientUi } from '../../../i18n/vi.ts';
import { shortLabel } from '../../../lib/model/registry.ts';

export async function getStaticPaths() {
	const catalog = await getCatalog();
	return keyedPaths([...catalog.recipients.byId.keys()].map((id) => ({ params: { id }, props: recipientCalendar(catalog, id) })));
}

/** The current deadlines of the actions a recipient must take (`calendarEntries`), as a subscribable calendar. */
export const GET: APIRoute = async ({ props }) => {
	const { recipient, entries } = props as RecipientCalendar;
	const body = buildCalendar(entries, {
		name: recipientUi.calendarName(shortLabel(recipient)),
		description: `${site.name}: ${recipient.name}`,
		host: new URL(site.baseUrl).hostname,
		absolute,
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
