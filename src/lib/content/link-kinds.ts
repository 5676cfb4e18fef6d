/**
 * What a link written in an advisory's text may become. Advisory bodies are copied from other
 * documents, so a link is only kept when it goes somewhere a reader can safely follow: a page of
 * this site, a web address (shown with its domain), an e-mail address or a telephone number.
 * Anything else (`javascript:`, `data:`, `vbscript:`, `file:`…) is shown as plain text.
 */
export type BodyLink =
	| { kind: 'site'; href: string }
	| { kind: 'external'; href: string; domain: string }
	| { kind: 'contact'; href: string }
	| { kind: 'refused' };

const CONTACT = new Set(['mailto:', 'tel:']);

/**
 * Classifies `raw` for a site published at `baseUrl` (absolute, ending in `/`). Site paths
 * (`/canh-bao/2019/357-ubnd-kgvx/`) are written without the base path and get it here, as
 * attachment paths do; fragments stay as they are.
 */
export function classifyBodyLink(raw: string, baseUrl: string): BodyLink {
	const base = new URL(baseUrl);
	const text = raw.trim();
	if (!text) return { kind: 'refused' };
	if (text.startsWith('#')) return { kind: 'site', href: text };
	let url: URL;
	try {
		// The URL parser drops tabs and newlines and lower-cases the scheme, as browsers do, so
		// "java\tscript:" and "JAVASCRIPT:" are recognised for what they are.
		url = new URL(text.startsWith('/') && !text.startsWith('//') ? base.pathname.replace(/\/$/, '') + text : text, base);
	} catch {
		return { kind: 'refused' };
	}
	if (CONTACT.has(url.protocol)) return { kind: 'contact', href: url.href };
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'refused' };
	if (url.origin === base.origin && url.pathname.startsWith(base.pathname)) return { kind: 'site', href: url.pathname + url.search + url.hash };
	return { kind: 'external', href: url.href, domain: url.hostname.replace(/^www\./, '') };
}
