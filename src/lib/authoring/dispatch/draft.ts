/**
 * Turns a parsed dispatch into an advisory: names become registry ids, and what the text cannot
 * say (kind, severity, summary, action ids and roles) gets a default the editor is asked to check.
 * Names that match nothing are written as the id they would have, so `validate` points at them.
 */
import type { ActionRole, AdvisoryKind, Severity } from '../../../schemas/advisory.ts';
import type { Frontmatter } from '../advisory-file.ts';
import type { Authority } from '../../../schemas/authority.ts';
import type { Recipient } from '../../../schemas/recipient.ts';
import type { IsoDate } from '../../util/dates.ts';
import { formatShortDate } from '../../util/dates.ts';
import { parseDocumentNumber, slugify } from '../../util/document-number.ts';
import type { FieldPath } from '../../util/problems.ts';
import { existedOn } from '../../model/registry.ts';
import { capitalize } from '../../util/text.ts';
import type { Dispatch } from './extract.ts';
import { NameIndex } from './names.ts';
import { fold } from './patterns.ts';

type DraftAction = NonNullable<Frontmatter['actions']>[number];
type DraftRelay = NonNullable<Frontmatter['relays']>[number];

export interface Registries {
	recipients: readonly Recipient[];
	authorities: readonly Authority[];
	/** The province, so "Sở Y tế tỉnh Hà Tĩnh" finds "Sở Y tế". */
	province?: string;
}

/** Something for the editor to look at, located by field once the file is written. */
export interface Note {
	path: FieldPath;
	message: string;
	/** For a name that matched nothing: the name as printed, its registry and the ids it most resembles. */
	unmatched?: { name: string; registry: 'recipients' | 'authorities'; suggestions: string[] };
}

export interface AdvisoryDraft {
	frontmatter: Frontmatter;
	/** Paragraphs of the body, as plain text (the writer escapes them for MDX). */
	body: string[];
	/** Defaults and derivations to confirm. */
	checks: Note[];
	/** Names that matched no registry entry. */
	unmatched: Note[];
}

export interface DraftOptions {
	kind?: AdvisoryKind;
	severity?: Severity;
}

