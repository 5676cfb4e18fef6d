/**
 * The private compliance site (`reports -- site --out <dir>`): static pages, no JavaScript, that
 * open from the disk. A province overview, a matrix of agencies × actions per active advisory,
 * and a page per agency with what it reported and what is overdue. Every page says it is
 * internal. Notes from agencies are escaped by `html`, so they always read as text.
 *
 * The folder is written next to its final place and renamed over it: a reader never sees half a
 * site, and a failed run leaves the last one.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatShortDate, type IsoDate } from '../util/dates.ts';
import type { PublishedData } from '../digest/data.ts';
import { html, safeUrl, type SafeHtml } from '../util/html.ts';
import { complianceUi as t } from '../../i18n/vi.ts';
import { statusRows, totals, type RowStatus, type StatusDetail } from './status.ts';
import type { StoredReport } from './store.ts';

/**
 * Text and background of each status. Each pair passes WCAG AA for normal text (≥ 4.5:1;
 * tests/unit/reports-site.test.ts measures them), and every cell also says its status in words.
 */
export const palette: Record<RowStatus | 'overdue', { ink: string; wash: string }> = {
	done: { ink: '#1d6b40', wash: '#e8f4ec' },
	'not-applicable': { ink: '#3b4656', wash: '#eef1f5' },
	'not-done': { ink: '#7a5300', wash: '#fbf3e0' },
	'no-report': { ink: '#4a5566', wash: '#ffffff' },
	overdue: { ink: '#8c1616', wash: '#fbeaea' },
};

const CSS = `
.internal { background: #8c1616; color: #ffffff; padding: 0.5rem 1rem; font-weight: 700; margin: 0; }
main.wrap { padding-block: 1rem 3rem; }
table.matrix { border-collapse: collapse; font-size: 0.92rem; }
.matrix th, .matrix td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
.matrix thead th { background: var(--wash); }
.matrix td.num { text-align: right; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; }
${Object.entries(palette)
	.map(([k, c]) => `.st-${k} { color: ${c.ink}; background: ${c.wash}; }`)
	.join('\n')}
.st-overdue { font-weight: 700; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; }
nav.crumbs { font-size: 0.95rem; margin-top: 1rem; }
`;

const label = (n: number, part: number) => (part ? `${n}.${part}` : String(n));

function page(title: string, depth: number, body: SafeHtml, today: IsoDate): string {
	const up = depth ? '../'.repeat(depth) : '';
	return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} · ${t.title} (nội bộ)</title>
<link rel="stylesheet" href="${up}style.css">
</head>
<body>
<p class="internal" role="note">${t.internal}</p>
<header class="site-header"><div class="wrap"><a class="brand" href="${up}index.html"><span class="brand-name">${t.title}</span></a></div></header>
<main class="wrap">
${depth ? html`<nav class="crumbs"><a href="${up}index.html">${t.back}</a></nav>` : ''}
${body}
<p class="internal" role="note">${t.internal}</p>
</main>
</body>
</html>
`.value;
}

function statusCell(row: StatusDetail): SafeHtml {
	const cls = row.overdue ? 'overdue' : row.status;
	return html`<td class="st-${cls}">${t.status[row.status]}${row.overdue ? html`<br>${t.overdueDays(row.daysOverdue)}` : ''}</td>`;
}

function countCells(rows: readonly StatusDetail[]): SafeHtml {
	const c = totals(rows);
	return html`<td class="num">${rows.length}</td><td class="num st-done">${c.done}</td><td class="num st-not-applicable">${c['not-applicable']}</td><td class="num st-not-done">${c['not-done']}</td><td class="num st-no-report">${c['no-report']}</td><td class="num st-overdue">${c.overdue}</td>`;
}

const countHeads = html`<th scope="col">${t.rows}</th><th scope="col">${t.status.done}</th><th scope="col">${t.status['not-applicable']}</th><th scope="col">${t.status['not-done']}</th><th scope="col">${t.status['no-report']}</th><th scope="col">${t.overdue}</th>`;

export const advisoryPage = (key: string) => `canh-bao/${key.replace('/', '-')}.html`;
export const agencyPage = (id: string) => `don-vi/${id}.html`;

/** The pages, by path inside the site: pure, for tests. */
export function compliancePages(data: PublishedData, reports: readonly StoredReport[], today: IsoDate): Map<string, string> {
	const rows = statusRows(data, reports, today);
	const pages = new Map<string, string>();
	const byAdvisory = new Map<string, StatusDetail[]>();
	const byAgency = new Map<string, StatusDetail[]>();
	for (const r of rows) {
		(byAdvisory.get(r.advisory) ?? byAdvisory.set(r.advisory, []).get(r.advisory)!).push(r);
		(byAgency.get(r.recipient) ?? byAgency.set(r.recipient, []).get(r.recipient)!).push(r);
	}
	const name = (id: string) => data.recipients.get(id)?.name ?? id;
	const advisories = data.catalog.advisories.filter((a) => byAdvisory.has(a.key));
	const agencies = [...byAgency.keys()].sort((a, b) => name(a).localeCompare(name(b), 'vi'));

	pages.set(
		'index.html',
		page(
			t.overview,
			0,
			html`<h1>${t.title}: ${t.overview}</h1>
