/**
 * Indicators of compromise of one advisory as a STIX 2.1 bundle: a report (the advisory) that
 * refers to one indicator per value and, when the advisory names CVEs, one vulnerability per CVE,
 * all marked TLP:WHITE. Identifiers are UUIDv5 derived from the site and the advisory, so a
 * rebuild gives the same ids and consumers update objects instead of duplicating them.
 */
import { createHash } from 'node:crypto';
import type { SiteSettings } from '../../schemas/site.ts';
import type { CatalogAdvisory } from '../model/catalog.ts';
import type { IndicatorType } from '../model/indicators.ts';
import { hashAlgorithm } from '../model/indicator-values.ts';
import { exportUi, indicatorLabel } from '../../i18n/vi.ts';

/** The predefined TLP:WHITE marking of STIX 2.1 (§7.2.1.4): the same id and content everywhere. */
export const TLP_WHITE = {
	type: 'marking-definition',
	spec_version: '2.1',
	id: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
	created: '2017-01-20T00:00:00.000Z',
	definition_type: 'tlp',
	name: 'TLP:WHITE',
	definition: { tlp: 'white' },
} as const;

/** RFC 4122 name-based UUID (version 5, SHA-1). */
export function uuidv5(name: string, namespace: string): string {
	const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
	const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
	bytes[6] = (bytes[6] & 0x0f) | 0x50;
	bytes[8] = (bytes[8] & 0x3f) | 0x80;
	const hex = bytes.toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The URL namespace of RFC 4122, Appendix C. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** STIX timestamps are UTC; an advisory's day starts at midnight in Vietnam. */
export function stixTimestamp(date: string): string {
	return new Date(`${date}T00:00:00+07:00`).toISOString();
}

/** A string literal of the STIX patterning language: quotes and backslashes escaped. */
function literal(value: string): string {
	return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The STIX pattern that matches one indicator value. */
export function stixPattern(type: IndicatorType, value: string): string {
	switch (type) {
		case 'ip':
			return `[${value.includes(':') ? 'ipv6-addr' : 'ipv4-addr'}:value = ${literal(value)}]`;
		case 'domain':
			return `[domain-name:value = ${literal(value)}]`;
		case 'url':
			return `[url:value = ${literal(value)}]`;
		case 'email':
			return `[email-addr:value = ${literal(value)}]`;
		case 'hash': {
			const algorithm = hashAlgorithm(value);
			if (!algorithm) throw new Error(`not a known digest: "${value}"`);
			return `[file:hashes.${literal(algorithm)} = ${literal(value.toLowerCase())}]`;
		}
	}
}

export function stixBundle(a: CatalogAdvisory, site: SiteSettings, advisoryUrl: string) {
	const namespace = uuidv5(site.baseUrl, URL_NAMESPACE);
	const id = (type: string, name: string) => `${type}--${uuidv5(`${a.id}#${name}`, namespace)}`;
	const created = stixTimestamp(a.data.issued);
	const modified = stixTimestamp(a.data.updated ?? a.data.issued);
	const common = { spec_version: '2.1', created, modified, lang: 'vi', object_marking_refs: [TLP_WHITE.id] } as const;
	const source = [{ source_name: site.name, external_id: a.data.number, url: advisoryUrl }];

	const indicators = a.data.indicators.map((i) => ({
		type: 'indicator',
		...common,
		id: id('indicator', `${i.type}:${i.value}`),
		name: exportUi.stixIndicatorName(indicatorLabel[i.type], i.value),
		...(i.note ? { description: i.note } : {}),
		indicator_types: ['malicious-activity'],
		pattern: stixPattern(i.type, i.value),
		pattern_type: 'stix',
		pattern_version: '2.1',
		valid_from: stixTimestamp(a.data.validFrom ?? a.data.issued),
		external_references: source,
	}));
	const vulnerabilities = a.data.cves.map((cve) => ({
		type: 'vulnerability',
		...common,
		id: id('vulnerability', cve),
		name: cve,
		external_references: [{ source_name: 'cve', external_id: cve, url: `https://www.cve.org/CVERecord?id=${cve}` }],
	}));
	const report = {
		type: 'report',
		...common,
		id: id('report', 'report'),
		name: a.title,
		description: a.data.summary,
		report_types: a.data.cves.length ? ['threat-report', 'vulnerability'] : ['threat-report'],
		published: created,
		object_refs: [...indicators.map((o) => o.id), ...vulnerabilities.map((o) => o.id)],
		external_references: source,
	};
	return {
		type: 'bundle',
		id: id('bundle', 'bundle'),
		objects: [TLP_WHITE, report, ...indicators, ...vulnerabilities],
	};
}
