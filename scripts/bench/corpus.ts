/**
 * A synthetic content root for benchmarks: the real registries and site settings plus N
 * generated advisories in the same frontmatter shape as the hand-written ones. The same n and
 * seed always give byte-identical files, so build timings compare code, not inputs.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, isScalar, isSeq, parseDocument, stringify, visit, parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import type { advisorySchema, AdvisoryKind, Severity, Status } from '../../src/schemas/advisory.ts';
import { authoritySchema, type Authority } from '../../src/schemas/authority.ts';
import { recipientSchema, type Recipient } from '../../src/schemas/recipient.ts';
import { slugFromNumber } from '../../src/lib/util/document-number.ts';
import { mulberry32, type Random } from './prng.ts';
import * as words from './vocabulary.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE_CONTENT = path.join(REPO_ROOT, 'content');
/** Files copied verbatim: the build needs them and they are small. */
const COPIED_FILES = ['recipients.yaml', 'authorities.yaml', 'site.yaml'] as const;

/** Issue dates span these days. A fixed end (not "today") keeps the corpus reproducible. */
const FIRST_DAY = '2018-01-01';
const LAST_DAY = '2026-10-31';
/** Issue date of the advisory addAdvisory writes: newer than any generated one, as a new warning is. */
const NEW_ADVISORY_DAY = '2026-11-02';
/**
 * The day to build the corpus as of (CANHBAO_TODAY): fixed like its dates, so which advisories
 * are active, expired or overdue, and so the work a build does, never drifts with the clock.
 */
export const CORPUS_TODAY = '2026-11-26';

/** Codes after the running number, per issuer; unknown issuers fall back to their id. */
const ISSUER_CODES: Record<string, readonly string[]> = {
	'ubnd-tinh': ['UBND-KGVX', 'UBND-NC1'],
	'so-tttt': ['STTTT-CNTT', 'STTTT-BCVT'],
	'so-khcn': ['SKHCN-CĐS', 'SKHCN-CNTT'],
	'bo-tttt': ['BTTTT-CATTT'],
	'bo-khcn': ['BKHCN-CĐSQG'],
	'cuc-attt': ['CATTT-ATHTTT'],
	ncsc: ['CATTT-NCSC'],
	vncert: ['VNCERT-ĐPUC'],
	'cuc-a05': ['A05-P5'],
};

const KIND_WEIGHTS: readonly (readonly [AdvisoryKind, number])[] = [
	['vulnerability', 35],
	['malware', 20],
	['directive', 15],
	['data-leak', 10],
	['incident', 10],
	['other', 10],
];

const SEVERITY_WEIGHTS: Record<AdvisoryKind, readonly (readonly [Severity, number])[]> = {
	vulnerability: [
		['critical', 4],
		['high', 4],
		['medium', 2],
		['low', 1],
	],
	malware: [
		['critical', 3],
		['high', 5],
		['medium', 2],
	],
	'data-leak': [
		['high', 4],
		['medium', 4],
		['low', 1],
	],
	incident: [
		['critical', 2],
		['high', 5],
		['medium', 2],
	],
	directive: [
		['high', 3],
		['medium', 5],
		['low', 2],
	],
	other: [
		['medium', 3],
		['low', 5],
	],
};

/** What the schema accepts as frontmatter; typing drafts with it catches misspelt keys. */
type Frontmatter = z.input<typeof advisorySchema>;
type Relay = NonNullable<Frontmatter['relays']>[number];
type Action = NonNullable<Frontmatter['actions']>[number];
type Indicator = NonNullable<Frontmatter['indicators']>[number];
type Lifetime = { validFrom?: string; validUntil?: string };

interface Registries {
	recipients: Recipient[];
	authorities: Authority[];
	province: string;
}

interface Draft {
	year: number;
	slug: string;
	frontmatter: Frontmatter;
	body: string[];
}

export interface CorpusResult {
	/** The content root that was written. */
	dir: string;
	/** Advisory files, relative to `dir`, sorted. */
	files: string[];
}

/**
 * Writes a content root with `n` advisories into `dir` (which must not already hold
 * advisories: stale files from an earlier run would silently change the input).
 */
