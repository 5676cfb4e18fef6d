/**
 * Turns a structured upstream advisory (./upstream.ts) into the skeleton of the Department's own
 * advisory relaying it: issued by the Department, in Vietnamese where the text is ours, with the
 * source's text kept and marked "[Cần dịch]" for the editor to translate, and every default
 * listed to check. It passes `validate` once the unmatched names are chosen.
 */
import type { AdvisoryKind, Severity } from '../../../schemas/advisory.ts';
import type { Frontmatter } from '../advisory-file.ts';
import { addDays, formatLongDate, type IsoDate } from '../../util/dates.ts';
import { parseDocumentNumber, slugify } from '../../util/document-number.ts';
import type { AdvisoryDraft, Note, Registries } from '../dispatch/draft.ts';
import { NameIndex } from '../dispatch/names.ts';
import type { AdvisoryInput } from '../../model/catalog.ts';
import { existedOn } from '../../model/registry.ts';
import type { UpstreamAdvisory } from './upstream.ts';

export const TRANSLATE = '[Cần dịch]';

export interface RelayOptions {
	/** The Department's authority id (default: the authority named like the site's operator). */
	issuer?: string;
	number?: string;
	issued: IsoDate;
	kind?: AdvisoryKind;
	severity?: Severity;
	/** The site's operator ("Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"), to find the Department. */
	operator?: string;
	advisories: readonly AdvisoryInput[];
}

const SOURCE_NAME: Record<UpstreamAdvisory['kind'], string> = {
	csaf: 'khuyến cáo bảo mật (CSAF)',
	cve: 'bản ghi lỗ hổng CVE',
	kev: 'danh mục lỗ hổng đã bị khai thác (KEV)',
};

export function severityOf(up: UpstreamAdvisory): Severity {
	if (up.score !== undefined) return up.score >= 9 ? 'critical' : up.score >= 7 ? 'high' : up.score >= 4 ? 'medium' : 'low';
	return up.knownExploited ? 'high' : 'medium';
}

export type RelayResult = { ok: true; draft: AdvisoryDraft } | { ok: false; message: string };

