/**
 * The published data: `/api/advisories.json` (everything) and `/canh-bao/<year>/<slug>.json`
 * (one advisory), from one serializer. Digests read the built file, so what is mailed is
 * exactly what was published; they find what concerns a recipient in `recipients[].advisories`
 * and `recipients[].actions`, computed here by the catalog, never re-derived by a reader.
 * Every key is always present (null when unset), so consumers can rely on the shape.
 */
import type { ActionRole, AdvisoryKind, Severity, Status } from '../../schemas/advisory.ts';
import type { Recipient } from '../../schemas/recipient.ts';
import type { Catalog, CatalogAdvisory } from '../model/catalog.ts';
import { actionsFor, advisoriesFor } from '../model/concerns.ts';
import type { IsoDate } from '../util/dates.ts';
import { defang } from '../model/indicators.ts';
import type { Reach } from '../model/recipients.ts';
import { absoluteUrl, routes } from '../model/routes.ts';

/** Raised when a field changes meaning or disappears; adding fields keeps it. */
export const SCHEMA_VERSION = 1;

export interface ExportedRef {
	id: string;
	name: string;
	shortName: string | null;
}

export interface ExportedAction {
	/** `<advisory key>#<action id>`: stable while the action keeps its id. */
	key: string;
	id: string;
	number: number;
	part: number;
	heading: string | null;
	text: string;
	steps: string[];
	role: ActionRole;
	due: IsoDate | null;
	/** False when the dispatch addresses every recipient rather than naming assignees. */
	assigned: boolean;
	assignees: ExportedRef[];
}

export interface ExportedAdvisory {
	/** `<year>/<slug>`: the advisory's id, stable forever. */
	key: string;
	url: string;
	jsonUrl: string;
	number: string;
	issued: IsoDate;
	/** The `updated` field as written; null when never edited. */
	updated: IsoDate | null;
	/** Last change (the catalog's `changed`: `updated` or a later commit, else `issued`). Digests mail an advisory again when this moves. */
	changed: IsoDate;
	place: string;
	issuer: ExportedRef & { url: string };
	subject: string;
	/** The subject as a title (capitalised). */
	title: string;
	summary: string;
	kind: AdvisoryKind;
	severity: Severity;
	/** Status as readers see it on the build day (an active advisory past validUntil reads closed). */
	status: Status;
	declaredStatus: Status;
	expired: boolean;
	validFrom: IsoDate | null;
	validUntil: IsoDate | null;
	supersededBy: string | null;
	supersedes: string[];
	recipients: ExportedRef[];
	relays: { number: string; issued: IsoDate; issuer: ExportedRef; subject: string | null; url: string | null }[];
	actions: ExportedAction[];
	closing: string | null;
	cves: string[];
	products: { vendor: string; product: string; versions: string | null; fixed: string | null }[];
	/** Values written plainly, for machines; `defanged` as the site shows them. */
	indicators: { type: string; value: string; defanged: string; note: string | null }[];
	cc: string[];
	signer: { name: string; titleLines: string[] };
	attachments: { title: string; url: string; sha256?: string }[];
	tags: string[];
}

export interface ExportedRecipient extends ExportedRef {
	type: 'group' | 'organisation';
	url: string;
	memberOf: string[];
	successors: string[];
	validFrom: IsoDate | null;
	validUntil: IsoDate | null;
	/** Registered e-mail address; reports mailed from it (or its domain) count as verified. */
	email: string | null;
	/** Every advisory that concerns it (directly, through a group, through a predecessor), newest first. */
	advisories: { key: string; reach: Reach; via: string }[];
	/** Keys of the actions it must take. */
	actions: string[];
}

export interface ExportedCatalog {
	schemaVersion: number;
	site: { name: string; operator: string; address: string; baseUrl: string; subscriptionEmail: string | null };
	/** The build day: statuses and expiry are as of this day. */
	today: IsoDate;
	advisories: ExportedAdvisory[];
	recipients: ExportedRecipient[];
}

export interface ExportSite {
	name: string;
	operator: string;
	address: string;
	baseUrl: string;
	subscriptionEmail?: string;
}

const ref = (r: { id: string; name: string; shortName?: string }): ExportedRef => ({
	id: r.id,
	name: r.name,
	shortName: r.shortName ?? null,
});