export function draftAdvisory(d: Dispatch, registries: Registries, options: DraftOptions = {}): AdvisoryDraft {
	const checks: Note[] = [];
	const unmatched: Note[] = [];
	const recipientIndex = new NameIndex(registries.recipients, registries.province);
	const authorityIndex = new NameIndex(registries.authorities, registries.province);

	const recipientId = (name: string, date: IsoDate, path: FieldPath): string => {
		const match = recipientIndex.find(name, date);
		if (match.entry) return match.entry.id;
		const id = slugify(name) || 'khong-ro';
		const suggestions = recipientIndex.suggest(name, date);
		const hint = suggestions.length
			? `did you mean ${suggestions.map((s) => `${s.entry.id} ("${s.entry.name}")`).join(', ')}? Use one, add "${name}" to its aliases, or add the recipient`
			: `use one of ${match.closest}, or add the recipient`;
		unmatched.push({
			path,
			message: `"${name}" matches no recipient in recipients.yaml on ${date}; wrote "${id}": ${hint}`,
			unmatched: { name, registry: 'recipients', suggestions: suggestions.map((s) => s.entry.id) },
		});
		return id;
	};
	// "Giao Công an tỉnh chủ động …" (no colon): the longest run of words after "Giao" that is a recipient's name.
	const giaoAssignee = (text: string, date: IsoDate): { id: string; rest: string } | undefined => {
		const words = /^Giao\s+(?:cho\s+)?(.+)$/u.exec(text)?.[1].split(/\s+/);
		for (let n = Math.min(words?.length ?? 0, 14) - 1; words && n >= 1; n--) {
			const found = recipientIndex.find(words.slice(0, n).join(' ').replace(/[,;]$/, ''), date).entry;
			if (found) return { id: found.id, rest: words.slice(n).join(' ') };
		}
		return undefined;
	};

	const issuerName = d.issuerLines.join(' ');
	const issuerMatch = authorityIndex.find(issuerName, d.issuedAt);
	const lastLine = issuerMatch.entry || !d.issuerLines.length ? undefined : authorityIndex.find(d.issuerLines.at(-1)!, d.issuedAt);
	const issuer = issuerMatch.entry ?? lastLine?.entry;
	const issuerId = issuer?.id ?? (slugify(d.issuerLines.at(-1) ?? '') || 'khong-ro');
	if (!issuer) {
		const suggestions = authorityIndex.suggest(issuerName, d.issuedAt);
		const hint = suggestions.length
			? `did you mean ${suggestions.map((s) => `${s.entry.id} ("${s.entry.name}")`).join(', ')}? Use one, add the name to its aliases, or add the authority`
			: `use one of ${issuerMatch.closest}, or add the authority`;
		unmatched.push({
			path: ['issuer'],
			message: `"${issuerName}" matches no authority in authorities.yaml on ${d.issuedAt}; wrote "${issuerId}": ${hint}`,
			unmatched: { name: issuerName, registry: 'authorities', suggestions: suggestions.map((s) => s.entry.id) },
		});
	}

	const recipients = unique(d.recipients.map((name, i) => recipientId(name, d.issuedAt, ['recipients', i])));

	const relays: DraftRelay[] = d.references.map((ref, i) => {
		let source = ref.issuer ? authorityIndex.find(ref.issuer, ref.date).entry : undefined;
		if (!source) {
			source = byCode(registries.authorities, ref.documentNumber, ref.date);
			if (source)
				checks.push({
					path: ['relays', i, 'issuer'],
					message: `"${source.id}" was guessed from the number ${ref.documentNumber}${ref.issuer ? ` ("${ref.issuer}" matched no authority)` : ''}; check it`,
				});
		}
		const id = source?.id ?? (slugify(ref.issuer ?? parseDocumentNumber(ref.documentNumber)?.code.split('-')[0] ?? '') || 'khong-ro');
		if (!source)
			unmatched.push({
				path: ['relays', i, 'issuer'],
				message: `the issuer of ${ref.documentNumber}${ref.issuer ? ` ("${ref.issuer}")` : ''} matches no authority in authorities.yaml; wrote "${id}": add it or use a known id`,
			});
		return { number: ref.documentNumber, issued: ref.date, issuer: id, ...(ref.subject ? { subject: ref.subject } : {}) };
	});

	const ids = new Set<string>();
	const actions: DraftAction[] = d.actions.map((a, i) => {
		const giao = a.assignee ? undefined : giaoAssignee(a.text, d.issuedAt);
		const assignees = a.assignee ? [recipientId(a.assignee, d.issuedAt, ['actions', i, 'assignees', 0])] : giao ? [giao.id] : [];
		const id = uniqueId(slugify([...assignees, ...firstWords(giao?.rest ?? a.text, 4)].join(' ')) || `viec-${i + 1}`, ids);
		const role = roleOf(a.text);
		if (role !== 'all')
			checks.push({ path: ['actions', i, 'role'], message: `"${role}" was read from the wording; check who in an agency must do it` });
		return {
			id,
			...(a.heading ? { heading: a.heading } : {}),
			text: a.text,
			...(a.steps.length > 0 ? { steps: a.steps } : {}),
			...(assignees.length > 0 ? { assignees } : {}),
			...(role !== 'all' ? { role } : {}),
			...(a.due ? { due: a.due } : {}),
		};
	});
	if (actions.length)
		checks.push({
			path: ['actions'],
			message:
				'action ids were made from the first words of each action; shorten them if you like now, they must not change once published',
		});

	const kind = options.kind ?? (d.cves.length ? 'vulnerability' : 'directive');
	if (!options.kind)
		checks.push({
			path: ['kind'],
			message: `"${kind}" is a default (--kind sets it); expected one of directive, vulnerability, malware, data-leak, incident, other`,
		});
	const severity = options.severity ?? 'medium';
	if (!options.severity)
		checks.push({ path: ['severity'], message: '"medium" is a default (--severity sets it); expected one of low, medium, high, critical' });
	if (d.indicators.length)
		checks.push({
			path: ['indicators'],
			message: `${d.indicators.length} read from the appendix and re-fanged; compare them with it, and give each a note if the appendix does not`,
		});
	const summary = summarise(d);
	checks.push({
		path: ['summary'],
		message: 'written from the subject; rewrite it as one or two plain sentences for listings, feeds and e-mail',
	});

	const frontmatter: Frontmatter = {
		number: d.documentNumber,
		issued: d.issuedAt,
		place: d.place,
		issuer: issuerId,
		subject: d.subject,
		summary,
		kind,
		severity,
		recipients,
		...(relays.length > 0 ? { relays } : {}),
		...(actions.length > 0 ? { actions } : {}),
		...(d.closing ? { closing: d.closing } : {}),
		...(d.cves.length > 0 ? { cves: d.cves } : {}),
		...(d.indicators.length > 0 ? { indicators: d.indicators } : {}),
		// "Nơi nhận" as printed: each line ends with ";", the last with ".".
		...(d.cc.length > 0 ? { cc: d.cc.map((line, i) => `${line}${i === d.cc.length - 1 ? '.' : ';'}`) } : {}),
		signer: d.signer ? { name: d.signer.name, titleLines: d.signer.titles } : { name: '', titleLines: [] },
	};
	return { frontmatter, body: d.body, checks, unmatched };
}

