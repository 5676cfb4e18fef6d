import { z } from 'astro/zod';
import { lifetime, registryId, webUrl } from './common.ts';

/**
 * An authority (cơ quan ban hành / nguồn): an issuer of advisories or the source of a document
 * an advisory relays, from the national monitoring centre (NCSC) down to the provincial
 * Department. One entry of `content/authorities.yaml`.
 */
export const authoritySchema = z
	.object({
		/** Stable identifier used in advisories and URLs (`/co-quan/<id>/`). */
		id: registryId,
		/** Full name, e.g. "Trung tâm Giám sát an toàn không gian mạng quốc gia". */
		name: z.string().min(1),
		/** Abbreviation readers know it by, e.g. "NCSC", "VNCERT". Defaults to `name`. */
		shortName: z.string().min(1).optional(),
		/**
		 * Other names documents give it, which import matches, e.g. "Cục ATTT" or "Bộ TT&TT".
		 * Unique (ignoring case, diacritics and punctuation) among the entries that exist on a date.
		 */
		aliases: z.array(z.string().min(1)).optional(),
		/** Where it sits: national bodies relay to the province, provincial ones issue to agencies. */
		level: z.enum(['national', 'provincial']),
		/** Id of the authority it belongs to (NCSC belongs to the national security authority). */
		parent: registryId.optional(),
		/**
		 * The issuer block printed top left of its documents, one line each, as Nghị định
		 * 30/2020/NĐ-CP lays it out: the superior body first, then the issuer in capitals
		 * (["UBND TỈNH HÀ TĨNH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"]). Defaults to `name` in capitals.
		 */
		headerLines: z.array(z.string().min(1)).min(1).optional(),
		/** One or two sentences on what it does, shown on its page. */
		description: z.string().optional(),
		/** Official website. */
		website: webUrl.optional(),
		...lifetime,
	})
	.strict();

export type Authority = z.output<typeof authoritySchema>;
