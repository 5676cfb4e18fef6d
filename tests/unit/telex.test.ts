import { describe, expect, it } from 'vitest';
import { exactQuery, exactTokens, telex } from '../../src/lib/util/telex.ts';

describe('Telex tokens for exact-accent matches', () => {
	it('spells every accent as letters', () => {
		expect(telex('đồng')).toBe('ddoongf');
		expect(telex('động')).toBe('ddoongj');
		expect(telex('Điều')).toBe('ddieeuf');
		expect(telex('khiển')).toBe('khieenr');
		expect(telex('mã')).toBe('max');
		expect(telex('lỗ')).toBe('loox');
		expect(telex('hổng')).toBe('hoongr');
		expect(telex('ưu')).toBe('uwu');
		expect(telex('ăn')).toBe('awn');
		expect(telex('ơi')).toBe('owi');
	});

	it('leaves unaccented words alone', () => {
		expect(telex('ma')).toBeUndefined();
		expect(telex('CVE')).toBeUndefined();
		expect(exactQuery('log4j')).toBeUndefined();
	});

	it('turns accented query words into tokens, keeping the rest', () => {
		expect(exactQuery('mã độc Log4j')).toBe('max ddoocj Log4j');
		expect(exactTokens('Mã độc, mã độc và log4j')).toBe('max ddoocj vaf');
	});
});