export async function generateCorpus(dir: string, n: number, seed = 1): Promise<CorpusResult> {
	if (!Number.isInteger(n) || n < 1) throw new Error(`n must be a positive integer, got ${n}`);
	if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
	if (existsSync(path.join(dir, 'advisories'))) {
		throw new Error(`${dir} already holds advisories; give generateCorpus an empty folder`);
	}
	await mkdir(dir, { recursive: true });
	for (const file of COPIED_FILES) await copyFile(path.join(SOURCE_CONTENT, file), path.join(dir, file));

	const drafts = planCorpus(loadRegistries(SOURCE_CONTENT), n, seed);
	const files: string[] = [];
	for (const year of new Set(drafts.map((draft) => draft.year))) {
		await mkdir(path.join(dir, 'advisories', String(year)), { recursive: true });
	}
	for (const draft of drafts) {
		const file = path.join('advisories', String(draft.year), `${draft.slug}.mdx`);
		await writeFile(path.join(dir, file), render(draft));
		files.push(file);
	}
	return { dir, files: files.sort() };
}

/**
 * Adds one advisory to a corpus, as the commit that publishes a new warning would: issued after
 * every generated one and numbered above every number its year already uses. Returns its path
 * relative to `dir`.
 */
export async function addAdvisory(dir: string, seed = 1): Promise<string> {
	const year = NEW_ADVISORY_DAY.slice(0, 4);
	const folder = path.join(dir, 'advisories', year);
	await mkdir(folder, { recursive: true });
	const slugs = (await readdir(folder)).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -'.mdx'.length));
	const highest = Math.max(0, ...slugs.map((slug) => Number(/^\d+/.exec(slug)?.[0] ?? 0)));
	// Another stream than generateCorpus's, so the new advisory is not a copy of the first one.
	const rng = mulberry32(seed ^ 0x5bd1e995);
	const numbering = new Numbering(
		rng,
		highest,
		slugs.map((slug) => `${year}/${slug}`),
	);
	const draft = draftAdvisory(rng, loadRegistries(SOURCE_CONTENT), numbering, NEW_ADVISORY_DAY);
	draft.frontmatter.status = 'active';
	const file = path.join('advisories', year, `${draft.slug}.mdx`);
	await writeFile(path.join(dir, file), render(draft));
	return file;
}

/**
 * Edits one advisory as an editor correcting it would: the summary reworded and a paragraph
 * added to the body. Both show in listings, feeds and search, not only on its own page.
 */
