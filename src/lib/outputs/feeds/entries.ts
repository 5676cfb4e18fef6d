/**
 * The feed model: which advisories each feed carries and what an entry says. Every feed is a
 * view of the catalog (all advisories, one severity, one kind, one recipient with what reaches
 * it through groups and predecessors); src/lib/outputs/feeds/formats.ts writes it as RSS, Atom, JSON Feed.
 */
import type { Catalog, CatalogAction, CatalogAdvisory } from '../../model/catalog.ts';
import { actionsFor, advisoriesFor } from '../../model/concerns.ts';
import { formatLongDate, formatShortDate, type IsoDate } from '../../util/dates.ts';
import { html, type SafeHtml } from '../../util/html.ts';
import { advisoryKinds, kindSlug, severities, severitySlug } from '../../model/taxonomy.ts';
import { absoluteUrl, routes, FEED_FILES } from '../../model/routes.ts';
import { feedUi, kindLabel, kindPlural, roleLabel, severityLabel, statusLabel, ui } from '../../../i18n/vi.ts';
import { shortLabel } from '../../model/registry.ts';

/** Entries per feed: the most recently changed. Readers poll often; the archive is on the site. */
export const FEED_LIMIT = 50;

export const feedFormats = ['rss', 'atom', 'json'] as const;
export type FeedFormat = (typeof feedFormats)[number];

export const feedFiles: Record<FeedFormat, { file: string; type: string }> = {
	rss: { file: FEED_FILES.rss, type: 'application/rss+xml' },
	atom: { file: FEED_FILES.atom, type: 'application/atom+xml' },
	json: { file: FEED_FILES.json, type: 'application/feed+json' },
};

export type FeedScopeKind = 'all' | 'severity' | 'kind' | 'recipient';

export interface FeedScope {
	kind: FeedScopeKind;
	/** Severity, kind or recipient id; empty for all advisories. */
	value: string;
	/** Site path of the folder holding the feed files, which is also the page they mirror. */
	path: string;
	title: string;
	description: string;
	advisories: CatalogAdvisory[];
}

export interface FeedEntry {
	/** Stable across rebuilds: the advisory's absolute URL, which its id decides. */
	id: string;
	url: string;
	title: string;
	/** Plain text. */
	summary: string;
	/** HTML, escaped: number, dates, severity, summary, actions, link. */
	content: string;
	published: IsoDate;
	updated: IsoDate;
	categories: { term: string; label: string }[];
}

export interface FeedDocument {
	scope: FeedScope;
	/** Absolute URL of the page the feed mirrors. */
	home: string;
	/** Absolute URLs of the feed in each format, for self links. */
	links: Record<FeedFormat, string>;
	/** Latest change among the entries: stable across rebuilds, unlike the build time. */
	updated: IsoDate;
	entries: FeedEntry[];
}

export function allScope(catalog: Catalog, operator: string, siteName: string): FeedScope {
	return {
		kind: 'all',
		value: '',
		path: '',
		title: siteName,
		description: feedUi.allDescription(operator),
		advisories: catalog.advisories,
	};
}

export function severityScopes(catalog: Catalog): FeedScope[] {
	return severities.map((severity) => ({
		kind: 'severity',
		value: severity,
		path: routes.severity(severity),
		title: feedUi.severityTitle(severityLabel[severity]),
		description: feedUi.severityDescription(severityLabel[severity]),
		advisories: catalog.advisories.filter((a) => a.data.severity === severity),
	}));
}

export function kindScopes(catalog: Catalog): FeedScope[] {
	return advisoryKinds.map((kind) => ({
		kind: 'kind',
		value: kind,
		path: routes.kind(kind),
		title: kindPlural[kind],
		description: feedUi.kindDescription(kindPlural[kind]),
		advisories: catalog.advisories.filter((a) => a.data.kind === kind),
	}));
}

/** One per recipient, including groups and bodies that have ceased (their readers still follow them). */
export function recipientScopes(catalog: Catalog): FeedScope[] {
	return catalog.recipients.sorted().map((recipient) => ({
		kind: 'recipient',
		value: recipient.id,
		path: routes.recipient(recipient.id),
		title: feedUi.recipientTitle(recipient.name),
		description: feedUi.recipientDescription(recipient.name),
		advisories: advisoriesFor(catalog, recipient.id).map((r) => r.advisory),
	}));
}

export function allScopes(catalog: Catalog, operator: string, siteName: string): FeedScope[] {
	return [allScope(catalog, operator, siteName), ...severityScopes(catalog), ...kindScopes(catalog), ...recipientScopes(catalog)];
}

