/**
 * Checks the build runs over the finished site before it replaces the last good one. A broken
 * link on an advisory page is reported against its MDX file (most come from a link typed in the
 * text); one elsewhere is a template bug, reported against the built page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkLinks } from '../audit/links.ts';
import type { SiteLocation } from '../audit/site-files.ts';
import type { Problem } from '../../src/lib/problems.ts';

/** `shownAs` names the site folder in messages (the final one, not the staging folder). */
export function builtSiteProblems(dir: string, location: SiteLocation, contentRoot: string, shownAs = dir): Problem[] {
	return checkLinks(dir, location).problems.map((problem) => {
		const advisory = /^canh-bao\/(\d{4})\/([^/]+)\/index\.html$/.exec(problem.file);
		const source = advisory && path.join(contentRoot, 'advisories', advisory[1], `${advisory[2]}.mdx`);
		if (source && existsSync(source)) {
			const written = problem.link.startsWith(location.base) ? `/${problem.link.slice(location.base.length)}` : problem.link;
			const lines = readFileSync(source, 'utf8').split('\n');
			const index = lines.findIndex((line) => line.includes(`(${problem.link}`) || line.includes(`(${written}`));
			return { file: path.relative(process.cwd(), source), line: index >= 0 ? index + 1 : undefined, field: index >= 0 ? 'body' : '', message: `link "${problem.link}": ${problem.reason}` };
		}
		return { file: `${path.relative(process.cwd(), shownAs) || '.'}/${problem.file}`, field: '', message: `link "${problem.link}": ${problem.reason}` };
	});
}
