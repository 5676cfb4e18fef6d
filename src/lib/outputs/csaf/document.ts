/**
 * CSAF 2.0 (OASIS Common Security Advisory Framework) for vulnerability advisories, and the files
 * of the directory-based distribution (§7.1.7–14): provider-metadata.json, index.txt, changes.csv.
 * Everything is a view of the catalog: the CSAF document of an advisory says what its page says.
 */
import type { SiteSettings } from '../../../schemas/site.ts';
import type { CatalogAdvisory } from '../../model/catalog.ts';
import { formatShortDate, toTimestamp, type IsoDate } from '../../util/dates.ts';
import { CSAF_DIRECTORY, CSAF_PROVIDER_METADATA, csafEntry, csafTrackingId, dataFiles } from '../../model/data-files.ts';
import { exportUi, severityLabel } from '../../../i18n/vi.ts';

export const CSAF_SCHEMA = 'https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json';
const TLP_URL = 'https://www.first.org/tlp/';

export interface CsafContext {
	site: SiteSettings;
	/** Absolute URL of a site path (`canh-bao/2019/x/` → `https://…/canh-bao/2019/x/`). */
	absolute: (path: string) => string;
	/** Other advisories, to name the one that supersedes this. */
	byId: ReadonlyMap<string, CatalogAdvisory>;
}

type Note = { category: 'summary' | 'general' | 'details' | 'description'; title: string; text: string };
type Reference = { category: 'self' | 'external'; summary: string; url: string };
type Product = { product_id: string; name: string };
type Branch = { category: string; name: string; branches?: Branch[]; product?: Product };
type Remediation = { category: 'vendor_fix' | 'mitigation'; details: string; product_ids: string[] };
type Vulnerability = {
	cve?: string;
	title?: string;
	notes: Note[];
	product_status?: { known_affected: string[]; fixed?: string[] };
	remediations?: Remediation[];
	references?: Reference[];
};

/** The publisher is the site's operator, the same in every document and in provider-metadata.json. */
export function csafPublisher(site: SiteSettings) {
	const contacts = site.incidentContacts.map((c) => [c.name, c.phone, c.email, c.url].filter(Boolean).join(', ')).join('; ');
	return {
		// A provincial Department relaying national warnings to agencies coordinates; it is not the vendor.
		category: 'coordinator',
		name: site.operator,
		namespace: new URL(site.baseUrl).origin,
		contact_details: contacts,
		issuing_authority: exportUi.csafIssuingAuthority(site.operator, site.province),
	} as const;
}

/** Date of the last release: the day the advisory last changed (the catalog's one rule), else its issue date. */
export function currentRelease(a: CatalogAdvisory): IsoDate {
	return a.changed;
}

function revisions(a: CatalogAdvisory) {
	const history: { date: string; number: string; summary: string }[] = [
		{ date: toTimestamp(a.data.issued), number: '1', summary: exportUi.csafInitialRevision },
	];
	if (a.wasUpdated) history.push({ date: toTimestamp(a.changed), number: '2', summary: exportUi.csafUpdatedRevision });
	return history;
}

/**
 * CSAF 2.0 §6.1.31 forbids ranges in a `product_version`; a fixed version written as a range
 * ("2.17.1 trở lên") goes into a `product_version_range` branch instead.
 */
export function looksLikeRange(version: string): boolean {
	return /[<>]|\b(?:after|all|before|earlier|later|prior|versions)\b|trở lên|trở về|trở đi|về sau|mới hơn|mới nhất/i.test(version);
}

interface ProductTree {
	tree?: { branches: Branch[] };
	affected: string[];
	fixed: string[];
	vendorFixes: Remediation[];
}

