/** RFC 9116 security.txt: contacts, and the CSAF provider metadata (CSAF 2.0 §7.1.8). */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { absolute, site } from '../../data/site.ts';
import { securityTxt } from '../../lib/outputs/security-txt.ts';

export const GET: APIRoute = async () =>
	new Response(securityTxt({ site, absolute, today: (await getCatalog()).today }), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
