/**
 * A digest as an e-mail: Vietnamese subject and preheader, an HTML part laid out with tables and
 * inlined CSS (what Outlook, Gmail and phone clients all render), and a plain-text part with
 * the same content. Every value from the published data is escaped by `html`.
 */
import { escape } from 'html-escaper';
import juice from 'juice';
import { daysBetween, formatShortDate } from '../util/dates.ts';
import type { ExportedAction, ExportedCatalog } from '../outputs/advisory-json.ts';
import { html, safeUrl, type SafeHtml } from '../util/html.ts';
import { digestUi as t, kindLabel, severityLabel, roleLabel } from '../../i18n/vi.ts';
import type { PublishedData } from './data.ts';
import type { Digest, DigestItem } from './select.ts';
import { EVERY_RECIPIENT } from './subscribers.ts';
import { shortLabel } from '../model/registry.ts';

export interface RenderedDigest {
	subject: string;
	preheader: string;
	html: string;
	text: string;
}

export interface DigestLinks {
	/** Where the reader stops the digest (shown in the footer). */
	unsubscribe: string;
	/** Where subscriptions are explained. */
	manage: string;
}

const severityColour = { critical: '#8e1b14', high: '#b3261e', medium: '#a15c00', low: '#2f6b3b' } as const;

const CSS = `
body { margin: 0; padding: 0; background: #eef1f5; color: #1b2430; font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; }
.preheader { display: none; max-height: 0; overflow: hidden; mso-hide: all; font-size: 1px; line-height: 1px; color: #eef1f5; }
.wrapper { width: 100%; background: #eef1f5; }
.container { width: 100%; max-width: 640px; background: #ffffff; border-collapse: collapse; }
.header { background: #123a63; color: #ffffff; padding: 18px 24px; border-bottom: 4px solid #c9a227; }
.header a { color: #ffffff; text-decoration: none; font-weight: bold; font-size: 17px; }
.header p { margin: 4px 0 0; font-size: 13px; color: #dce6f2; }
.intro { padding: 20px 24px 4px; }
.intro p { margin: 0 0 10px; }
.item { padding: 14px 24px 18px; border-top: 1px solid #d8dee6; }
.badge { display: inline-block; padding: 2px 8px; border-radius: 10px; font-size: 12px; font-weight: bold; color: #ffffff; }
.tag { display: inline-block; padding: 2px 8px; border-radius: 10px; font-size: 12px; background: #eef1f5; color: #1b2430; }
.item h2 { margin: 8px 0 4px; font-size: 17px; line-height: 1.35; }
.item h2 a { color: #123a63; }
.meta { margin: 0 0 8px; font-size: 13px; color: #4a5563; }
.summary { margin: 0 0 10px; }
.item h3 { margin: 10px 0 4px; font-size: 14px; }
.actions { margin: 0 0 10px; padding-left: 20px; }
.actions li { margin: 0 0 6px; }
.actions ul { margin: 4px 0; padding-left: 18px; }
.due { font-size: 13px; color: #4a5563; }
.overdue { color: #b3261e; font-weight: bold; }
.button { display: inline-block; padding: 8px 14px; background: #123a63; color: #ffffff !important; text-decoration: none; border-radius: 4px; font-weight: bold; font-size: 14px; }
.footer { padding: 16px 24px 22px; font-size: 12px; color: #4a5563; border-top: 1px solid #d8dee6; background: #f6f8fa; }
.footer p { margin: 0 0 8px; }
.footer a { color: #123a63; }
@media (max-width: 480px) { .header, .intro, .item, .footer { padding-left: 14px !important; padding-right: 14px !important; } }
`;

/**
 * Inlining CSS costs milliseconds a message, and most subscribers share their digest's items:
 * the inlined document is kept per set of items, with what differs per subscriber left as
 * tokens that are filled in (escaped) afterwards. Bounded, so memory stays flat.
 */
const TEMPLATE_CACHE_SIZE = 200;
const templates = new Map<string, string>();
const token = (name: string) => `%%canhbao-${name}%%`;
const TOKENS = ['greeting', 'intro', 'why', 'manage', 'unsubscribe'] as const;

