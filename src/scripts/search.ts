/**
 * The search page. Pagefind's own script loads only here, and only when there is something to
 * search; the query and filters live in the URL (?q=…&muc-do=…), so results can be linked and
 * the back button works. Results are built with textContent; only Pagefind's excerpt, which it
 * escapes and marks up with <mark>, is inserted as HTML.
 */
import { exactQuery } from '../lib/util/telex.ts';
import { SEARCH_PARAMS, SEARCH_SORT } from '../lib/model/search-params.ts';

interface PagefindResult {
	id: string;
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
	search(
		query: string | null,
		options: { filters?: Record<string, string | string[]>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at first and per "more": only their fragments are fetched, ten like Pagefind's own UI. */
const PAGE = 10;
const SEVERITIES = new Set(['critical', 'high', 'medium', 'low']);

/** A search index as the page lists it (src/lib/outputs/search.ts, SearchShard). */
interface SearchIndex {
	name: string;
	/** Newest first. */
	years: string[];
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * Marks a step of a search in the browser's performance timeline (`search:<step>`, from `start`
 * to now), so a trace or the benchmark (scripts/bench/search.ts) can say where the time went.
 */
function measured(step: string, start: number): void {
	performance.measure(`search:${step}`, { start, end: performance.now() });
}

/**
 * Pagefind with every index: the newest is the primary index at `pagefind/`, each other is merged
 * from `pagefind/<name>/` (the build keeps one index per year, or per part of a large year, so
 * that a new advisory re-indexes its own only).
 */
function loadPagefind(base: string, indexes: SearchIndex[]): Promise<Pagefind> {
	pagefind ??= (async () => {
		let start = performance.now();
		const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		// A document number matched in an advisory's own number outranks its mention in an action.
		const options = { baseUrl: base, excerptLength: 28, ranking: { metaWeights: { number: 10, advisory: 0 } } };
		await module.options(options);
		await module.init();
		measured('load', start);
		start = performance.now();
		await Promise.all(indexes.slice(1).map(({ name }) => module.mergeIndex(`${base}pagefind/${name}/`, options)));
		measured('merge', start);
		return module;
	})();
	return pagefind;
}

export function startSearch() {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	if (!form) return;
	const base = form.dataset.base ?? '/';
	// UI strings and filter names come from the page (src/i18n/vi.ts, src/lib/outputs/search.ts).
	const strings = JSON.parse(form.dataset.strings ?? '{}') as Record<string, string>;
	const types = JSON.parse(form.dataset.types ?? '{}') as { advisory: string; action: string };
	const TYPE_FILTER = form.dataset.typeFilter ?? '';
	const YEAR_FILTER = form.dataset.yearFilter ?? '';
	const INDEX_FILTER = form.dataset.indexFilter ?? '';
	/** The search indexes, newest first (src/lib/outputs/search.ts, searchShards). */
	const indexes = JSON.parse(form.dataset.indexes ?? '[]') as SearchIndex[];
	const t = (key: string, values: Record<string, string | number> = {}) =>
		(strings[key] ?? key).replace(/\{(\w)\}/g, (_, k: string) => String(values[k] ?? ''));
	const status = document.querySelector<HTMLElement>('[data-search-status]')!;
	const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
	const template = document.querySelector<HTMLTemplateElement>('[data-result-template]')!;
	document.querySelector('[data-no-js]')?.remove();

	// The form mirrors the URL, so a reload or the back button shows the same search. Always from
	// the URL: after "back" the browser would otherwise restore the form as it was left.
	const params = new URLSearchParams(location.search);
	const syncForm = () => {
		for (const element of form.elements) {
			if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement) || !element.name) continue;
			const value = params.get(element.name);
			if (element instanceof HTMLInputElement && element.type === 'checkbox') element.checked = value === element.value;
			else element.value = value ?? '';
		}
	};
	syncForm();
	window.addEventListener('pageshow', (event) => event.persisted && syncForm());
	form.querySelector<HTMLInputElement>('#q')!.addEventListener('focus', () => void loadPagefind(base, indexes), { once: true });
	for (const select of form.querySelectorAll('select')) select.addEventListener('change', () => form.requestSubmit());
	form.querySelector<HTMLInputElement>(`[name="${SEARCH_PARAMS.actionsOnly}"]`)!.addEventListener('change', () => form.requestSubmit());

	const query = (params.get(SEARCH_PARAMS.query) ?? '').trim();
	const filters: Record<string, string> = {};
	for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter]'))
		if (select.value) filters[select.dataset.filter!] = select.value;
	if (params.get(SEARCH_PARAMS.actionsOnly) === '1') filters[TYPE_FILTER] = types.action;
	const order = params.get(SEARCH_PARAMS.sort);
	if (!query && !Object.keys(filters).length) return;

