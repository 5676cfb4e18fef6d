/** CSAF 2.0 §7.1.7 and §7.1.9: who publishes the CSAF documents and where their directory is. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../astro/catalog.ts';
import { csafAdvisories, json } from '../../../astro/exports.ts';
import { absolute, site } from '../../../astro/site.ts';
import { csafText, providerMetadata } from '../../../lib/outputs/csaf/document.ts';

export const GET: APIRoute = async () =>
	json(csafText(providerMetadata(await csafAdvisories(), { site, absolute }, (await getCatalog()).today)));