function unique(ids: string[]): string[] {
	return [...new Set(ids)];
}

function uniqueId(base: string, taken: Set<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

function firstWords(text: string, count: number): string[] {
	return fold(text)
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.slice(0, count);
}

/** Who in an agency an action falls to, from how it is worded. */
export function roleOf(text: string): ActionRole {
	const f = fold(text);
	if (/^(thu truong|lanh dao|nguoi dung dau|giam doc|chu tich)\b/.test(f)) return 'leaders';
	if (/\b(lo hong|ban va|can bo chuyen trach|cntt|quan tri he thong|ma doc|phan mem doc hai)\b/.test(f)) return 'it-security';
	return 'all';
}

/** A summary to start from: the subject, the number of actions and the earliest deadline. */
function summarise(d: Dispatch): string {
	const dues = d.actions
		.map((a) => a.due)
		.filter((x): x is string => Boolean(x))
		.sort();
	const count = d.actions.length
		? `: ${d.actions.length} việc cần làm${dues.length ? `, hạn sớm nhất ${formatShortDate(dues[0])}` : ''}`
		: '';
	return `${capitalize(d.subject || `Văn bản số ${d.documentNumber}`)}${count}.`;
}

/**
 * The authority whose initials or short name open a document's code: "BTTTT" in
 * 4327/BTTTT-CATTT is Bộ Thông tin và Truyền thông.
 */
function byCode(authorities: readonly Authority[], number: string, date: IsoDate): Authority | undefined {
	const prefix = parseDocumentNumber(number)?.code.split('-')[0];
	if (!prefix) return undefined;
	const wanted = fold(prefix).toUpperCase();
	const initials = (name: string) =>
		fold(name)
			.split(/[^a-z0-9]+/)
			.filter((w) => w && w !== 'va')
			.map((w) => w[0])
			.join('')
			.toUpperCase();
	const matches = authorities.filter((a) =>
		[
			initials(a.name),
			fold(a.shortName ?? '')
				.replace(/[^a-z0-9]/g, '')
				.toUpperCase(),
		].includes(wanted),
	);
	return matches.find((a) => existedOn(a, date)) ?? matches[0];
}