	status.textContent = t('loading');
	measured('start', 0);
	void run();

	async function run() {
		try {
			const engine = await loadPagefind(base, indexes);
			const options = {
				filters,
				sort:
					order === SEARCH_SORT.newest ? { date: 'desc' as const } : order === SEARCH_SORT.oldest ? { date: 'asc' as const } : undefined,
			};
			const exact = query && !options.sort ? exactQuery(query) : undefined;
			let start = performance.now();
			const [search, exactSearch] = await Promise.all([
				options.sort ? sorted(engine, { filters, sort: options.sort }) : engine.search(query || null, options),
				exact ? engine.search(exact, options) : null,
			]);
			let results = search?.results ?? [];
			if (exactSearch) {
				// Results that match the accents as typed come first; excerpts still come from the normal search.
				const exactIds = new Set(exactSearch.results.map((r) => r.id));
				results = [...results.filter((r) => exactIds.has(r.id)), ...results.filter((r) => !exactIds.has(r.id))];
			}
			measured('search', start);
			const n = results.length;
			let shown = 0;
			const showMore = async () => {
				start = performance.now();
				const batch = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
				measured('fragments', start);
				start = performance.now();
				list.append(...batch.map(render));
				shown += batch.length;
				more.hidden = shown >= results.length;
			};
			more.onclick = () => void showMore();
			await showMore();
			// Announced once the first results are on the page.
			status.textContent = query ? t(n ? 'found' : 'none', { n, q: query }) : t(n ? 'foundFiltered' : 'noneFiltered', { n });
			measured('render', start);
			// From navigation: what a reader waits for, including the page itself.
			measured('total', 0);
		} catch {
			status.textContent = t('failed');
		}
	}

	/**
	 * A search sorted by date. Pagefind sorts within each index, but merging indexes orders the
	 * results by each index's own positions; so each index is searched on its own (its records name
	 * it in a filter) and the results put one after the other. Indexes are newest first, each
	 * holding a run of whole years or a run of dates within one.
	 */
	async function sorted(engine: Pagefind, options: { filters: Record<string, string>; sort: { date: 'asc' | 'desc' } }) {
		const year = filters[YEAR_FILTER];
		const inYear = year ? indexes.filter((index) => index.years.includes(year)) : indexes;
		const wanted = options.sort.date === 'desc' ? inYear : [...inYear].reverse();
		const perIndex = await Promise.all(
			wanted.map(({ name }) => engine.search(query || null, { ...options, filters: { ...options.filters, [INDEX_FILTER]: name } })),
		);
		return { results: perIndex.flatMap((r) => r?.results ?? []) };
	}

	function render(data: Awaited<ReturnType<PagefindResult['data']>>): Node {
		const node = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
		const slot = (name: string) => node.querySelector<HTMLElement>(`[data-${name}]`)!;
		const isAction = (data.filters[TYPE_FILTER] ?? []).includes(types.action);
		const meta = data.meta;
		slot('type').textContent = isAction ? types.action : types.advisory;
		const severity = slot('severity');
		severity.textContent = t('severity', { v: meta.severityLabel ?? '' });
		if (SEVERITIES.has(meta.severity)) severity.classList.add(`sev-${meta.severity}`);
		slot('meta').textContent = isAction
			? [meta.due && t('due', { v: meta.due }), meta.role, meta.assignees && t('assignees', { v: meta.assignees })]
					.filter(Boolean)
					.join(' · ')
			: [t('number', { v: meta.number }), meta.date, meta.kind, meta.status].join(' · ');
		const link = slot('link') as HTMLAnchorElement;
		link.href = data.url;
		link.textContent = meta.title ?? data.url;
		if (isAction) {
			const advisory = slot('advisory');
			advisory.textContent = meta.advisory ?? '';
			advisory.hidden = false;
		}
		slot('excerpt').innerHTML = data.excerpt;
		return node;
	}
}
