import { z } from 'astro/zod';

/**
 * A calendar date as official documents carry it, with no time of day and no time zone.
 * Accepts `2019-01-15` written plainly in YAML (some YAML parsers turn it into a Date at UTC
 * midnight) and always yields the string `YYYY-MM-DD`, so comparisons and formatting never
 * shift a day with the machine's time zone.
 */
export const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
	const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	const real = match && new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])).toISOString().slice(0, 10) === text;
	if (!real) {
		ctx.addIssue({ code: 'custom', message: `expected a date written YYYY-MM-DD, found "${text}"` });
		return z.NEVER;
	}
	return text;
});

/** Identifier of a registry entry: lower-case ASCII words joined by hyphens (`so-y-te`). */
export const registryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and hyphens, e.g. "so-y-te"');

/** A web address that a reader may follow: only http(s), never `javascript:` or `data:`. */
export const webUrl = z
	.url('expected an absolute web address starting with https://')
	.refine((url) => /^https?:\/\//i.test(url), 'expected an address starting with http:// or https://');

/** An e-mail address. */
export const email = z.email('expected an e-mail address such as ten@example.gov.vn');

/**
 * When an organisation existed. Organisations are reorganised (in 2025 departments merged and
 * the district level was abolished), so every registry entry carries a lifetime instead of being
 * deleted.
 */
export const lifetime = {
	/** First day the entry existed or acted under this name. Omit when it predates the site. */
	validFrom: isoDate.optional(),
	/** Last day the entry existed. Omit while it still exists. */
	validUntil: isoDate.optional(),
	/**
	 * Ids of the entries that took over its duties when it ceased (a merged department, the
	 * communes that replaced a district). Pages of a successor also show what its predecessors received.
	 */
	successors: z.array(registryId).default([]),
};
