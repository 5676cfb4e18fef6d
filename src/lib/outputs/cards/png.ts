/**
 * Writes RGBA pixels as a PNG with node's zlib. resvg's own `asPng()` compresses hard and took a
 * third of a card's CPU (about 22 ms of 65 per card, measured), on the thread that also runs
 * satori; a card is flat colour and text, so the fastest deflate level loses little (about 75 KB
 * instead of 72) at a third of the cost, and it runs in libuv's thread pool, beside satori.
 */
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);
/** zlib's fastest level: on flat colour and text it compresses almost as well as the strongest. */
const LEVEL = 1;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Colour type 6 (truecolour with alpha), 8 bits per channel. */
const RGBA = 6;

function chunk(type: string, data: Buffer): Buffer {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'latin1');
	data.copy(out, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}

/**
 * Encodes `pixels` (width × height × 4 bytes of RGBA, row by row) without row filters: filters
 * cost more time than they save on flat images. resvg's `pixels` are premultiplied; a card has an
 * opaque background, where premultiplied and straight alpha are the same bytes.
 */
export async function encodePng(pixels: Uint8Array, width: number, height: number): Promise<Buffer> {
	const stride = width * 4;
	if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
		throw new RangeError(`encodePng: bad size ${width}×${height}`);
	if (pixels.length !== stride * height)
		throw new RangeError(`encodePng: ${pixels.length} bytes of pixels for ${width}×${height} (expected ${stride * height})`);
	const source = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.length);
	const rows = Buffer.allocUnsafe((stride + 1) * height);
	for (let y = 0; y < height; y++) {
		// Each row starts with its filter type: 0, none.
		rows[y * (stride + 1)] = 0;
		source.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8;
	header[9] = RGBA;
	// Bytes 10–12: deflate compression, adaptive filtering, no interlace; all zero.
	return Buffer.concat([
		SIGNATURE,
		chunk('IHDR', header),
		chunk('IDAT', await deflateAsync(rows, { level: LEVEL })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}
