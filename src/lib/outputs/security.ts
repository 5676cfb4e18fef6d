/**
 * The site's security policy, in one place: astro.config.mjs turns it into the `<meta>`
 * Content-Security-Policy of every page, and `public/_headers` and `deploy/nginx.conf` send the
 * same policy as an HTTP header with the directives a `<meta>` cannot carry
 * (tests/build/security-headers.test.ts keeps the three in agreement).
 *
 * Everything is served from the site itself: no CDN, no web font service, no analytics. Scripts
 * are external module files only, so no inline script needs allowing; Pagefind compiles its
 * WebAssembly, which needs 'wasm-unsafe-eval' (it does not allow JavaScript eval).
 */

/** `script-src`: our own module files, and WebAssembly compilation for search. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** `style-src`: our own stylesheets; no inline `<style>` and no `style=""` attributes. */
export const styleSources = ["'self'"] as const;

/** The other directives, valid both in `<meta>` and in a header. */
export const directives = [
	"default-src 'self'",
	"img-src 'self'",
	"font-src 'self'",
	// Pagefind fetches its index and fragments, and runs a worker, from the site.
	"connect-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/**
 * Directives a browser ignores (with a console error) when they come in a `<meta>` element,
 * so they go in the header only: no site may frame these pages (clickjacking).
 */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** Response headers every page and file gets, besides the Content-Security-Policy. */
export const securityHeaders = {
	'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
	'X-Frame-Options': 'DENY',
} as const;

/** A policy as directive name → sources, for comparing policies written in different orders. */
export type ParsedPolicy = Map<string, string[]>;

export function parsePolicy(policy: string): ParsedPolicy {
	const parsed: ParsedPolicy = new Map();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
		if (name) parsed.set(name.toLowerCase(), sources.sort());
	}
	return parsed;
}

/** The policy as the `<meta>` element carries it (what Astro writes). */
export function metaPolicy(): string {
	return [...directives, `script-src ${scriptSources.join(' ')}`, `style-src ${styleSources.join(' ')}`].join('; ');
}

/** The policy as the HTTP header carries it: the meta policy plus the header-only directives. */
export function headerPolicy(): string {
	return [metaPolicy(), ...headerOnlyDirectives].join('; ');
}
