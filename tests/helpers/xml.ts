/** Strict XML parsing for feeds: any well-formedness error or warning fails the test. */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

export function parseXml(text: string, what = 'document'): Document {
	return new DOMParser({
		onError: (level, message) => {
			throw new Error(`${what}: ${level}: ${message}`);
		},
	}).parseFromString(text, 'text/xml');
}

export function all(node: Document | Element, tag: string): Element[] {
	return Array.from(node.getElementsByTagName(tag));
}

export function one(node: Document | Element, tag: string): Element {
	const found = all(node, tag);
	if (!found.length) throw new Error(`no <${tag}>`);
	return found[0];
}

export const text = (node: Document | Element, tag: string) => one(node, tag).textContent ?? '';

/** RFC 822 as RSS 2.0 requires: "Mon, 14 Jan 2019 17:00:00 GMT". */
export const RFC822 =
	/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
/** RFC 3339 as Atom and JSON Feed require. */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Atom `type="html"` text: what a reader shows after decoding the HTML. */
export function htmlText(value: string): string {
	return value
		.replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}
