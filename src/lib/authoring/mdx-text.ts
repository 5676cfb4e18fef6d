/**
 * Plain text written into an MDX body so that it renders exactly as written. MDX would otherwise
 * run `{…}` as JavaScript, `<x>` as a component or HTML, `import`/`export` lines as modules, and
 * read Markdown syntax (links, emphasis, headings, lists) into markup. Dispatch text is untrusted,
 * so every one of those is escaped: with a backslash where Markdown allows it, and with a
 * character reference for the first letter of `import`/`export` at the start of a line.
 */

/** Characters that start markup anywhere in a line. */
const INLINE = /[\\`*_{}[\]<>~|&]/g;

export function mdxLiteral(text: string): string {
	return text
		.split('\n')
		.map((raw) => {
			const line = raw.trim().replace(INLINE, '\\$&');
			return line
				.replace(/^(import|export)\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`)
				.replace(/^([#+=-])/, '\\$1')
				.replace(/^(\d+)([.)])/, '$1\\$2');
		})
		.join('\n');
}

/** Paragraphs as an MDX body: escaped, one blank line between them. */
export function mdxBody(paragraphs: readonly string[]): string {
	return paragraphs.map(mdxLiteral).filter(Boolean).join('\n\n');
}