function productTree(a: CatalogAdvisory): ProductTree {
	const result: ProductTree = { affected: [], fixed: [], vendorFixes: [] };
	if (!a.data.products.length) return result;
	let next = 1;
	const id = () => `CSAFPID-${String(next++).padStart(4, '0')}`;
	const vendors = new Map<string, Map<string, Branch[]>>();
	for (const p of a.data.products) {
		const products = vendors.get(p.vendor) ?? new Map<string, Branch[]>();
		vendors.set(p.vendor, products);
		const leaves = products.get(p.product) ?? [];
		products.set(p.product, leaves);
		const label = `${p.vendor} ${p.product}`;
		const affected: Product = { product_id: id(), name: `${label} (${p.versions ?? exportUi.csafAllVersions})` };
		// Versions are written as the source states them ("2013, 2016, 2019 chưa cập nhật…"): a range in words.
		leaves.push({ category: 'product_version_range', name: p.versions ?? 'vers:all/*', product: affected });
		result.affected.push(affected.product_id);
		if (p.fixed) {
			const fixed: Product = { product_id: id(), name: `${label} (${p.fixed})` };
			leaves.push({ category: looksLikeRange(p.fixed) ? 'product_version_range' : 'product_version', name: p.fixed, product: fixed });
			result.fixed.push(fixed.product_id);
			result.vendorFixes.push({ category: 'vendor_fix', details: exportUi.csafFix(p.fixed), product_ids: [affected.product_id] });
		}
	}
	result.tree = {
		branches: [...vendors].map(([vendor, products]) => ({
			category: 'vendor',
			name: vendor,
			branches: [...products].map(([product, leaves]) => ({ category: 'product_name', name: product, branches: leaves })),
		})),
	};
	return result;
}

/** An action's text with its deadline, then its sub-items (the "-" or "a)" lines) one per line. */
function actionText(action: CatalogAdvisory['actions'][number], text = action.text): string {
	const first = action.due ? `${text} ${exportUi.csafDue(formatShortDate(action.due))}` : text;
	return [first, ...action.steps.map((step) => `  - ${step}`)].join('\n');
}

/** One action as a remediation states it: under its item's heading, with its deadline. */
function actionLine(a: CatalogAdvisory, index: number): string {
	const action = a.actions[index];
	return actionText(action, action.heading ? `${action.heading} ${action.text}` : action.text);
}

/** The actions numbered as the dispatch numbers them ("4. Giao Sở …:" and its "-" lines). */
function actionsText(a: CatalogAdvisory): string {
	return a.items
		.flatMap((item) =>
			item.heading
				? [`${item.number}. ${item.heading}`, ...item.actions.map((x) => `- ${actionText(x)}`)]
				: item.actions.map((x) => `${item.number}. ${actionText(x)}`),
		)
		.join('\n');
}

/** The CSAF 2.0 document of a vulnerability advisory (profile `csaf_security_advisory` when it names products). */
export function csafDocument(a: CatalogAdvisory, ctx: CsafContext) {
	const { site, absolute } = ctx;
	const date = formatShortDate(a.data.issued);
	const products = productTree(a);
	const notes: Note[] = [
		{ category: 'summary', title: exportUi.csafSummary, text: a.data.summary },
		{ category: 'general', title: exportUi.csafSourceTitle, text: exportUi.csafSource(a.data.number, date, a.issuer.name) },
	];
	if (a.relays.length) {
		const lines = a.relays.map((r) => `- ${exportUi.csafRelay(r.number, formatShortDate(r.issued), r.issuer.name, r.subject)}`);
		notes.push({ category: 'general', title: exportUi.csafRelaysNote, text: lines.join('\n') });
	}
	if (a.actions.length) notes.push({ category: 'details', title: exportUi.csafActionsNote, text: actionsText(a) });
	const successor = a.data.supersededBy ? ctx.byId.get(a.data.supersededBy) : undefined;
	if (successor)
		notes.push({
			category: 'general',
			title: exportUi.csafSupersededTitle,
			text: exportUi.csafSuperseded(successor.data.number, absolute(successor.path)),
		});

	const references: Reference[] = [
		{ category: 'self', summary: exportUi.csafSelf, url: absolute(dataFiles(a).csaf!) },
		{ category: 'external', summary: exportUi.csafPage(site.name), url: absolute(a.path) },
		...a.relays
			.filter((r) => r.url)
			.map((r): Reference => ({
				category: 'external',
				summary: exportUi.csafRelay(r.number, formatShortDate(r.issued), r.issuer.name, r.subject),
				url: r.url!,
			})),
		// The original file travels with its digest, so a reader can check the copy they download.
		...a.data.attachments.map((f): Reference => ({
			category: 'external',
			summary: f.sha256 ? `${f.title} (SHA-256: ${f.sha256})` : f.title,
			url: /^https?:/i.test(f.url) ? f.url : absolute(f.url),
		})),
	];
	if (successor) references.push({ category: 'external', summary: exportUi.csafSupersededTitle, url: absolute(successor.path) });

	const history = revisions(a);
	const document = {
		category: products.tree ? 'csaf_security_advisory' : 'csaf_base',
		csaf_version: '2.0',
		title: a.title,
		lang: 'vi',
		publisher: csafPublisher(site),
		distribution: { tlp: { label: 'WHITE', url: TLP_URL } },
		aggregate_severity: { text: severityLabel[a.data.severity] },
		notes,
		references,
		tracking: {
			id: csafTrackingId(a),
			aliases: [a.data.number],
			status: 'final',
			version: history.at(-1)!.number,
			initial_release_date: toTimestamp(a.data.issued),
			current_release_date: toTimestamp(currentRelease(a)),
			revision_history: history,
			generator: { engine: { name: 'canhbao' } },
		},
	};
	const vulnerabilities = vulnerabilitiesOf(a, products);
	return {
		document,
		...(products.tree ? { product_tree: products.tree } : {}),
		...(vulnerabilities.length ? { vulnerabilities } : {}),
	};
}

