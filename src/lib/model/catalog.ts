import type { Action, Advisory, Severity, Status } from '../../schemas/advisory.ts';
import type { Authority } from '../../schemas/authority.ts';
import type { Recipient } from '../../schemas/recipient.ts';
import type { IsoDate } from '../util/dates.ts';
import { documentKey } from '../util/document-number.ts';
import type { AdvisoryHistory } from '../content/git-log.ts';
import type { AdvisoryInput, ContentInput, RegistryInput } from '../content/source-fs.ts';

export type { AdvisoryInput, Locate, RegistryInput } from '../content/source-fs.ts';
import { type FieldPath, type Problem, fieldName, knownIds } from '../util/problems.ts';
import { RecipientRegistry } from './recipients.ts';
import { aliasClashes, existedOn } from './registry.ts';
import { indicatorProblem } from './indicator-values.ts';
import { lastChange } from './revision.ts';
import { capitalize } from '../util/text.ts';
import { routes } from './routes.ts';

export interface CatalogInput extends ContentInput {
	/** The day the build runs; decides which advisories have expired. */
	today: IsoDate;
	/** Revision history per advisory id, read from git by the caller (see src/lib/content/git-fs.ts). */
	history?: ReadonlyMap<string, AdvisoryHistory>;
}

export interface CatalogAction extends Omit<Action, 'assignees'> {
	/** Id of the advisory it belongs to. */
	advisoryId: string;
	/** Number of the item it belongs to, as numbered in the dispatch (several actions share one under a heading). */
	number: number;
	/** 1-based place under its item's heading; 0 for an item of its own. */
	part: number;
	/** Who must do it: the named assignees, or every recipient when none are named. */
	assignees: Recipient[];
	/** True when the dispatch named assignees rather than addressing everyone. */
	assigned: boolean;
	/** `<advisory id>#<action id>`, unique across the site: checklists, reports, search and exports name an action by it. */
	key: string;
	/** Its number as the dispatch shows it: `3`, or `2.1` for the first action under item 2's heading. */
	label: string;
	/** Id of its element on the advisory page (`viec-<action id>`), for links to it. */
	anchor: string;
}

export interface ActionItem {
	number: number;
	heading?: string;
	actions: CatalogAction[];
}

export interface CatalogRelay {
	number: string;
	issued: IsoDate;
	issuer: Authority;
	subject?: string;
	url?: string;
}

export interface CatalogAdvisory {
	id: string;
	year: number;
	slug: string;
	/** Site path without the base: `canh-bao/2019/357-ubnd-kgvx/`. */
	path: string;
	file: string;
	data: Advisory;
	/** The MDX body as written, when the catalog was built from the files. */
	body?: string;
	issuer: Authority;
	recipients: Recipient[];
	actions: CatalogAction[];
	/** The actions as the dispatch numbers them: one item per action, or several under one heading. */
	items: ActionItem[];
	relays: CatalogRelay[];
	/** Status as a reader should see it today: an active advisory past `validUntil` reads as closed. */
	status: Status;
	/** True when the status is closed only because `validUntil` has passed. */
	expired: boolean;
	/** Advisories this one replaces. */
	supersedes: string[];
	/** When it was published and changed, from git; absent when the caller did not read it. */
	history?: AdvisoryHistory;
	/** Its subject as a title: "Tăng cường…" (the subject is written as after "V/v"). */
	title: string;
	/**
	 * The day it last changed, the one rule every view uses (page, feeds, JSON, CSAF, digests): the
	 * later of its declared `updated` date and the last commit that changed the file after the one
	 * that published it (src/lib/model/revision.ts). Equal to `data.issued` when never changed.
	 */
	changed: IsoDate;
	/** The same moment as RFC 3339: the commit's time when a commit made the change, else the start of `changed`. */
	changedAt: string;
	/** True when it changed after it was issued (`changed` is later than `data.issued`). */
	wasUpdated: boolean;
}

export interface Catalog {
	/** Newest first (issue date, then document number). */
	advisories: CatalogAdvisory[];
	byId: ReadonlyMap<string, CatalogAdvisory>;
	recipients: RecipientRegistry;
	authorities: ReadonlyMap<string, Authority>;
	today: IsoDate;
	/** Everything wrong with the content; a build with any of these must not publish. */
	problems: Problem[];
}

export const severityRank: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