export function feedLinks(baseUrl: string, scope: Pick<FeedScope, 'path'>): Record<FeedFormat, string> {
	return {
		rss: absoluteUrl(baseUrl, scope.path + feedFiles.rss.file),
		atom: absoluteUrl(baseUrl, scope.path + feedFiles.atom.file),
		json: absoluteUrl(baseUrl, scope.path + feedFiles.json.file),
	};
}

/** Most recently changed first; an edit moves an advisory up without making it a new entry. */
function byChange(a: CatalogAdvisory, b: CatalogAdvisory): number {
	return b.changed.localeCompare(a.changed) || b.data.issued.localeCompare(a.data.issued) || a.id.localeCompare(b.id);
}

export function feedDocument(catalog: Catalog, scope: FeedScope, baseUrl: string): FeedDocument {
	const chosen = [...scope.advisories].sort(byChange).slice(0, FEED_LIMIT);
	const recipientActions = scope.kind === 'recipient' ? actionsByAdvisory(catalog, scope.value) : undefined;
	const recipient = scope.kind === 'recipient' ? catalog.recipients.get(scope.value) : undefined;
	const entries = chosen.map((advisory) =>
		feedEntry(advisory, baseUrl, recipient && recipientActions && { recipient, actions: recipientActions.get(advisory.id) ?? [] }),
	);
	const newest =
		entries[0]?.updated ??
		catalog.advisories
			.map((a) => a.changed)
			.sort()
			.at(-1) ??
		catalog.today;
	return { scope, home: absoluteUrl(baseUrl, scope.path), links: feedLinks(baseUrl, scope), updated: newest, entries };
}

function actionsByAdvisory(catalog: Catalog, recipientId: string): Map<string, CatalogAction[]> {
	const map = new Map<string, CatalogAction[]>();
	for (const { action, advisory } of actionsFor(catalog, recipientId)) {
		const list = map.get(advisory.id) ?? [];
		list.push(action);
		map.set(advisory.id, list);
	}
	return map;
}

/**
 * One entry. In a recipient's feed the actions are those that recipient must take; elsewhere
 * all of them, with who must take each.
 */
export function feedEntry(
	advisory: CatalogAdvisory,
	baseUrl: string,
	concern?: { recipient: { name: string; shortName?: string }; actions: CatalogAction[] },
): FeedEntry {
	const url = absoluteUrl(baseUrl, advisory.path);
	const d = advisory.data;
	const actions = concern ? concern.actions : advisory.actions;
	const actionsHeading = concern ? feedUi.actionsFor(shortLabel(concern.recipient)) : ui.actions;
	const content = html`<p><strong>${ui.number}:</strong> ${d.number} · <strong>${ui.issued}:</strong> ${formatLongDate(d.issued)} · <strong>${ui.issuer}:</strong> ${advisory.issuer.name}</p>
<p><strong>${ui.severity}:</strong> ${severityLabel[d.severity]} · <strong>${ui.kind}:</strong> ${kindLabel[d.kind]} · <strong>${ui.status}:</strong> ${statusLabel[advisory.status]}${advisory.wasUpdated ? html` · ${feedUi.updatedOn(formatShortDate(advisory.changed))}` : ''}</p>
<p>${d.summary}</p>
${actions.length ? html`<h3>${actionsHeading}</h3>\n<ol>${actions.map((a) => actionHtml(a, !concern))}</ol>\n` : ''}<p><a href="${url}">${feedUi.readFull}</a></p>`;
	return {
		id: url,
		url,
		title: advisory.title,
		summary: d.summary,
		content: content.value,
		published: d.issued,
		updated: advisory.changed,
		categories: [
			{ term: d.severity, label: `${ui.severity}: ${severityLabel[d.severity]}` },
			{ term: d.kind, label: kindLabel[d.kind] },
		],
	};
}

function actionHtml(action: CatalogAction, showAssignees: boolean): SafeHtml {
	const who = action.assigned ? action.assignees.map((r) => shortLabel(r)).join(', ') : feedUi.allRecipients;
	const meta = [
		showAssignees ? `${ui.assignees}: ${who}` : '',
		action.role !== 'all' ? `${ui.role}: ${roleLabel[action.role]}` : '',
		`${ui.due}: ${action.due ? formatShortDate(action.due) : ui.noDue}`,
	].filter(Boolean);
	return html`<li>${action.heading ? html`${action.heading} ` : ''}${action.text}${action.steps.length ? html`<ul>${action.steps.map((s) => html`<li>${s}</li>`)}</ul>` : ''}<br><small>${meta.join(' · ')}</small></li>`;
}
