/**
 * Advisory bodies checked the way the build compiles them, before anything is built.
 *
 * A body that needs MDX (src/lib/outputs/body-html.ts) is parsed and compiled here with the compiler the
 * MDX integration uses (Sätteri), with the same features; what it refuses, and what would stop the
 * build later (an import the bundler cannot resolve, a component no page provides, code that runs
 * at build time, an image or link the build's link check refuses), becomes one
 * `file:line:column: body: …` problem with a hint for the mistakes editors actually make: braces
 * and angle brackets pasted from a document, a stray or unclosed tag, a line that starts with
 * "import" or "export".
 *
 * The rules are stricter than "compiles" (docs/mdx-bodies.md): a body has no imports, exports or
 * expressions at all, and no components, because no page gives it any (only links are rendered by
 * BodyLink) and because code in a body would run on the build machine; no tags or attributes the
 * page's security policy would block; links and images only in the forms the site checks.
 * Comments (`{/* … *\/}`) are allowed. Plain Markdown bodies keep their fast path: they cannot
 * fail to compile, so they are not parsed.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { mdxToJs, mdxToMdast } from 'satteri';
import { bodyOptions, needsMdx } from '../outputs/body-html.ts';
import type { Problem } from '../util/problems.ts';

/** An advisory body and where it sits in its file. */
export interface BodyToCheck {
	/** File as shown in problems, relative to the working directory. */
	file: string;
	/** The body: everything after the frontmatter's closing `---` line. */
	text: string;
	/** Line of the file the body starts on. */
	firstLine: number;
}

/** What the MDX integration is given (astro.config.mjs), as Sätteri's parser features. */
const FEATURES = { gfm: bodyOptions.gfm, smartPunctuation: bodyOptions.smartypants, frontmatter: false };

/** A body longer than this is refused unread: no dispatch comes near it, and parsing must stay bounded. */
export const MAX_BODY_CHARS = 1_000_000;

const HINT = {
	brace: '"{" starts an expression in MDX; write \\{ to show a brace',
	angle: '"<" starts a tag in MDX; write \\< to show it',
	esm: (word: string) => `a line starting with "${word}" is read as JavaScript in MDX; write &#${word.charCodeAt(0)};${word.slice(1)} to show the word`,
};

/** Elements HTML writes without a closing tag, which JSX needs written `<br />`. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The problems of one body; empty when the build will compile and render it. */
export function checkBody(body: BodyToCheck): Problem[] {
	if (body.text.length > MAX_BODY_CHARS) {
		return [{ file: body.file, line: body.firstLine, field: 'body', message: `body is ${body.text.length} characters; expected at most ${MAX_BODY_CHARS}` }];
	}
	if (!needsMdx(body.text)) return [];
	const at = (line: number, column: number, message: string): Problem => ({ file: body.file, line: body.firstLine + line - 1, column, field: 'body', message });
	let tree: MdxNode;
	try {
		tree = mdxToMdast(body.text, { features: FEATURES }) as MdxNode;
	} catch (error) {
		return [compilerProblem(error, body.text, at)];
	}
	const problems = treeProblems(tree, body, at);
	if (problems.length) return problems;
	try {
		// The parse alone is not all the build does: compile as the MDX integration does, so that
		// whatever else its code generation refuses is refused here too.
		mdxToJs(body.text, { features: FEATURES, jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
	} catch (error) {
		return [compilerProblem(error, body.text, at)];
	}
	return [];
}

/** Every body's problems, in file order. */
export function checkBodies(bodies: Iterable<BodyToCheck>): Problem[] {
	const problems: Problem[] = [];
	for (const body of bodies) problems.push(...checkBody(body));
	return problems;
}

type At = (line: number, column: number, message: string) => Problem;

function treeProblems(tree: MdxNode, body: BodyToCheck, at: At): Problem[] {
	const problems: Problem[] = [];
	const definitions = new Map<string, MdxNode>();
	const collect = (node: MdxNode) => {
		if (node.type === 'definition' && node.identifier && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
		node.children?.forEach(collect);
	};
	collect(tree);
	const report = (node: MdxNode, message: string | undefined) => {
		if (!message) return;
		const { line = 1, column = 1 } = node.position?.start ?? {};
		problems.push(at(line, column, message));
	};
	const visit = (node: MdxNode) => {
		report(node, nodeProblem(node, body));
		// A reference is checked where its address is written, once per use as a link or an image.
		const definition = node.identifier ? definitions.get(node.identifier) : undefined;
		if (definition && node.type === 'imageReference') report(definition, imageProblem(definition.url ?? '', body));
		if (definition && node.type === 'linkReference') report(definition, linkProblem(definition.url ?? ''));
		node.children?.forEach(visit);
	};
	visit(tree);
	return problems;
}

/** The parts of Sätteri's mdast this check reads. */
interface MdxNode {
	type: string;
	name?: string | null;
	value?: string;
	url?: string;
	identifier?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number; column: number } };
	children?: MdxNode[];
}

/**
 * Tags that run code, load another document or change the page around the body. The site's
 * content security policy blocks what they do (so they would silently not work), and a body is
 * untrusted text: they are refused rather than published.
 */
const ACTIVE = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'form', 'noscript']);