<p>${t.asOf(formatShortDate(today))}</p>
<table class="matrix"><thead><tr>${countHeads}</tr></thead><tbody><tr>${countCells(rows)}</tr></tbody></table>
<h2>${t.advisories}</h2>
${advisories.length ? '' : html`<p>${t.nothing}</p>`}
<div class="table-wrap"><table class="matrix"><thead><tr><th scope="col">${t.advisory}</th>${countHeads}</tr></thead><tbody>
${advisories.map((a) => html`<tr><th scope="row"><a href="${advisoryPage(a.key)}">Số ${a.number}</a>: ${a.title}</th>${countCells(byAdvisory.get(a.key)!)}</tr>`)}
</tbody></table></div>
<h2>${t.agencies}</h2>
<div class="table-wrap"><table class="matrix"><thead><tr><th scope="col">${t.agency}</th>${countHeads}</tr></thead><tbody>
${agencies.map((id) => html`<tr><th scope="row"><a href="${agencyPage(id)}">${name(id)}</a></th>${countCells(byAgency.get(id)!)}</tr>`)}
</tbody></table></div>`,
			today,
		),
	);

	for (const a of advisories) {
		const list = byAdvisory.get(a.key)!;
		const actions = a.actions.filter((x) => list.some((r) => r.action === x.id));
		const cells = new Map(list.map((r) => [`${r.recipient}|${r.action}`, r]));
		const orgs = [...new Set(list.map((r) => r.recipient))].sort((x, y) => name(x).localeCompare(name(y), 'vi'));
		pages.set(
			advisoryPage(a.key),
			page(
				`Số ${a.number}`,
				1,
				html`<h1>Số ${a.number}: ${a.title}</h1>
<p><a href="${safeUrl(a.url)}">${a.url}</a>. ${t.asOf(formatShortDate(today))}</p>
<h2>${t.matrix}</h2>
<div class="table-wrap"><table class="matrix"><thead><tr><th scope="col">${t.agency}</th>${actions.map((x) => html`<th scope="col">${t.item(label(x.number, x.part))}<br>${t.due}: ${x.due ? formatShortDate(x.due) : t.noDue}</th>`)}</tr></thead><tbody>
${orgs.map(
	(id) =>
		html`<tr><th scope="row"><a href="../${agencyPage(id)}">${name(id)}</a></th>${actions.map((x) => {
			const r = cells.get(`${id}|${x.id}`);
			return r ? statusCell(r) : html`<td>–</td>`;
		})}</tr>`,
)}
</tbody><tfoot>
${(['done', 'not-applicable', 'not-done', 'no-report', 'overdue'] as const).map((s) => html`<tr><th scope="row">${s === 'overdue' ? t.overdue : t.status[s]}</th>${actions.map((x) => html`<td class="num st-${s}">${list.filter((r) => r.action === x.id && (s === 'overdue' ? r.overdue : r.status === s)).length}</td>`)}</tr>`)}
</tfoot></table></div>
<h2>${t.action}</h2>
<ol>${actions.map((x) => html`<li value="${x.number}">${t.item(label(x.number, x.part))}: ${x.heading ? `${x.heading} ` : ''}${x.text}</li>`)}</ol>`,
				today,
			),
		);
	}

	for (const id of agencies) {
		const list = byAgency.get(id)!;
		const late = list.filter((r) => r.overdue);
		const table = (
			items: StatusDetail[],
		) => html`<div class="table-wrap"><table class="matrix"><thead><tr><th scope="col">${t.advisory}</th><th scope="col">${t.action}</th><th scope="col">${t.due}</th><th scope="col">${t.status.done}?</th><th scope="col">${t.reported}</th><th scope="col">${t.verified}</th><th scope="col">${t.note}</th></tr></thead><tbody>
