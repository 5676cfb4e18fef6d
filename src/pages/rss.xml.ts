import type { APIRoute } from 'astro';
import { feedResponse, siteScope } from '../data/feeds.ts';

export const GET: APIRoute = async () => feedResponse('rss', await siteScope());