/** Attributes whose value is an address: on a tag they bypass the site's own links and images. */
const ADDRESS_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'data', 'background', 'ping', 'xlink:href']);

function nodeProblem(node: MdxNode, body: BodyToCheck): string | undefined {
	switch (node.type) {
		case 'mdxjsEsm': {
			const word = /^\s*(import|export)/.exec(node.value ?? '')?.[1] ?? 'import';
			return `advisory bodies cannot import or export; ${HINT.esm(word)}`;
		}
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			// A comment compiles to nothing; anything else is JavaScript run when the site is built.
			return isComment(node.value ?? '') ? undefined : `${shown(`{${node.value ?? ''}}`)} would run as JavaScript; ${HINT.brace}`;
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			const name = node.name ?? '';
			if (/^[A-Z]|[.:]/.test(name)) return `unknown component <${name}>; an advisory body can use Markdown and HTML tags only; write \\<${name} to show it as text`;
			if (ACTIVE.has(name.toLowerCase())) return `<${name}> is not allowed in an advisory body: the page's security policy would block it or it would change the page itself; write \\<${name}> to show it as text`;
			for (const attribute of node.attributes ?? []) {
				const lower = (attribute.name ?? '').toLowerCase();
				if (/^on/.test(lower)) return `<${name} ${attribute.name}="…">: event handlers are not allowed in an advisory body (the page would not run them); remove the attribute`;
				if (lower === 'style') return `<${name} style="…">: the page's security policy ignores inline styles; remove the attribute`;
				if (attribute.type === 'mdxJsxExpressionAttribute') return `<${name}> has a {…} attribute, which would run as JavaScript; write attributes as name="text"`;
				if (isObject(attribute.value) && attribute.value.type === 'mdxJsxAttributeValueExpression') {
					return `<${name} ${attribute.name}={…}> would run as JavaScript; write ${attribute.name}="text" instead`;
				}
				if (ADDRESS_ATTRIBUTES.has(lower)) {
					// The build's link check refuses what such a tag would do: an address without the base
					// path, a file it never copied, an image from another site, a link without rel="noopener".
					return lower === 'href'
						? `<${name} href="…"> is a link the site neither checks nor marks; write it as [text](address)`
						: `<${name} ${lower}="…"> loads a file the build neither copies nor checks; write an image as ![text](./file.png), with the file next to the advisory`;
				}
			}
			return undefined;
		}
		case 'image':
			return imageProblem(node.url ?? '', body);
		case 'link':
			return linkProblem(node.url ?? '');
		default:
			return undefined;
	}
}

/**
 * The MDX integration imports an image whose address is neither a URL nor a site path as a file
 * next to the advisory (and decodes the address first): a missing file or a broken `%` escape
 * stops the build. Any other image fails the build's link check: one from another site breaks
 * the site's security policy, and a site path is not given the base path as a link is.
 */
function imageProblem(url: string, body: BodyToCheck): string | undefined {
	let decoded: string;
	try {
		decoded = decodeURI(url);
	} catch {
		return `image address "${url}" is not valid: a "%" must start an escape such as %20`;
	}
	const instead = 'save the image next to the advisory file and write ![text](./name.png)';
	if (URL.canParse(decoded)) return `image "${shown(url)}" would load from another site, which the site's security policy refuses; ${instead}`;
	if (decoded.startsWith('/')) return `image "${shown(url)}": a site path in an image is not given the site's base path; ${instead}`;
	if (!decoded) return `image without an address; ${instead}`;
	const target = path.resolve(path.dirname(body.file), decoded);
	if (existsSync(target)) return undefined;
	return `image "${url}" is not a file next to the advisory (${path.relative(process.cwd(), target) || target}); ${instead}`;
}

