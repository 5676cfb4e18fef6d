import type { APIRoute } from 'astro';
import { absolute, href } from '../astro/site.ts';
import { robotsTxt } from '../lib/outputs/seo.ts';

// Crawlers read robots.txt only at the root of a host: under a sub-path this file is a guide for
// whoever runs the host's own robots.txt.
export const GET: APIRoute = () =>
	new Response(robotsTxt(href(), absolute('sitemap-index.xml')), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
