/**
 * The start tags of an HTML document with their attributes, found by a scanner rather than a full
 * parser: the checks only need attributes, and a DOM parser takes seconds over a large build.
 * Comments and the contents of `<script>` and `<style>` are skipped, as a browser would.
 */
export interface StartTag {
	/** Lower-case element name. */
	name: string;
	/** Attribute values with character references decoded; a bare attribute has the value "". */
	attributes: Map<string, string>;
}

const TOKEN =
	/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/[^>]*>|<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
		const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
		return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

/**
 * Which start tags to return: a set of element names (lower case), or a test of the name and the
 * tag's raw attribute text (`href="/x" class="a"`), for a filter that looks at both.
 */
export type TagFilter = ReadonlySet<string> | ((name: string, attributeText: string) => boolean);

/**
 * The start tags of `html`; with `only`, just the ones it accepts. Skipping the others'
 * attributes is most of the work saved: pages are mostly `div`, `span` and `li`.
 */
export function* startTags(html: string, only?: TagFilter): Generator<StartTag> {
	// A regex of its own: two documents may be scanned at once.
	const token = new RegExp(TOKEN);
	let match: RegExpExecArray | null;
	while ((match = token.exec(html))) {
		if (!match[1]) continue;
		const name = match[1].toLowerCase();
		if (!only || (typeof only === 'function' ? only(name, match[2] ?? '') : only.has(name))) {
			const attributes = new Map<string, string>();
			for (const a of (match[2] ?? '').matchAll(ATTRIBUTE)) {
				const key = a[1].toLowerCase();
				if (!attributes.has(key)) attributes.set(key, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
			}
			yield { name, attributes };
		}
		if (name === 'script' || name === 'style') {
			const close = new RegExp(`</${name}`, 'ig');
			close.lastIndex = token.lastIndex;
			token.lastIndex = close.exec(html)?.index ?? html.length;
		}
	}
}
