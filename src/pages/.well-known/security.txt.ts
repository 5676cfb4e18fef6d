/** RFC 9116 security.txt: contacts, and the CSAF provider metadata (CSAF 2.0 §7.1.8); signed in the clear when the build signs. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../astro/catalog.ts';
import { getSigningKey } from '../../astro/csaf-channel.ts';
import { absolute, site } from '../../astro/site.ts';
import { toTimestamp } from '../../lib/util/dates.ts';
import { signatureDate, signCleartext } from '../../lib/outputs/csaf/signing.ts';
import { securityTxt } from '../../lib/outputs/security-txt.ts';

export const GET: APIRoute = async () => {
	const { today } = await getCatalog();
	const text = securityTxt({ site, absolute, today });
	const key = await getSigningKey();
	const body = key ? await signCleartext(text, key, signatureDate(toTimestamp(today), key)) : text;
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