export async function editAdvisory(dir: string, file: string): Promise<void> {
	const target = path.join(dir, file);
	const source = await readFile(target, 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
	if (!match) throw new Error(`${file}: no frontmatter block to edit`);
	const frontmatter = parseDocument(match[1]);
	frontmatter.set('summary', `${String(frontmatter.get('summary'))} Văn bản đã được bổ sung hướng dẫn khắc phục.`);
	const body = `${match[2].trimEnd()}\n\nBổ sung: các đơn vị đã triển khai trước ngày nhận văn bản này không phải báo cáo lại.\n`;
	await writeFile(target, `---\n${frontmatter.toString({ lineWidth: 100, flowCollectionPadding: false })}---\n${body}`);
}

function loadRegistries(contentDir: string): Registries {
	const read = (file: string): unknown => parseYaml(readFileSync(path.join(contentDir, file), 'utf8'));
	const site = z.object({ province: z.string() }).passthrough().parse(read('site.yaml'));
	return {
		recipients: z.array(recipientSchema).parse(read('recipients.yaml')),
		authorities: z.array(authoritySchema).parse(read('authorities.yaml')),
		province: site.province,
	};
}

// ---------------------------------------------------------------------------------------------
// Dates are ISO strings throughout: they compare as text and never shift with the time zone.

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoFromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const addDays = (iso: string, days: number): string => isoFromDay(dayNumber(iso) + days);
const viDate = (iso: string): string => iso.split('-').reverse().join('/');

/** Whether a registry entry existed on that day. */
export function existsOn(entry: Lifetime, day: string): boolean {
	return (!entry.validFrom || entry.validFrom <= day) && (!entry.validUntil || day <= entry.validUntil);
}

// ---------------------------------------------------------------------------------------------

function planCorpus(registries: Registries, n: number, seed: number): Draft[] {
	const rng = mulberry32(seed);
	const first = dayNumber(FIRST_DAY);
	const last = dayNumber(LAST_DAY);
	// Dates first, in order, so running numbers grow with time as they do in a real register.
	const dates = Array.from({ length: n }, () => isoFromDay(rng.int(first, last))).sort();
	const numbering = new Numbering(rng);
	const drafts = dates.map((issued) => draftAdvisory(rng, registries, numbering, issued));
	assignStatuses(rng, drafts);
	return drafts;
}

/** Hands out running numbers per issuer and year; also keeps slugs unique within a year. */
class Numbering {
	private readonly counters = new Map<string, number>();
	private readonly slugs: Set<string>;
	private readonly rng: Random;
	/** Numbers start above this one (a register that already holds documents). */
	private readonly floor: number;

	constructor(rng: Random, floor = 0, takenSlugs: readonly string[] = []) {
		this.rng = rng;
		this.floor = floor;
		this.slugs = new Set(takenSlugs);
	}

	next(issuer: string, day: string): string {
		const key = `${issuer}|${day.slice(0, 4)}`;
		const codes = ISSUER_CODES[issuer] ?? [issuer.toUpperCase()];
		for (;;) {
			// Jumps, because an issuer's register also holds documents that are not advisories.
			const sequence = (this.counters.get(key) ?? this.floor) + this.rng.int(1, 25);
			this.counters.set(key, sequence);
			const number = `${sequence}/${this.rng.pick(codes)}`;
			const slugKey = `${day.slice(0, 4)}/${slugFromNumber(number)}`;
			if (!this.slugs.has(slugKey)) {
				this.slugs.add(slugKey);
				return number;
			}
		}
	}
}

function draftAdvisory(rng: Random, registries: Registries, numbering: Numbering, issued: string): Draft {
	const year = Number(issued.slice(0, 4));
	const { authorities, recipients: recipientRegistry, province } = registries;
	const provincial = authorities.filter((a) => a.level === 'provincial' && existsOn(a, issued));
	// The province mostly hears from its IT department; the People's Committee signs the big ones.
	const issuer = rng.weighted(provincial.map((a) => [a, a.parent ? 7 : 3] as const));
	const kind = rng.weighted(KIND_WEIGHTS);
	const severity = rng.weighted(SEVERITY_WEIGHTS[kind]);
	const number = numbering.next(issuer.id, issued);

	const relays = draftRelays(rng, authorities, numbering, issued, kind);
	const recipients = chooseRecipients(rng, recipientRegistry, issued);
	const product = rng.pick(words.products);
	const holiday = words.holidayFor(Number(issued.slice(5, 7)), year);
	const department = provincial.find((a) => a.parent);
	const nameInProvince = (a: Authority): string => recipientRegistry.find((r) => r.id === a.id)?.name ?? a.shortName ?? a.name;
	const national = authorities.filter((a) => a.level === 'national' && existsOn(a, issued));
	const sourceId = relays[0]?.issuer;
	const source = authorities.find((a) => a.id === sourceId) ?? rng.pick(national);

	const text: words.TextContext = {
		year,
		issuerName: nameInProvince(issuer),
		reportTo: department ? nameInProvince(department) : 'cơ quan chuyên trách về an toàn thông tin của tỉnh',
		source: source.name,
		province,
		vendor: product.vendor,
		product: product.product,
		family: rng.pick(words.malwareFamilies),
		holiday: holiday.name,
		holidayYear: holiday.year,
		severityWord: words.severityWords[severity],
		recentDate: viDate(addDays(issued, -rng.int(1, 5))),
	};
	const subject = rng.pick(words.subjects[kind])(text);

	const frontmatter: Frontmatter = {
		number,
		issued,
		place: province,
		issuer: issuer.id,
		subject,
		summary: words.summaries[kind](text),
		kind,
		severity,
		status: 'active',
		recipients: recipients.map((r) => r.id),
		relays: relays.map((relay) => ({ ...relay, subject })),
		actions: draftActions(rng, recipientRegistry, recipients, issued, kind, text),
		closing: rng.chance(0.7) ? rng.pick(words.closings)(text) : undefined,
		cves: draftCves(rng, kind, year),
		products: draftProducts(rng, kind, product),
		indicators: draftIndicators(rng, kind),
		cc: draftCc(relays, authorities, issuer, number),
		signer: {
			name: rng.pick(words.signerNames),
			titleLines: issuer.parent
				? rng.pick([['GIÁM ĐỐC'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']])
				: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
		},
		tags: [
			...(kind === 'directive' && holiday.name.startsWith('Tết') ? ['tết'] : []),
			...rng.sample(words.tagsByKind[kind], rng.int(1, 3)),
		],
	};
	if (rng.chance(0.3)) frontmatter.validFrom = issued;
	if (kind === 'directive') frontmatter.validUntil = addDays(issued, rng.int(14, 45));
	else if (rng.chance(0.1)) frontmatter.validUntil = addDays(issued, rng.int(30, 180));
	if (rng.chance(0.1)) {
		const updated = addDays(issued, rng.int(1, 60));
		if (updated <= LAST_DAY) frontmatter.updated = updated;
	}

	return { year, slug: slugFromNumber(number), frontmatter, body: draftBody(rng, kind, relays, authorities, subject, text) };
}

/** Upstream documents, oldest first; each issuer must exist on its document's date. */
function draftRelays(
	rng: Random,
	authorities: Authority[],
	numbering: Numbering,
	issued: string,
	kind: AdvisoryKind,
): Omit<Relay, 'subject'>[] {
	const count =
		kind === 'other'
			? rng.int(0, 1)
			: rng.weighted([
					[0, 3],
					[1, 5],
					[2, 2],
				] as const);
	const relays: Omit<Relay, 'subject'>[] = [];
	// The first is the original source (a monitoring centre), the second the ministry passing it on.
	const dates =
		count === 2
			? [addDays(issued, -rng.int(6, 25)), addDays(issued, -rng.int(1, 5))]
			: count === 1
				? [addDays(issued, -rng.int(1, 20))]
				: [];
	for (const [index, day] of dates.entries()) {
		const national = authorities.filter((a) => a.level === 'national' && existsOn(a, day) && !relays.some((r) => r.issuer === a.id));
		const preferred = count === 1 ? national : national.filter((a) => (index === 0 ? a.parent : !a.parent));
		const issuer = rng.pick(preferred.length > 0 ? preferred : national);
		relays.push({ number: numbering.next(issuer.id, day), issued: day, issuer: issuer.id });
	}
	return relays;
}

/** "Kính gửi": a few groups, sometimes a named organisation, in the registry's order. */
function chooseRecipients(rng: Random, registry: Recipient[], issued: string): Recipient[] {
	const existing = registry.filter((r) => existsOn(r, issued));
	const groups = existing.filter((r) => r.type === 'group');
	const chosen = new Set(rng.sample(groups, rng.int(1, Math.min(4, groups.length))));
	if (rng.chance(0.3)) {
		const outside = existing.filter((r) => r.type === 'organisation' && !r.memberOf.some((g) => [...chosen].some((c) => c.id === g)));
		for (const organisation of rng.sample(outside, rng.int(1, 2))) chosen.add(organisation);
	}
	return existing.filter((r) => chosen.has(r));
}

function draftActions(
	rng: Random,
	registry: Recipient[],
	recipients: Recipient[],
	issued: string,
	kind: AdvisoryKind,
	text: words.TextContext,
): Action[] {
	const ids = new Set(recipients.map((r) => r.id));
	// Assignees must be a recipient or a member of one, and exist for the whole time they are asked to act.
	const assignable = (until: string): Recipient[] =>
		registry.filter((r) => (ids.has(r.id) || r.memberOf.some((g) => ids.has(g))) && existsOn(r, issued) && existsOn(r, until));
	const dueDate = (probability: number): string | undefined => (rng.chance(probability) ? addDays(issued, rng.int(3, 30)) : undefined);

	const delegate = rng.chance(0.35);
	const pool = words.actionTemplates.filter((t) => !t.kinds || t.kinds.includes(kind));
	const count = rng.int(2, 6) - (delegate ? 1 : 0);
	const actions: Action[] = rng.sample(pool, count).map((template) => {
		const due = dueDate(0.25);
		const candidates = assignable(due ?? issued);
		const assignees = rng.chance(0.15) && candidates.length > 0 ? rng.sample(candidates, rng.int(1, 2)).map((r) => r.id) : [];
		return compact({
			id: template.id,
			text: typeof template.text === 'string' ? template.text : template.text(text),
			steps: template.steps ? rng.sample(template.steps, rng.int(1, template.steps.length)) : undefined,
			assignees: assignees.length > 0 ? assignees : undefined,
			role: template.role === 'all' ? undefined : template.role,
			due,
		});
	});

	if (delegate) {
		// "Giao Sở …:" — one organisation gets its own item, as in the model dispatch.
		const due = dueDate(0.5);
		const candidates = assignable(due ?? issued);
		const organisations = candidates.filter((r) => r.type === 'organisation');
		const assignee = rng.pick(organisations.length > 0 ? organisations : candidates);
		actions.push(
			compact({
				id: `giao-${assignee.id}`,
				text: `Giao ${assignee.name}:`,
				assignees: [assignee.id],
				steps: rng.sample(words.assignedSteps, rng.int(2, 4)),
				due,
			}),
		);
	}
	return actions;
}

function draftCves(rng: Random, kind: AdvisoryKind, year: number): string[] {
	const count = kind === 'vulnerability' ? rng.int(1, 4) : kind === 'malware' || kind === 'incident' ? (rng.chance(0.3) ? 1 : 0) : 0;
	const cves = Array.from({ length: count }, () => `CVE-${Math.max(2017, year - rng.int(0, 1))}-${rng.int(10000, 99999)}`);
	return [...new Set(cves)];
}

function draftProducts(rng: Random, kind: AdvisoryKind, main: words.ProductInfo): words.ProductInfo[] {
	if (kind === 'vulnerability') {
		const extra = rng.chance(0.3) ? rng.pick(words.products) : main;
		return extra === main ? [main] : [main, extra];
	}
	if (kind === 'malware' && rng.chance(0.2)) return [words.products.find((p) => p.product === 'Windows') ?? main];
	return [];
}

function draftIndicators(rng: Random, kind: AdvisoryKind): Indicator[] {
	const plan: Partial<Record<AdvisoryKind, readonly [number, number]>> = { malware: [3, 8], incident: [2, 5], 'data-leak': [0, 3] };
	const range = plan[kind];
	if (!range) return [];
	const types = kind === 'data-leak' ? (['email', 'domain'] as const) : (['ip', 'ip', 'domain', 'url', 'hash', 'email'] as const);
	const seen = new Set<string>();
	const indicators: Indicator[] = [];
	for (let i = rng.int(range[0], range[1]); i > 0; i--) {
		const type = rng.pick(types);
		const value = indicatorValue(rng, type);
		if (seen.has(value)) continue;
		seen.add(value);
		indicators.push({ type, value, note: rng.pick(words.indicatorNotes[type]) });
	}
	return indicators;
}

function indicatorValue(rng: Random, type: keyof typeof words.indicatorNotes): string {
	const domain = (): string => `${rng.pick(words.domainWords)}-${rng.pick(words.domainWords)}.example`;
	switch (type) {
		case 'ip':
			return `${rng.pick(words.ipPrefixes)}.${rng.int(1, 254)}`;
		case 'domain':
			return domain();
		case 'url':
			return `https://${domain()}/${rng.pick(words.urlPaths)}`;
		case 'hash':
			return Array.from({ length: 64 }, () => rng.int(0, 15).toString(16)).join('');
		case 'email':
			return `${rng.pick(words.mailboxes)}@${domain()}`;
	}
}

function draftCc(relays: Omit<Relay, 'subject'>[], authorities: Authority[], issuer: Authority, number: string): string[] {
	const upstream = relays.map((relay) => authorities.find((a) => a.id === relay.issuer)?.name).filter((name) => name !== undefined);
	const office = number.split('-').at(-1) ?? 'VP';
	return [
		'Như trên;',
		...[...new Set(upstream)].map((name) => `${name};`),
		issuer.parent ? 'Giám đốc, các Phó Giám đốc Sở;' : 'Chủ tịch, các PCT UBND tỉnh;',
		`Lưu: VT, ${office}.`,
	];
}

/** 3–6 paragraphs: why, some background, and the sentence that leads into the numbered actions. */
function draftBody(
	rng: Random,
	kind: AdvisoryKind,
	relays: Omit<Relay, 'subject'>[],
	authorities: Authority[],
	subject: string,
	text: words.TextContext,
): string[] {
	const total = rng.int(3, 6);
	const contexts = rng.sample(words.contexts[kind], rng.int(1, Math.min(2, total - 2))).map((make) => make(text));
	const fillers = rng.sample(words.fillers, total - 1 - contexts.length);
	const direct = relays.at(-1);
	const directIssuer = authorities.find((a) => a.id === direct?.issuer);
	const leadIn =
		direct && directIssuer
			? `Thực hiện Văn bản số ${direct.number} ngày ${viDate(String(direct.issued))} của ${directIssuer.name} về việc ${subject}, ${text.issuerName} yêu cầu các cơ quan, đơn vị thực hiện tốt một số nội dung sau:`
			: `Để chủ động phòng ngừa và hạn chế thiệt hại, ${text.issuerName} đề nghị các cơ quan, đơn vị khẩn trương triển khai các nội dung sau:`;
	return [...contexts, ...fillers, leadIn];
}

/**
 * Status comes last because "superseded" needs a later advisory to point at. Past validity
 * periods and old advisories are mostly closed, as they are on the real site.
 */
function assignStatuses(rng: Random, drafts: Draft[]): void {
	const lastDay = dayNumber(LAST_DAY);
	drafts.forEach((draft, index) => {
		const fm = draft.frontmatter;
		let status: Status = 'active';
		if (index < drafts.length - 1 && rng.chance(0.05)) {
			const later = drafts[rng.int(index + 1, Math.min(drafts.length - 1, index + 25))];
			status = 'superseded';
			fm.supersededBy = `${later.year}/${later.slug}`;
		} else if (fm.validUntil && String(fm.validUntil) < LAST_DAY) {
			status = 'closed';
		} else if (lastDay - dayNumber(String(fm.issued)) > 365 && rng.chance(0.8)) {
			status = 'closed';
		}
		fm.status = status;
	});
}

// ---------------------------------------------------------------------------------------------

/** Key order of the model advisory (content/advisories/2019/357-ubnd-kgvx.mdx). */
const KEY_ORDER: readonly (keyof Frontmatter)[] = [
	'number',
	'issued',
	'place',
	'issuer',
	'subject',
	'summary',
	'kind',
	'severity',
	'status',
	'validFrom',
	'validUntil',
	'supersededBy',
	'updated',
	'recipients',
	'relays',
	'actions',
	'closing',
	'cves',
	'products',
	'indicators',
	'cc',
	'signer',
	'attachments',
	'tags',
];
/** Short id lists are written `[a, b]`, as editors write them. */
const FLOW_KEYS = new Set(['recipients', 'assignees', 'titleLines', 'tags', 'cves']);
const FORBIDDEN_IN_MDX = /[{}<>]/;

function render(draft: Draft): string {
	const ordered: Record<string, unknown> = {};
	for (const key of KEY_ORDER) {
		const value = draft.frontmatter[key];
		if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
		ordered[key] = value;
	}
	const doc = new Document(ordered);
	visit(doc, {
		Pair(_, pair) {
			if (isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && isSeq(pair.value)) pair.value.flow = true;
		},
		Scalar(_, node) {
			// Long prose as `>-` blocks, like the model; yaml would otherwise wrap it as plain multi-line.
			if (typeof node.value === 'string' && node.value.length > 90) node.type = 'BLOCK_FOLDED';
		},
	});
	const frontmatter = stringify(doc, { lineWidth: 100, flowCollectionPadding: false });
	for (const paragraph of draft.body) {
		if (FORBIDDEN_IN_MDX.test(paragraph)) throw new Error(`generated body text would break MDX: ${paragraph}`);
	}
	return `---\n${frontmatter}---\n\n${draft.body.join('\n\n')}\n`;
}

/** Drops undefined fields so the YAML carries only what an editor would write. */
function compact<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
