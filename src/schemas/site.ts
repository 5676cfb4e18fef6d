import { z } from 'astro/zod';
import { email, webUrl } from './common.ts';

/** A way to report an incident to the Department or a national body. */
export const contactPointSchema = z
	.object({
		/** Who answers, e.g. "Đội ứng cứu sự cố an toàn thông tin mạng tỉnh". */
		name: z.string().min(1),
		/** When to use this contact, e.g. "Sự cố khẩn cấp, 24/7". */
		purpose: z.string().min(1).optional(),
		/** Telephone number as it should be dialled and read. */
		phone: z
			.string()
			.regex(/^[+\d][\d .()-]{5,}$/, 'expected a telephone number such as "0239 3 888 999"')
			.optional(),
		/** E-mail address. */
		email: email.optional(),
		/** Web form or page. */
		url: webUrl.optional(),
	})
	.strict()
	.refine((c) => c.phone || c.email || c.url, 'expected at least one of phone, email or url');

/** Site settings, `content/site.yaml`. Unknown keys are errors: a typo must not pass silently. */
export const siteSchema = z
	.object({
		/** Site name in the header and page titles. */
		name: z.string().min(1),
		/** One line under the name. */
		tagline: z.string().min(1),
		/** Province the site serves, e.g. "Hà Tĩnh". */
		province: z.string().min(1),
		/** The Department that runs the site and relays the warnings. */
		operator: z.string().min(1),
		/**
		 * Public address of the site, with any sub-path (`https://canhbao.hatinh.gov.vn/` or
		 * `https://example.gov.vn/canh-bao/`). Feeds and cards need absolute links.
		 */
		baseUrl: webUrl.refine((u) => u.endsWith('/'), 'expected the address to end with "/"'),
		/** Contact points listed on the incident-report page, most urgent first. */
		incidentContacts: z.array(contactPointSchema).min(1),
		/**
		 * Where agencies send completion reports of advisories (the checklist's e-mail draft).
		 * Defaults to the first incident contact with an e-mail address.
		 */
		reportEmail: email.optional(),
		/** What a report of an incident should contain, one line per item. */
		incidentChecklist: z.array(z.string().min(1)).min(1),
		/** Address printed in the footer. */
		address: z.string().min(1),
		/**
		 * Where agencies write to subscribe to e-mail digests, change or leave them. Shown on the
		 * subscription page; digests use it as their "mailto" unsubscribe address.
		 */
		subscriptionEmail: email.optional(),
	})
	.strict();

export type SiteSettings = z.output<typeof siteSchema>;
