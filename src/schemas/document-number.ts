import { z } from 'astro/zod';
import { parseDocumentNumber } from '../lib/util/document-number.ts';

/** A document number such as "357/UBND-KGVX" or "12/2020/NĐ-CP", normalised. */
export const documentNumber = z.string().transform((raw, ctx) => {
	const parsed = parseDocumentNumber(raw);
	if (!parsed) {
		ctx.addIssue({
			code: 'custom',
			message: `expected a document number such as "357/UBND-KGVX" or "12/2020/NĐ-CP", found "${raw}"`,
		});
		return z.NEVER;
	}
	return parsed.text;
});
