/**
 * The e-mail around a rendered digest: addresses, a Message-ID derived from subscriber and
 * digest (a retried or resumed send carries the same one), List-Id and unsubscribe headers.
 */
import { createHmac } from 'node:crypto';
import type Mail from 'nodemailer/lib/mailer';
import type { PublishedData } from './data.ts';
import { renderDigest } from './render.ts';
import { messageIdOf, type Digest } from './select.ts';
import { digestUi } from '../../i18n/vi.ts';
import { routes } from '../model/routes.ts';

export interface MessageSettings {
	from: string;
	/**
	 * One-click unsubscribe endpoint (RFC 8058) with `{token}` and optionally `{email}` in it,
	 * e.g. `https://dangky.example.gov.vn/huy?t={token}`. It must accept POST; without it the
	 * https link points at the subscription page and no List-Unsubscribe-Post header is sent.
	 */
	unsubscribeUrl?: string;
	/** Keys unsubscribe tokens, so that nobody can forge one for another address. */
	secret: string;
}

/** The host of the site: Message-IDs and List-Id live under it. */
export function siteHost(data: PublishedData): string {
	return new URL(data.catalog.site.baseUrl).hostname;
}

export function listIdOf(data: PublishedData): string {
	return `ban-tin.${siteHost(data)}`;
}

export function unsubscribeToken(secret: string, email: string): string {
	return createHmac('sha256', secret).update(email.toLowerCase()).digest('base64url').slice(0, 22);
}

function fromAddress(from: string): string {
	return /<([^>]+)>\s*$/.exec(from)?.[1] ?? from;
}

export interface ComposedMessage {
	messageId: string;
	subject: string;
	mail: Mail.Options;
}

export function composeMessage(digest: Digest, data: PublishedData, settings: MessageSettings): ComposedMessage {
	const site = data.catalog.site;
	const email = digest.subscriber.email;
	const token = unsubscribeToken(settings.secret, email);
	const manage = new URL(`${routes.follow}#ban-tin`, site.baseUrl).href;
	const https = settings.unsubscribeUrl
		? settings.unsubscribeUrl.replaceAll('{token}', encodeURIComponent(token)).replaceAll('{email}', encodeURIComponent(email))
		: new URL(`${routes.follow}#huy-dang-ky`, site.baseUrl).href;
	const mailbox = site.subscriptionEmail ?? fromAddress(settings.from);
	const mailto = `mailto:${mailbox}?subject=${encodeURIComponent(`${digestUi.unsubscribeSubject} ${token}`)}`;
	const rendered = renderDigest(digest, data, { unsubscribe: https, manage });
	const messageId = messageIdOf(digest, siteHost(data));
	return {
		messageId,
		subject: rendered.subject,
		mail: {
			from: settings.from,
			to: digest.subscriber.name ? { name: digest.subscriber.name, address: email } : email,
			replyTo: site.subscriptionEmail ?? undefined,
			subject: rendered.subject,
			text: rendered.text,
			html: rendered.html,
			messageId,
			date: new Date(),
			// One header with both links; nodemailer writes one header per inner array.
			list: { id: { url: listIdOf(data), comment: site.name }, unsubscribe: [[https, mailto]] },
			headers: {
				...(settings.unsubscribeUrl ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
				'Auto-Submitted': 'auto-generated',
				'X-Auto-Response-Suppress': 'OOF, AutoReply',
				'X-Canhbao-Digest': digest.key.split('|').at(-1)!,
			},
		},
	};
}
