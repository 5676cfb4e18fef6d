/**
 * Defanging: indicators are shown so that nobody can click or paste them into a browser by
 * accident (the convention CERTs use: `203.0.113[.]7`, `hxxps://evil[.]example/x`).
 */
export type IndicatorType = 'ip' | 'domain' | 'url' | 'hash' | 'email';

export function defang(type: IndicatorType, value: string): string {
	switch (type) {
		case 'hash':
			return value;
		case 'url':
			return value
				.replace(/^http(s?):\/\//i, (_, s: string) => `hxxp${s}://`)
				.replace(/^([^/]*\/\/)?([^/?#]+)/, (_, scheme: string | undefined, host: string) => `${scheme ?? ''}${dots(host)}`);
		case 'email':
			return value.replace('@', '[@]').replace(/\.(?=[^.]*$)/, '[.]');
		default:
			return dots(value);
	}
}

function dots(host: string): string {
	// IPv6 has no dots to break; bracket the colons of its last group instead.
	if (host.includes(':') && !host.includes('.')) return host.replace(/:(?=[^:]*$)/, '[:]');
	return host.replace(/\./g, '[.]');
}