export function renderDigest(digest: Digest, data: PublishedData, links: DigestLinks): RenderedDigest {
	const subject = subjectOf(digest);
	const preheader = preheaderOf(digest);
	const agencies = agenciesOf(digest, data);
	const why = whyOf(digest, agencies);
	const values: Record<(typeof TOKENS)[number], string> = {
		greeting: escape(t.greeting(digest.subscriber.name)),
		intro: escape(t.intro(digest.items.length, agencies)),
		why: escape(why),
		manage: escape(safeUrl(links.manage)),
		unsubscribe: escape(safeUrl(links.unsubscribe)),
	};
	let html = template(digest, data, subject, preheader);
	for (const name of TOKENS) html = html.replaceAll(token(name), values[name]);
	return { subject, preheader, html, text: textOf(digest, data, agencies, why, links) };
}

function template(digest: Digest, data: PublishedData, subject: string, preheader: string): string {
	const key = [
		digest.edition.today,
		subject,
		preheader,
		...digest.items.map((i) => `${i.advisory.key}@${i.advisory.changed}:${i.update}:${i.actions.map((x) => x.key).join(',')}`),
	].join('\n');
	const cached = templates.get(key);
	if (cached !== undefined) {
		templates.delete(key);
		templates.set(key, cached);
		return cached;
	}
	const site = data.catalog.site;
	const body = html`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="x-apple-disable-message-reformatting"><title>${subject}</title><style>${CSS}</style></head>
<body>
<span class="preheader">${preheader}</span>
<table role="presentation" class="wrapper" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" class="container" width="640" cellpadding="0" cellspacing="0">
<tr><td class="header"><a href="${safeUrl(site.baseUrl)}">${site.name}</a><p>${site.operator}</p></td></tr>
<tr><td class="intro"><p>${token('greeting')}</p><p>${token('intro')}</p></td></tr>
${digest.items.map((item) => itemHtml(item, digest.edition.today))}
<tr><td class="footer"><p>${token('why')}</p><p><a href="${token('manage')}">${t.manage}</a> · <a href="${token('unsubscribe')}">${t.unsubscribe}</a></p><p>${t.automatic}</p><p>${t.footer(site.operator, site.address)}</p></td></tr>
</table>
</td></tr></table>
</body></html>`;
	const inlined = juice(body.value, { preserveMediaQueries: true, removeStyleTags: true });
	templates.set(key, inlined);
	if (templates.size > TEMPLATE_CACHE_SIZE) templates.delete(templates.keys().next().value!);
	return inlined;
}

function itemHtml(item: DigestItem, today: string): SafeHtml {
	const a = item.advisory;
	return html`<tr><td class="item" style="border-left: 5px solid ${severityColour[a.severity]}">
<p style="margin:0"><span class="badge" style="background:${severityColour[a.severity]}">${severityLabel[a.severity]}</span> <span class="tag">${kindLabel[a.kind]}</span> <span class="tag">${item.update ? t.isUpdate : t.isNew}</span></p>
<h2><a href="${safeUrl(a.url)}">${a.title}</a></h2>
<p class="meta">${t.number} ${a.number} · ${formatShortDate(a.issued)} · ${shortLabel(a.issuer)}${item.update && a.updated ? ` · ${t.updatedOn(formatShortDate(a.updated))}` : ''}</p>
<p class="summary">${a.summary}</p>
<h3>${t.actionsHeading}</h3>
${item.actions.length ? html`<ol class="actions">${item.actions.map((x) => actionHtml(x, today))}</ol>` : html`<p class="due">${t.actionsNone}</p>`}
<p><a class="button" href="${safeUrl(a.url)}">${t.readFull}</a></p>
</td></tr>
`;
}

function actionHtml(action: ExportedAction, today: string): SafeHtml {
	const due = dueOf(action, today);
	return html`<li>${action.heading ? `${action.heading} ` : ''}${action.text}${action.steps.length ? html`<ul>${action.steps.map((s) => html`<li>${s}</li>`)}</ul>` : ''}<div class="due${due.overdue ? ' overdue' : ''}">${due.text}</div></li>`;
}

function dueOf(action: ExportedAction, today: string): { text: string; overdue: boolean } {
	const role = action.role !== 'all' ? `${roleLabel[action.role]} · ` : '';
	if (!action.due) return { text: `${role}${t.due}: ${t.noDue}`, overdue: false };
	const days = daysBetween(today, action.due);
	const when = days < 0 ? t.overdue(-days) : days === 0 ? t.dueToday : t.dueIn(days);
	return { text: `${role}${t.due}: ${formatShortDate(action.due)} (${when})`, overdue: days < 0 };
}

