import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { absolute, site } from '../data/site.ts';
import { buildCalendar } from '../lib/calendar.ts';
import { recipientUi } from '../i18n/vi.ts';

/** Every dated action of every advisory. */
export const GET: APIRoute = async () => {
	const catalog = await getCatalog();
	const entries = catalog.advisories.flatMap((advisory) => advisory.actions.map((action) => ({ action, advisory })));
	const body = buildCalendar(entries, { name: recipientUi.calendarAll, description: site.name, host: new URL(site.baseUrl).hostname, absolute });
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
