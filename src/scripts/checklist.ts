/**
 * The checklist island: tick actions, keep ticks and notes in localStorage, show progress, and
 * produce the completion report (print, CSV, Markdown, e-mail draft). Loaded only on pages that
 * list actions; without it those pages are plain numbered lists.
 */
import { reportCsv, reportFileName, reportMailto, reportMarkdown, type Report, type ReportItem } from '../lib/reports/checklist-export.ts';
import { reportFile, reportFileJson } from '../lib/reports/file.ts';

const STORE = 'canhbao:v1:checklist';
const AGENCY = 'canhbao:v1:agency';
const REPORTER = 'canhbao:v1:reporter';

/** `date`: the day the action was ticked, for the report file. */
type Saved = Record<string, { done?: boolean; na?: boolean; note?: string; date?: string }>;

function load(): Saved {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(STORE) ?? '{}');
		return value && typeof value === 'object' ? (value as Saved) : {};
	} catch {
		return {};
	}
}

function save(saved: Saved) {
	try {
		localStorage.setItem(STORE, JSON.stringify(saved));
	} catch {
		// Private mode or a full store: ticks then last for this visit only.
	}
}

function todayLocal(): string {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function download(name: string, text: string, type: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What the template's TickControl is given as its label, replaced by each row's item label. */
export const LABEL_SLOT = '{label}';

function start(panel: HTMLElement) {
	const scope = document.querySelector(panel.dataset.checklist ?? '');
	if (!scope) return;
	const items = [...scope.querySelectorAll<HTMLElement>('[data-key]')];
	if (!items.length) return;
	const $ = <T extends Element>(selector: string) => panel.querySelector<T>(selector)!;
	const agency = $<HTMLInputElement>('[data-agency]');
	const date = $<HTMLInputElement>('[data-date]');
	const progress = $<HTMLProgressElement>('progress');
	const progressText = $<HTMLOutputElement>('[data-progress-text]');
	const sheet = $<HTMLElement>('[data-report-sheet]');
	const reporter = $<HTMLInputElement>('[data-reporter]');
	const contact = $<HTMLInputElement>('[data-contact]');
	const choice = panel.querySelector<HTMLSelectElement>('[data-recipient-select]');
	let saved = load();

	const control = (item: HTMLElement) => ({
		tick: item.querySelector<HTMLInputElement>(`input[data-tick]`)!,
		note: item.querySelector<HTMLInputElement>(`input[data-note]`)!,
		na: item.querySelector<HTMLButtonElement>(`button[data-na]`),
	});
	/** Rows whose tick controls exist: on a long checklist they are made only as rows come near the screen. */
	const live = new Set<HTMLElement>();

	function render() {
		let done = 0;
		for (const item of items) {
			const state = saved[item.dataset.key!] ?? {};
			if (live.has(item)) {
				const { tick, note, na } = control(item);
				tick.checked = Boolean(state.done);
				note.value = state.note ?? '';
				na?.setAttribute('aria-pressed', String(Boolean(state.na) && !state.done));
			}
			item.classList.toggle('is-done', Boolean(state.done));
			item.classList.toggle('is-na', Boolean(state.na) && !state.done);
			if (state.done) done++;
		}
		progress.max = items.length;
		progress.value = done;
		progressText.value = `${done}/${items.length} việc đã xong`;
	}

	function update(item: HTMLElement, toggleNa = false) {
		const { tick, note } = control(item);
		saved = load();
		const before = saved[item.dataset.key!];
		// "Không áp dụng" and "Đã xong" exclude each other; the last one pressed wins.
		const na = toggleNa ? !before?.na : Boolean(before?.na) && !tick.checked;
		if (toggleNa && na) tick.checked = false;
		const settled = tick.checked || na;
		const date = settled ? (before && (before.done || before.na) && before.date ? before.date : todayLocal()) : undefined;
		const state = { done: tick.checked, ...(na ? { na } : {}), note: note.value.trim(), ...(date ? { date } : {}) };
		if (state.done || na || state.note) saved[item.dataset.key!] = state;
		else delete saved[item.dataset.key!];
		save(saved);
		render();
	}

	function report(): Report {
		const reportItems: ReportItem[] = items.map((item) => {
			const state = saved[item.dataset.key!] ?? {};
			return {
				key: item.dataset.key!,
				advisoryNumber: item.dataset.number ?? '',
				advisoryUrl: new URL(item.dataset.url ?? '', location.href).href,
				label: item.dataset.label ?? '',
				text: actionText(item),
				due: item.dataset.due || undefined,
				done: Boolean(state.done),
				notApplicable: Boolean(state.na) && !state.done,
				note: state.note ?? '',
			};
		});
		const r = {
			agency: agency.value.trim() || '(chưa ghi tên đơn vị)',
			date: date.value || todayLocal(),
			title: panel.dataset.title ?? '',
			items: reportItems,
		};
		return recipientId() ? { ...r, attachment: reportFileName(r.agency, r.date, 'json') } : r;
	}

	const recipientId = () => panel.dataset.recipient || choice?.value || '';

	function jsonReport(r: Report): string {
		const ticks = items.map((item) => {
			const state = saved[item.dataset.key!] ?? {};
			return {
				key: item.dataset.key!,
				done: Boolean(state.done),
				notApplicable: Boolean(state.na),
				note: state.note ?? '',
				date: state.date,
			};
		});
		return reportFileJson(
			reportFile({
				recipient: recipientId(),
				reportedAt: r.date,
				reporter: { name: reporter.value.trim(), contact: contact.value.trim() },
				site: panel.dataset.site ?? '',
				build: panel.dataset.build ?? '',
				ticks,
			}),
		);
	}

	function printReport() {
		const r = report();
		const table = document.createElement('table');
		const head = table.createTHead().insertRow();
		for (const h of ['Văn bản', 'Mục', 'Việc cần làm', 'Hạn', 'Kết quả', 'Ghi chú'])
			head.append(Object.assign(document.createElement('th'), { textContent: h, scope: 'col' }));
		const body = table.createTBody();
		for (const i of r.items) {
			const row = body.insertRow();
			for (const value of [
				i.advisoryNumber,
				i.label,
				i.text,
				i.due ? i.due.split('-').reverse().join('/') : '',
				i.done ? 'Đã hoàn thành' : i.notApplicable ? 'Không áp dụng' : 'Chưa hoàn thành',
				i.note,
			])
				row.insertCell().textContent = value;
		}
		const title = Object.assign(document.createElement('h2'), { textContent: r.title });
		const meta = Object.assign(document.createElement('p'), {
			textContent: `Đơn vị: ${r.agency}. Ngày báo cáo: ${r.date.split('-').reverse().join('/')}. Đã hoàn thành ${r.items.filter((i) => i.done).length}/${r.items.length} việc.`,
		});
		sheet.replaceChildren(title, meta, table);
		document.body.classList.add('printing-report');
		window.print();
		document.body.classList.remove('printing-report');
	}

	function wire(item: HTMLElement) {
		if (live.has(item)) return;
		const slot = item.querySelector<HTMLElement>('[data-tick-slot]');
		if (slot && template) slot.append(tickControls(template, item.dataset.key!, item.dataset.label ?? ''));
		if (!item.querySelector('.tick')) return;
		live.add(item);
		const { tick, note, na } = control(item);
		item.querySelector<HTMLElement>('.tick')!.hidden = false;
		tick.addEventListener('change', () => update(item));
		note.addEventListener('change', () => update(item));
		na?.addEventListener('click', () => update(item, true));
		const state = saved[item.dataset.key!] ?? {};
		tick.checked = Boolean(state.done);
		note.value = state.note ?? '';
		na?.setAttribute('aria-pressed', String(Boolean(state.na) && !state.done));
	}
	// A long checklist (docs/checklist-scale.md) ships one template of the controls: a row gets its own
	// when it comes within a screen of the viewport, so start-up and the page's size do not grow with the list.
	const template = document.querySelector<HTMLTemplateElement>('template[data-tick-template]');
	const lazy = items.filter((item) => item.querySelector('[data-tick-slot]'));
	const eager = new Set(items);
	for (const item of lazy) eager.delete(item);
	for (const item of eager) wire(item);
	if (lazy.length && 'IntersectionObserver' in window) {
		const observer = new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					if (!entry.isIntersecting) continue;
					observer.unobserve(entry.target);
					wire(entry.target as HTMLElement);
				}
			},
			{ rootMargin: '100% 0px' },
		);
		for (const item of lazy) observer.observe(item);
		// Keyboard users reach a row through its link first: its controls are there before the next Tab.
		scope.addEventListener('focusin', (event) => {
			const row = (event.target as Element).closest<HTMLElement>('[data-key]');
			if (row) wire(row);
		});
	} else for (const item of lazy) wire(item);
	agency.value = localStorage.getItem(AGENCY) ?? panel.dataset.defaultAgency ?? '';
	agency.addEventListener('change', () => localStorage.setItem(AGENCY, agency.value.trim()));
	date.value = todayLocal();
	try {
		const who = JSON.parse(localStorage.getItem(REPORTER) ?? '{}') as { name?: string; contact?: string; recipient?: string };
		reporter.value = typeof who.name === 'string' ? who.name : '';
		contact.value = typeof who.contact === 'string' ? who.contact : '';
		if (choice && typeof who.recipient === 'string' && [...choice.options].some((o) => o.value === who.recipient))
			choice.value = who.recipient;
	} catch {
		// A damaged entry: the fields start empty.
	}
	const remember = () => {
		try {
			localStorage.setItem(
				REPORTER,
				JSON.stringify({ name: reporter.value.trim(), contact: contact.value.trim(), recipient: choice?.value || undefined }),
			);
		} catch {
			// Private mode: asked again next visit.
		}
	};
	for (const field of [reporter, contact, choice]) field?.addEventListener('change', remember);
	window.addEventListener('storage', (event) => {
		if (event.key === STORE) {
			saved = load();
			render();
		}
	});

	panel.addEventListener('click', (event) => {
		const target = (event.target as Element).closest<HTMLElement>('[data-action]');
		if (!target) return;
		const r = report();
		switch (target.dataset.action) {
			case 'csv':
				return download(reportFileName(r.agency, r.date, 'csv'), reportCsv(r), 'text/csv;charset=utf-8');
			case 'markdown':
				return download(reportFileName(r.agency, r.date, 'md'), reportMarkdown(r), 'text/markdown;charset=utf-8');
			case 'json':
				if (!recipientId()) {
					alert(panel.dataset.chooseFirst ?? '');
					choice?.focus();
					return;
				}
				return download(reportFileName(r.agency, r.date, 'json'), jsonReport(r), 'application/json');
			case 'print':
				return printReport();
			case 'email':
				(target as HTMLAnchorElement).href = reportMailto(panel.dataset.reportEmail ?? '', r);
				return;
			case 'reset':
				if (!confirm(target.dataset.confirm ?? '')) return;
				saved = load();
				for (const item of items) delete saved[item.dataset.key!];
				save(saved);
				return render();
		}
	});

	render();
	panel.querySelector<HTMLElement>('.checklist-live')!.hidden = false;
	panel.querySelector<HTMLElement>('[data-no-js]')?.remove();
}