export function advisoryJsonPath(advisory: Pick<CatalogAdvisory, 'year' | 'slug'>): string {
	return routes.advisoryJson(advisory);
}

export function exportAdvisory(a: CatalogAdvisory, baseUrl: string): ExportedAdvisory {
	const d = a.data;
	return {
		key: a.id,
		url: absoluteUrl(baseUrl, a.path),
		jsonUrl: absoluteUrl(baseUrl, advisoryJsonPath(a)),
		number: d.number,
		issued: d.issued,
		updated: d.updated ?? null,
		changed: a.changed,
		place: d.place,
		issuer: { ...ref(a.issuer), url: absoluteUrl(baseUrl, routes.authority(a.issuer.id)) },
		subject: d.subject,
		title: a.title,
		summary: d.summary,
		kind: d.kind,
		severity: d.severity,
		status: a.status,
		declaredStatus: d.status,
		expired: a.expired,
		validFrom: d.validFrom ?? null,
		validUntil: d.validUntil ?? null,
		supersededBy: d.supersededBy ?? null,
		supersedes: a.supersedes,
		recipients: a.recipients.map(ref),
		relays: a.relays.map((r) => ({
			number: r.number,
			issued: r.issued,
			issuer: ref(r.issuer),
			subject: r.subject ?? null,
			url: r.url ?? null,
		})),
		actions: a.actions.map((x) => ({
			key: x.key,
			id: x.id,
			number: x.number,
			part: x.part,
			heading: x.heading ?? null,
			text: x.text,
			steps: x.steps,
			role: x.role,
			due: x.due ?? null,
			assigned: x.assigned,
			assignees: x.assignees.map(ref),
		})),
		closing: d.closing ?? null,
		cves: d.cves,
		products: d.products.map((p) => ({ vendor: p.vendor, product: p.product, versions: p.versions ?? null, fixed: p.fixed ?? null })),
		indicators: d.indicators.map((i) => ({ type: i.type, value: i.value, defanged: defang(i.type, i.value), note: i.note ?? null })),
		cc: d.cc,
		signer: { name: d.signer.name, titleLines: d.signer.titleLines },
		attachments: d.attachments.map((f) => ({
			title: f.title,
			url: /^https?:/i.test(f.url) ? f.url : absoluteUrl(baseUrl, f.url),
			...(f.sha256 ? { sha256: f.sha256 } : {}),
		})),
		tags: d.tags,
	};
}

function exportRecipient(catalog: Catalog, r: Recipient, baseUrl: string): ExportedRecipient {
	return {
		...ref(r),
		type: r.type,
		url: absoluteUrl(baseUrl, routes.recipient(r.id)),
		memberOf: r.memberOf,
		successors: r.successors,
		validFrom: r.validFrom ?? null,
		validUntil: r.validUntil ?? null,
		email: r.email ?? null,
		advisories: advisoriesFor(catalog, r.id).map((x) => ({ key: x.advisory.id, reach: x.reach, via: x.via.id })),
		actions: actionsFor(catalog, r.id).map((x) => x.action.key),
	};
}

export function exportCatalog(catalog: Catalog, site: ExportSite): ExportedCatalog {
	return {
		schemaVersion: SCHEMA_VERSION,
		site: {
			name: site.name,
			operator: site.operator,
			address: site.address,
			baseUrl: site.baseUrl,
			subscriptionEmail: site.subscriptionEmail ?? null,
		},
		today: catalog.today,
		advisories: catalog.advisories.map((a) => exportAdvisory(a, site.baseUrl)),
		recipients: catalog.recipients.sorted().map((r) => exportRecipient(catalog, r, site.baseUrl)),
	};
}

/**
 * The export of a content root straight from disk, without building the site: for tests and
 * the digest benchmark, which need published data but not pages. Throws on any content problem.
 */
export async function exportContentRoot(root: string, today: IsoDate): Promise<ExportedCatalog> {
	const { checkContent } = await import('../model/load.ts');
	const { ContentError } = await import('../util/problems.ts');
	const { catalog, site, problems } = checkContent(root, today);
	if (problems.length || !site) throw new ContentError(problems);
	return exportCatalog(catalog, site);
}
