/**
 * Page weight budgets, measured gzip-compressed as a server sends them. Readers are on old office
 * PCs and phones over slow district links: an advisory must arrive in one or two round trips,
 * and listing pages work without any JavaScript (search loads its code only when used).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startTags } from './html-tags.ts';
import { listFiles, pagePath, type SiteLocation } from './site-files.ts';

export interface BudgetRule {
	name: string;
	/** Matches page paths relative to the base path (`canh-bao/2019/357-ubnd-kgvx/`). */
	pattern: RegExp;
	/** The HTML and its stylesheets, gzipped; undefined: no limit. */
	htmlCss?: number;
	/** Scripts the page loads up front (with their static imports), gzipped. */
	js: number;
}

const KB = 1024;

/**
 * First match wins. A page no rule names may load no JavaScript at all: a new template that needs
 * a script must say so here, with its budget.
 */
export const budgetRules: BudgetRule[] = [
	{ name: 'advisory', pattern: /^canh-bao\/\d{4}\/[^/]+\/$/, htmlCss: 30 * KB, js: 5 * KB },
	{ name: 'checklist', pattern: /^don-vi\/[^/]+\/viec-can-lam\/$/, js: 5 * KB },
	{ name: 'search', pattern: /^tim-kiem\/$/, js: 5 * KB },
	{ name: 'listing', pattern: /.*/, js: 0 },
];

export interface PageWeight {
	page: string;
	rule: string;
	/** Gzipped bytes. */
	html: number;
	css: number;
	js: number;
	/** The files counted as JavaScript, for the report. */
	scripts: string[];
}

export interface BudgetProblem {
	page: string;
	rule: string;
	what: 'HTML+CSS' | 'JavaScript';
	bytes: number;
	limit: number;
}

const gzipped = new Map<string, number>();
function gzipSize(file: string): number {
	let size = gzipped.get(file);
	if (size === undefined) {
		size = gzipSync(readFileSync(file)).length;
		gzipped.set(file, size);
	}
	return size;
}

/** The site file an asset reference points to, or undefined for another origin or a missing file. */
function assetFile(reference: string, pageFile: string, location: SiteLocation, files: Set<string>): string | undefined {
	const pageUrl = new URL(location.base + pagePath(pageFile), location.origin);
	const url = new URL(reference, pageUrl);
	if (url.origin !== location.origin || !url.pathname.startsWith(location.base)) return undefined;
	const file = decodeURIComponent(url.pathname.slice(location.base.length));
	return files.has(file) ? file : undefined;
}

/** Static imports of a built module (`import{a}from"./x.js"`, `import"./y.js"`), not `import()`. */
function staticImports(source: string): string[] {
	return [...source.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
}

export function weighPage(dir: string, file: string, location: SiteLocation, files: Set<string>): PageWeight {
	const page = pagePath(file);
	const html = readFileSync(path.join(dir, file), 'utf8');
	let css = 0;
	let js = 0;
	const scripts: string[] = [];
	const seen = new Set<string>();
	const addScript = (scriptFile: string) => {
		if (seen.has(scriptFile)) return;
		seen.add(scriptFile);
		scripts.push(scriptFile);
		js += gzipSize(path.join(dir, scriptFile));
		for (const imported of staticImports(readFileSync(path.join(dir, scriptFile), 'utf8'))) {
			const next = assetFile(imported, scriptFile, location, files);
			if (next) addScript(next);
		}
	};
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(match[1])?.[1].toLowerCase();
		const runs = !type || type === 'module' || type.endsWith('javascript');
		if (runs && match[2].trim()) {
			js += gzipSync(match[2]).length;
			scripts.push('(inline script)');
		}
	}
	for (const tag of startTags(html)) {
		const rel = (tag.attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
		const href = tag.attributes.get('href');
		if (tag.name === 'link' && href && rel.includes('stylesheet')) {
			const cssFile = assetFile(href, file, location, files);
			if (cssFile) css += gzipSize(path.join(dir, cssFile));
		}
		const src = tag.attributes.get('src');
		if (tag.name === 'script' && src) {
			const scriptFile = assetFile(src, file, location, files);
			if (scriptFile) addScript(scriptFile);
		}
		if (tag.name === 'link' && href && rel.includes('modulepreload')) {
			const scriptFile = assetFile(href, file, location, files);
			if (scriptFile) addScript(scriptFile);
		}
	}
	const rule = budgetRules.find((r) => r.pattern.test(page))!;
	return { page, rule: rule.name, html: gzipSize(path.join(dir, file)), css, js, scripts };
}

export interface BudgetReport {
	weights: PageWeight[];
	problems: BudgetProblem[];
}

export function checkBudgets(dir: string, location: SiteLocation): BudgetReport {
	const all = listFiles(dir);
	const files = new Set(all);
	const weights = all.filter((f) => f.endsWith('.html')).map((file) => weighPage(dir, file, location, files));
	const problems: BudgetProblem[] = [];
	for (const weight of weights) {
		const rule = budgetRules.find((r) => r.name === weight.rule)!;
		if (rule.htmlCss !== undefined && weight.html + weight.css > rule.htmlCss)
			problems.push({ page: weight.page, rule: rule.name, what: 'HTML+CSS', bytes: weight.html + weight.css, limit: rule.htmlCss });
		if (weight.js > rule.js) problems.push({ page: weight.page, rule: rule.name, what: 'JavaScript', bytes: weight.js, limit: rule.js });
	}
	return { weights, problems };
}

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

export function formatBudgetProblem(problem: BudgetProblem): string {
	const limit = problem.limit === 0 ? 'none allowed' : `limit ${kb(problem.limit)}`;
	return `${problem.page || '/'} (${problem.rule}): ${problem.what} ${kb(problem.bytes)} gzip, ${limit}`;
}
