import type { APIRoute } from 'astro';
import type { FeedScope } from '../../../../lib/feeds.ts';
import { feedPaths, feedResponse } from '../../../../data/feeds.ts';

export const getStaticPaths = feedPaths('kind', 'kind');
export const GET: APIRoute<{ scope: FeedScope }> = ({ props }) => feedResponse('atom', props.scope);
