/**
 * A digest run: works out each subscriber's digest, skips what the ledger says was sent, and
 * sends the rest through a pooled transport with a bounded number in flight, so memory stays
 * flat however many subscribers there are. Temporary failures (4xx, dropped connections) are
 * retried with backoff; permanent ones (5xx) are recorded and the run goes on.
 */
import type Mail from 'nodemailer/lib/mailer';
import type { RetrySettings } from './config.ts';
import type { PublishedData } from './data.ts';
import type { Ledger } from './ledger.ts';
import { composeMessage, listIdOf, siteHost, type ComposedMessage, type MessageSettings } from './message.ts';
import { candidates, digestFor, messageIdOf, type Digest, type Edition } from './select.ts';
import type { Subscriber } from './subscribers.ts';

export interface MailTransport {
	sendMail(mail: Mail.Options): Promise<{ response?: string }>;
}

export interface Failure {
	to: string;
	messageId: string;
	code: number | null;
	response: string;
	temporary: boolean;
}

export interface Progress {
	total: number;
	sent: number;
	failed: number;
	retries: number;
}

export interface RunReport extends Progress {
	subscribers: number;
	/** Subscribers whose digest (or all it would carry) an earlier run already sent. */
	alreadySent: number;
	/** Subscribers with nothing new that concerns them. */
	nothingNew: number;
	failures: Failure[];
	/** Set when the run stopped early (bad credentials, server unreachable). */
	aborted?: string;
}

export interface RunOptions {
	data: PublishedData;
	edition: Edition;
	subscribers: Subscriber[];
	ledger: Ledger;
	message: MessageSettings;
	concurrency: number;
	retry: RetrySettings;
	/** Sends one message; absent in a dry run, where `deliver` receives the messages instead. */
	transport?: MailTransport;
	deliver?: (message: ComposedMessage, digest: Digest) => Promise<void> | void;
	onProgress?: (progress: Progress) => void;
	/** Checked before each message: a stop request lets the messages in flight finish. */
	shouldStop?: () => boolean;
	sleep?: (ms: number) => Promise<void>;
}

/** Consecutive messages that fail for good on connection errors before the run gives up. */
const UNREACHABLE_AFTER = 3;

interface SmtpError extends Error {
	code?: string;
	responseCode?: number;
	response?: string;
}

/** 4xx and dropped or refused connections are worth another try; 5xx and bad messages are not. */
export function isTemporary(error: SmtpError): boolean {
	if (typeof error.responseCode === 'number') return error.responseCode >= 400 && error.responseCode < 500;
	return (
		['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'EDNS', 'EPROTOCOL', 'ESTREAM'].includes(
			error.code ?? '',
		) || !error.code
	);
}

function* pending(options: RunOptions, tally: { alreadySent: number; nothingNew: number } | undefined) {
	const pool = candidates(options.data, options.edition);
	const listId = listIdOf(options.data);
	const host = siteHost(options.data);
	for (const subscriber of options.subscribers) {
		if (subscriber.frequency !== options.edition.period) continue;
		const digest = digestFor(options.data, options.edition, pool, subscriber, options.ledger.mailedTo(subscriber.key), listId);
		if (typeof digest === 'string') {
			if (tally && digest === 'already-mailed') tally.alreadySent++;
			else if (tally) tally.nothingNew++;
			continue;
		}
		if (options.ledger.hasSent(messageIdOf(digest, host))) {
			if (tally) tally.alreadySent++;
			continue;
		}
		yield digest;
	}
}

export async function runDigest(options: RunOptions): Promise<RunReport> {
	const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
	const tally = { alreadySent: 0, nothingNew: 0 };
	// Counting first keeps nothing in memory but a number; the digests are worked out again as they are sent.
	let total = 0;
	for (const _ of pending(options, tally)) total++;
	const report: RunReport = {
		subscribers: options.subscribers.filter((s) => s.frequency === options.edition.period).length,
		total,
		sent: 0,
		failed: 0,
		retries: 0,
		failures: [],
		...tally,
	};
	options.onProgress?.(report);

	const queue = pending(options, undefined);
	let unreachableStreak = 0;
	const worker = async () => {
		for (;;) {
			if (report.aborted || options.shouldStop?.()) return;
			const next = queue.next();
			if (next.done) return;
			const digest = next.value;
			const message = composeMessage(digest, options.data, options.message);
			if (!options.transport) {
				await options.deliver?.(message, digest);
				report.sent++;
				options.onProgress?.(report);
				continue;
			}
			const outcome = await sendWithRetry(options.transport, message, options.retry, sleep, () => {
				report.retries++;
				options.onProgress?.(report);
			});
			const at = new Date().toISOString();
			const digestKey = digest.key.split('|').at(-1)!;
			if (outcome.ok) {
				options.ledger.append({
					type: 'sent',
					messageId: message.messageId,
					to: digest.subscriber.key,
					digest: digestKey,
					versions: digest.versions,
					at,
					response: outcome.response,
				});
				report.sent++;
				unreachableStreak = 0;
			} else {
				const { error } = outcome;
				const temporary = isTemporary(error);
				const failure: Failure = {
					to: digest.subscriber.email,
					messageId: message.messageId,
					code: error.responseCode ?? null,
					response: (error.response ?? error.message).trim(),
					temporary,
				};
				report.failures.push(failure);
				report.failed++;
				options.ledger.append({
					type: 'failed',
					messageId: message.messageId,
					to: digest.subscriber.key,
					digest: digestKey,
					at,
					code: failure.code,
					response: failure.response,
				});
				if (error.code === 'EAUTH')
					report.aborted = `the SMTP server refused the login: ${failure.response}; check SMTP_USER and SMTP_PASS`;
				unreachableStreak = temporary && failure.code === null ? unreachableStreak + 1 : 0;
				if (unreachableStreak >= UNREACHABLE_AFTER)
					report.aborted = `the SMTP server could not be reached for ${UNREACHABLE_AFTER} messages in a row (${failure.response}); run again when it is back`;
			}
			options.onProgress?.(report);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
	return report;
}

type Outcome = { ok: true; response: string } | { ok: false; error: SmtpError };

export async function sendWithRetry(
	transport: MailTransport,
	message: ComposedMessage,
	retry: RetrySettings,
	sleep: (ms: number) => Promise<void>,
	onRetry: () => void,
): Promise<Outcome> {
	for (let attempt = 1; ; attempt++) {
		try {
			const info = await transport.sendMail(message.mail);
			return { ok: true, response: info.response ?? '' };
		} catch (error) {
			const e = error as SmtpError;
			if (!isTemporary(e) || e.code === 'EAUTH' || attempt >= retry.attempts) return { ok: false, error: e };
			onRetry();
			// Exponential backoff with jitter, so pooled connections do not retry in lockstep.
			await sleep(retry.backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5));
		}
	}
}
