/** Subjects are written as after "V/v" ("tăng cường…"); titles start with a capital. */
export function capitalize(text: string): string {
	return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** The host of a web address, shown beside external links so readers know where they go. */
export function domainOf(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return '';
	}
}
