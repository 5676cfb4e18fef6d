/** CSAF 2.0 §7.1.7 and §7.1.9: who publishes the CSAF documents, where their directory and feeds are, and the signing key. */
import type { APIRoute } from 'astro';
import { providerInputs } from '../../../astro/csaf-channel.ts';
import { json } from '../../../astro/exports.ts';
import { csafText } from '../../../lib/outputs/csaf/document.ts';
import { csafProviderMetadata } from '../../../lib/outputs/csaf/provider.ts';

export const GET: APIRoute = async () => {
	const { advisories, ctx, today, key } = await providerInputs();
	return json(csafText(csafProviderMetadata(advisories, ctx, today, key)));
};
