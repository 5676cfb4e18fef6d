/**
 * Links written in advisory bodies: a link to another advisory must point at a file that exists,
 * and no link may use a scheme that runs code or smuggles content (`javascript:`, `data:`).
 * Internal links are site paths (`/canh-bao/2019/357-ubnd-kgvx/`); the build adds the base path.
 */
import type { Problem } from '../util/problems.ts';
import { knownIds } from '../util/problems.ts';

export interface AdvisoryBody {
	id: string;
	file: string;
	text: string;
	/** Line of the file the body starts on. */
	firstLine: number;
}

export interface BodyLink {
	target: string;
	line: number;
}

const PATTERNS = [
	// [text](target "title"), ![alt](target); not \[escaped](…), which renders as text.
	/(?<!\\)!?\[[^\]\n]*\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))+)>?(?:\s+["'(][^)]*)?\)/g,
	// [label]: target
	/^ {0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?=\s|$)/gm,
	// <https://…> autolinks, <a href="…"> in JSX or HTML.
	/(?<!\\)<([a-z][a-z0-9+.-]*:[^>\s]+)>/gi,
	/\bhref\s*=\s*["']([^"']+)["']/gi,
];

/** Schemes a reader may follow from an advisory. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

export function bodyLinks(text: string, firstLine: number): BodyLink[] {
	const links: BodyLink[] = [];
	for (const pattern of PATTERNS) {
		for (const m of text.matchAll(pattern)) {
			links.push({ target: m[1], line: firstLine + (text.slice(0, m.index).match(/\n/g)?.length ?? 0) });
		}
	}
	return links.sort((a, b) => a.line - b.line);
}

/** The advisory id a site path or site URL points at, or undefined when it is not an advisory link. */
export function linkedAdvisory(target: string, baseUrl?: string): string | undefined {
	let sitePath = target;
	if (baseUrl && target.startsWith(baseUrl)) sitePath = `/${target.slice(baseUrl.length)}`;
	else if (!target.startsWith('/') || target.startsWith('//')) return undefined;
	const m = /^\/canh-bao\/(\d{4})\/([^/?#]+)\/?(?:[?#].*)?$/.exec(sitePath);
	return m ? `${m[1]}/${decodeURIComponent(m[2])}` : undefined;
}

export function checkBodyLinks(bodies: readonly AdvisoryBody[], ids: Iterable<string>, baseUrl?: string): Problem[] {
	const known = new Set(ids);
	const problems: Problem[] = [];
	for (const body of bodies) {
		for (const link of bodyLinks(body.text, body.firstLine)) {
			const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(link.target)?.[1].toLowerCase();
			const report = (message: string) => problems.push({ file: body.file, line: link.line, field: 'body', message });
			if (scheme && !SAFE_SCHEMES.has(scheme)) {
				report(`link to "${link.target}" is not allowed; expected an http(s), mailto: or tel: address, or a site path such as /canh-bao/2019/357-ubnd-kgvx/`);
				continue;
			}
			const id = linkedAdvisory(link.target, baseUrl);
			if (id && !known.has(id)) {
				report(`link to "${link.target}" points at no advisory; expected /canh-bao/<year>/<slug>/ of a file under advisories/, closest: ${knownIds(id, known, 3)}`);
			}
		}
	}
	return problems;
}
