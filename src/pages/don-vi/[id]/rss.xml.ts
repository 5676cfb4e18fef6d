import type { APIRoute } from 'astro';
import type { FeedScope } from '../../../lib/outputs/feeds/entries.ts';
import { feedPaths, feedResponse } from '../../../astro/feeds.ts';

export const getStaticPaths = feedPaths('recipient', 'id');
export const GET: APIRoute<{ scope: FeedScope }> = ({ props }) => feedResponse('rss', props.scope);
