/**
 * HTML built from untrusted text (advisory subjects may contain `<`, `&`, `javascript:`) for
 * feeds and e-mail, where no Astro template escapes for us. Every interpolated value is escaped
 * unless it is already `SafeHtml` made by this same function, so markup can only come from the
 * literal parts of a template.
 */
import { escape } from 'html-escaper';

export class SafeHtml {
	readonly value: string;
	constructor(value: string) {
		this.value = value;
	}
	toString(): string {
		return this.value;
	}
}

type Value = SafeHtml | string | number | false | null | undefined | readonly Value[];

function render(value: Value): string {
	if (value === false || value === null || value === undefined) return '';
	if (value instanceof SafeHtml) return value.value;
	if (Array.isArray(value)) return value.map(render).join('');
	return escape(String(value));
}

/** A template whose interpolations are escaped; arrays are joined, `false`/`undefined` print nothing. */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
	let out = strings[0];
	values.forEach((value, i) => {
		out += render(value) + strings[i + 1];
	});
	return new SafeHtml(out);
}

/** A link target that a reader may follow: only http(s) and mailto, else nothing. */
export function safeUrl(url: string): string {
	return /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : '#';
}
