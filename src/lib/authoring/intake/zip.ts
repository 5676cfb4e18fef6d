/**
 * Checks a ZIP container (a .docx) before anything inflates it: the central directory must be
 * there, and what it says the entries expand to must stay within bounds, so a ZIP bomb is refused
 * from its directory instead of filling memory. A directory can lie, so each part is then inflated
 * here with its stated size as the most it may give (zlib stops there), before mammoth reads it.
 */
import { inflateRawSync } from 'node:zlib';
import { IntakeError } from './errors.ts';

/** What a dispatch's Word file may expand to: its XML parts together. */
export const MAX_UNZIPPED = 64 * 1024 * 1024;
/** Text compresses well, but not this well; bombs do. */
const MAX_RATIO = 200;
const MAX_ENTRIES = 2000;

export interface ZipEntry {
	name: string;
	compressed: number;
	size: number;
}

export function zipEntries(bytes: Uint8Array, file: string): ZipEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end-of-central-directory record sits in the last 22 + 65,535 bytes.
	let eocd = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
		if (view.getUint32(i, true) === 0x06054b50) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) throw new IntakeError(file, 'is not a complete Word (.docx) file: its ZIP directory is missing (truncated or not a .docx)');
	const count = view.getUint16(eocd + 10, true);
	const size = view.getUint32(eocd + 12, true);
	const offset = view.getUint32(eocd + 16, true);
	if (count > MAX_ENTRIES) throw new IntakeError(file, `holds ${count} parts; a Word file holds at most ${MAX_ENTRIES}`);
	if (offset + size > eocd)
		throw new IntakeError(file, 'is not a complete Word (.docx) file: its ZIP directory points past the data (truncated?)');
	const entries: ZipEntry[] = [];
	let at = offset;
	let total = 0;
	for (let n = 0; n < count; n++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
			throw new IntakeError(file, 'is not a complete Word (.docx) file: its ZIP directory is damaged');
		const compressed = view.getUint32(at + 20, true);
		const expanded = view.getUint32(at + 24, true);
		const nameLength = view.getUint16(at + 28, true);
		const extra = view.getUint16(at + 30, true);
		const comment = view.getUint16(at + 32, true);
		const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
		// 0xffffffff marks a ZIP64 size: no dispatch needs one.
		if (compressed === 0xffffffff || expanded === 0xffffffff)
			throw new IntakeError(file, `part ${name} is larger than 4 GB (ZIP64); refused`);
		if (expanded > 1024 * 1024 && expanded > compressed * MAX_RATIO)
			throw new IntakeError(
				file,
				`part ${name} expands ${Math.round(expanded / Math.max(1, compressed))} times (${expanded} bytes): a ZIP bomb, refused`,
			);
		total += expanded;
		if (total > MAX_UNZIPPED)
			throw new IntakeError(file, `expands to more than ${MAX_UNZIPPED / 1024 / 1024} MB; a dispatch is far smaller, refused`);
		const method = view.getUint16(at + 10, true);
		const local = view.getUint32(at + 42, true);
		entries.push({ name, compressed, size: expanded });
		checkPart(bytes, view, { name, method, local, compressed, expanded }, file);
		at += 46 + nameLength + extra + comment;
	}
	return entries;
}

/** Inflates one part no further than its stated size: more is a lie, and a bomb. */
function checkPart(
	bytes: Uint8Array,
	view: DataView,
	part: { name: string; method: number; local: number; compressed: number; expanded: number },
	file: string,
): void {
	if (part.local + 30 > bytes.length || view.getUint32(part.local, true) !== 0x04034b50)
		throw new IntakeError(file, `is not a complete Word (.docx) file: part ${part.name} is missing (truncated?)`);
	const start = part.local + 30 + view.getUint16(part.local + 26, true) + view.getUint16(part.local + 28, true);
	if (start + part.compressed > bytes.length)
		throw new IntakeError(file, `is not a complete Word (.docx) file: part ${part.name} is cut short (truncated?)`);
	const data = bytes.subarray(start, start + part.compressed);
	if (part.method === 0) {
		if (part.compressed !== part.expanded) throw new IntakeError(file, `part ${part.name} is damaged: its sizes disagree`);
		return;
	}
	if (part.method !== 8)
		throw new IntakeError(file, `part ${part.name} uses ZIP compression method ${part.method}; a Word file uses deflate`);
	let out: Buffer;
	try {
		out = inflateRawSync(data, { maxOutputLength: Math.max(1, part.expanded) + 1 });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
			throw new IntakeError(file, `part ${part.name} expands beyond the ${part.expanded} bytes its directory states: a ZIP bomb, refused`);
		throw new IntakeError(file, `part ${part.name} is damaged (${(error as Error).message}); is the file truncated?`);
	}
	if (out.length !== part.expanded)
		throw new IntakeError(file, `part ${part.name} expands beyond the ${part.expanded} bytes its directory states: a ZIP bomb, refused`);
}

export const isZip = (bytes: Uint8Array) =>
	bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
