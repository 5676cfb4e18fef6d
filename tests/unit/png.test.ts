import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/lib/outputs/cards/png.ts';

/** A test image with every byte position telling: a gradient, a flat area and a half-transparent column. */
function pixels(width: number, height: number): Uint8Array {
	const data = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 4;
			data.set([(x * 37) & 255, (y * 91) & 255, x < width / 2 ? 200 : (x + y) & 255, x === 0 ? 128 : 255], i);
		}
	return data;
}

describe('PNG writer', () => {
	it('writes pixels a PNG decoder reads back unchanged, at any size', async () => {
		for (const [width, height] of [
			[1, 1],
			[7, 3],
			[64, 65],
		]) {
			const source = pixels(width, height);
			const decoded = PNG.sync.read(await encodePng(source, width, height));
			expect([decoded.width, decoded.height]).toEqual([width, height]);
			expect(Buffer.from(decoded.data).equals(Buffer.from(source))).toBe(true);
		}
	});

	it('encodes the same pixels the same way, also while other images are being encoded', async () => {
		const [small, , again] = await Promise.all([
			encodePng(pixels(5, 5), 5, 5),
			encodePng(pixels(40, 30), 40, 30),
			encodePng(pixels(5, 5), 5, 5),
		]);
		expect(again.equals(small)).toBe(true);
		expect(PNG.sync.read(small).width).toBe(5);
	});

	it('refuses pixels that do not match the size', async () => {
		await expect(encodePng(new Uint8Array(10), 2, 2)).rejects.toThrow(/10 bytes of pixels for 2×2 \(expected 16\)/);
		await expect(encodePng(new Uint8Array(0), 0, 0)).rejects.toThrow(/bad size/);
	});
});
