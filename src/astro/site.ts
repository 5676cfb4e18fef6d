/** Site settings (content/site.yaml), validated; and links that respect the configured base path. */
import { ContentError } from '../lib/util/problems.ts';
import { sharedContent } from './shared.ts';

const content = await sharedContent();
if (!content.site) throw new ContentError(content.problems);
export const site = content.site;

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site path (`canh-bao/2019/357-ubnd-kgvx/`) as a link under the base path. */
export function href(path = ''): string {
	return base + path.replace(/^\//, '');
}

/** An absolute URL for feeds, canonical links and cards. */
export function absolute(path = ''): string {
	return new URL(href(path), site.baseUrl).href;
}

/** Where completion reports go: the configured address, else the first incident contact's. */
export const reportEmail = site.reportEmail ?? site.incidentContacts.find((c) => c.email)?.email;
