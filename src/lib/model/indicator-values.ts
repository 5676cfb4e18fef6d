/**
 * What a well-formed indicator value is, per type. Machine files (CSV, STIX) carry the values
 * as written, so a typo or a value an editor defanged by hand would silently become a pattern
 * that matches nothing; the build rejects them instead.
 */
import { isIP } from 'node:net';
import type { IndicatorType } from './indicators.ts';

export type HashAlgorithm = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-512';

const hashLengths: Record<number, HashAlgorithm> = { 32: 'MD5', 40: 'SHA-1', 64: 'SHA-256', 128: 'SHA-512' };

/** The algorithm a hex digest was made with, judged by its length. */
export function hashAlgorithm(value: string): HashAlgorithm | undefined {
	return /^[0-9a-f]+$/i.test(value) ? hashLengths[value.length] : undefined;
}

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const DEFANGED = /\[\.\]|\(\.\)|\[dot\]|\[:\]|\[@\]|^hxxps?:/i;

/** An address or a network (`203.0.113.0/24`, `2001:db8::/32`). */
function isIpOrNetwork(value: string): boolean {
	const [address, prefix, ...rest] = value.split('/');
	if (rest.length) return false;
	const version = isIP(address);
	if (!version) return false;
	if (prefix === undefined) return true;
	const bits = Number(prefix);
	return /^\d{1,3}$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}

/** Why a value is not a well-formed indicator of its type, or undefined when it is. */
export function indicatorProblem(type: IndicatorType, value: string): string | undefined {
	if (value !== value.trim() || /\s/.test(value)) return `"${value}" contains spaces; expected the ${type} alone`;
	if (DEFANGED.test(value))
		return `"${value}" is defanged; write it plainly (203.0.113.7, https://…): the site defangs it for display and the data files need the real value`;
	switch (type) {
		case 'ip':
			return isIpOrNetwork(value) ? undefined : `"${value}" is not an IP address; expected e.g. 203.0.113.7, 203.0.113.0/24 or 2001:db8::1`;
		case 'domain':
			return DOMAIN.test(value) ? undefined : `"${value}" is not a domain name; expected e.g. update.example.net`;
		case 'url':
			return /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+/i.test(value) && URL.canParse(value)
				? undefined
				: `"${value}" is not a URL; expected e.g. https://update.example.net/doc.zip`;
		case 'email': {
			const at = value.lastIndexOf('@');
			return at > 0 && DOMAIN.test(value.slice(at + 1))
				? undefined
				: `"${value}" is not an e-mail address; expected e.g. phish@mail.example.org`;
		}
		case 'hash':
			return hashAlgorithm(value)
				? undefined
				: `"${value}" is not an MD5, SHA-1, SHA-256 or SHA-512 digest; expected 32, 40, 64 or 128 hexadecimal digits`;
	}
}
