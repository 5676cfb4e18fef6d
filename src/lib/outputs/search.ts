/**
 * Search records: what Pagefind indexes, as a view of the catalog. One record per advisory and
 * one per action, so "đổi mật khẩu" lists the actions themselves and links each to its place.
 * Records are built from data, not scraped from pages, so menus and footers never pollute them.
 */
import type { Catalog, CatalogAction, CatalogAdvisory } from '../model/catalog.ts';
import { advisoriesFor, actionsFor } from '../model/concerns.ts';
import { formatShortDate } from '../util/dates.ts';
import { exactTokens } from '../util/telex.ts';
import { kindLabel, roleLabel, severityLabel, statusLabel } from '../../i18n/vi.ts';
import { shortLabel } from '../model/registry.ts';

export interface SearchRecord {
	/** Site path without the base; the search page adds the base at run time. */
	url: string;
	content: string;
	language: 'vi';
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sort: Record<string, string>;
}

/** Filter names as the search page shows them. */
export const filterNames = {
	type: 'Loại kết quả',
	kind: 'Loại cảnh báo',
	severity: 'Mức độ',
	status: 'Tình trạng',
	issuer: 'Cơ quan ban hành',
	recipient: 'Đơn vị',
	year: 'Năm',
	role: 'Người thực hiện',
	/** Not shown: the index a record is in, so a date-sorted search can take one index at a time. */
	index: 'Chỉ mục',
} as const;

export const recordTypes = { advisory: 'Cảnh báo', action: 'Việc cần làm' } as const;

/**
 * Pagefind folds most Vietnamese diacritics at query time but not đ, which has no Unicode
 * decomposition: "dong" would never find "đồng". Lines with đ are indexed once more with đ→d
 * (other marks kept, Pagefind folds those), so an unaccented query matches a readable copy of
 * the sentence and its excerpt still reads naturally.
 */
export function foldD(text: string): string {
	return text
		.split('\n')
		.filter((line) => /[đĐ]/.test(line))
		.map((line) => line.replace(/đ/g, 'd').replace(/Đ/g, 'D'))
		.join('\n');
}

