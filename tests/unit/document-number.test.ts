import { describe, expect, it } from 'vitest';
import { documentKey, foldVietnamese, parseDocumentNumber, slugFromNumber } from '../../src/lib/util/document-number.ts';

describe('document numbers', () => {
	it('parses administrative and legal numbers', () => {
		expect(parseDocumentNumber('357/UBND-KGVX')).toEqual({ text: '357/UBND-KGVX', sequence: '357', year: undefined, code: 'UBND-KGVX' });
		expect(parseDocumentNumber('12/2020/NĐ-CP')).toEqual({ text: '12/2020/NĐ-CP', sequence: '12', year: '2020', code: 'NĐ-CP' });
		expect(parseDocumentNumber('01/CT-TTg')?.code).toBe('CT-TTg');
	});

	it('normalises spacing around the separators', () => {
		expect(parseDocumentNumber(' 45 / UBND - KGVX ')?.text).toBe('45/UBND-KGVX');
	});

	it('rejects text that is not a document number', () => {
		for (const bad of ['', 'UBND-KGVX', '357', '357/', 'abc/UBND', '357/UBND KGVX', '357//UBND']) {
			expect(parseDocumentNumber(bad), bad).toBeUndefined();
		}
	});

	it('makes the file slug from the number', () => {
		expect(slugFromNumber('357/UBND-KGVX')).toBe('357-ubnd-kgvx');
		expect(slugFromNumber('12/2020/NĐ-CP')).toBe('12-2020-nd-cp');
	});

	it('keys uniqueness by issuer and year, ignoring leading zeros and case', () => {
		expect(documentKey('045/ubnd-kgvx', 'ubnd-tinh', '2019-03-01')).toBe(documentKey('45/UBND-KGVX', 'ubnd-tinh', '2019-12-31'));
		expect(documentKey('45/UBND-KGVX', 'ubnd-tinh', '2019-03-01')).not.toBe(documentKey('45/UBND-KGVX', 'ubnd-tinh', '2020-03-01'));
		expect(documentKey('45/UBND-KGVX', 'ubnd-tinh', '2019-03-01')).not.toBe(documentKey('45/UBND-KGVX', 'so-khcn', '2019-03-01'));
	});

	it('folds Vietnamese to ASCII, đ included', () => {
		expect(foldVietnamese('Đường điều khiển độc hại')).toBe('Duong dieu khien doc hai');
	});
});
