import path from 'node:path';
import type { Plugin } from 'vite';
import { checkBody } from '../lib/content/mdx-check.ts';
import { ContentError, formatProblem } from '../lib/util/problems.ts';
import { splitFrontmatter } from '../lib/content/source-fs.ts';

/**
 * Checks an advisory's body just before the MDX integration compiles it, so that `astro dev`,
 * which compiles a body again after every edit, shows the same `file:line:column: body: …` line
 * as `validate` (in the error overlay and the terminal) instead of the compiler's stack trace.
 * In a build the content check has already refused such a body; this changes nothing there.
 */
export function bodyCheck(root: string): Plugin {
	const dir = path.join(path.resolve(root), 'advisories') + path.sep;
	return {
		name: 'canhbao:body-check',
		// Before @astrojs/mdx, which is `pre` too and added after this by the integration order.
		enforce: 'pre',
		transform: {
			filter: { id: /\.mdx(?:\?.*)?$/ },
			handler(code, id) {
				const file = id.split('?')[0];
				if (!file.startsWith(dir)) return null;
				const parts = splitFrontmatter(code);
				if (!parts) return null;
				const problems = checkBody({ file: path.relative(process.cwd(), file) || file, text: parts.body, firstLine: parts.bodyLine });
				if (!problems.length) return null;
				const error = new ContentError(problems) as ContentError & { loc?: object };
				const [first] = problems;
				error.loc = { file, line: first.line, column: first.column };
				// The message is the whole story: no stack trace into the bundler.
				error.stack = `${problems.map(formatProblem).join('\n')}`;
				throw error;
			},
		},
	};
}