function vulnerabilitiesOf(a: CatalogAdvisory, products: ProductTree): Vulnerability[] {
	const withProducts = products.affected.length > 0;
	const remediations: Remediation[] = withProducts
		? [
				...products.vendorFixes,
				...a.actions.map((_, i): Remediation => ({ category: 'mitigation', details: actionLine(a, i), product_ids: products.affected })),
			]
		: [];
	const common: Vulnerability = {
		notes: [{ category: 'description', title: exportUi.csafSummary, text: a.data.summary }],
		...(withProducts
			? { product_status: { known_affected: products.affected, ...(products.fixed.length ? { fixed: products.fixed } : {}) } }
			: {}),
		...(remediations.length ? { remediations } : {}),
	};
	if (a.data.cves.length) {
		return a.data.cves.map((cve) => ({
			cve,
			...common,
			references: [{ category: 'external', summary: cve, url: `https://www.cve.org/CVERecord?id=${cve}` }],
		}));
	}
	// Without a CVE id the advisory still describes one vulnerability of the products it names.
	return withProducts ? [{ title: a.title, ...common }] : [];
}

/** `provider-metadata.json` (§7.1.7): who publishes and where the directory is. */
export function providerMetadata(advisories: CatalogAdvisory[], ctx: Pick<CsafContext, 'site' | 'absolute'>, today: IsoDate) {
	// The newest release, not the build time, so an unchanged site builds an identical file.
	const latest = advisories.map(currentRelease).sort().at(-1) ?? today;
	return {
		canonical_url: ctx.absolute(CSAF_PROVIDER_METADATA),
		distributions: [{ directory_url: ctx.absolute(CSAF_DIRECTORY) }],
		last_updated: toTimestamp(latest),
		list_on_CSAF_aggregators: true,
		metadata_version: '2.0',
		mirror_on_CSAF_aggregators: true,
		publisher: csafPublisher(ctx.site),
		role: 'csaf_provider',
	};
}

/** Newest release first, as changes.csv must be sorted; ties by path so the order never wobbles. */
function byRelease(advisories: CatalogAdvisory[]): CatalogAdvisory[] {
	return [...advisories].sort((x, y) => currentRelease(y).localeCompare(currentRelease(x)) || csafEntry(x).localeCompare(csafEntry(y)));
}

/** `index.txt` (§7.1.12): every document's path inside the directory, one per line. */
export function indexTxt(advisories: CatalogAdvisory[]): string {
	return byRelease(advisories)
		.map((a) => `${csafEntry(a)}\n`)
		.join('');
}

/** `changes.csv` (§7.1.13): path and current release date, newest first, no heading. */
export function changesCsv(advisories: CatalogAdvisory[]): string {
	// Paths and timestamps never contain quotes (§5.1 file names), so quoting them as the standard shows is safe.
	return byRelease(advisories)
		.map((a) => `"${csafEntry(a)}","${toTimestamp(currentRelease(a))}"\n`)
		.join('');
}

/** Object keys in alphabetical order at every level (CSAF 2.0 §6.2.13), so files also diff cleanly. */
function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
		);
	}
	return value;
}

/** The bytes of a CSAF or provider-metadata file: sorted keys, two-space indent, final newline. */
export function csafText(document: unknown): string {
	return `${JSON.stringify(sortKeys(document), null, 2)}\n`;
}
