import { z } from 'astro/zod';
import { isoDate, registryId, webUrl } from './common.ts';
import { documentNumber } from './document-number.ts';

export const advisoryKinds = ['directive', 'vulnerability', 'malware', 'data-leak', 'incident', 'other'] as const;
export const severities = ['low', 'medium', 'high', 'critical'] as const;
export const statuses = ['active', 'superseded', 'closed'] as const;
export const actionRoles = ['all', 'leaders', 'it-security'] as const;
export const indicatorTypes = ['ip', 'domain', 'url', 'hash', 'email'] as const;

/** An action (việc cần làm): one numbered item of the dispatch that someone must carry out. */
export const actionSchema = z
	.object({
		/**
		 * Stable identifier within the advisory (`ra-soat-lo-hong`). Checklist ticks and reports are
		 * keyed by it, so keep it when the wording changes.
		 */
		id: registryId,
		/** What must be done, as the dispatch words it. */
		text: z.string().min(1),
		/**
		 * Heading of the numbered item this action belongs to, when the dispatch lists several
		 * actions under one item ("Giao Sở Thông tin và Truyền thông:" followed by `-` lines).
		 * Consecutive actions with the same heading print as one numbered item, each a line of it.
		 */
		heading: z.string().min(1).optional(),
		/** Sub-items that belong to this action (the `-` or `a)` lines under a numbered item). */
		steps: z.array(z.string().min(1)).default([]),
		/**
		 * Recipient ids that must carry it out ("Giao Sở Thông tin và Truyền thông"). Each must be
		 * one of the advisory's recipients or a member of one. Empty means every recipient.
		 */
		assignees: z.array(registryId).default([]),
		/** Who in an agency does it: its leaders, its IT-security staff, or all staff. */
		role: z.enum(actionRoles).default('all'),
		/** Deadline ("trước ngày 31/01/2019"), if the dispatch sets one. */
		due: isoDate.optional(),
	})
	.strict();

/**
 * The own id of an upstream advisory that is not a Vietnamese dispatch: a CSAF tracking id
 * ("cisco-sa-20240424-asaftd-websrvs-dos", "RHSA-2024:1234") or a CVE id ("CVE-2024-3400").
 */
const upstreamId = z.string().regex(/^(?=.*\d)[A-Za-z][A-Za-z0-9._:/-]{2,99}$/);

/** An upstream document this advisory relays or implements (the chain from NCSC to the province). */
export const relaySchema = z
	.object({
		/** Its document number, e.g. "4327/BTTTT-CATTT"; or the id a CSAF document or CVE record gives itself ("cisco-sa-20240424-asaftd"). */
		number: z.union([documentNumber, upstreamId], {
			error:
				'expected a document number such as "4327/BTTTT-CATTT", or an upstream advisory id such as "cisco-sa-20240424-asaftd" or "CVE-2024-3400"',
		}),
		/** Its issue date. */
		issued: isoDate,
		/** Authority id of its issuer. */
		issuer: registryId,
		/** Its subject (trích yếu), without the leading "V/v". */
		subject: z.string().min(1).optional(),
		/** Where the original can be read. */
		url: webUrl.optional(),
	})
	.strict();

/** A product the advisory concerns. */
export const productSchema = z
	.object({
		/** Maker, e.g. "Microsoft". */
		vendor: z.string().min(1),
		/** Product name, e.g. "Exchange Server". */
		product: z.string().min(1),
		/** Affected versions as the source states them, e.g. "2016 CU23, 2019 trước CU14". */
		versions: z.string().min(1).optional(),
		/** Version or update that fixes it. */
		fixed: z.string().min(1).optional(),
	})
	.strict();

/** An indicator of compromise. Always shown defanged (`203.0.113[.]7`, `hxxps://…`). */
export const indicatorSchema = z
	.object({
		/** What the value is. */
		type: z.enum(indicatorTypes),
		/** The indicator itself, written plainly (not defanged); the site defangs it. */
		value: z.string().min(1),
		/** What it is used for, e.g. "máy chủ điều khiển (C2)". */
		note: z.string().min(1).optional(),
	})
	.strict();

