import type { APIRoute } from 'astro';
import { getCatalog } from '../astro/catalog.ts';
import { absolute, site } from '../astro/site.ts';
import { buildCalendar, calendarEntries } from '../lib/outputs/calendar.ts';
import { recipientUi } from '../i18n/vi.ts';

/** The current deadlines of every advisory (`calendarEntries`). */
export const GET: APIRoute = async () => {
	const catalog = await getCatalog();
	const all = catalog.advisories.flatMap((advisory) => advisory.actions.map((action) => ({ action, advisory })));
	const entries = calendarEntries(all, catalog.today);
	const body = buildCalendar(entries, {
		name: recipientUi.calendarAll,
		description: site.name,
		host: new URL(site.baseUrl).hostname,
		absolute,
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
