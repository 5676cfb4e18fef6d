/**
 * A parsed report checked against the published catalog (what the site said each agency must do):
 * the agency exists and is not a group, still existed on the report day, and was given every
 * action it reports on; no date lies in the future or before its advisory.
 */
import type { PublishedData } from '../digest/data.ts';
import type { IsoDate } from '../util/dates.ts';
import { knownIds, type Problem } from '../util/problems.ts';
import type { ReportFile } from './file.ts';
import { lineOf } from './json-lines.ts';

export interface CheckResult {
	problems: Problem[];
	/** Accepted, but worth saying (a report made on another site). */
	warnings: Problem[];
}

/** Per published catalog: each recipient's actions as a set, for 10,000 reports a run. */
const actionSets = new WeakMap<PublishedData, Map<string, Set<string>>>();

function actionsOf(data: PublishedData, id: string): Set<string> {
	let sets = actionSets.get(data);
	if (!sets) actionSets.set(data, (sets = new Map()));
	let set = sets.get(id);
	if (!set) sets.set(id, (set = new Set(data.recipients.get(id)?.actions ?? [])));
	return set;
}

export function checkReport(report: ReportFile, data: PublishedData, today: IsoDate, file: string, text?: string): CheckResult {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const at = (path: (string | number)[]) => (text ? lineOf(text, path) : undefined);
	const add = (path: (string | number)[], field: string, message: string) => problems.push({ file, line: at(path), field, message });

	if (report.reportedAt > today) add(['reportedAt'], 'reportedAt', `${report.reportedAt} is in the future (today is ${today})`);
	const site = data.catalog.site.baseUrl;
	if (report.site && report.site !== site)
		warnings.push({
			file,
			line: at(['site']),
			field: 'site',
			message: `made on ${report.site}, not on this site (${site}); checked against this site's catalog`,
		});

	const recipient = data.recipients.get(report.recipient);
	if (!recipient) {
		const organisations = [...data.recipients.values()].filter((r) => r.type === 'organisation').map((r) => r.id);
		add(['recipient'], 'recipient', `unknown recipient "${report.recipient}"; known ids: ${knownIds(report.recipient, organisations)}`);
		return { problems, warnings };
	}
	if (recipient.type === 'group') {
		add(['recipient'], 'recipient', `"${recipient.id}" is a group (${recipient.name}); each of its members reports for itself`);
		return { problems, warnings };
	}
	if (recipient.validUntil && recipient.validUntil < report.reportedAt) {
		const next = recipient.successors.length
			? `; its successor${recipient.successors.length > 1 ? 's' : ''} ${recipient.successors.join(', ')} report${recipient.successors.length > 1 ? '' : 's'} for it`
			: '';
		add(
			['recipient'],
			'recipient',
			`"${recipient.id}" ceased on ${recipient.validUntil}, before the report date ${report.reportedAt}${next}`,
		);
	}
	const given = actionsOf(data, recipient.id);
	let early = 0;
	report.actions.forEach((a, i) => {
		const advisory = data.advisories.get(a.advisory);
		if (!advisory) {
			add(
				['actions', i, 'advisory'],
				`actions[${i}].advisory`,
				`unknown advisory "${a.advisory}"; known keys: ${knownIds(a.advisory, data.advisories.keys(), 5)}`,
			);
			return;
		}
		const key = `${a.advisory}#${a.action}`;
		if (!data.actions.has(key)) {
			add(
				['actions', i, 'action'],
				`actions[${i}].action`,
				`advisory ${advisory.number} has no action "${a.action}"; its actions: ${knownIds(
					a.action,
					advisory.actions.map((x) => x.id),
					10,
				)}`,
			);
			return;
		}
		if (!given.has(key)) {
			add(
				['actions', i, 'action'],
				`actions[${i}].action`,
				`action "${key}" was never given to ${recipient.id} (${recipient.name}); it goes to ${
					advisory.actions
						.find((x) => x.key === key)!
						.assignees.map((r) => r.id)
						.join(', ') || "the advisory's recipients"
				}`,
			);
			return;
		}
		if (report.reportedAt < advisory.issued && !early++)
			add(['reportedAt'], 'reportedAt', `${report.reportedAt} is before advisory ${advisory.number} was issued (${advisory.issued})`);
		if (a.date && a.date > today) add(['actions', i, 'date'], `actions[${i}].date`, `${a.date} is in the future (today is ${today})`);
		if (a.date && a.date < advisory.issued)
			add(['actions', i, 'date'], `actions[${i}].date`, `${a.date} is before advisory ${advisory.number} was issued (${advisory.issued})`);
		if (a.status === 'not-done' && a.date)
			add(['actions', i, 'date'], `actions[${i}].date`, 'a "not-done" action has no date; expected null');
	});
	return { problems, warnings };
}

/**
 * Whether a report mailed from `from` comes from the agency: its registered address, or an
 * address at its domain when no other agency is registered at that domain (a provincial domain
 * such as hatinh.gov.vn, shared by every department, proves nothing).
 */
export function verifySender(from: string | null, recipientId: string, data: PublishedData): boolean {
	const registered = data.recipients.get(recipientId)?.email?.toLowerCase();
	if (!from || !registered) return false;
	const address = from.toLowerCase();
	if (address === registered) return true;
	const domain = (e: string) => e.slice(e.lastIndexOf('@') + 1);
	if (domain(address) !== domain(registered)) return false;
	let sharing = 0;
	for (const r of data.recipients.values()) if (r.email && domain(r.email.toLowerCase()) === domain(registered)) sharing++;
	return sharing === 1;
}
