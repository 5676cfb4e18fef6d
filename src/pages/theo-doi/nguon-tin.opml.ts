import type { APIRoute } from 'astro';
import { getCatalog } from '../../astro/catalog.ts';
import { site } from '../../astro/site.ts';
import { scopesOf, siteScope } from '../../astro/feeds.ts';
import { feedDocument } from '../../lib/outputs/feeds/entries.ts';
import { opml } from '../../lib/outputs/feeds/formats.ts';
import { feedUi } from '../../i18n/vi.ts';

export const GET: APIRoute = async () => {
	const all = await siteScope();
	const updated = feedDocument(await getCatalog(), all, site.baseUrl).updated;
	const groups = [
		{ title: feedUi.feedAll, feeds: [all] },
		{ title: feedUi.feedBySeverity, feeds: await scopesOf('severity') },
		{ title: feedUi.feedByKind, feeds: await scopesOf('kind') },
		{ title: feedUi.feedByRecipient, feeds: await scopesOf('recipient') },
	];
	return new Response(opml(groups, site, updated), { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
};
