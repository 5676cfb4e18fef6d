/**
 * Structured upstream advisories the Department relays: a CSAF 2.0 document (a vendor's or a
 * national CERT's), a CVE JSON 5 record, or one entry of the CISA Known Exploited
 * Vulnerabilities catalog. Each becomes the same neutral shape (./relay-draft.ts turns it into a
 * Vietnamese advisory skeleton). Only TLP:WHITE / TLP:CLEAR documents may be published.
 */
import { IntakeError } from './errors.ts';
import type { IsoDate } from '../../util/dates.ts';

export type UpstreamKind = 'csaf' | 'cve' | 'kev';

export interface UpstreamAdvisory {
	kind: UpstreamKind;
	/** The source's own id: the CSAF tracking id, the CVE id. */
	id: string;
	/** Who published it, as the source names it ("Cisco PSIRT", "CISA"). */
	publisher: string;
	issued: IsoDate;
	/** Title in the source language. */
	title: string;
	/** Language of the text fields ("en"). */
	lang: string;
	/** Descriptive text, source language. */
	notes: string[];
	cves: string[];
	products: { vendor: string; product: string; versions?: string; fixed?: string }[];
	/** What to do: remediations, KEV's required action. */
	actions: { text: string; url?: string; dueInDays?: number }[];
	references: { url: string; summary?: string }[];
	/** The address of the document itself, when it says. */
	url?: string;
	/** Highest CVSS base score given. */
	score?: number;
	/** The TLP label, when the document carries one. */
	tlp?: string;
	knownExploited?: boolean;
}

/** Reads JSON text, naming the line and column of a syntax error. */
export function parseJson(text: string, file: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const message = (error as Error).message;
		const position = errorOffset(text);
		const before = text.slice(0, position).split('\n');
		throw new IntakeError(
			file,
			`is not valid JSON at line ${before.length}, column ${before.at(-1)!.length + 1}: ${message.replace(/\s+/g, ' ').slice(0, 160)}`,
		);
	}
}

/** Where JSON.parse gave up (V8 does not always say): a small recursive-descent scan, iterative in depth. */
export function errorOffset(text: string): number {
	let i = 0;
	const ws = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
	};
	const fail = () => {
		throw i;
	};
	const string = () => {
		i++;
		while (i < text.length && text[i] !== '"') {
			if (text[i] === '\\') i++;
			else if (text.charCodeAt(i) < 0x20) fail();
			i++;
		}
		if (i >= text.length) fail();
		i++;
	};
	const scalar = () => {
		const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
		if (!m) fail();
		i += m![0].length;
	};
	// A stack of open containers keeps deep nesting from overflowing the call stack.
	const stack: string[] = [];
	try {
		for (;;) {
			ws();
			const c = text[i];
			if (c === '{' || c === '[') {
				stack.push(c);
				i++;
				ws();
				if (text[i] === (c === '{' ? '}' : ']')) {
					stack.pop();
					i++;
				} else {
					if (c === '{') {
						if (text[i] !== '"') fail();
						string();
						ws();
						if (text[i] !== ':') fail();
						i++;
					}
					continue;
				}
			} else if (c === '"') string();
			else scalar();
			// After a value: a comma and the next, or the close of its container.
			for (;;) {
				ws();
				if (!stack.length) {
					if (i < text.length) fail();
					return text.length;
				}
				const open = stack.at(-1);
				if (text[i] === ',') {
					i++;
					if (open === '{') {
						ws();
						if (text[i] !== '"') fail();
						string();
						ws();
						if (text[i] !== ':') fail();
						i++;
					}
					break;
				}
				if (text[i] === (open === '{' ? '}' : ']')) {
					stack.pop();
					i++;
					continue;
				}
				fail();
			}
		}
	} catch (at) {
		if (typeof at === 'number') return Math.min(at, text.length);
		throw at;
	}
}

export function upstreamKind(json: unknown): UpstreamKind | undefined {
	const o = json as Record<string, any>;
	if (o && typeof o === 'object' && o.document?.csaf_version) return 'csaf';
	if (o?.dataType === 'CVE_RECORD' || (o?.cveMetadata && o?.containers)) return 'cve';
	if (Array.isArray(o?.vulnerabilities) && o.vulnerabilities.some((v: any) => v?.cveID)) return 'kev';
	return undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const date = (v: unknown): IsoDate | undefined => {
	const s = str(v);
	return s && /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s.slice(0, 10))) ? s.slice(0, 10) : undefined;
};
const CVE = /^CVE-\d{4}-\d{4,}$/;

