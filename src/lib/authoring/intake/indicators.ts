/**
 * Indicators of compromise from a dispatch's appendix ("PHỤ LỤC: Danh sách địa chỉ IP, tên miền
 * độc hại"): every IP address, domain, URL, hash and e-mail address in its table, re-fanged
 * (`evil[.]com` → `evil.com`, `hxxps://` → `https://`), since advisories store them plainly
 * and the site defangs them. The note is what the row says beside the value.
 */
import type { IndicatorType } from '../../model/indicators.ts';
import { indicatorProblem } from '../../model/indicator-values.ts';

export interface FoundIndicator {
	type: IndicatorType;
	value: string;
	note?: string;
}

/** Undoes the usual ways of defanging. */
export function refang(text: string): string {
	return text
		.replace(/\[\s*\.\s*\]|\(\s*\.\s*\)|\{\s*\.\s*\}|\[dot\]|\(dot\)/gi, '.')
		.replace(/\[\s*:\s*\]/g, ':')
		.replace(/\[\s*@\s*\]|\[at\]|\(at\)/gi, '@')
		.replace(/\bhxxp(s?)(?=:\/\/|\[:\]\/\/)/gi, 'http$1')
		.replace(/\bfxp(?=:\/\/)/gi, 'ftp');
}

const APPENDIX = /^PH[ỤU]\s*L[ỤU]C\b/iu;
const PATTERNS: [IndicatorType, RegExp][] = [
	['url', /\b(?:https?|ftp):\/\/[^\s|<>"']+/gi],
	['email', /\b[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/gi],
	['hash', /\b(?:[a-f0-9]{128}|[a-f0-9]{64}|[a-f0-9]{40}|[a-f0-9]{32})\b/gi],
	['ip', /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b(?!\.\d)/g],
	['domain', /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b/gi],
];
/** Words in the appendix that look like domains but name files or the text itself. */
const NOT_DOMAINS = /\.(?:exe|dll|docx?|xlsx?|pdf|zip|rar|js|vbs|ps1|bat|lnk|iso|txt|html?)$/i;

/** The indicators in the lines after "PHỤ LỤC", or none when the dispatch has no appendix. */
export function appendixIndicators(lines: readonly string[]): FoundIndicator[] {
	const start = lines.findIndex((l) => APPENDIX.test(l.trim()));
	if (start < 0) return [];
	const found = new Map<string, FoundIndicator>();
	for (const raw of lines.slice(start + 1, start + 5001)) {
		let line = refang(raw);
		const cells = line.split('|').map((c) => c.trim());
		for (const [type, pattern] of PATTERNS) {
			for (const m of line.matchAll(pattern)) {
				const value = m[0].replace(/[.,;)]+$/, '');
				if (type === 'domain' && NOT_DOMAINS.test(value)) continue;
				if (indicatorProblem(type, value)) continue;
				const key = `${type}:${value.toLowerCase()}`;
				if (found.has(key)) continue;
				// What else the row says, without its number: the note ("máy chủ điều khiển (C2)").
				const note = cells
					.filter(
						(c) => c && !c.includes(value) && !/^\d{1,4}\.?$/.test(c) && !/^(ip|tên miền|domain|url|hash|md5|sha-?(1|256)|email)$/i.test(c),
					)
					.join('; ');
				found.set(key, { type, value, ...(note && cells.length > 1 ? { note } : {}) });
			}
			// A value is one thing: an URL's host is not a domain of its own, an e-mail's domain neither.
			line = line.replace(pattern, ' ');
		}
	}
	return [...found.values()];
}
