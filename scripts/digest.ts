/**
 * `npm run digest -- --period immediate|daily|weekly [--since YYYY-MM-DD] [--dry-run <folder>]`
 *
 * Mails each subscriber the advisories of the built site (dist/api/advisories.json) that concern
 * them and that no earlier digest brought them. Settings come from the environment (README.md,
 * "E-mail digests"); flags win. Exit codes: 0 all sent; 1 some messages failed, the run stopped
 * early, or the subscriber file has bad rows (the valid ones were still mailed); 2 bad usage.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';
import { retrySettings, sender, smtpSettings } from '../src/lib/digest/config.ts';
import { readPublished } from '../src/lib/digest/data.ts';
import { Ledger } from '../src/lib/digest/ledger.ts';
import { listIdOf } from '../src/lib/digest/message.ts';
import { editionFor } from '../src/lib/digest/select.ts';
import { runDigest, type Progress, type RunReport } from '../src/lib/digest/send.ts';
import { runReminders } from '../src/lib/digest/reminders.ts';
import { checkStorePath, readStore } from '../src/lib/reports/store.ts';
import { ceasedWarnings, frequencies, parseSubscribers, type Frequency } from '../src/lib/digest/subscribers.ts';
import { today as todayInVietnam } from '../src/lib/util/dates.ts';
import { formatProblem } from '../src/lib/util/problems.ts';
import { contentRoot } from '../src/lib/content/source-fs.ts';

const USAGE = `Usage: npm run digest -- --period immediate|daily|weekly|reminders [options]
  --period <p>          which subscribers: those who chose this frequency; reminders: every subscriber
                        whose agencies have work overdue or due within 3 days without a report (once a day)
  --reports <dir>       report store the reminders read (default: $CANHBAO_REPORTS)
  --since <YYYY-MM-DD>  include advisories changed on or after this day (default: 7 days back, 14 for weekly)
  --dry-run <folder>    write one .eml per message into the folder; send nothing, record nothing
  --subscribers <file>  subscriber file, YAML or CSV (default: $CANHBAO_SUBSCRIBERS)
  --data <file>         published data (default: $CANHBAO_OUT/api/advisories.json, else dist/api/advisories.json)
  --ledger <file>       send ledger (default: $CANHBAO_DIGEST_LEDGER, else <subscribers>.ledger.jsonl)
  --connections <n>     SMTP connections at once (default: $CANHBAO_DIGEST_CONNECTIONS or 3)
  --rate <n>            messages per second at most, 0 for no limit (default: $CANHBAO_DIGEST_RATE or 0)
  --help                show this text`;

const fail = (message: string, code = 2): never => {
	console.error(`digest: ${message}`);
	process.exit(code);
};

const { values } = (() => {
	try {
		return parseArgs({
			strict: true,
			options: {
				period: { type: 'string' },
				since: { type: 'string' },
				'dry-run': { type: 'string' },
				subscribers: { type: 'string' },
				data: { type: 'string' },
				ledger: { type: 'string' },
				connections: { type: 'string' },
				rate: { type: 'string' },
				reports: { type: 'string' },
				help: { type: 'boolean', default: false },
			},
		});
	} catch (error) {
		return fail(`${(error as Error).message}\n\n${USAGE}`);
	}
})();
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}

const env = process.env;
const reminders = values.period === 'reminders';
const period = values.period as Frequency;
if (!frequencies.includes(period) && !reminders)
	fail(`--period must be one of ${frequencies.join(', ')}${values.period ? `, found "${values.period}"` : ''}\n\n${USAGE}`);
if (values.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.since))
	fail(`--since: expected a date written YYYY-MM-DD, found "${values.since}"`);
const positive = (name: string, raw: string | undefined, min: number) => {
	if (raw === undefined) return undefined;
	const n = Number(raw);
	return Number.isInteger(n) && n >= min ? n : fail(`--${name}: expected a whole number of at least ${min}, found "${raw}"`);
};
const connections = positive('connections', values.connections, 1);
const rate = positive('rate', values.rate, 0);

const outDir = path.resolve(env.CANHBAO_OUT ?? 'dist');
const dataFile = path.resolve(values.data ?? path.join(outDir, 'api', 'advisories.json'));
const subscribersFile = values.subscribers ?? env.CANHBAO_SUBSCRIBERS;
if (!subscribersFile) fail('no subscriber file; set CANHBAO_SUBSCRIBERS or pass --subscribers <file> (see subscribers.example.yaml)');
const subscribersPath = path.resolve(subscribersFile!);
const ledgerPath = path.resolve(
	values.ledger ?? env.CANHBAO_DIGEST_LEDGER ?? subscribersPath.replace(/\.(ya?ml|csv)$/i, '') + '.ledger.jsonl',
);

// Subscriber addresses are private: they must never be published with the site or the content.
for (const [what, file] of [
	['subscriber file', subscribersPath],
	['ledger', ledgerPath],
] as const) {
	for (const [name, dir] of [
		['content', contentRoot(env)],
		['site output', outDir],
	] as const) {
		if (file === dir || file.startsWith(dir + path.sep))
			fail(`the ${what} ${file} is inside the ${name} folder ${dir}; keep it outside, it holds private addresses`);
	}
}

let data;
try {
	data = readPublished(readFileSync(dataFile, 'utf8'), path.relative(process.cwd(), dataFile));
} catch (error) {
	const e = error as NodeJS.ErrnoException;
	fail(e.code === 'ENOENT' ? `${dataFile} does not exist; build the site first (npm run build) or pass --data` : e.message);
}
data = data!;

let subscriberText = '';
try {
	subscriberText = readFileSync(subscribersPath, 'utf8');
} catch (error) {
	fail(`cannot read the subscriber file ${subscribersPath}: ${(error as Error).message}`);
}
const displayName = path.relative(process.cwd(), subscribersPath) || subscribersPath;
const { subscribers, problems } = parseSubscribers(subscriberText, displayName, data.recipients.keys());
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length)
	console.error(
		`digest: ${problems.length} bad row${problems.length === 1 ? '' : 's'} skipped; the other ${subscribers.length} subscribers are processed`,
	);

const today = todayInVietnam(env);
for (const warning of ceasedWarnings(subscribers, data.recipients, today, displayName)) console.error(`warning: ${formatProblem(warning)}`);
const edition = reminders ? { key: `reminders:${today}`, since: today } : editionFor(period, today, values.since);
const reportStore = values.reports ?? env.CANHBAO_REPORTS;
if (reminders) {
	if (!reportStore) fail('--period reminders needs the report store: set CANHBAO_REPORTS or pass --reports <dir>');
	const wrong = checkStorePath(reportStore!, [
		{ name: 'content', dir: contentRoot(env) },
		{ name: 'site output', dir: outDir },
	]);
	if (wrong) fail(wrong);
	// A mistyped path would read as "nobody reported anything" and remind everyone of everything.
	if (!existsSync(reportStore!))
		fail(
			`the report store ${path.resolve(reportStore!)} does not exist; check CANHBAO_REPORTS or --reports (create the folder if no report has come in yet)`,
		);
}
const dryRun = values['dry-run'];

let settings;
try {
	if (!env.CANHBAO_DIGEST_SECRET)
		console.error('digest: CANHBAO_DIGEST_SECRET is not set; unsubscribe tokens can be worked out by anyone who knows an address');
	if (!env.CANHBAO_UNSUBSCRIBE_URL)
		console.error('digest: CANHBAO_UNSUBSCRIBE_URL is not set; messages carry no one-click unsubscribe (List-Unsubscribe-Post)');
	settings = {
		message: { from: sender(env), unsubscribeUrl: env.CANHBAO_UNSUBSCRIBE_URL, secret: env.CANHBAO_DIGEST_SECRET || listIdOf(data) },
		retry: retrySettings(env),
		smtp: dryRun ? undefined : smtpSettings(env, { connections, rate }),
	};
} catch (error) {
	fail((error as Error).message);
}
settings = settings!;

if (settings.message.unsubscribeUrl && !/^https:\/\/.+\{token\}/.test(settings.message.unsubscribeUrl)) {
	fail(`CANHBAO_UNSUBSCRIBE_URL: expected an https:// address containing {token}, found "${settings.message.unsubscribeUrl}"`);
}

const ledger = dryRun
	? Ledger.read(ledgerPath)
	: (() => {
			try {
				return Ledger.open(ledgerPath);
			} catch (error) {
				return fail((error as Error).message, 1);
			}
		})();
if (ledger.skippedLines.length)
	console.error(`digest: ${ledgerPath}: ignored unreadable line(s) ${ledger.skippedLines.join(', ')} (a run killed mid-write)`);

// Ctrl-C or a stop from CI: finish the messages in flight, record them, then stop.
let stopping: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		if (stopping) process.exit(130);
		stopping = signal;
		console.error(`\ndigest: ${signal}: finishing the messages in flight, then stopping; run again to send the rest`);
	});
}

const progress = progressPrinter();
const transport = settings.smtp ? nodemailer.createTransport(settings.smtp.options) : undefined;
const eml = dryRun ? nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }) : undefined;
let written = 0;
if (dryRun) mkdirSync(dryRun, { recursive: true });
console.error(
	`digest: ${edition.key}, ${reminders ? 'work due by then without a report' : `changes since ${edition.since}`}; ${dryRun ? `dry run into ${dryRun}` : `sending through ${settings.smtp!.describe}`}`,
);

let report: RunReport;
try {
	const common = {
		data,
		subscribers,
		ledger,
		message: settings.message,
		concurrency: dryRun ? 1 : (settings.smtp!.options.maxConnections ?? 3),
		retry: settings.retry,
		transport,
		shouldStop: () => stopping !== undefined,
		onProgress: progress.update,
	};
	// Dry run: the same pipeline as sending (list headers are added there), into a buffer.
	const writeEml = async (message: { mail: import('nodemailer/lib/mailer').Options }, key: string) => {
		const raw = (await eml!.sendMail(message.mail)).message as Buffer;
		writeFileSync(path.join(dryRun!, `${String(++written).padStart(5, '0')}-${key.replace(/[^a-z0-9@._-]/gi, '_')}.eml`), raw);
	};
	report = reminders
		? await runReminders({
				...common,
				stored: readStore(reportStore!).reports,
				today,
				deliver: (message, r) => writeEml(message, r.subscriber.key),
			})
		: await runDigest({
				...common,
				edition: edition as ReturnType<typeof editionFor>,
				deliver: (message, digest) => writeEml(message, digest.subscriber.key),
			});
} finally {
	transport?.close();
	ledger.close();
}
progress.done();

const failures = report.failures;
const left = report.total - report.sent - report.failed;
const summary = [
	`${report.sent} ${dryRun ? 'written' : 'sent'}`,
	`${failures.length} failed`,
	`${report.alreadySent} already sent earlier`,
	`${report.nothingNew} with nothing new`,
	...(report.retries ? [`${report.retries} retries`] : []),
	...(left > 0 ? [`${left} left for the next run`] : []),
];
console.log(`digest ${edition.key}: ${report.subscribers} subscribers: ${summary.join(', ')}`);
for (const f of failures)
	console.log(
		`  failed ${f.to}: ${f.code ?? 'no reply'} ${f.response}${f.temporary ? ' (temporary; retried, will be tried again next run)' : ''}`,
	);
if (report.aborted) console.error(`digest: stopped early: ${report.aborted}`);
process.exitCode = failures.length || report.aborted || left > 0 || problems.length ? 1 : 0;
if (stopping) process.exitCode = 130;

/** "sent 120/10000" on one updating line on a terminal; a line every 10 % or 5 s in CI logs. */
function progressPrinter() {
	const tty = process.stderr.isTTY;
	let lastLine = 0;
	let lastShare = -1;
	let lastTime = 0;
	const line = (p: Progress) =>
		`digest: ${dryRun ? 'written' : 'sent'} ${p.sent}/${p.total}${p.failed ? `, ${p.failed} failed` : ''}${p.retries ? `, ${p.retries} retries` : ''}`;
	return {
		update(p: Progress) {
			const now = Date.now();
			if (tty) {
				if (now - lastLine < 100 && p.sent + p.failed < p.total) return;
				lastLine = now;
				process.stderr.write(`\r${line(p)}\u001b[K`);
				return;
			}
			const share = p.total ? Math.floor(((p.sent + p.failed) / p.total) * 10) : 10;
			if (share !== lastShare || now - lastTime > 5000) {
				lastShare = share;
				lastTime = now;
				console.error(line(p));
			}
		},
		done() {
			if (tty) process.stderr.write('\n');
		},
	};
}
