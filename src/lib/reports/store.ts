/**
 * The private report store: a folder outside content/ and dist/ holding `reports.jsonl`, one
 * accepted report a line, never rewritten. Nothing is ever replaced, so the history of every
 * agency's reports is kept; which report counts is decided when reading (status.ts). A report
 * is identified by a digest of its content, so importing the same file twice stores it once.
 *
 * Each import appends its new lines in one write and fsyncs; a run killed mid-write leaves a
 * torn last line, which the next open drops. A lock file keeps two imports apart.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { releaseLock, takeLock } from '../util/lock-file.ts';
import type { ReportFile } from './file.ts';

export interface StoredReport {
	/** SHA-256 of the report's content: the same report always has the same id. */
	id: string;
	/** When it was imported (ISO timestamp). */
	importedAt: string;
	/** Where it came from: a file, or an e-mail and its attachment. */
	source: string;
	/** Sender of the e-mail that carried it; null for a file handed over directly. */
	from: string | null;
	/** Sent from the agency's registered address (or its own domain), or handed over by a trusted channel. */
	verified: boolean;
	report: ReportFile;
}

export const STORE_FILE = 'reports.jsonl';

/** The id of a report: its content with keys in a fixed order, so formatting does not matter. */
export function reportId(report: ReportFile): string {
	const canonical = JSON.stringify({
		format: report.format,
		version: report.version,
		recipient: report.recipient,
		reportedAt: report.reportedAt,
		reporter: { name: report.reporter.name, contact: report.reporter.contact },
		site: report.site,
		build: report.build,
		actions: report.actions.map((a) => [a.advisory, a.action, a.status, a.note, a.date]),
	});
	return createHash('sha256').update(canonical).digest('hex');
}

/** Refuses a store inside a folder that is published or committed. */
export function checkStorePath(store: string, forbidden: { name: string; dir: string }[]): string | undefined {
	const resolved = path.resolve(store);
	for (const { name, dir } of forbidden) {
		const d = path.resolve(dir);
		if (resolved === d || resolved.startsWith(d + path.sep) || d.startsWith(resolved + path.sep)) {
			return `the report store ${resolved} is inside (or holds) the ${name} folder ${d}; keep it outside, reports are private`;
		}
	}
	return undefined;
}

export interface StoreContents {
	reports: StoredReport[];
	/** Lines that could not be read. */
	skippedLines: number[];
}

/** Reads every stored report, oldest first. A missing store is empty. */
export function readStore(dir: string): StoreContents {
	const file = path.join(dir, STORE_FILE);
	const reports: StoredReport[] = [];
	const skippedLines: number[] = [];
	if (!existsSync(file)) return { reports, skippedLines };
	const text = readFileSync(file, 'utf8');
	const lines = text.split('\n');
	if (!text.endsWith('\n') && text) (lines.pop(), skippedLines.push(lines.length + 1));
	lines.forEach((line, i) => {
		if (!line) return;
		try {
			reports.push(JSON.parse(line) as StoredReport);
		} catch {
			skippedLines.push(i + 1);
		}
	});
	return { reports, skippedLines };
}

export class ReportStore {
	readonly dir: string;
	readonly file: string;
	private readonly lock: string;
	private readonly fd: number;
	private readonly ids = new Set<string>();
	readonly repairedTornLine: boolean;

	private constructor(dir: string) {
		this.dir = path.resolve(dir);
		this.file = path.join(this.dir, STORE_FILE);
		this.lock = path.join(this.dir, `${STORE_FILE}.lock`);
		mkdirSync(this.dir, { recursive: true, mode: 0o700 });
		takeLock(this.lock, 'reports import', 'store');
		try {
			this.fd = openSync(this.file, 'a+', 0o600);
			const text = readFileSync(this.file, 'utf8');
			this.repairedTornLine = text.length > 0 && !text.endsWith('\n');
			if (this.repairedTornLine) {
				ftruncateSync(this.fd, Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1)));
				fsyncSync(this.fd);
			}
			for (const r of readStore(this.dir).reports) this.ids.add(r.id);
		} catch (error) {
			releaseLock(this.lock);
			throw error;
		}
	}

	static open(dir: string): ReportStore {
		return new ReportStore(dir);
	}

	has(id: string): boolean {
		return this.ids.has(id);
	}

	/** Appends the reports in one write and fsyncs; returns once they are on disk. */
	append(reports: StoredReport[]): void {
		const fresh = reports.filter((r) => !this.ids.has(r.id));
		if (!fresh.length) return;
		const buffer = Buffer.from(fresh.map((r) => `${JSON.stringify(r)}\n`).join(''));
		let written = 0;
		while (written < buffer.length) written += writeSync(this.fd, buffer, written, buffer.length - written);
		fsyncSync(this.fd);
		for (const r of fresh) this.ids.add(r.id);
	}

	close(): void {
		closeSync(this.fd);
		releaseLock(this.lock);
	}
}
