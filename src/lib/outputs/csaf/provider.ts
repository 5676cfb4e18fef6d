/**
 * provider-metadata.json with every channel the site offers (CSAF 2.0 §7.1.7): the directory, the
 * ROLIE feeds beside it, and, when the build signs, the public key; the role follows from what is
 * published, so the file never claims more than the site does.
 */
import type { CatalogAdvisory } from '../../model/catalog.ts';
import { providerMetadata, type CsafContext } from './document.ts';
import type { IsoDate } from '../../util/dates.ts';
import { exportUi } from '../../../i18n/vi.ts';
import { ROLIE_CATEGORIES, ROLIE_FEED, ROLIE_SERVICE, TLP_WHITE } from './rolie.ts';
import { publicKeyPath } from './signing.ts';

export interface PublishedKey {
	fingerprint: string;
	created: Date;
}

export function csafProviderMetadata(
	advisories: CatalogAdvisory[],
	ctx: Pick<CsafContext, 'site' | 'absolute'>,
	today: IsoDate,
	key: PublishedKey | null,
) {
	const base = providerMetadata(advisories, ctx, today);
	// A new key changes this file even when no document changed: aggregators then fetch it again.
	const lastUpdated =
		key && key.created > new Date(base.last_updated) ? key.created.toISOString().replace(/\.\d{3}Z$/, 'Z') : base.last_updated;
	return {
		...base,
		last_updated: lastUpdated,
		distributions: base.distributions.map((d) => ({
			...d,
			rolie: {
				categories: [ctx.absolute(ROLIE_CATEGORIES)],
				feeds: [{ summary: exportUi.rolieFeedSummary(ctx.site.operator), tlp_label: TLP_WHITE, url: ctx.absolute(ROLIE_FEED) }],
				services: [ctx.absolute(ROLIE_SERVICE)],
			},
		})),
		...(key ? { public_openpgp_keys: [{ fingerprint: key.fingerprint, url: ctx.absolute(publicKeyPath(key.fingerprint)) }] } : {}),
		// §7.2.3: a trusted provider adds hashes, signatures and the public key (requirements 18–20).
		role: key ? 'csaf_trusted_provider' : base.role,
	};
}
