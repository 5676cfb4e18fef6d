import type { APIRoute } from 'astro';
import type { FeedScope } from '../../../../lib/feeds.ts';
import { feedPaths, feedResponse } from '../../../../data/feeds.ts';

export const getStaticPaths = feedPaths('severity', 'severity');
export const GET: APIRoute<{ scope: FeedScope }> = ({ props }) => feedResponse('json', props.scope);
