/** CSAF 2.0 §7.1.7 and §7.1.9: who publishes the CSAF documents and where their directory is. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { csafAdvisories, json } from '../../../data/exports.ts';
import { absolute, site } from '../../../data/site.ts';
import { csafText, providerMetadata } from '../../../lib/csaf.ts';

export const GET: APIRoute = async () =>
	json(csafText(providerMetadata(await csafAdvisories(), { site, absolute }, (await getCatalog()).today)));
