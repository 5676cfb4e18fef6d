/**
 * The send ledger: one JSON line per message the SMTP server accepted (or refused for good),
 * appended and fsync'd before the sender moves on. A run killed at any point and started again
 * reads it back and skips what was sent, so every remaining message goes out exactly once.
 *
 * The only gap SMTP leaves is between the server's "250 OK" and the fsync: a kill exactly there
 * sends that one message again on resume, with the same Message-ID, so clients and servers that
 * deduplicate by Message-ID drop it.
 *
 * A lock file next to it keeps two runs from working through the same ledger at once.
 */
import { closeSync, existsSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { releaseLock, takeLock } from '../util/lock-file.ts';

export interface SentRecord {
	type: 'sent';
	messageId: string;
	to: string;
	digest: string;
	/** Advisory versions the message carried. */
	versions: string[];
	at: string;
	response: string;
}

export interface FailedRecord {
	type: 'failed';
	messageId: string;
	to: string;
	digest: string;
	at: string;
	code: number | null;
	response: string;
}

export type LedgerRecord = SentRecord | FailedRecord;

export class Ledger {
	readonly file: string;
	private readonly fd: number | undefined;
	private readonly lock: string;
	private readonly sentIds = new Set<string>();
	private readonly mailed = new Map<string, Set<string>>();
	/** Lines that could not be read (a torn last line after a crash is dropped and repaired). */
	readonly skippedLines: number[] = [];
	closed = false;

	private constructor(file: string, writable: boolean) {
		this.file = file;
		this.lock = `${file}.lock`;
		if (!writable) {
			this.fd = undefined;
			if (existsSync(file)) this.load(readFileSync(file, 'utf8'));
			return;
		}
		mkdirSync(path.dirname(file), { recursive: true });
		takeLock(this.lock, 'digest run', 'ledger');
		try {
			const created = !existsSync(file);
			this.fd = openSync(file, 'a+');
			if (created) fsyncDir(path.dirname(file));
			this.load(readFileSync(file, 'utf8'));
		} catch (error) {
			releaseLock(this.lock);
			throw error;
		}
	}

	/** Opens for sending: takes the lock, repairs a torn last line, appends from then on. */
	static open(file: string): Ledger {
		return new Ledger(path.resolve(file), true);
	}

	/** Reads without locking or writing (dry runs). A missing file is an empty ledger. */
	static read(file: string): Ledger {
		return new Ledger(path.resolve(file), false);
	}

	private load(text: string): void {
		const lines = text.split('\n');
		// A crash mid-append leaves a last line without its newline: cut it off before appending.
		if (!text.endsWith('\n') && text.length > 0) {
			if (this.fd !== undefined) {
				ftruncateSync(this.fd, Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1)));
				fsyncSync(this.fd);
			}
			this.skippedLines.push(lines.length);
			lines.pop();
		}
		lines.forEach((line, i) => {
			if (!line.trim()) return;
			try {
				this.index(JSON.parse(line) as LedgerRecord);
			} catch {
				this.skippedLines.push(i + 1);
			}
		});
	}

	private index(record: LedgerRecord): void {
		if (record.type !== 'sent') return;
		this.sentIds.add(record.messageId);
		let versions = this.mailed.get(record.to);
		if (!versions) this.mailed.set(record.to, (versions = new Set()));
		for (const v of record.versions) versions.add(v);
	}

	hasSent(messageId: string): boolean {
		return this.sentIds.has(messageId);
	}

	/** Advisory versions already mailed to this address (lower-cased), by any digest. */
	mailedTo(address: string): ReadonlySet<string> {
		return this.mailed.get(address) ?? EMPTY;
	}

	get sentCount(): number {
		return this.sentIds.size;
	}

	/** Appends and fsyncs; returns only once the record is on disk. */
	append(record: LedgerRecord): void {
		if (this.closed || this.fd === undefined) throw new Error(`${this.file}: ledger is not open for writing`);
		const line = Buffer.from(`${JSON.stringify(record)}\n`);
		let written = 0;
		while (written < line.length) written += writeSync(this.fd, line, written, line.length - written);
		fsyncSync(this.fd);
		this.index(record);
	}

	close(): void {
		if (this.closed) return;
		this.closed = true;
		if (this.fd === undefined) return;
		closeSync(this.fd);
		releaseLock(this.lock);
	}
}

const EMPTY: ReadonlySet<string> = new Set();

/** Makes a newly created file's directory entry durable too. */
function fsyncDir(dir: string): void {
	try {
		const fd = openSync(dir, 'r');
		fsyncSync(fd);
		closeSync(fd);
	} catch {
		// Some file systems refuse fsync on directories; the file's own fsync still holds.
	}
}