export function draftRelay(up: UpstreamAdvisory, registries: Registries, options: RelayOptions): RelayResult {
	const checks: Note[] = [];
	const unmatched: Note[] = [];
	const authorities = new NameIndex(registries.authorities, registries.province);
	const mark = (text: string) => (up.lang.startsWith('vi') ? text : `${TRANSLATE} ${text}`);

	// The Department: given, or the provincial authority named like the site's operator.
	const department = options.issuer
		? registries.authorities.find((a) => a.id === options.issuer)
		: ((options.operator ? authorities.find(options.operator, options.issued).entry : undefined) ??
			registries.authorities.find((a) => a.level === 'provincial' && existedOn(a, options.issued)));
	if (!department)
		return {
			ok: false,
			message: options.issuer
				? `--issuer "${options.issuer}" is not in authorities.yaml`
				: 'cannot tell which authority is the Department; give --issuer <id>',
		};

	const latest = options.advisories
		.filter((a) => a.data.issuer === department.id)
		.sort((a, b) => b.data.issued.localeCompare(a.data.issued) || b.data.number.localeCompare(a.data.number, 'vi', { numeric: true }))[0];
	let number = options.number && parseDocumentNumber(options.number)?.text;
	if (options.number && !number)
		return { ok: false, message: `--number "${options.number}" is not a document number; expected one such as 45/SKHCN-CĐS` };
	if (!number) {
		const previous = latest && parseDocumentNumber(latest.data.number);
		if (!previous)
			return {
				ok: false,
				message: `${department.id} has no advisory yet to take the next number from; give the Department's document number with --number, e.g. --number 45/SKHCN-CĐS`,
			};
		// Numbers in the same year are taken in turn; the next one is a guess the văn thư confirms.
		const sameYear = options.advisories
			.filter((a) => a.data.issuer === department.id && a.data.issued.slice(0, 4) === options.issued.slice(0, 4))
			.map((a) => Number(parseDocumentNumber(a.data.number)?.sequence))
			.filter(Number.isFinite);
		number = `${(sameYear.length ? Math.max(...sameYear) : 0) + 1}/${previous.code}`;
		checks.push({
			path: ['number'],
			message: `"${number}" is the next free number after the Department's advisories of ${options.issued.slice(0, 4)} (--number sets it); use the number the dispatch is registered under`,
		});
	}

	const publisher = authorities.find(up.publisher, up.issued).entry;
	const publisherId = publisher?.id ?? (slugify(up.publisher) || 'khong-ro');
	if (!publisher) {
		const suggestions = authorities.suggest(up.publisher, up.issued);
		unmatched.push({
			path: ['relays', 0, 'issuer'],
			message: `the publisher "${up.publisher}" matches no authority in authorities.yaml; wrote "${publisherId}": ${suggestions.length ? `did you mean ${suggestions.map((s) => s.entry.id).join(', ')}? ` : ''}add it (or add "${up.publisher}" to the aliases of the right one)`,
			unmatched: { name: up.publisher, registry: 'authorities', suggestions: suggestions.map((s) => s.entry.id) },
		});
	}

	const recipients = latest?.data.recipients.length
		? latest.data.recipients
		: registries.recipients.some((r) => r.id === 'so-ban-nganh')
			? ['so-ban-nganh']
			: registries.recipients
					.filter((r) => r.type === 'group')
					.slice(0, 1)
					.map((r) => r.id);
	checks.push({
		path: ['recipients'],
		message: `taken from ${latest ? `${department.id}'s latest advisory (${latest.data.number})` : 'the registry'}; choose who must act on it`,
	});

	const kind = options.kind ?? 'vulnerability';
	const severity = options.severity ?? severityOf(up);
	if (!options.severity)
		checks.push({
			path: ['severity'],
			message: `"${severity}" was read from ${up.score !== undefined ? `the CVSS base score ${up.score}` : up.knownExploited ? 'its being exploited' : 'nothing (a default)'} (--severity sets it); check it for the province`,
		});
	if (!up.tlp && up.kind === 'csaf')
		checks.push({ path: ['relays', 0], message: 'the document carries no TLP label; make sure its publisher allows publishing it' });

	// "Example Firewall" of vendor "Example" is not "Example Example Firewall".
	const products = up.products.map((p) =>
		(p.product.toLowerCase().startsWith(p.vendor.toLowerCase()) ? p.product : `${p.vendor} ${p.product}`).trim(),
	);
	const about = products.length
		? ` trong ${[...new Set(products)].slice(0, 3).join(', ')}${products.length > 3 ? ' và các sản phẩm khác' : ''}`
		: '';
	const cves = up.cves.length ? ` (${up.cves.slice(0, 3).join(', ')}${up.cves.length > 3 ? ', …' : ''})` : '';
	const subject = `cảnh báo lỗ hổng bảo mật${about}${cves}`;
	checks.push({ path: ['subject'], message: 'written from the products and CVEs; say in Vietnamese what the warning is about' });
	checks.push({ path: ['summary'], message: 'a starting point; rewrite it as one or two plain sentences for listings, feeds and e-mail' });

	const actions: NonNullable<Frontmatter['actions']> = up.actions.slice(0, 30).map((a, i) => ({
		id: `khac-phuc-${i + 1}`,
		text: mark(a.text),
		...(a.url ? { steps: [`Hướng dẫn: ${a.url}`] } : {}),
		role: 'it-security' as const,
		...(a.dueInDays !== undefined ? { due: addDays(options.issued, a.dueInDays) } : {}),
	}));
	if (!actions.length)
		actions.push({
			id: 'ra-soat-cap-nhat',
			text: 'Rà soát, xác định các hệ thống sử dụng sản phẩm bị ảnh hưởng và cập nhật bản vá theo hướng dẫn của nhà sản xuất.',
			role: 'it-security',
		});
	if (up.actions.some((a) => a.dueInDays !== undefined))
		checks.push({
			path: ['actions', 0, 'due'],
			message: `the source gives ${up.actions.find((a) => a.dueInDays !== undefined)!.dueInDays} days to act; the deadline counts them from this advisory's date`,
		});
	if (!up.lang.startsWith('vi'))
		checks.push({
			path: ['actions'],
			message: `text marked "${TRANSLATE}" is in the source language (${up.lang}); translate it into Vietnamese`,
		});

	const body = [
		`Ngày ${formatLongDate(up.issued).replace(/^ngày /, '')}, ${up.publisher} công bố ${SOURCE_NAME[up.kind]} ${up.id}: ${mark(up.title)}.`,
		...up.notes.slice(0, 10).map(mark),
		...(up.knownExploited
			? ['Lỗ hổng đã bị khai thác trong thực tế; các cơ quan, đơn vị cần khẩn trương thực hiện các nội dung dưới đây.']
			: []),
		...up.references.slice(0, 15).map((r) => `Tham khảo: ${r.url}`),
	];

	const frontmatter: Frontmatter = {
		number,
		issued: options.issued,
		place: latest?.data.place ?? registries.province ?? 'Hà Tĩnh',
		issuer: department.id,
		subject,
		summary: `${subject[0].toUpperCase()}${subject.slice(1)}: ${actions.length} việc cần làm.`,
		kind,
		severity,
		recipients: [...recipients],
		relays: [{ number: up.id, issued: up.issued, issuer: publisherId, subject: mark(up.title), ...(up.url ? { url: up.url } : {}) }],
		actions,
		...(up.cves.length ? { cves: up.cves } : {}),
		...(up.products.length ? { products: up.products } : {}),
		signer: latest?.data.signer ?? { name: 'Chưa ký', titleLines: ['GIÁM ĐỐC'] },
	};
	if (!latest)
		checks.push({ path: ['signer'], message: 'no earlier advisory of the Department to take the signature block from; write who signs' });
	else checks.push({ path: ['signer'], message: `taken from ${latest.data.number}; check who signs this one` });
	return { ok: true, draft: { frontmatter, body, checks, unmatched } };
}