export function buildCatalog(input: CatalogInput): Catalog {
	const problems: Problem[] = [];
	// Registries in id order, whatever the order of the files: every list a page shows is stable.
	const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	const recipients = new RecipientRegistry([...input.recipients.entries].sort(byId));
	const authorities = new Map([...input.authorities.entries].sort(byId).map((a) => [a.id, a]));
	checkRegistry(
		input.recipients,
		recipients.byId,
		problems,
		(r) => r.memberOf,
		'memberOf',
		(id) => recipients.get(id)?.type === 'group',
	);
	checkRegistry(
		input.authorities,
		authorities,
		problems,
		(a) => (a.parent ? [a.parent] : []),
		'parent',
		() => true,
	);

	const known = new Set([...(input.fileIds ?? []), ...input.advisories.map((a) => a.id)]);
	const advisories: CatalogAdvisory[] = [];
	const numbers = new Map<string, AdvisoryInput>();
	for (const entry of input.advisories) {
		const report = (path: FieldPath, message: string) =>
			problems.push({ file: entry.file, line: entry.locate?.(path), field: fieldName(path), message });
		const advisory = resolveAdvisory(entry, recipients, authorities, known, input.today, report);
		const key = documentKey(entry.data.number, entry.data.issuer, entry.data.issued);
		const first = numbers.get(key);
		if (first)
			report(
				['number'],
				`duplicate document number "${entry.data.number}" of ${entry.data.issuer} in ${entry.data.issued.slice(0, 4)}; already used by ${first.file}`,
			);
		else numbers.set(key, entry);
		if (advisory) {
			advisory.history = input.history?.get(entry.id);
			const change = lastChange(advisory);
			advisory.changed = change.day;
			advisory.changedAt = change.at;
			advisory.wasUpdated = advisory.changed !== advisory.data.issued;
			advisories.push(advisory);
		}
	}

	const advisoriesById = new Map(advisories.map((a) => [a.id, a]));
	for (const advisory of advisories) {
		const next = advisory.data.supersededBy && advisoriesById.get(advisory.data.supersededBy);
		if (next) next.supersedes.push(advisory.id);
	}
	advisories.sort(newestFirst);
	return { advisories, byId: advisoriesById, recipients, authorities, today: input.today, problems };
}

