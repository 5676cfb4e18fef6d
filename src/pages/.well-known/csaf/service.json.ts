/** The ROLIE service document (CSAF 2.0 §7.1.16), beside provider-metadata.json. */
import type { APIRoute } from 'astro';
import { json } from '../../../astro/exports.ts';
import { absolute, site } from '../../../astro/site.ts';
import { exportUi } from '../../../i18n/vi.ts';
import { csafText } from '../../../lib/outputs/csaf/document.ts';
import { ROLIE_FEED, rolieService } from '../../../lib/outputs/csaf/rolie.ts';

export const GET: APIRoute = () =>
	json(
		csafText(rolieService(exportUi.rolieWorkspace(site.name), [{ title: exportUi.rolieFeedTitle(site.name), url: absolute(ROLIE_FEED) }])),
	);
