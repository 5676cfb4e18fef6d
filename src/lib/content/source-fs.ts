/**
 * Reads a content root straight from disk (no Astro), validates every file against the same
 * schemas the content collections use, and returns the catalog input with the line of every
 * field, so that the build, `validate` and `import` report problems in one shape.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, isNode, parse, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { advisorySchema, type Advisory } from '../../schemas/advisory.ts';
import { authoritySchema, type Authority } from '../../schemas/authority.ts';
import { recipientSchema, type Recipient } from '../../schemas/recipient.ts';
import { siteSchema, type SiteSettings } from '../../schemas/site.ts';
import type { AdvisoryBody } from './body-links.ts';
import { checkBody } from './mdx-check.ts';
import { type FieldPath, type Problem, fieldName } from '../util/problems.ts';

/** Finds the line of a field in its source file, when the source is at hand. */
export type Locate = (path: FieldPath) => number | undefined;

export interface AdvisoryInput {
	/** `<year>/<slug>`: the file's path under `advisories/` without `.mdx`. */
	id: string;
	file: string;
	data: Advisory;
	/** The MDX body as written (the dispatch's text before its numbered items), for search. */
	body?: string;
	locate?: Locate;
}

export interface RegistryInput<T> {
	file: string;
	entries: T[];
	/** Paths start with the entry's index in the file. */
	locate?: Locate;
}

export interface ContentInput {
	advisories: AdvisoryInput[];
	recipients: RegistryInput<Recipient>;
	authorities: RegistryInput<Authority>;
	/**
	 * Ids of every advisory file, including those that failed their own checks, so that a
	 * reference to a broken file is not reported a second time as a reference to nothing.
	 */
	fileIds?: string[];
}

export interface LoadedContent {
	input: ContentInput;
	/** Bodies of the advisories that passed their own checks, for the checks on links. */
	bodies: AdvisoryBody[];
	/** Every advisory file that passed its own checks, by id: what Astro's content loader stores. */
	files: Map<string, AdvisoryFile>;
	site?: SiteSettings;
	problems: Problem[];
}

/** The content root: `CANHBAO_CONTENT` when set (tests, the benchmark), else `./content`. */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
	return path.resolve(env.CANHBAO_CONTENT ?? 'content');
}

interface YamlSource {
	doc: Document;
	locate: Locate;
	problems: Problem[];
}

/** Parses YAML text that starts at `firstLine` of `file`, keeping a way back from fields to lines. */
export function parseYaml(text: string, file: string, firstLine = 1): YamlSource {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const problems: Problem[] = doc.errors.map((error) => ({
		file,
		line: lines.linePos(error.pos[0]).line + firstLine - 1,
		field: '',
		message: `not valid YAML: ${error.message.split('\n')[0]}`,
	}));
	const locate: Locate = (fieldPath) => {
		// The nearest field that exists: a missing key is reported at its parent.
		for (let n = fieldPath.length; n >= 0; n--) {
			const node = n === 0 ? doc.contents : doc.getIn(fieldPath.slice(0, n), true);
			if (isNode(node) && node.range) return lines.linePos(node.range[0]).line + firstLine - 1;
			if (n < fieldPath.length && n > 0) {
				// A key without a usable value node: find the key itself in its parent map.
				const parent = doc.getIn(fieldPath.slice(0, n - 1), true);
				if (isNode(parent) && parent.range) return lines.linePos(parent.range[0]).line + firstLine - 1;
			}
		}
		return undefined;
	};
	return { doc, locate, problems };
}