/**
 * A link's address as BodyLink reads it: a site path or a fragment, or one with a scheme (which
 * src/lib/content/body-links.ts judges). A relative address would be read from the site's home, not
 * from the advisory, and a broken `%` escape names no file: the build's link check refuses both.
 */
function linkProblem(url: string): string | undefined {
	const text = url.trim();
	if (!text || text.startsWith('#')) return undefined;
	try {
		decodeURI(text);
	} catch {
		return `link "${shown(text)}" is not a valid address: a "%" must start an escape such as %20`;
	}
	if (text.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(text)) return undefined;
	return `link "${shown(text)}" is relative; write a site path starting with "/" (such as /canh-bao/2019/357-ubnd-kgvx/) or a full https:// address`;
}

function isComment(code: string): boolean {
	return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim() === '';
}

function isObject(value: unknown): value is { type?: unknown } {
	return typeof value === 'object' && value !== null;
}

/** Code quoted in a message: one line, and short. */
function shown(code: string): string {
	const line = code.replace(/\s+/g, ' ');
	return line.length > 40 ? `${line.slice(0, 37)}…` : line;
}

/**
 * A compiler error as a problem: Sätteri reports `line:column: message (source:rule)` with the
 * position in the body; the message names what MDX expected, and the hint says what to write.
 */
export function compilerProblem(error: unknown, text: string, at: At): Problem {
	const raw = error instanceof Error ? error.message : String(error);
	const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(raw);
	const line = match ? Number(match[1]) : 1;
	const column = match ? Number(match[2]) : 1;
	const message = (match ? match[3] : raw).split('\n')[0];
	return at(line, column, explain(message, text, line));
}

/** What went wrong, in the editor's terms, from the compiler's own words. */
export function explain(message: string, text: string, line: number): string {
	const lineText = text.split('\n')[line - 1] ?? '';
	let m: RegExpExecArray | null;
	if (/Could not parse (?:esm|import\/exports)/i.test(message)) {
		const word = /^\s*(import|export)\b/.exec(lineText)?.[1] ?? 'import';
		return HINT.esm(word);
	}
	if ((m = /Expected a closing tag for `<([^>\s]+)>`/.exec(message))) {
		const name = m[1];
		if (VOID.has(name.toLowerCase())) return `<${name}> has no closing tag; write <${name} /> in MDX, or \\<${name}> to show it as text`;
		return `<${name}> is not closed; add </${name}> after its content, or write \\<${name}> to show it as text`;
	}
	if ((m = /Unexpected closing tag `<\/([^>\s]*)>`/.exec(message))) {
		return `</${m[1]}> closes no open tag here; remove it, or write \\</${m[1]}> to show it as text`;
	}
	if (/character `!` \(U\+0021\) before name/.test(message)) return `HTML comments (<!-- … -->) are not allowed in MDX; write {/* … */}, or \\<!-- to show it as text`;
	if (/expected a valid JSX tag/.test(message) && /<[a-z][a-z0-9+.-]*:/i.test(lineText)) {
		return `<…> around a web address is not a link in MDX; write [text](https://…), or \\< to show a "<"`;
	}
	if (/expression|closing brace|`\{`|`\}`/i.test(message)) return HINT.brace;
	if (/`<`|before name|after name|JSX|tag|attribute/i.test(message)) return HINT.angle;
	return `not valid MDX: ${message.replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '').replace(/\s*\(\d+:\d+\)/g, '')}`;
}

/**
 * The problem in an error the MDX integration threw while the build or `astro dev` compiled an
 * advisory (which the checks above should have refused first): the same one-line shape, at the
 * position it gives (lines of the whole file), instead of the bundler's stack trace. The bundler
 * wraps it (`errors`, `cause`) and may keep only its text (`[plugin …] file.mdx:33:20\nMDXError:
 * 33:20: …`). A component met only while rendering is looked for in the advisories of `root`.
 * Undefined for any other error.
 */