/** "3 cảnh báo mới (1 nghiêm trọng, 2 cao)", led by the edition for daily and weekly digests. */
export function subjectOf(digest: Digest): string {
	const { items, edition } = digest;
	const updates = items.filter((i) => i.update).length;
	const what = updates === 0 ? 'new' : updates === items.length ? 'updated' : 'mixed';
	const lead =
		edition.period === 'daily'
			? `${t.editionOfDay(formatShortDate(edition.today))}: `
			: edition.period === 'weekly'
				? `${weekTitle(edition.key)}: `
				: '';
	if (items.length === 1) {
		const a = items[0].advisory;
		return lead + t.single(items[0].update ? 'updated' : 'new', severityLabel[a.severity], a.title);
	}
	const bySeverity = (['critical', 'high', 'medium', 'low'] as const)
		.map((s) => [s, items.filter((i) => i.advisory.severity === s).length] as const)
		.filter(([, n]) => n > 0)
		.map(([s, n]) => `${n} ${severityLabel[s].toLowerCase()}`);
	return `${lead}${t.count(items.length, what)} (${bySeverity.join(', ')})`;
}

function weekTitle(key: string): string {
	const [, year, week] = /(\d{4})-W(\d{2})$/.exec(key) ?? [];
	return t.editionOfWeek(Number(week), Number(year));
}

function preheaderOf(digest: Digest): string {
	const actions = digest.items.flatMap((i) => i.actions);
	const dues = actions
		.map((x) => x.due)
		.filter((d): d is string => d !== null && d >= digest.edition.today)
		.sort();
	const first = digest.items[0].advisory;
	const lead = digest.items.length === 1 ? first.summary : t.highest(severityLabel[first.severity]);
	return `${lead} ${t.actionsPending(actions.length, dues[0] && formatShortDate(dues[0]))}`;
}

function agenciesOf(digest: Digest, data: PublishedData): string {
	if (digest.subscriber.recipients.includes(EVERY_RECIPIENT)) return t.everyAgency;
	return digest.subscriber.recipients.map((id) => data.recipients.get(id)?.name ?? id).join(', ');
}

function whyOf(digest: Digest, agencies: string): string {
	const s = digest.subscriber;
	const kinds = s.kinds.length ? t.kindsList(s.kinds.map((k) => kindLabel[k].toLowerCase()).join(', ')) : t.allKinds;
	return t.why(agencies, severityLabel[s.minSeverity], kinds, t.periodName[s.frequency]);
}

function textOf(digest: Digest, data: PublishedData, agencies: string, why: string, links: DigestLinks): string {
	const site: ExportedCatalog['site'] = data.catalog.site;
	const lines = [site.name, site.operator, '', t.greeting(digest.subscriber.name), '', t.intro(digest.items.length, agencies), ''];
	digest.items.forEach((item, i) => {
		const a = item.advisory;
		lines.push(`${i + 1}. [${severityLabel[a.severity]}] [${kindLabel[a.kind]}] [${item.update ? t.isUpdate : t.isNew}] ${a.title}`);
		lines.push(
			`   ${t.number} ${a.number} · ${formatShortDate(a.issued)} · ${shortLabel(a.issuer)}${item.update && a.updated ? ` · ${t.updatedOn(formatShortDate(a.updated))}` : ''}`,
		);
		lines.push(`   ${a.summary}`);
		lines.push(`   ${t.actionsHeading}:`);
		if (!item.actions.length) lines.push(`   - ${t.actionsNone}`);
		for (const x of item.actions) {
			lines.push(`   - ${x.heading ? `${x.heading} ` : ''}${x.text}`);
			for (const step of x.steps) lines.push(`       + ${step}`);
			lines.push(`     ${dueOf(x, digest.edition.today).text}`);
		}
		lines.push(`   ${t.readFull}: ${a.url}`, '');
	});
	lines.push(
		'-- ',
		why,
		t.footer(site.operator, site.address),
		`${t.manage}: ${links.manage}`,
		`${t.unsubscribe}: ${links.unsubscribe}`,
		t.automatic,
	);
	return `${lines.join('\n')}\n`;
}
