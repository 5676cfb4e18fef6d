/**
 * The answers `npm run new` asks for, how each is checked (the same checks whether it came from
 * a flag or a prompt), and the frontmatter they make. Defaults come from the registries and the
 * issuer's latest advisory (place, signature block), so a routine advisory takes few keystrokes.
 */
import { advisoryKinds, severities, type AdvisoryKind, type Severity } from '../../schemas/advisory.ts';
import type { Authority } from '../../schemas/authority.ts';
import { isoDate } from '../../schemas/common.ts';
import type { Recipient } from '../../schemas/recipient.ts';
import type { AdvisoryInput } from '../model/catalog.ts';
import type { IsoDate } from '../util/dates.ts';
import { documentKey, parseDocumentNumber } from '../util/document-number.ts';
import type { Frontmatter } from './advisory-file.ts';
import { knownIds } from '../util/problems.ts';
import { RecipientRegistry } from '../model/recipients.ts';
import { existedOn } from '../model/registry.ts';
import { capitalize } from '../util/text.ts';

export interface ScaffoldContext {
	recipients: readonly Recipient[];
	authorities: readonly Authority[];
	advisories: readonly AdvisoryInput[];
	province?: string;
}

export interface ScaffoldAnswers {
	number: string;
	issued: IsoDate;
	issuer: string;
	recipients: string[];
	kind: AdvisoryKind;
	severity: Severity;
	subject: string;
	summary: string;
	place: string;
	signer: { name: string; titleLines: string[] };
}

/** Each returns a message when the answer is wrong, undefined when it is right. */
export const checks = {
	issued(value: string): string | undefined {
		const result = isoDate.safeParse(value);
		return result.success ? undefined : result.error.issues[0].message;
	},
	issuer(id: string, issued: IsoDate, ctx: ScaffoldContext): string | undefined {
		const authority = ctx.authorities.find((a) => a.id === id);
		if (!authority)
			return `unknown authority "${id}"; known ids: ${knownIds(
				id,
				ctx.authorities.map((a) => a.id),
			)}`;
		if (!existedOn(authority, issued))
			return `authority "${id}" did not exist on ${issued}${authority.successors.length ? `; use ${authority.successors.join(', ')}` : ''}`;
		return undefined;
	},
	number(value: string, issuer: string, issued: IsoDate, ctx: ScaffoldContext): string | undefined {
		const parsed = parseDocumentNumber(value);
		if (!parsed) return `"${value}" is not a document number; expected one such as 357/UBND-KGVX`;
		const key = documentKey(parsed.text, issuer, issued);
		const twin = ctx.advisories.find((a) => documentKey(a.data.number, a.data.issuer, a.data.issued) === key);
		return twin ? `${parsed.text} of ${issuer} in ${issued.slice(0, 4)} is already used by ${twin.file}` : undefined;
	},
	recipients(ids: string[], issued: IsoDate, ctx: ScaffoldContext): string | undefined {
		if (!ids.length) return 'choose at least one recipient ("Kính gửi")';
		for (const id of ids) {
			const recipient = ctx.recipients.find((r) => r.id === id);
			if (!recipient)
				return `unknown recipient "${id}"; known ids: ${knownIds(
					id,
					ctx.recipients.map((r) => r.id),
				)}`;
			if (!existedOn(recipient, issued))
				return `recipient "${id}" did not exist on ${issued}${recipient.successors.length ? `; use ${recipient.successors.join(', ')}` : ''}`;
		}
		return undefined;
	},
	kind: (value: string) =>
		advisoryKinds.includes(value as AdvisoryKind) ? undefined : `"${value}" is not a kind; expected one of ${advisoryKinds.join(', ')}`,
	severity: (value: string) =>
		severities.includes(value as Severity) ? undefined : `"${value}" is not a severity; expected one of ${severities.join(', ')}`,
	text: (value: string) => (value.trim() ? undefined : 'must not be empty'),
};

/** Issuers and recipients that existed on the day, in the order a picker shows them. */
export function choicesOn(issued: IsoDate, ctx: ScaffoldContext): { issuers: Authority[]; recipients: Recipient[] } {
	return {
		issuers: ctx.authorities
			.filter((a) => existedOn(a, issued))
			.sort((a, b) => (a.level === b.level ? 0 : a.level === 'provincial' ? -1 : 1)),
		recipients: new RecipientRegistry(ctx.recipients).sorted().filter((r) => existedOn(r, issued)),
	};
}

/** Place and signature block of the issuer's latest advisory, as defaults for the next one. */
export function previousOf(issuer: string, ctx: ScaffoldContext): { place?: string; signer?: { name: string; titleLines: string[] } } {
	const latest = ctx.advisories.filter((a) => a.data.issuer === issuer).sort((a, b) => b.data.issued.localeCompare(a.data.issued))[0];
	return { place: latest?.data.place ?? ctx.province, signer: latest?.data.signer };
}

/** A summary to start from when the editor gives none. */
export function defaultSummary(subject: string): string {
	const text = capitalize(subject.trim()).replace(/[.\s]+$/, '');
	return `${text}.`;
}

export function scaffoldFrontmatter(a: ScaffoldAnswers): Frontmatter {
	return {
		number: parseDocumentNumber(a.number)?.text ?? a.number,
		issued: a.issued,
		place: a.place,
		issuer: a.issuer,
		subject: a.subject.trim().replace(/^V\/v\s+/i, ''),
		summary: a.summary.trim(),
		kind: a.kind,
		severity: a.severity,
		recipients: a.recipients,
		signer: a.signer,
	};
}
