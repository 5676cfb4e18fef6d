import type { AstroIntegration } from 'astro';
import { expiryWarning, readSigningKey, SIGNING_KEY_ENV } from '../lib/outputs/csaf/signing.ts';

/** The build log's line on the CSAF role: which key signs, or that nothing is signed and why. */
export function csafSigningLine(fingerprint: string | null): string {
	return fingerprint
		? `CSAF: documents signed with OpenPGP key ${fingerprint}; role csaf_trusted_provider`
		: `CSAF: ${SIGNING_KEY_ENV} is not set, documents are not signed; role csaf_provider`;
}

/**
 * Reads the signing key before anything is built, so a wrong key or passphrase stops the build at
 * once with one line naming the variable, instead of failing at the first signature.
 */
export function csafSigning(): AstroIntegration {
	return {
		name: 'canhbao:csaf-signing',
		hooks: {
			'astro:config:setup': async ({ command, logger }) => {
				if (command !== 'build') return;
				const key = await readSigningKey();
				logger.info(csafSigningLine(key?.fingerprint ?? null));
				const warning = key && expiryWarning(key);
				if (warning) logger.warn(warning);
			},
		},
	};
}