/** A file that comes with the dispatch. */
export const attachmentSchema = z
	.object({
		/** What it is, e.g. "Danh sách địa chỉ IP độc hại". */
		title: z.string().min(1),
		/** Where it is: a site path (`/tep/…`) or an absolute web address. */
		url: z.union([webUrl, z.string().regex(/^\/[^/]/)], {
			error: 'expected a site path starting with / (a file under public/) or an address starting with http:// or https://',
		}),
		/** SHA-256 of the file, in hex, so a reader can check the copy is the signed original, e.g. "9f86d081884c7d65…" (64 digits). */
		sha256: z
			.string()
			.regex(/^[0-9a-f]{64}$/, { error: 'expected the SHA-256 as 64 lower-case hex digits' })
			.optional(),
	})
	.strict();

/** Who signed the dispatch, as the signature block prints it. */
export const signerSchema = z
	.object({
		/** Name of the person who signed. */
		name: z.string().min(1),
		/**
		 * Lines above the name, top to bottom: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH".
		 */
		titleLines: z.array(z.string().min(1)).min(1),
	})
	.strict();

/**
 * An advisory (cảnh báo): one official dispatch, in `content/advisories/<year>/<slug>.mdx`.
 * The MDX body holds the dispatch's text; these frontmatter fields hold its structure.
 */
export const advisorySchema = z
	.object({
		/** Document number as printed after "Số:", e.g. "357/UBND-KGVX". Unique per issuer and year. */
		number: documentNumber,
		/** Issue date. */
		issued: isoDate,
		/** Place written before the date ("Hà Tĩnh, ngày …"). */
		place: z.string().min(1),
		/** Authority id of the issuer. */
		issuer: registryId,
		/** Subject (trích yếu) without the leading "V/v"; the page title. */
		subject: z.string().min(1),
		/** One or two plain sentences for listings, feeds and search results. */
		summary: z.string().min(1),
		/** What sort of warning it is. */
		kind: z.enum(advisoryKinds),
		/** How serious it is for the recipients. */
		severity: z.enum(severities),
		/** `active` while it applies; `superseded` when a later advisory replaces it; `closed` when it no longer applies. */
		status: z.enum(statuses).default('active'),
		/** First day it applies. Defaults to `issued`. */
		validFrom: isoDate.optional(),
		/** Last day it applies, if it sets one (the end of a holiday period). */
		validUntil: isoDate.optional(),
		/** Id (`<year>/<slug>`) of the advisory that replaces it. Required when status is `superseded`. */
		supersededBy: z
			.string()
			.regex(/^\d{4}\/[a-z0-9-]+$/, 'expected an advisory id such as "2024/45-stttt-cntt"')
			.optional(),
		/** Last substantive edit after publication; feeds show the advisory as updated. */
		updated: isoDate.optional(),
		/** Recipient ids from "Kính gửi", in the dispatch's order. */
		recipients: z.array(registryId).min(1, 'expected at least one recipient ("Kính gửi")'),
		/** Upstream documents it relays, from the original source to the one it directly implements. */
		relays: z.array(relaySchema).default([]),
		/** The numbered actions, in the dispatch's order; printed after the body. */
		actions: z.array(actionSchema).default([]),
		/**
		 * The paragraph that follows the numbered actions in the dispatch ("Yêu cầu các địa phương,
		 * đơn vị triển khai thực hiện nghiêm túc…"), printed after them.
		 */
		closing: z.string().min(1).optional(),
		/** CVE ids, e.g. "CVE-2023-23397". */
		cves: z.array(z.string().regex(/^CVE-\d{4}-\d{4,}$/, 'expected a CVE id such as "CVE-2023-23397"')).default([]),
		/** Affected products. */
		products: z.array(productSchema).default([]),
		/** Indicators of compromise. */
		indicators: z.array(indicatorSchema).default([]),
		/** "Nơi nhận" (the CC list) line by line, as printed: "Như trên;", "Lưu: VT, KGVX.". */
		cc: z.array(z.string().min(1)).default([]),
		/** Signature block. */
		signer: signerSchema,
		/** Files that come with it. */
		attachments: z.array(attachmentSchema).default([]),
		/** Free keywords for search ("tết", "exchange"). */
		tags: z.array(z.string().min(1)).default([]),
	})
	.strict();

export type Advisory = z.output<typeof advisorySchema>;
export type Action = z.output<typeof actionSchema>;
export type AdvisoryKind = (typeof advisoryKinds)[number];
export type Severity = (typeof severities)[number];
export type Status = (typeof statuses)[number];
export type ActionRole = (typeof actionRoles)[number];