/** Reads one structured source; `cve` picks the entry of a KEV catalog. */
export function readUpstream(json: unknown, file: string, options: { cve?: string } = {}): UpstreamAdvisory {
	const kind = upstreamKind(json);
	if (kind === 'csaf') return readCsaf(json as Record<string, any>, file);
	if (kind === 'cve') return readCve(json as Record<string, any>, file);
	if (kind === 'kev') return readKev(json as Record<string, any>, file, options.cve);
	throw new IntakeError(
		file,
		'is JSON but neither a CSAF 2.0 document (document.csaf_version), a CVE JSON 5 record (cveMetadata) nor a CISA KEV catalog (vulnerabilities[].cveID)',
	);
}

const PUBLISHABLE = new Set(['WHITE', 'CLEAR']);

function readCsaf(csaf: Record<string, any>, file: string): UpstreamAdvisory {
	const doc = csaf.document;
	if (doc.csaf_version !== '2.0')
		throw new IntakeError(file, `is CSAF ${String(doc.csaf_version)}; import reads CSAF 2.0`, 'document.csaf_version');
	const tlp = str(doc.distribution?.tlp?.label)?.toUpperCase();
	if (tlp && !PUBLISHABLE.has(tlp))
		throw new IntakeError(
			file,
			`is TLP:${tlp}; only TLP:WHITE or TLP:CLEAR documents may be published on the site, so nothing was written`,
			'document.distribution.tlp.label',
		);
	const id = str(doc.tracking?.id);
	const issued = date(doc.tracking?.initial_release_date) ?? date(doc.tracking?.current_release_date);
	const title = str(doc.title);
	if (!id) throw new IntakeError(file, 'missing: expected the CSAF tracking id', 'document.tracking.id');
	if (!issued)
		throw new IntakeError(
			file,
			'missing or not a date: expected an ISO date such as "2024-04-12T10:00:00Z"',
			'document.tracking.initial_release_date',
		);
	if (!title) throw new IntakeError(file, 'missing', 'document.title');

	// The product tree: vendor → product name → version branches; full product names by id.
	const names = new Map<string, { vendor: string; product: string; version?: string }>();
	// Real product trees are a few levels deep; a hostile one cannot make this recurse without end.
	const walk = (branches: any[], at: { vendor?: string; product?: string }, depth = 0) => {
		if (depth > 30) throw new IntakeError(file, 'nests branches more than 30 levels deep; refused', 'product_tree.branches');
		for (const b of Array.isArray(branches) ? branches.slice(0, 5000) : []) {
			const next = { ...at };
			if (b?.category === 'vendor') next.vendor = str(b.name);
			if (b?.category === 'product_name' || b?.category === 'product_family') next.product = str(b.name);
			const version = b?.category === 'product_version' || b?.category === 'product_version_range' ? str(b.name) : undefined;
			if (b?.product?.product_id)
				names.set(b.product.product_id, {
					vendor: next.vendor ?? str(doc.publisher?.name) ?? '',
					product: next.product ?? str(b.product.name) ?? '',
					version,
				});
			if (b?.branches) walk(b.branches, next, depth + 1);
		}
	};
	walk(csaf.product_tree?.branches, {});
	for (const p of Array.isArray(csaf.product_tree?.full_product_names) ? csaf.product_tree.full_product_names : []) {
		if (p?.product_id && !names.has(p.product_id))
			names.set(p.product_id, { vendor: str(doc.publisher?.name) ?? '', product: str(p.name) ?? p.product_id });
	}

	const vulns: any[] = Array.isArray(csaf.vulnerabilities) ? csaf.vulnerabilities : [];
	const cves = [...new Set(vulns.map((v) => str(v?.cve)).filter((c): c is string => Boolean(c && CVE.test(c))))];
	const affected = new Set<string>(),
		fixed = new Set<string>();
	for (const v of vulns) {
		for (const key of ['known_affected', 'first_affected', 'last_affected'])
			for (const pid of v?.product_status?.[key] ?? []) affected.add(pid);
		for (const key of ['fixed', 'first_fixed']) for (const pid of v?.product_status?.[key] ?? []) fixed.add(pid);
	}
	const products = groupProducts(
		[...affected].map((pid) => names.get(pid)).filter(Boolean) as { vendor: string; product: string; version?: string }[],
		[...fixed].map((pid) => names.get(pid)).filter(Boolean) as { vendor: string; product: string; version?: string }[],
	);

	const actions: UpstreamAdvisory['actions'] = [];
	const seen = new Set<string>();
	for (const v of vulns) {
		for (const r of Array.isArray(v?.remediations) ? v.remediations : []) {
			const text = str(r?.details);
			if (!text || seen.has(text)) continue;
			seen.add(text);
			actions.push({ text, ...(str(r.url) ? { url: str(r.url) } : {}) });
		}
	}
	const scores = vulns
		.flatMap((v) =>
			(Array.isArray(v?.scores) ? v.scores : []).map((s: any) =>
				Number(s?.cvss_v3?.baseScore ?? s?.cvss_v4?.baseScore ?? s?.cvss_v2?.baseScore),
			),
		)
		.filter((n: number) => Number.isFinite(n));
	const references = (Array.isArray(doc.references) ? doc.references : [])
		.map((r: any) => ({ url: str(r?.url), summary: str(r?.summary), category: r?.category }))
		.filter((r: any) => r.url && /^https?:\/\//.test(r.url));
	const self = references.find((r: any) => r.category === 'self')?.url;
	const notes = [
		...(Array.isArray(doc.notes) ? doc.notes : [])
			.filter((n: any) => ['summary', 'description', 'general'].includes(n?.category))
			.map((n: any) => str(n.text)),
		...vulns.map((v) => str(v?.notes?.find?.((n: any) => n?.category === 'description')?.text)),
	].filter((t): t is string => Boolean(t));
	return {
		kind: 'csaf',
		id,
		publisher: str(doc.publisher?.name) ?? 'không rõ',
		issued,
		title,
		lang: str(doc.lang) ?? 'en',
		notes: [...new Set(notes)],
		cves,
		products,
		actions,
		references: references
			.filter((r: any) => r.url !== self)
			.map((r: any) => ({ url: r.url, ...(r.summary ? { summary: r.summary } : {}) })),
		...(self ? { url: self } : {}),
		...(scores.length ? { score: Math.max(...scores) } : {}),
		...(tlp ? { tlp } : {}),
		knownExploited: vulns.some((v) =>
			(v?.threats ?? []).some((t: any) => t?.category === 'exploit_status' && /exploit/i.test(String(t?.details))),
		),
	};
}

function groupProducts(
	affected: { vendor: string; product: string; version?: string }[],
	fixed: { vendor: string; product: string; version?: string }[],
) {
	const byName = new Map<string, { vendor: string; product: string; versions: string[]; fixed: string[] }>();
	const add = (p: { vendor: string; product: string; version?: string }, into: 'versions' | 'fixed') => {
		if (!p.product) return;
		const key = `${p.vendor}\u0000${p.product}`;
		const entry = byName.get(key) ?? { vendor: p.vendor || 'không rõ', product: p.product, versions: [], fixed: [] };
		if (p.version && !entry[into].includes(p.version)) entry[into].push(p.version);
		byName.set(key, entry);
	};
	affected.forEach((p) => add(p, 'versions'));
	fixed.forEach((p) => add(p, 'fixed'));
	return [...byName.values()].slice(0, 50).map((p) => ({
		vendor: p.vendor,
		product: p.product,
		...(p.versions.length ? { versions: p.versions.join(', ') } : {}),
		...(p.fixed.length ? { fixed: p.fixed.join(', ') } : {}),
	}));
}

function readCve(record: Record<string, any>, file: string): UpstreamAdvisory {
	const id = str(record.cveMetadata?.cveId);
	if (!id || !CVE.test(id)) throw new IntakeError(file, 'missing or not a CVE id such as "CVE-2024-3400"', 'cveMetadata.cveId');
	if (record.cveMetadata?.state === 'REJECTED')
		throw new IntakeError(file, `${id} is a rejected CVE record; there is nothing to relay`, 'cveMetadata.state');
	const cna = record.containers?.cna ?? {};
	const issued = date(record.cveMetadata?.datePublished) ?? date(cna.datePublic) ?? date(record.cveMetadata?.dateUpdated);
	if (!issued) throw new IntakeError(file, 'missing: expected the date the record was published', 'cveMetadata.datePublished');
	const descriptions: any[] = Array.isArray(cna.descriptions) ? cna.descriptions : [];
	const description = descriptions.find((d) => /^en/.test(d?.lang)) ?? descriptions[0];
	const products = (Array.isArray(cna.affected) ? cna.affected : []).slice(0, 50).map((a: any) => {
		const versions = (Array.isArray(a?.versions) ? a.versions : [])
			.filter((v: any) => v?.status === 'affected')
			.map((v: any) =>
				[str(v.version), v.lessThan ? `< ${v.lessThan}` : v.lessThanOrEqual ? `≤ ${v.lessThanOrEqual}` : ''].filter(Boolean).join(' '),
			)
			.filter(Boolean);
		const fixed = (Array.isArray(a?.versions) ? a.versions : [])
			.filter((v: any) => v?.status === 'unaffected')
			.map((v: any) => str(v.version))
			.filter(Boolean);
		return {
			vendor: str(a?.vendor) ?? 'không rõ',
			product: str(a?.product) ?? 'không rõ',
			...(versions.length ? { versions: versions.join(', ') } : {}),
			...(fixed.length ? { fixed: fixed.join(', ') } : {}),
		};
	});
	const scores = (Array.isArray(cna.metrics) ? cna.metrics : [])
		.map((m: any) => Number(m?.cvssV4_0?.baseScore ?? m?.cvssV3_1?.baseScore ?? m?.cvssV3_0?.baseScore))
		.filter((n: number) => Number.isFinite(n));
	const solutions = (Array.isArray(cna.solutions) ? cna.solutions : []).map((s: any) => str(s?.value)).filter(Boolean) as string[];
	return {
		kind: 'cve',
		id,
		publisher: str(record.cveMetadata?.assignerShortName) ?? 'CVE Program',
		issued,
		title: str(cna.title) ?? id,
		lang: str(description?.lang) ?? 'en',
		notes: description?.value ? [String(description.value)] : [],
		cves: [id],
		products,
		actions: solutions.map((text) => ({ text })),
		references: (Array.isArray(cna.references) ? cna.references : [])
			.map((r: any) => ({ url: str(r?.url) }))
			.filter((r: any) => r.url && /^https?:\/\//.test(r.url))
			.slice(0, 20) as { url: string }[],
		url: `https://www.cve.org/CVERecord?id=${id}`,
		...(scores.length ? { score: Math.max(...scores) } : {}),
	};
}

function readKev(catalog: Record<string, any>, file: string, cve: string | undefined): UpstreamAdvisory {
	if (!cve)
		throw new IntakeError(
			file,
			`is the CISA KEV catalog (${catalog.vulnerabilities.length} entries); say which entry with --cve <id>, e.g. --cve ${catalog.vulnerabilities[0]?.cveID ?? 'CVE-2024-3400'}`,
		);
	const wanted = cve.toUpperCase();
	const entry = catalog.vulnerabilities.find((v: any) => String(v?.cveID).toUpperCase() === wanted);
	if (!entry)
		throw new IntakeError(
			file,
			`has no entry ${wanted} (catalog version ${catalog.catalogVersion ?? '?'}, ${catalog.vulnerabilities.length} entries)`,
			'vulnerabilities',
		);
	const added = date(entry.dateAdded);
	if (!added) throw new IntakeError(file, `entry ${wanted} has no dateAdded date`, 'vulnerabilities[].dateAdded');
	const due = date(entry.dueDate);
	const days = due ? Math.round((Date.parse(due) - Date.parse(added)) / 86_400_000) : undefined;
	const required = str(entry.requiredAction);
	return {
		kind: 'kev',
		id: wanted,
		publisher: 'CISA',
		issued: added,
		title: str(entry.vulnerabilityName) ?? wanted,
		lang: 'en',
		notes: [
			str(entry.shortDescription),
			entry.knownRansomwareCampaignUse === 'Known' ? 'Known to be used in ransomware campaigns.' : undefined,
		].filter((t): t is string => Boolean(t)),
		cves: [wanted],
		products: [{ vendor: str(entry.vendorProject) ?? 'không rõ', product: str(entry.product) ?? 'không rõ' }],
		actions: required ? [{ text: required, ...(days !== undefined && days >= 0 ? { dueInDays: days } : {}) }] : [],
		references: String(entry.notes ?? '')
			.split(/\s*;\s*/)
			.filter((u) => /^https?:\/\/\S+$/.test(u))
			.map((url) => ({ url })),
		url: 'https://www.cisa.gov/known-exploited-vulnerabilities-catalog',
		knownExploited: true,
	};
}
