/** The ROLIE feed of the TLP:WHITE documents (CSAF 2.0 §7.1.15), with their hashes and, when signed, signatures. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../astro/catalog.ts';
import { feedDocuments, getSigningKey } from '../../../astro/csaf-channel.ts';
import { json } from '../../../astro/exports.ts';
import { absolute, site } from '../../../astro/site.ts';
import { exportUi } from '../../../i18n/vi.ts';
import { csafText } from '../../../lib/outputs/csaf/document.ts';
import { toTimestamp } from '../../../lib/util/dates.ts';
import { feedId, ROLIE_FEED, rolieFeed, TLP_WHITE } from '../../../lib/outputs/csaf/rolie.ts';

export const GET: APIRoute = async () =>
	json(
		csafText(
			rolieFeed(await feedDocuments(), TLP_WHITE, {
				url: absolute(ROLIE_FEED),
				id: feedId(site.baseUrl, TLP_WHITE),
				title: exportUi.rolieFeedTitle(site.name),
				signed: Boolean(await getSigningKey()),
				fallbackUpdated: toTimestamp((await getCatalog()).today),
			}),
		),
	);