${items.map((r) => {
	const a = data.advisories.get(r.advisory)!;
	const x = data.actions.get(`${r.advisory}#${r.action}`)!;
	return html`<tr><td><a href="../${advisoryPage(r.advisory)}">Số ${a.number}</a></td><td>${t.item(label(x.number, x.part))}: ${x.text}</td><td>${r.due ? formatShortDate(r.due) : t.noDue}</td>${statusCell(r)}<td>${r.reportedAt ? formatShortDate(r.reportedAt) : '–'}${r.reportedBy ? html`<br>${t.reportedBy(r.reportedBy)}` : ''}</td><td>${r.reportedAt ? (r.verified ? t.yes : t.no) : '–'}</td><td class="note">${r.note}</td></tr>`;
})}
</tbody></table></div>`;
		pages.set(
			agencyPage(id),
			page(
				name(id),
				1,
				html`<h1>${t.byAgency}: ${name(id)}</h1>
<p>${t.asOf(formatShortDate(today))}</p>
<table class="matrix"><thead><tr>${countHeads}</tr></thead><tbody><tr>${countCells(list)}</tr></tbody></table>
<h2>${t.overdueList}</h2>
${late.length ? table(late) : html`<p>${t.nothingOverdue}</p>`}
<h2>${t.byAgency}</h2>
${table(list)}`,
				today,
			),
		);
	}
	return pages;
}

/** The site's own stylesheet, then the compliance additions: the same look, offline. */
export function complianceCss(): string {
	let global = '';
	try {
		global = readFileSync(new URL('../../styles/global.css', import.meta.url), 'utf8');
	} catch {
		// Without the source tree the pages still read well on the browser's defaults.
	}
	return `${global}\n/* Compliance site */\n${CSS}`;
}

/** Marks a folder as a compliance site, so that only such a folder is ever replaced. */
export const MARKER = '.canhbao-compliance';

/**
 * Writes the site into `out` (replacing it whole); returns the number of pages. Refuses a
 * folder that holds anything but an earlier compliance site: replacing it would delete it.
 */
export function writeComplianceSite(out: string, data: PublishedData, reports: readonly StoredReport[], today: IsoDate): number {
	const target = path.resolve(out);
	if (existsSync(target) && readdirSync(target).length && !existsSync(path.join(target, MARKER))) {
		throw new Error(`${target} is not empty and holds no earlier compliance site (${MARKER}); choose an empty or new folder`);
	}
	const staging = `${target}.tmp-${process.pid}`;
	rmSync(staging, { recursive: true, force: true });
	const pages = compliancePages(data, reports, today);
	for (const [file, text] of pages) {
		mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
		writeFileSync(path.join(staging, file), text);
	}
	writeFileSync(path.join(staging, 'style.css'), complianceCss());
	writeFileSync(path.join(staging, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
	writeFileSync(path.join(staging, MARKER), 'Internal compliance pages written by npm run reports -- site; never publish.\n');
	const old = `${target}.old-${process.pid}`;
	if (existsSync(target)) renameSync(target, old);
	renameSync(staging, target);
	rmSync(old, { recursive: true, force: true });
	return pages.size;
}