function resolveAdvisory(
	entry: AdvisoryInput,
	registry: RecipientRegistry,
	authorities: ReadonlyMap<string, Authority>,
	known: ReadonlySet<string>,
	today: IsoDate,
	report: (path: FieldPath, message: string) => void,
): CatalogAdvisory | undefined {
	const { data, id } = entry;
	const match = /^(\d{4})\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id);
	if (!match) {
		report([], `file must be at advisories/<year>/<slug>.mdx with a lower-case slug such as "357-ubnd-kgvx", found "${id}"`);
		return undefined;
	}
	if (match[1] !== data.issued.slice(0, 4)) {
		report(
			['issued'],
			`issued ${data.issued} does not match the year folder "${match[1]}"; expected the file under advisories/${data.issued.slice(0, 4)}/`,
		);
	}

	const issuer = authorities.get(data.issuer);
	if (!issuer) report(['issuer'], `unknown authority "${data.issuer}"; known ids: ${knownIds(data.issuer, authorities.keys())}`);
	else checkLifetime(issuer, data.issued, ['issuer'], 'authority', report);

	const recipients: Recipient[] = [];
	data.recipients.forEach((rid, i) => {
		const recipient = registry.get(rid);
		if (!recipient) report(['recipients', i], `unknown recipient "${rid}"; known ids: ${knownIds(rid, registry.byId.keys())}`);
		else {
			checkLifetime(recipient, data.issued, ['recipients', i], 'recipient', report);
			recipients.push(recipient);
		}
	});

	const relays: CatalogRelay[] = [];
	data.relays.forEach((relay, i) => {
		const source = authorities.get(relay.issuer);
		if (!source)
			report(['relays', i, 'issuer'], `unknown authority "${relay.issuer}"; known ids: ${knownIds(relay.issuer, authorities.keys())}`);
		if (relay.issued > data.issued)
			report(
				['relays', i, 'issued'],
				`relayed document dated ${relay.issued} is later than this advisory (${data.issued}); expected on or before it`,
			);
		if (source) relays.push({ ...relay, issuer: source });
	});

	const addressed = registry.addressed(data.recipients);
	// With an unknown recipient, membership cannot be judged; that recipient is already reported.
	const membershipKnown = recipients.length === data.recipients.length;
	const actionIds = new Set<string>();
	const actions: CatalogAction[] = data.actions.map((action, i) => {
		if (actionIds.has(action.id)) report(['actions', i, 'id'], `duplicate action id "${action.id}"; each action needs its own id`);
		actionIds.add(action.id);
		if (action.due && action.due < data.issued)
			report(['actions', i, 'due'], `due ${action.due} is before the advisory was issued (${data.issued}); expected on or after it`);
		const assignees: Recipient[] = [];
		action.assignees.forEach((aid, j) => {
			const assignee = registry.get(aid);
			if (!assignee)
				report(['actions', i, 'assignees', j], `unknown recipient "${aid}"; known ids: ${knownIds(aid, registry.byId.keys())}`);
			else if (membershipKnown && !addressed.has(aid))
				report(
					['actions', i, 'assignees', j],
					`"${aid}" is not among this advisory's recipients or their members; expected one of: ${[...addressed].sort().join(', ')}`,
				);
			else assignees.push(assignee);
		});
		return {
			...action,
			advisoryId: id,
			number: 0,
			part: 0,
			assignees: action.assignees.length ? assignees : recipients,
			assigned: action.assignees.length > 0,
			key: `${id}#${action.id}`,
			label: '',
			anchor: `viec-${action.id}`,
		};
	});
	const items = numberItems(actions);
	data.indicators.forEach((indicator, i) => {
		const problem = indicatorProblem(indicator.type, indicator.value);
		if (problem) report(['indicators', i, 'value'], problem);
	});

	if (data.validFrom && data.validUntil && data.validUntil < data.validFrom)
		report(['validUntil'], `validUntil ${data.validUntil} is before validFrom ${data.validFrom}`);
	if (data.validUntil && data.validUntil < data.issued)
		report(['validUntil'], `validUntil ${data.validUntil} is before the issue date ${data.issued}`);
	if (data.updated && data.updated < data.issued) report(['updated'], `updated ${data.updated} is before the issue date ${data.issued}`);
	if (data.status === 'superseded' && !data.supersededBy)
		report(
			['supersededBy'],
			`status is "superseded" but supersededBy is missing; expected the id of the advisory that replaces it, e.g. "2024/45-stttt-cntt"`,
		);
	if (data.supersededBy && data.status !== 'superseded')
		report(['supersededBy'], `supersededBy is set but status is "${data.status}"; expected status: superseded`);
	if (data.supersededBy && !known.has(data.supersededBy))
		report(
			['supersededBy'],
			`no advisory "${data.supersededBy}"; expected an id such as <year>/<slug> of a file under advisories/, known: ${knownIds(data.supersededBy, known, 5)}`,
		);
	if (data.supersededBy === id) report(['supersededBy'], 'an advisory cannot supersede itself');

	if (!issuer) return undefined;
	const expired = data.status === 'active' && Boolean(data.validUntil && data.validUntil < today);
	return {
		id,
		year: Number(match[1]),
		slug: match[2],
		path: routes.advisory({ year: Number(match[1]), slug: match[2] }),
		file: entry.file,
		data,
		body: entry.body,
		issuer,
		recipients,
		actions,
		items,
		relays,
		status: expired ? 'closed' : data.status,
		expired,
		supersedes: [],
		title: capitalize(data.subject),
		changed: data.issued,
		changedAt: '',
		wasUpdated: false,
	};
}

/** Numbers actions as the dispatch does: consecutive actions under one heading share an item. */
function numberItems(actions: CatalogAction[]): ActionItem[] {
	const items: ActionItem[] = [];
	for (const action of actions) {
		const last = items.at(-1);
		if (action.heading && last?.heading === action.heading) {
			last.actions.push(action);
		} else {
			items.push({ number: items.length + 1, heading: action.heading, actions: [action] });
		}
	}
	for (const item of items) {
		item.actions.forEach((action, i) => {
			action.number = item.number;
			action.part = item.heading ? i + 1 : 0;
			action.label = action.part ? `${action.number}.${action.part}` : String(action.number);
		});
	}
	return items;
}

function checkLifetime(
	entry: { id: string; validFrom?: IsoDate; validUntil?: IsoDate; successors: string[] },
	date: IsoDate,
	path: FieldPath,
	what: string,
	report: (path: FieldPath, message: string) => void,
) {
	if (existedOn(entry, date)) return;
	if (entry.validUntil && entry.validUntil < date) {
		const next = entry.successors.length ? `; use its successor: ${entry.successors.join(', ')}` : '';
		report(path, `${what} "${entry.id}" ceased on ${entry.validUntil}, before this advisory was issued (${date})${next}`);
	} else {
		report(path, `${what} "${entry.id}" only exists from ${entry.validFrom}, after this advisory was issued (${date})`);
	}
}

