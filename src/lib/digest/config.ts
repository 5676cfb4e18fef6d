/**
 * Digest settings from the environment (and flags, which win): the SMTP server, the sender,
 * pooling and rate limit, unsubscribe links. Each bad value is an error naming the variable.
 */
import type SMTPPool from 'nodemailer/lib/smtp-pool';

export type Env = Record<string, string | undefined>;

export interface SmtpSettings {
	options: SMTPPool.Options;
	/** For logs: the server without credentials. */
	describe: string;
}

function int(env: Env, name: string, fallback: number, min: number): number {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < min) throw new Error(`${name}: expected a whole number of at least ${min}, found "${raw}"`);
	return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
	const raw = env[name]?.toLowerCase();
	if (raw === undefined || raw === '') return fallback;
	if (['1', 'true', 'yes'].includes(raw)) return true;
	if (['0', 'false', 'no'].includes(raw)) return false;
	throw new Error(`${name}: expected true or false, found "${env[name]}"`);
}

/**
 * SMTP_URL (`smtp://user:pass@host:587`, `smtps://…:465`) or SMTP_HOST, SMTP_PORT, SMTP_SECURE
 * (TLS from the first byte; otherwise STARTTLS when offered, required with SMTP_REQUIRE_TLS),
 * SMTP_USER, SMTP_PASS. Pooled: CANHBAO_DIGEST_CONNECTIONS connections at most, and at most
 * CANHBAO_DIGEST_RATE messages a second across them (0: no limit).
 */
export function smtpSettings(env: Env, overrides: { connections?: number; rate?: number } = {}): SmtpSettings {
	const connections = overrides.connections ?? int(env, 'CANHBAO_DIGEST_CONNECTIONS', 3, 1);
	const rate = overrides.rate ?? int(env, 'CANHBAO_DIGEST_RATE', 0, 0);
	const pool: Partial<SMTPPool.Options> = {
		pool: true,
		maxConnections: connections,
		maxMessages: 1000,
		...(rate > 0 ? { rateDelta: 1000, rateLimit: rate } : {}),
		connectionTimeout: 30_000,
		greetingTimeout: 30_000,
		socketTimeout: 60_000,
		tls: { rejectUnauthorized: bool(env, 'SMTP_TLS_REJECT_UNAUTHORIZED', true) },
	};
	if (env.SMTP_URL) {
		let url: URL;
		try {
			url = new URL(env.SMTP_URL);
		} catch {
			throw new Error('SMTP_URL: expected an address such as smtp://user:password@mail.example.gov.vn:587');
		}
		if (!/^smtps?:$/.test(url.protocol)) throw new Error(`SMTP_URL: expected smtp:// or smtps://, found "${url.protocol}//"`);
		return {
			options: { ...pool, url: env.SMTP_URL } as SMTPPool.Options,
			describe: `${url.protocol}//${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`,
		};
	}
	const host = env.SMTP_HOST;
	if (!host) throw new Error('SMTP_HOST (or SMTP_URL) is not set; expected the mail server, e.g. SMTP_HOST=mail.hatinh.gov.vn');
	const secure = bool(env, 'SMTP_SECURE', false);
	const port = int(env, 'SMTP_PORT', secure ? 465 : 587, 1);
	if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASS)) throw new Error('SMTP_USER and SMTP_PASS: set both or neither');
	return {
		options: {
			...pool,
			host,
			port,
			secure,
			requireTLS: bool(env, 'SMTP_REQUIRE_TLS', false),
			...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS } } : {}),
		} as SMTPPool.Options,
		describe: `${secure ? 'smtps' : 'smtp'}://${host}:${port}`,
	};
}

/** SMTP_FROM: `"Cảnh báo ATTT" <canhbao@example.gov.vn>` or a bare address. */
export function sender(env: Env): string {
	const from = env.SMTP_FROM?.trim();
	if (!from) throw new Error('SMTP_FROM is not set; expected the sender, e.g. SMTP_FROM="Cảnh báo ATTT Hà Tĩnh <canhbao@hatinh.gov.vn>"');
	if (!/^[^\s@<>]+@[^\s@<>]+$|<[^\s@<>]+@[^\s@<>]+>$/.test(from)) throw new Error(`SMTP_FROM: expected an e-mail address, found "${from}"`);
	return from;
}

export interface RetrySettings {
	/** Attempts per message for temporary failures, the first included. */
	attempts: number;
	/** First wait; doubled after each failure. */
	backoffMs: number;
}

export function retrySettings(env: Env): RetrySettings {
	return { attempts: int(env, 'CANHBAO_DIGEST_ATTEMPTS', 5, 1), backoffMs: int(env, 'CANHBAO_DIGEST_BACKOFF_MS', 2000, 0) };
}
