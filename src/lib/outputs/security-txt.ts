/**
 * `/.well-known/security.txt` (RFC 9116): whom to tell about a security problem, and where the
 * CSAF provider metadata is (CSAF 2.0 §7.1.8), so an aggregator finds the provider from the
 * domain alone. Written from site.yaml and the build date.
 */
import type { SiteSettings } from '../../schemas/site.ts';
import { addDays, type IsoDate } from '../util/dates.ts';
import { CSAF_PROVIDER_METADATA } from '../model/data-files.ts';
import { routes } from '../model/routes.ts';

export const SECURITY_TXT = routes.securityTxt;
/** The incident-report page, which says what a report should contain. */
const REPORT_PAGE = routes.reportIncident;
/**
 * RFC 9116 §2.5.5 advises less than a year: a site left unbuilt for that long says, by an
 * expired file, that its contacts may be stale.
 */
export const EXPIRES_AFTER_DAYS = 180;

export interface SecurityTxtInput {
	site: SiteSettings;
	absolute: (path: string) => string;
	/** The build's date ("today" in Vietnam, or CANHBAO_TODAY). */
	today: IsoDate;
}

/** A Vietnamese number as dialled ("0239 3 690 690") as an RFC 3966 global number: `tel:+842393690690`. */
export function telUri(phone: string): string {
	const digits = phone.replace(/\D/g, '');
	if (phone.trim().startsWith('+')) return `tel:+${digits}`;
	return `tel:+84${digits.replace(/^0/, '')}`;
}

/**
 * The contact URIs, most urgent first as site.yaml lists them: each contact's e-mail and
 * telephone, its web page when it is on this site (a page elsewhere belongs to another body,
 * such as the national centre), then the report address and the incident-report page.
 */
export function securityContacts(site: SiteSettings, absolute: (path: string) => string): string[] {
	const origin = new URL(site.baseUrl).origin;
	const uris: string[] = [];
	for (const c of site.incidentContacts) {
		if (c.email) uris.push(`mailto:${c.email}`);
		if (c.phone) uris.push(telUri(c.phone));
		if (c.url && new URL(c.url).origin === origin) uris.push(c.url);
	}
	if (site.reportEmail) uris.push(`mailto:${site.reportEmail}`);
	uris.push(absolute(REPORT_PAGE));
	// A value is one line of the file: anything with spaces or control characters would start a new field.
	return [...new Set(uris)].filter((u) => /^[^\s\p{Cc}]+$/u.test(u));
}

/** The file's text: one field per line, CRLF-free, ending in a newline. */
export function securityTxt({ site, absolute, today }: SecurityTxtInput): string {
	const lines = [
		`# ${oneLine(site.operator)}: ${oneLine(site.name)}`,
		...securityContacts(site, absolute).map((uri) => `Contact: ${uri}`),
		// The end of the day, in Vietnam, EXPIRES_AFTER_DAYS after the build.
		`Expires: ${addDays(today, EXPIRES_AFTER_DAYS)}T23:59:59+07:00`,
		'Preferred-Languages: vi, en',
		`Canonical: ${absolute(SECURITY_TXT)}`,
		`CSAF: ${absolute(CSAF_PROVIDER_METADATA)}`,
	];
	return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
	return text.replace(/[\p{Cc}\s]+/gu, ' ').trim();
}
