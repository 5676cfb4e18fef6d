/**
 * A lock file beside a private append-only file (the send ledger, the report store): it holds the
 * pid of the run using the file, so two runs never append at once, and a lock left by a run that
 * was killed is taken over.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';

/**
 * Takes `lock`, or throws `${lock}: another ${user} (pid N) is using this ${what}; wait for it to
 * finish` while a live process holds it.
 */
export function takeLock(lock: string, user: string, what: string): void {
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(lock, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			return;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = Number(readLockPid(lock));
			if (holder && holder !== process.pid && alive(holder)) {
				throw new Error(`${lock}: another ${user} (pid ${holder}) is using this ${what}; wait for it to finish`);
			}
			// Left by a run that was killed (or unreadable): take it over.
			unlinkSync(lock);
		}
	}
	throw new Error(`${lock}: could not take the ${what} lock`);
}

/** Releases `lock`; one already gone is released too. */
export function releaseLock(lock: string): void {
	try {
		unlinkSync(lock);
	} catch {
		// Already gone: nothing to release.
	}
}

function readLockPid(lock: string): string {
	try {
		const fd = openSync(lock, 'r');
		const buffer = Buffer.alloc(32);
		const n = readSync(fd, buffer, 0, 32, 0);
		closeSync(fd);
		return buffer.subarray(0, n).toString().trim();
	} catch {
		return '';
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
