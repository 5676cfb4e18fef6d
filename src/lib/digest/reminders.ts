/**
 * Reminders (`npm run digest -- --period reminders`): each subscriber whose agencies have
 * actions overdue or due within three days, with no `done` or `not-applicable` report in the
 * private store, gets one message a day listing exactly those actions, with links to the
 * agency's checklist. Sent through the digest ledger, so each day's reminder goes out once.
 */
import juice from 'juice';
import type Mail from 'nodemailer/lib/mailer';
import { addDays, daysBetween, formatShortDate, type IsoDate } from '../util/dates.ts';
import { html, safeUrl } from '../util/html.ts';
import { routes } from '../model/routes.ts';
import { digestUi, reminderUi as t } from '../../i18n/vi.ts';
import { statusRows, type StatusDetail } from '../reports/status.ts';
import type { StoredReport } from '../reports/store.ts';
import type { RetrySettings } from './config.ts';
import type { PublishedData } from './data.ts';
import type { Ledger } from './ledger.ts';
import { isTemporary, sendWithRetry, type MailTransport, type Progress, type RunReport } from './send.ts';
import { listIdOf, siteHost, unsubscribeToken, type ComposedMessage, type MessageSettings } from './message.ts';
import { hash } from './select.ts';
import { EVERY_RECIPIENT, type Subscriber } from './subscribers.ts';

/** Days ahead a deadline counts as due soon for a reminder. */
export const REMIND_DAYS_AHEAD = 3;

export interface ReminderItem {
	row: StatusDetail;
	/** Negative when overdue. */
	daysLeft: number;
}

export interface Reminder {
	subscriber: Subscriber;
	/** `<list>|<subscriber>|reminders:<day>`: one a day. */
	key: string;
	today: IsoDate;
	/** Per agency, the actions to remind of. */
	agencies: { id: string; name: string; items: ReminderItem[] }[];
}

/** The organisations a subscriber follows: groups stand for their members. `*` follows none here. */
function agenciesOf(data: PublishedData, subscriber: Subscriber): string[] {
	const out: string[] = [];
	const queue = subscriber.recipients.filter((id) => id !== EVERY_RECIPIENT);
	for (let i = 0; i < queue.length; i++) {
		const r = data.recipients.get(queue[i]);
		if (!r) continue;
		if (r.type === 'organisation') {
			if (!out.includes(r.id)) out.push(r.id);
			continue;
		}
		for (const m of data.recipients.values()) if (m.memberOf.includes(r.id) && !queue.includes(m.id)) queue.push(m.id);
	}
	return out;
}

/** Open rows of every agency, worked out once per run. */
export function pendingByAgency(data: PublishedData, stored: readonly StoredReport[], today: IsoDate): Map<string, ReminderItem[]> {
	const limit = addDays(today, REMIND_DAYS_AHEAD);
	const map = new Map<string, ReminderItem[]>();
	for (const row of statusRows(data, stored, today)) {
		if (row.status === 'done' || row.status === 'not-applicable' || !row.due || row.due > limit) continue;
		let list = map.get(row.recipient);
		if (!list) map.set(row.recipient, (list = []));
		list.push({ row, daysLeft: daysBetween(today, row.due) });
	}
	for (const list of map.values()) list.sort((a, b) => a.daysLeft - b.daysLeft || a.row.advisory.localeCompare(b.row.advisory));
	return map;
}

export function reminderFor(
	data: PublishedData,
	pending: ReadonlyMap<string, ReminderItem[]>,
	subscriber: Subscriber,
	today: IsoDate,
): Reminder | undefined {
	const agencies = agenciesOf(data, subscriber)
		.map((id) => ({ id, name: data.recipients.get(id)!.name, items: pending.get(id) ?? [] }))
		.filter((a) => a.items.length);
	if (!agencies.length) return undefined;
	return { subscriber, key: `${listIdOf(data)}|${subscriber.key}|reminders:${today}`, today, agencies };
}

export function reminderMessageId(reminder: Pick<Reminder, 'key'>, host: string): string {
	return `<${hash(reminder.key).slice(0, 32)}.nhac-viec@${host}>`;
}

