import { z } from 'astro/zod';
import { email, lifetime, registryId, webUrl } from './common.ts';

/**
 * A recipient ("Kính gửi", đơn vị nhận): an organisation, or a group of organisations that a
 * dispatch addresses as one ("Các sở, ban, ngành, đoàn thể cấp tỉnh").
 * One entry of `content/recipients.yaml`.
 */
export const recipientSchema = z
	.object({
		/** Stable identifier used in advisories and URLs (`/don-vi/<id>/`). Never reuse an old id. */
		id: registryId,
		/** Full name as written in a dispatch, e.g. "Sở Y tế" or "UBND các huyện, thành phố, thị xã". */
		name: z.string().min(1),
		/** Short name for tight places (tables, cards), e.g. "Sở TT&TT". Defaults to `name`. */
		shortName: z.string().min(1).optional(),
		/**
		 * Other spellings dispatches use for it, which import matches, e.g. "Các sở, ban, ngành cấp tỉnh".
		 * Unique (ignoring case, diacritics and punctuation) among the entries that exist on a date.
		 */
		aliases: z.array(z.string().min(1)).optional(),
		/** `group` addresses many organisations at once; `organisation` is a single agency. */
		type: z.enum(['group', 'organisation']),
		/**
		 * Groups this recipient belongs to: anything sent to such a group reaches it too
		 * ("Sở Y tế" is a member of "Các sở, ban, ngành").
		 */
		memberOf: z.array(registryId).default([]),
		/** Contact e-mail for reports back to the Department. */
		email: email.optional(),
		/** Official website. */
		website: webUrl.optional(),
		...lifetime,
	})
	.strict();

export type Recipient = z.output<typeof recipientSchema>;
