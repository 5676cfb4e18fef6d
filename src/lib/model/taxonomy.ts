/** URL segments for kinds and severities: Vietnamese words without diacritics, stable forever. */
import { advisoryKinds, severities, type AdvisoryKind, type Severity } from '../../schemas/advisory.ts';

export const kindSlug: Record<AdvisoryKind, string> = {
	directive: 'chi-dao',
	vulnerability: 'lo-hong',
	malware: 'ma-doc',
	'data-leak': 'lo-lot-du-lieu',
	incident: 'su-co',
	other: 'khac',
};

export const severitySlug: Record<Severity, string> = {
	critical: 'nghiem-trong',
	high: 'cao',
	medium: 'trung-binh',
	low: 'thap',
};

export { advisoryKinds, severities };
