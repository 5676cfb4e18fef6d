import type { APIRoute } from 'astro';
import { feedResponse, siteScope } from '../astro/feeds.ts';

export const GET: APIRoute = async () => feedResponse('json', await siteScope());