const CSS = `
body { margin: 0; padding: 0; background: #eef1f5; color: #1b2430; font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; }
.container { max-width: 640px; background: #ffffff; padding: 20px 24px; }
h1 { font-size: 18px; color: #123a63; margin: 0 0 12px; }
h2 { font-size: 16px; margin: 18px 0 6px; }
li { margin: 0 0 8px; }
.overdue { color: #b3261e; font-weight: bold; }
.soon { color: #7a4a00; font-weight: bold; }
.meta { font-size: 13px; color: #4a5563; }
a { color: #123a63; }
.footer { margin-top: 18px; font-size: 12px; color: #4a5563; border-top: 1px solid #d8dee6; padding-top: 10px; }
`;

function when(item: ReminderItem): string {
	const due = `${digestUi.due} ${formatShortDate(item.row.due!)}`;
	if (item.daysLeft < 0) return `${due}, ${digestUi.overdue(-item.daysLeft)}`;
	return `${due}, ${item.daysLeft === 0 ? digestUi.dueToday : digestUi.dueIn(item.daysLeft)}`;
}

export function composeReminder(
	reminder: Reminder,
	data: PublishedData,
	settings: MessageSettings,
): { messageId: string; subject: string; mail: Mail.Options } {
	const site = data.catalog.site;
	const link = (path: string) => new URL(path, site.baseUrl).href;
	const items = reminder.agencies.flatMap((a) => a.items);
	const overdue = items.filter((i) => i.daysLeft < 0).length;
	const subject = t.subject(overdue, items.length - overdue, formatShortDate(reminder.today));
	const describe = (i: ReminderItem) => {
		const advisory = data.advisories.get(i.row.advisory)!;
		const action = data.actions.get(`${i.row.advisory}#${i.row.action}`)!;
		const last = i.row.reportedAt ? `; ${t.lastReport(t.notDone, formatShortDate(i.row.reportedAt))}` : '';
		return {
			advisory,
			action,
			text: `${action.heading ? `${action.heading} ` : ''}${action.text}`,
			meta: `Số ${advisory.number} · ${when(i)}${last}`,
		};
	};
	const text = [
		digestUi.greeting(reminder.subscriber.name),
		'',
		t.intro,
		...reminder.agencies.flatMap((a) => [
			'',
			t.agency(a.name),
			...a.items.flatMap((i) => {
				const d = describe(i);
				return [`- ${d.text}`, `  ${d.meta}`];
			}),
			`${t.checklist}: ${link(routes.checklist(a.id))}`,
		]),
		'',
		t.howToReport,
		'',
		t.why,
		digestUi.footer(site.operator, site.address),
	].join('\n');
	const body = html`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${subject}</title><style>${CSS}</style></head><body><div class="container">
<h1>${subject}</h1>
<p>${digestUi.greeting(reminder.subscriber.name)}</p>
<p>${t.intro}</p>
${reminder.agencies.map(
	(a) =>
		html`<h2>${t.agency(a.name)}</h2><ol>${a.items.map((i) => {
			const d = describe(i);
			return html`<li>${d.text}<br><span class="${i.daysLeft < 0 ? 'overdue' : 'soon'}">${when(i)}</span> <span class="meta">· <a href="${safeUrl(d.advisory.url)}">Số ${d.advisory.number}</a>${i.row.reportedAt ? `; ${t.lastReport(t.notDone, formatShortDate(i.row.reportedAt))}` : ''}</span></li>`;
		})}</ol><p><a href="${safeUrl(link(routes.checklist(a.id)))}">${t.checklist}</a></p>`,
)}
<p>${t.howToReport}</p>
<p class="footer">${t.why}<br>${digestUi.footer(site.operator, site.address)}</p>
</div></body></html>`;
	const messageId = reminderMessageId(reminder, siteHost(data));
	const token = unsubscribeToken(settings.secret, reminder.subscriber.email);
	const https = settings.unsubscribeUrl
		? settings.unsubscribeUrl
				.replaceAll('{token}', encodeURIComponent(token))
				.replaceAll('{email}', encodeURIComponent(reminder.subscriber.email))
		: link(`${routes.follow}#huy-dang-ky`);
	const mailbox = site.subscriptionEmail ?? /<([^>]+)>\s*$/.exec(settings.from)?.[1] ?? settings.from;
	return {
		messageId,
		subject,
		mail: {
			from: settings.from,
			to: reminder.subscriber.name ? { name: reminder.subscriber.name, address: reminder.subscriber.email } : reminder.subscriber.email,
			replyTo: site.subscriptionEmail ?? undefined,
			subject,
			text,
			html: juice(body.value),
			messageId,
			date: new Date(),
			list: {
				id: { url: listIdOf(data), comment: site.name },
				unsubscribe: [[https, `mailto:${mailbox}?subject=${encodeURIComponent(`${digestUi.unsubscribeSubject} ${token}`)}`]],
			},
			headers: {
				...(settings.unsubscribeUrl ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
				'Auto-Submitted': 'auto-generated',
				'X-Auto-Response-Suppress': 'OOF, AutoReply',
				'X-Canhbao-Digest': `reminders:${reminder.today}`,
			},
		},
	};
}

export interface ReminderRunOptions {
	data: PublishedData;
	stored: readonly StoredReport[];
	today: IsoDate;
	subscribers: Subscriber[];
	ledger: Ledger;
	message: MessageSettings;
	concurrency: number;
	retry: RetrySettings;
	transport?: MailTransport;
	deliver?: (message: { messageId: string; mail: Mail.Options }, reminder: Reminder) => Promise<void> | void;
	onProgress?: (progress: Progress) => void;
	shouldStop?: () => boolean;
	sleep?: (ms: number) => Promise<void>;
}

/** Sends the day's reminders, each once: the ledger holds every Message-ID sent. Shaped like runDigest. */
export async function runReminders(options: ReminderRunOptions): Promise<RunReport> {
	const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
	const pending = pendingByAgency(options.data, options.stored, options.today);
	const host = siteHost(options.data);
	const report: RunReport = {
		subscribers: options.subscribers.length,
		total: 0,
		sent: 0,
		failed: 0,
		retries: 0,
		failures: [],
		alreadySent: 0,
		nothingNew: 0,
	};
	const queue: Reminder[] = [];
	for (const s of options.subscribers) {
		const r = reminderFor(options.data, pending, s, options.today);
		if (!r) report.nothingNew++;
		else if (options.ledger.hasSent(reminderMessageId(r, host))) report.alreadySent++;
		else queue.push(r);
	}
	report.total = queue.length;
	options.onProgress?.(report);
	let next = 0;
	let unreachable = 0;
	const worker = async () => {
		while (next < queue.length && !report.aborted && !options.shouldStop?.()) {
			const reminder = queue[next++];
			const message = composeReminder(reminder, options.data, options.message);
			if (!options.transport) {
				await options.deliver?.(message, reminder);
				report.sent++;
				options.onProgress?.(report);
				continue;
			}
			const outcome = await sendWithRetry(options.transport, message as ComposedMessage, options.retry, sleep, () => report.retries++);
			const at = new Date().toISOString();
			const digest = `reminders:${options.today}`;
			if (outcome.ok) {
				options.ledger.append({
					type: 'sent',
					messageId: message.messageId,
					to: reminder.subscriber.key,
					digest,
					versions: [],
					at,
					response: outcome.response,
				});
				report.sent++;
				unreachable = 0;
			} else {
				const e = outcome.error;
				const temporary = isTemporary(e);
				const failure = {
					to: reminder.subscriber.email,
					messageId: message.messageId,
					code: e.responseCode ?? null,
					response: (e.response ?? e.message).trim(),
					temporary,
				};
				report.failures.push(failure);
				report.failed++;
				options.ledger.append({
					type: 'failed',
					messageId: message.messageId,
					to: reminder.subscriber.key,
					digest,
					at,
					code: failure.code,
					response: failure.response,
				});
				if (e.code === 'EAUTH') report.aborted = `the SMTP server refused the login: ${failure.response}; check SMTP_USER and SMTP_PASS`;
				unreachable = temporary && failure.code === null ? unreachable + 1 : 0;
				if (unreachable >= 3)
					report.aborted = `the SMTP server could not be reached for 3 messages in a row (${failure.response}); run again when it is back`;
			}
			options.onProgress?.(report);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
	return report;
}