/** Splits an MDX file into frontmatter text and the line it starts on, and the body and its first line. */
export function splitFrontmatter(source: string): { frontmatter: string; firstLine: number; body: string; bodyLine: number } | undefined {
	const text = source.replace(/^\uFEFF/, '');
	const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
	if (!match) return undefined;
	return { frontmatter: match[1], firstLine: 2, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Turns schema issues into problems that name the field and what is expected. */
export function schemaProblems(error: z.ZodError, file: string, locate: Locate, raw: unknown, prefix: FieldPath = []): Problem[] {
	return error.issues.map((issue) => {
		const issuePath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
		const fieldPath = [...prefix, ...issuePath];
		let message = issue.message;
		if (issue.code === 'unrecognized_keys') {
			message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against the field reference in docs/fields.md`;
		} else {
			if (issue.code === 'invalid_value' && 'values' in issue) message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
			else if (issue.code === 'invalid_type') message = `expected ${issue.expected}`;
			if (valueAt(raw, issuePath) === undefined) message = `required field is missing; ${message}`;
		}
		const unknownKey = issue.code === 'unrecognized_keys' ? [...fieldPath, issue.keys[0]] : fieldPath;
		return { file, line: locate(unknownKey), field: fieldName(fieldPath), message };
	});
}

function valueAt(value: unknown, fieldPath: FieldPath): unknown {
	let current = value;
	for (const key of fieldPath) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string | number, unknown>)[key];
	}
	return current;
}

function relative(file: string): string {
	return path.relative(process.cwd(), file) || file;
}

function readRegistry<S extends z.ZodType>(file: string, schema: S, problems: Problem[]): RegistryInput<z.output<S>> {
	const display = relative(file);
	if (!existsSync(file)) {
		problems.push({ file: display, field: '', message: 'file is missing; expected a YAML list of entries' });
		return { file: display, entries: [] };
	}
	const yaml = parseYaml(readFileSync(file, 'utf8'), display);
	problems.push(...yaml.problems);
	const raw: unknown = yaml.doc.toJS();
	if (!Array.isArray(raw)) {
		problems.push({ file: display, line: 1, field: '', message: 'expected a YAML list of entries ("- id: …")' });
		return { file: display, entries: [], locate: yaml.locate };
	}
	const entries: z.output<S>[] = [];
	raw.forEach((item, i) => {
		const result = schema.safeParse(item);
		if (result.success) entries.push(result.data);
		else problems.push(...schemaProblems(result.error, display, yaml.locate, item, [i]));
	});
	return { file: display, entries, locate: yaml.locate };
}

function listMdx(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
		.map((e) => path.join(e.parentPath, e.name))
		.sort();
}

/** `<year>/<slug>`, the same id Astro's glob loader gives the entry. */
function advisoryId(advisoriesDir: string, file: string): string {
	return path.relative(advisoriesDir, file).split(path.sep).join('/').replace(/\.mdx?$/, '');
}

/**
 * Frontmatter as plain data (YAML 1.2 core schema: dates stay strings), or undefined when it does
 * not parse. Cheaper than a Document with line positions, which only a problem needs.
 */
function quickParse(text: string): unknown {
	try {
		return parse(text, { uniqueKeys: true }) ?? {};
	} catch {
		return undefined;
	}
}

/** Line lookup that parses the YAML with positions only when a problem needs a line. */
function lazyLocate(text: string, file: string, firstLine: number): Locate {
	let locate: Locate | undefined;
	return (fieldPath) => (locate ??= parseYaml(text, file, firstLine).locate)(fieldPath);
}

/** An advisory file as read: its absolute path, its text and its checked frontmatter. */
export interface AdvisoryFile {
	path: string;
	source: string;
	data: Advisory;
}

export interface ReadOptions {
	/** Collects the bodies of valid advisories, for the checks on links. */
	bodies?: AdvisoryBody[];
	/** Collects the files that passed their own checks, by id. */
	files?: Map<string, AdvisoryFile>;
}

/** Reads one advisory file; returns its catalog input (and adds its body to `options.bodies`) or adds its problems. */
export function readAdvisory(file: string, advisoriesDir: string, problems: Problem[], options: ReadOptions = {}): AdvisoryInput | undefined {
	const display = relative(file);
	const source = readFileSync(file, 'utf8');
	const parts = splitFrontmatter(source);
	if (!parts) {
		problems.push({ file: display, line: 1, field: '', message: 'no frontmatter; expected the file to start with a "---" line, the fields, and another "---" line' });
		return undefined;
	}
	// The body as the build will compile it, whatever the frontmatter holds (every problem at
	// once); reported after the frontmatter's, in the order of the file.
	const bodyProblems = checkBody({ file: display, text: parts.body, firstLine: parts.bodyLine });
	// Most files are valid: check them on the fast path, and take the slow one (every YAML error,
	// the line of every field) only for a file that fails it.
	const quick = quickParse(parts.frontmatter);
	const checked = quick === undefined ? undefined : advisorySchema.safeParse(quick);
	if (checked?.success) {
		const data = checked.data as Advisory;
		const id = advisoryId(advisoriesDir, file);
		options.files?.set(id, { path: path.resolve(file), source, data });
		options.bodies?.push({ id, file: display, text: parts.body, firstLine: parts.bodyLine });
		problems.push(...bodyProblems);
		return { id, file: display, data, body: parts.body, locate: lazyLocate(parts.frontmatter, display, parts.firstLine) };
	}
	const yaml = parseYaml(parts.frontmatter, display, parts.firstLine);
	if (yaml.problems.length) {
		problems.push(...yaml.problems, ...bodyProblems);
		return undefined;
	}
	const raw: unknown = yaml.doc.toJS() ?? {};
	const result = advisorySchema.safeParse(raw);
	if (!result.success) {
		problems.push(...schemaProblems(result.error, display, yaml.locate, raw), ...bodyProblems);
		return undefined;
	}
	const id = advisoryId(advisoriesDir, file);
	options.files?.set(id, { path: path.resolve(file), source, data: result.data as Advisory });
	options.bodies?.push({ id, file: display, text: parts.body, firstLine: parts.bodyLine });
	problems.push(...bodyProblems);
	return { id, file: display, data: result.data as Advisory, body: parts.body, locate: yaml.locate };
}

/** Loads and validates a whole content root. */
export function loadContent(root: string = contentRoot()): LoadedContent {
	const problems: Problem[] = [];
	const recipients = readRegistry(path.join(root, 'recipients.yaml'), recipientSchema, problems) as RegistryInput<Recipient>;
	const authorities = readRegistry(path.join(root, 'authorities.yaml'), authoritySchema, problems) as RegistryInput<Authority>;
	const site = loadSiteSettings(root, problems);
	const advisoriesDir = path.join(root, 'advisories');
	const advisories: AdvisoryInput[] = [];
	const bodies: AdvisoryBody[] = [];
	const read = new Map<string, AdvisoryFile>();
	const files = listMdx(advisoriesDir);
	for (const file of files) {
		if (file.endsWith('.md')) {
			// The site builds pages only from .mdx files: a .md advisory would be checked and indexed but get no page.
			problems.push({ file: relative(file), line: 1, field: '', message: `advisory files end in .mdx; rename it to ${path.basename(file, '.md')}.mdx` });
			continue;
		}
		const advisory = readAdvisory(file, advisoriesDir, problems, { bodies, files: read });
		if (advisory) advisories.push(advisory);
	}
	if (!advisories.length && !problems.length) {
		problems.push({ file: relative(advisoriesDir), field: '', message: 'no advisories found; expected files at advisories/<year>/<slug>.mdx' });
	}
	const fileIds = files.map((file) => advisoryId(advisoriesDir, file));
	return { input: { advisories, recipients, authorities, fileIds }, bodies, files: read, site, problems };
}

/** Reads `site.yaml`; problems go to `problems` (or are thrown by the caller). */
export function loadSiteSettings(root: string, problems: Problem[]): SiteSettings | undefined {
	const file = path.join(root, 'site.yaml');
	const display = relative(file);
	if (!existsSync(file)) {
		problems.push({ file: display, field: '', message: 'file is missing; expected the site settings (see docs/fields.md, "Site settings")' });
		return undefined;
	}
	const yaml = parseYaml(readFileSync(file, 'utf8'), display);
	problems.push(...yaml.problems);
	const raw: unknown = yaml.doc.toJS() ?? {};
	const result = siteSchema.safeParse(raw);
	if (result.success) return result.data;
	problems.push(...schemaProblems(result.error, display, yaml.locate, raw));
	return undefined;
}
