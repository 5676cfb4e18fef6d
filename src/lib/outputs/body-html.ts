/**
 * Advisory bodies that need no MDX, rendered straight to HTML once per content change.
 *
 * Every advisory is an .mdx file, but almost every body is plain prose: paragraphs, lists,
 * emphasis, perhaps a heading or a table. Compiling each one into a JavaScript module that the
 * bundler then bundles and the page then runs cost more than everything else in a build of a
 * thousand advisories. A body that uses only Markdown that MDX reads the same way is rendered
 * here with the same processor and the same heading ids as the MDX integration; the HTML is kept
 * in the content layer's store (and its cache), so an unchanged body is never rendered again.
 * Anything else (JSX, expressions, imports, links, images, code, footnotes) goes the MDX way.
 */
import { markdownToHtml } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';

export interface BodyHeading {
	depth: number;
	slug: string;
	text: string;
}

export interface BodyHtml {
	html: string;
	headings: BodyHeading[];
}

/** How the MDX integration is configured (astro.config.mjs): the plain path must match it. */
export interface BodyOptions {
	gfm: boolean;
	smartypants: boolean;
}

/**
 * What the MDX integration is given in astro.config.mjs; the plain path reads the same object.
 * No smartypants: advisory bodies are official text, and quotes, dashes and dots must read
 * exactly as the dispatch prints them, not be "smartened" into other characters.
 */
export const bodyOptions: BodyOptions = { gfm: true, smartypants: false };

/**
 * Why a body must be compiled as MDX, or undefined when plain Markdown renders it the same.
 * Deliberately conservative: a false "needs MDX" only costs time, a false "plain" would change
 * what a reader sees.
 */
export function needsMdx(body: string): string | undefined {
	const reasons: [RegExp, string][] = [
		// JSX, HTML, <autolinks> and {expressions}: MDX and Markdown read these differently.
		[/[<{}]/, 'JSX, HTML or an expression'],
		[/^(?:import|export)\b/m, 'an import or export'],
		// MDX has no indented code blocks; Markdown turns 4-space indents into code.
		[/^(?: {4,}|\t)/m, 'an indented line'],
		[/^ {0,3}(?:```|~~~)/m, 'a code block'],
		[/!\[/, 'an image'],
		[/\[\^/, 'a footnote'],
		// Links follow the site's link rules in the MDX components, so they take that path.
		[/\]\(|\]\[|\]:|:\/\/|www\.|@|mailto:/i, 'a link'],
		[/^\s*(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/, 'a leading rule that would read as frontmatter'],
		// MDX writes void elements and styles the JSX way (<br/>, <hr/>, style="text-align:right"):
		// hard breaks, rules, aligned table columns and task lists would not come out byte-identical.
		[/(?: {2,}|\\)\r?\n(?=.)/, 'a hard line break'],
		[/^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/m, 'a horizontal rule'],
		[/^[ \t]*\|?[ \t]*(?::-+:?|-+:)[ \t]*(?:\|.*)?$|^[ \t]*\|?.*\|[ \t]*(?::-+:?|-+:)[ \t]*(?:\|.*)?$/m, 'an aligned table column'],
		[/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[ xX]\]/m, 'a task list'],
	];
	return reasons.find(([pattern]) => pattern.test(body))?.[1];
}

/** Renders a body for which needsMdx() found nothing, exactly as the MDX integration would. */
export async function renderPlainBody(body: string, options: BodyOptions = bodyOptions): Promise<BodyHtml> {
	const astro = { frontmatter: {}, headings: [] as BodyHeading[], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
	const result = await markdownToHtml(body, {
		hastPlugins: [satteriHeadingIdsPlugin()],
		features: { gfm: options.gfm, smartPunctuation: options.smartypants, frontmatter: false },
		data: { astro },
	});
	// The MDX path joins blocks with newlines but ends without one.
	return { html: escapeQuotes(result.html.replace(/\n$/, '')), headings: astro.headings };
}

/**
 * Astro escapes quotes in the text MDX renders (`&quot;`, `&#39;`); the Markdown processor
 * leaves them as they are. Without smartypants, quotes stay quotes, so the plain path escapes
 * them too, in text only: its tags carry nothing but heading ids, and its text has no raw `<`.
 */
function escapeQuotes(html: string): string {
	return html
		.split(/(<[^>]*>)/)
		.map((part, i) => (i % 2 ? part : part.replaceAll('"', '&quot;').replaceAll("'", '&#39;')))
		.join('');
}