/** Readable text from the MDX body: links keep their words, markup goes. */
export function bodyText(body = ''): string {
	return body
		.replace(/^import\s.*$|^export\s.*$/gm, '')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(
			/&(lt|gt|amp|quot|#x7B|#x7D|lbrace|rbrace);/gi,
			(entity) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"' })[entity.toLowerCase()] ?? ' ',
		)
		.replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1')
		.replace(/^#{1,6}\s+|^\s*[-*+]\s+|^\s*\d+[.)]\s+|^>\s?/gm, '')
		.replace(/(\*\*|__|\*|_|`)/g, '')
		.replace(/[ \t]+/g, ' ')
		.replace(/\n{2,}/g, '\n')
		.trim();
}

/** The text, its đ-folded lines, and Telex tokens for exact-accent ranking (src/lib/util/telex.ts). */
function withFolded(text: string): string {
	return [text, foldD(text), exactTokens(text)].filter(Boolean).join('\n');
}

/** For every advisory, the names of the recipients it concerns (directly, via groups, via predecessors). */
function recipientsByAdvisory(catalog: Catalog): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const recipient of catalog.recipients.byId.values()) {
		for (const { advisory } of advisoriesFor(catalog, recipient.id)) {
			const list = map.get(advisory.id) ?? [];
			list.push(recipient.name);
			map.set(advisory.id, list);
		}
	}
	return map;
}

function commonFilters(advisory: CatalogAdvisory): Record<string, string[]> {
	return {
		[filterNames.kind]: [kindLabel[advisory.data.kind]],
		[filterNames.severity]: [severityLabel[advisory.data.severity]],
		[filterNames.status]: [statusLabel[advisory.status]],
		[filterNames.issuer]: [shortLabel(advisory.issuer)],
		[filterNames.year]: [String(advisory.year)],
	};
}

function commonMeta(advisory: CatalogAdvisory): Record<string, string> {
	return {
		number: advisory.data.number,
		date: formatShortDate(advisory.data.issued),
		severity: advisory.data.severity,
		severityLabel: severityLabel[advisory.data.severity],
		kind: kindLabel[advisory.data.kind],
		status: statusLabel[advisory.status],
	};
}

export function advisoryRecord(advisory: CatalogAdvisory, recipients: string[]): SearchRecord {
	const d = advisory.data;
	const text = [
		`${advisory.title}.`,
		`Số ${d.number} ngày ${formatShortDate(d.issued)} của ${advisory.issuer.name} (${advisory.issuer.shortName ?? ''}).`,
		d.summary,
		bodyText(advisory.body),
		...advisory.actions.map((a) => [a.heading, a.text, ...a.steps].filter(Boolean).join(' ')),
		d.closing ?? '',
		advisory.relays.map((r) => `Văn bản số ${r.number} của ${r.issuer.name}${r.subject ? ` về việc ${r.subject}` : ''}.`).join(' '),
		d.cves.join(' '),
		d.products.map((p) => `${p.vendor} ${p.product} ${p.versions ?? ''} ${p.fixed ?? ''}`).join('. '),
		d.indicators.map((i) => i.value).join(' '),
		d.tags.join(', '),
	].filter(Boolean);
	return {
		url: `/${advisory.path}`,
		content: withFolded(text.join('\n')),
		language: 'vi',
		meta: { title: advisory.title, ...commonMeta(advisory) },
		filters: { [filterNames.type]: [recordTypes.advisory], ...commonFilters(advisory), [filterNames.recipient]: recipients },
		sort: { date: d.issued },
	};
}

export function actionRecord(advisory: CatalogAdvisory, action: CatalogAction, recipients: string[]): SearchRecord {
	const { label } = action;
	const text = [action.heading, action.text, ...action.steps].filter(Boolean).join(' ');
	return {
		url: `/${advisory.path}#${action.anchor}`,
		content: withFolded(`${text}\nGiao: ${action.assignees.map((r) => r.name).join(', ')}. ${roleLabel[action.role]}.`),
		language: 'vi',
		meta: {
			title: text.length > 140 ? `${text.slice(0, text.lastIndexOf(' ', 140))}…` : text,
			// No `number` here: a search for a document number should put the advisory itself first.
			severity: advisory.data.severity,
			severityLabel: severityLabel[advisory.data.severity],
			advisory: `Số ${advisory.data.number}, mục ${label}: ${advisory.title}`,
			due: action.due ? formatShortDate(action.due) : '',
			role: roleLabel[action.role],
			assignees: action.assigned ? action.assignees.map((r) => shortLabel(r)).join(', ') : 'Tất cả đơn vị nhận',
		},
		filters: {
			[filterNames.type]: [recordTypes.action],
			...commonFilters(advisory),
			[filterNames.recipient]: recipients,
			[filterNames.role]: [roleLabel[action.role]],
		},
		sort: { date: advisory.data.issued },
	};
}

/**
 * The index is cut into a few Pagefind indexes, each a run of whole years (or a part of one large
 * year), newest first; the search page merges them. Every index costs the reader: its metadata,
 * and for each word of a query one chunk of about 20 KB, whatever the index's size, and a pass of
 * the search; so years are packed together up to `SHARD_MAX_RECORDS` records (measured at 1,000
 * advisories: nine yearly indexes took twice the bytes of plain Pagefind's one). The limit is
 * what bounds the build: Pagefind's memory grows with what one index holds (about 165 KB a
 * record, measured: a year of 2,816 records took 460 MB), and a new or edited advisory
 * re-indexes its own index only, the others are reused. The newest is the primary index, served
 * at `pagefind/`; the others at `pagefind/<name>/`.
 *
 * Years are packed oldest first, so the newest index takes the years still growing and an old
 * index changes only when its own advisories do. A year with more than `SHARD_MAX_RECORDS`
 * records is cut into parts of its own, filled from its oldest advisory on, so a new advisory
 * changes only the newest part.
 */
export const SHARD_MAX_RECORDS = 1500;

/**
 * Records per index for this build: `SHARD_MAX_RECORDS`, or `CANHBAO_SEARCH_PART_RECORDS` (the
 * end-to-end tests set it low so that the small sample site's years are cut into parts too).
 */
export function shardMaxRecords(env: Record<string, string | undefined> = process.env): number {
	const raw = env.CANHBAO_SEARCH_PART_RECORDS;
	if (raw === undefined || raw === '') return SHARD_MAX_RECORDS;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 1)
		throw new Error(`CANHBAO_SEARCH_PART_RECORDS is "${raw}"; expected a whole number of records per search index, at least 1`);
	return value;
}

export interface SearchShard {
	/**
	 * Its index folder: the year ("2025") or the first and last years of a run ("2019_2021"), and
	 * "2025-2", "2025-3"… for the newer parts of a large year.
	 */
	name: string;
	/** The years of its advisories, newest first, as the `Năm` filter writes them. */
	years: string[];
	/** Newest first, as in the catalog. */
	advisories: CatalogAdvisory[];
}

/** Records of an advisory: its own and one per action. */
const recordCount = (advisory: CatalogAdvisory) => 1 + advisory.actions.length;

export function searchShards(catalog: Pick<Catalog, 'advisories'>, maxRecords = shardMaxRecords()): SearchShard[] {
	const years = new Map<string, CatalogAdvisory[]>();
	for (const advisory of catalog.advisories) {
		const year = String(advisory.year);
		const list = years.get(year);
		if (list) list.push(advisory);
		else years.set(year, [advisory]);
	}
	const count = (advisories: CatalogAdvisory[]) => advisories.reduce((sum, a) => sum + recordCount(a), 0);
	// Oldest first. Each shard is newest first inside, like everything else.
	const oldestFirst: SearchShard[] = [];
	let run: { years: string[]; advisories: CatalogAdvisory[]; records: number } | undefined;
	const closeRun = () => {
		if (!run) return;
		const name = run.years.length > 1 ? `${run.years[0]}_${run.years[run.years.length - 1]}` : run.years[0];
		oldestFirst.push({ name, years: [...run.years].reverse(), advisories: run.advisories });
		run = undefined;
	};
	for (const [year, advisories] of [...years].sort(([a], [b]) => a.localeCompare(b))) {
		const records = count(advisories);
		if (records > maxRecords) {
			closeRun();
			// A large year alone, in parts, each as full as fits (an advisory is never split).
			const parts: CatalogAdvisory[][] = [];
			let inPart = 0;
			for (const advisory of [...advisories].reverse()) {
				const n = recordCount(advisory);
				if (!parts.length || inPart + n > maxRecords) {
					parts.push([]);
					inPart = 0;
				}
				parts[parts.length - 1].push(advisory);
				inPart += n;
			}
			parts.forEach((part, i) =>
				oldestFirst.push({ name: i === 0 ? year : `${year}-${i + 1}`, years: [year], advisories: part.reverse() }),
			);
			continue;
		}
		if (run && run.records + records > maxRecords) closeRun();
		run ??= { years: [], advisories: [], records: 0 };
		run.years.push(year);
		// Newer years go in front: the shard lists its advisories newest first.
		run.advisories = [...advisories, ...run.advisories];
		run.records += records;
	}
	closeRun();
	return oldestFirst.reverse();
}

/** The records of one index: those of its advisories, each naming the index it is in. */
export function shardRecords(catalog: Catalog, shard: SearchShard): SearchRecord[] {
	return searchRecords(catalog, shard.advisories).map((record) => ({
		...record,
		filters: { ...record.filters, [filterNames.index]: [shard.name] },
	}));
}

/** Who each advisory and action concerns, by name: worked out once per catalog for all records. */
const concerned = new WeakMap<Catalog, { byAdvisory: Map<string, string[]>; byAction: Map<string, string[]> }>();

function concernedOf(catalog: Catalog) {
	let known = concerned.get(catalog);
	if (!known) {
		const byAction = new Map<string, string[]>();
		for (const recipient of catalog.recipients.byId.values()) {
			for (const { action } of actionsFor(catalog, recipient.id)) {
				const key = action.key;
				const names = byAction.get(key);
				if (names) names.push(recipient.name);
				else byAction.set(key, [recipient.name]);
			}
		}
		concerned.set(catalog, (known = { byAdvisory: recipientsByAdvisory(catalog), byAction }));
	}
	return known;
}

/** The records of `advisories` (every advisory of the site by default). */
export function searchRecords(catalog: Catalog, advisories: readonly CatalogAdvisory[] = catalog.advisories): SearchRecord[] {
	const { byAdvisory, byAction } = concernedOf(catalog);
	return advisories.flatMap((advisory) => [
		advisoryRecord(advisory, byAdvisory.get(advisory.id) ?? []),
		...advisory.actions.map((action) => actionRecord(advisory, action, byAction.get(action.key) ?? [])),
	]);
}
