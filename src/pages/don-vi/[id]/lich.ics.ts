import type { APIRoute } from 'astro';
import { getCatalog } from '../../../astro/catalog.ts';
import { getPageKeys } from '../../../astro/page-keys.ts';
import { absolute, site } from '../../../astro/site.ts';
import { buildCalendar, calendarEntries } from '../../../lib/outputs/calendar.ts';
import { actionsFor } from '../../../lib/model/concerns.ts';
import { recipientUi } from '../../../i18n/vi.ts';
import { shortLabel } from '../../../lib/model/registry.ts';

export async function getStaticPaths() {
	const [catalog, keys] = await Promise.all([getCatalog(), getPageKeys()]);
	return [...catalog.recipients.byId.keys()].map((id) => ({ params: { id }, cacheKey: keys.recipientCalendar(id) }));
}

/** The current deadlines of the actions a recipient must take (`calendarEntries`), as a subscribable calendar. */
export const GET: APIRoute = async ({ params }) => {
	const catalog = await getCatalog();
	const recipient = catalog.recipients.get(params.id!)!;
	const body = buildCalendar(calendarEntries(actionsFor(catalog, recipient.id), catalog.today), {
		name: recipientUi.calendarName(shortLabel(recipient)),
		description: `${site.name}: ${recipient.name}`,
		host: new URL(site.baseUrl).hostname,
		absolute,
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
