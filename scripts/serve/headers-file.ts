/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern on its own line, then
 * indented `Name: value` lines. The test server applies it so that the browser tests run with the
 * headers production sends, and the security test reads the policy from it.
 */
export interface HeaderRule {
	pattern: string;
	headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split(/\r?\n/).forEach((line, index) => {
		if (!line.trim() || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			return;
		}
		const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
		const rule = rules.at(-1);
		if (!match || !rule) throw new Error(`_headers:${index + 1}: expected "  Name: value" under a path, got "${line.trim()}"`);
		rule.headers.push([match[1], match[2].trim()]);
	});
	return rules;
}

/** Whether `pathname` (relative to the site root, starting with `/`) matches a rule's pattern. */
export function matchesPattern(pattern: string, pathname: string): boolean {
	const regex = new RegExp(
		`^${pattern
			.split('*')
			.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+'))
			.join('.*')}$`,
	);
	return regex.test(pathname);
}

/** Every header the rules give `pathname`, in file order; later values of a name are joined. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules) {
		if (!matchesPattern(rule.pattern, pathname)) continue;
		for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
	}
	return headers;
}