export function problemFromCompileError(error: unknown, readFile: (file: string) => string | undefined, root?: string): Problem | undefined {
	const seen = new Set<unknown>();
	const queue = [error];
	while (queue.length && seen.size < 20) {
		const current = queue.shift();
		if (!isObject(current) || seen.has(current)) continue;
		seen.add(current);
		const found = located(current as CompileError);
		if (found) {
			const text = readFile(found.file) ?? '';
			const file = path.relative(process.cwd(), found.file) || found.file;
			return { file, line: found.line, column: found.column, field: 'body', message: explain(found.words, text, found.line) };
		}
		const missing = unresolved(current as CompileError, readFile) ?? undefinedComponent(current as CompileError, readFile, root);
		if (missing) return missing;
		const { cause, errors } = current as CompileError;
		queue.push(cause, ...(Array.isArray(errors) ? errors : []));
	}
	return undefined;
}

interface CompileError {
	loc?: { file?: unknown; line?: unknown; column?: unknown };
	message?: unknown;
	cause?: unknown;
	errors?: unknown;
}

function located(error: CompileError): { file: string; line: number; column?: number; words: string } | undefined {
	const message = typeof error.message === 'string' ? error.message : '';
	const { loc } = error;
	if (loc && typeof loc.file === 'string' && /\.mdx$/.test(loc.file) && typeof loc.line === 'number') {
		const words = message.replace(/^(?:MDXError: )?\d+:\d+:\s*/, '').split('\n')[0];
		return { file: loc.file, line: loc.line, column: typeof loc.column === 'number' ? loc.column : undefined, words };
	}
	const text = /(\S+\.mdx):(\d+):(\d+)\s*\n\s*MDXError: (?:\d+:\d+:\s*)?([^\n]*)/.exec(message);
	if (text) return { file: text[1], line: Number(text[2]), column: Number(text[3]), words: text[4] };
	return undefined;
}

/** An import the bundler could not resolve: at the line that imports it. */
function unresolved(error: CompileError, readFile: (file: string) => string | undefined): Problem | undefined {
	const message = typeof error.message === 'string' ? error.message : '';
	const match = /failed to resolve import "([^"]+)" from "([^"]+\.mdx)"/.exec(message);
	if (!match) return undefined;
	const [, specifier, file] = match;
	const lines = (readFile(file) ?? '').split('\n');
	const index = lines.findIndex((line) => /^\s*(?:import|export)\b/.test(line) && line.includes(specifier));
	const word = /^\s*(import|export)/.exec(lines[index] ?? '')?.[1] ?? 'import';
	return { file: path.relative(process.cwd(), file) || file, line: index >= 0 ? index + 1 : undefined, column: index >= 0 ? 1 : undefined, field: 'body', message: `"${specifier}" cannot be imported: advisory bodies cannot import or export; ${HINT.esm(word)}` };
}

/**
 * A component no page gives, met when the page is rendered: the error names it but not the file,
 * so the advisories are searched for the tag.
 */
function undefinedComponent(error: CompileError, readFile: (file: string) => string | undefined, root: string | undefined): Problem | undefined {
	const message = typeof error.message === 'string' ? error.message : '';
	const match = /Expected (component|object) `([^`]+)` to be defined/.exec(message);
	if (!match) return undefined;
	const [, kind, missing] = match;
	const escaped = missing.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
	// `<KhongCo …>` for a component; `<a.b …>` for an object, which `<a href>` must not match.
	const tag = new RegExp(kind === 'object' ? `<${escaped}\\.` : `<${escaped}(?=[\\s/>])`);
	for (const file of root ? advisoryFiles(root) : []) {
		const lines = (readFile(file) ?? '').split('\n');
		for (let i = 0; i < lines.length; i++) {
			const found = tag.exec(lines[i]);
			if (!found) continue;
			const name = /^<([^\s/>]+)/.exec(lines[i].slice(found.index))?.[1] ?? missing;
			return { file: path.relative(process.cwd(), file) || file, line: i + 1, column: found.index + 1, field: 'body', message: `unknown component <${name}>; an advisory body can use Markdown and HTML tags only; write \\<${name} to show it as text` };
		}
	}
	return undefined;
}

function advisoryFiles(root: string): string[] {
	const dir = path.join(root, 'advisories');
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
}