/** The action's own words: the text before the row's first element (steps, source link) or its [data-text] element. */
function actionText(item: HTMLElement): string {
	const holder = item.querySelector<HTMLElement>('[data-text]');
	if (!holder) return '';
	let text = '';
	for (const node of holder.childNodes) {
		if (node.nodeType !== Node.TEXT_NODE) break;
		text += node.textContent;
	}
	return (holder.matches('td') ? text : (holder.textContent ?? '')).replace(/\s+/g, ' ').trim();
}

/** One row's controls from the page's template, keyed to the row and labelled with its item. */
function tickControls(template: HTMLTemplateElement, key: string, label: string): DocumentFragment {
	const copy = template.content.cloneNode(true) as DocumentFragment;
	for (const [attribute, selector] of [
		['data-tick', 'input[data-tick]'],
		['data-na', 'button[data-na]'],
		['data-note', 'input[data-note]'],
	])
		copy.querySelector(selector)?.setAttribute(attribute, key);
	for (const hidden of copy.querySelectorAll('.visually-hidden'))
		hidden.textContent = (hidden.textContent ?? '').replace(LABEL_SLOT, () => label);
	return copy;
}

export function startChecklists() {
	for (const panel of document.querySelectorAll<HTMLElement>('[data-checklist]')) start(panel);
}
