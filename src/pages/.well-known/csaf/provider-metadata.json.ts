/** CSAF 2.0 §7.1.7 and §7.1.9: who publishes the CSAF documents, where their directory and feeds are, and the signing key. */
import type { APIRoute } from 'astro';
import { providerInputs } from '../../../data/csaf-channel.ts';
import { json } from '../../../data/exports.ts';
import { csafText } from '../../../lib/csaf.ts';
import { csafProviderMetadata } from '../../../lib/outputs/csaf/provider.ts';

export const GET: APIRoute = async () => {
	const { advisories, ctx, today, key } = await providerInputs();
	return json(csafText(csafProviderMetadata(advisories, ctx, today, key)));
};