function checkRegistry<
	T extends { id: string; name: string; aliases?: string[]; validFrom?: IsoDate; validUntil?: IsoDate; successors: string[] },
>(
	input: RegistryInput<T>,
	byId: ReadonlyMap<string, T>,
	problems: Problem[],
	parents: (entry: T) => string[],
	parentField: string,
	parentAllowed: (id: string) => boolean,
) {
	const seen = new Set<string>();
	input.entries.forEach((entry, i) => {
		const report = (path: FieldPath, message: string) =>
			problems.push({ file: input.file, line: input.locate?.([i, ...path]), field: fieldName([i, ...path]), message });
		if (seen.has(entry.id)) report(['id'], `duplicate id "${entry.id}"`);
		seen.add(entry.id);
		parents(entry).forEach((pid, j) => {
			const path = parentField === 'parent' ? [parentField] : [parentField, j];
			if (!byId.has(pid)) report(path, `unknown id "${pid}"; known ids: ${knownIds(pid, byId.keys())}`);
			else if (!parentAllowed(pid)) report(path, `"${pid}" is an organisation; expected a group`);
			else if (pid === entry.id) report(path, `"${pid}" cannot contain itself`);
		});
		entry.successors.forEach((sid, j) => {
			if (!byId.has(sid)) report(['successors', j], `unknown id "${sid}"; known ids: ${knownIds(sid, byId.keys())}`);
		});
		if (entry.successors.length && !entry.validUntil)
			report(['successors'], 'successors are set but validUntil is missing; expected the last day it existed');
		if (entry.validFrom && entry.validUntil && entry.validUntil < entry.validFrom)
			report(['validUntil'], `validUntil ${entry.validUntil} is before validFrom ${entry.validFrom}`);
	});
	for (const clash of aliasClashes(input.entries)) {
		problems.push({
			file: input.file,
			line: input.locate?.([clash.index, 'aliases', clash.alias]),
			field: fieldName([clash.index, 'aliases', clash.alias]),
			message: `"${input.entries[clash.index].aliases![clash.alias]}" also names "${clash.other}", which exists at the same time; import could not tell them apart`,
		});
	}
}

function newestFirst(a: CatalogAdvisory, b: CatalogAdvisory): number {
	return b.data.issued.localeCompare(a.data.issued) || b.data.number.localeCompare(a.data.number, 'vi', { numeric: true });
}

// Every page asks (its default social card counts the active advisories; listing pages show the
// archive's facets): worked out once per catalog, not once per page, which at 5,000 advisories
// was a pass over the whole catalog for each of 5,354 pages.
const active = new WeakMap<Catalog, readonly CatalogAdvisory[]>();
const facets = new WeakMap<Catalog, ArchiveFacets>();

/** Active advisories, most severe first, then newest. */
export function activeAdvisories(catalog: Catalog): readonly CatalogAdvisory[] {
	let list = active.get(catalog);
	if (!list) {
		list = catalog.advisories
			.filter((a) => a.status === 'active')
			.sort((a, b) => severityRank[a.data.severity] - severityRank[b.data.severity] || newestFirst(a, b));
		active.set(catalog, list);
	}
	return list;
}

/** The archive's advisories by year, kind and severity, each group newest first. */
export interface ArchiveFacets {
	years: ReadonlyMap<number, readonly CatalogAdvisory[]>;
	kinds: ReadonlyMap<Advisory['kind'], readonly CatalogAdvisory[]>;
	severities: ReadonlyMap<Advisory['severity'], readonly CatalogAdvisory[]>;
}

export function archiveFacets(catalog: Catalog): ArchiveFacets {
	let found = facets.get(catalog);
	if (!found) {
		found = {
			years: groupBy(catalog.advisories, (a) => a.year),
			kinds: groupBy(catalog.advisories, (a) => a.data.kind),
			severities: groupBy(catalog.advisories, (a) => a.data.severity),
		};
		facets.set(catalog, found);
	}
	return found;
}

/** Groups advisories (already newest first) by a key, keeping their order. */
export function groupBy<K>(advisories: CatalogAdvisory[], key: (a: CatalogAdvisory) => K): Map<K, CatalogAdvisory[]> {
	const groups = new Map<K, CatalogAdvisory[]>();
	for (const advisory of advisories) {
		const k = key(advisory);
		const list = groups.get(k) ?? [];
		list.push(advisory);
		groups.set(k, list);
	}
	return groups;
}
