/**
 * Checks the build runs over the finished site before it replaces the last good one. A broken
 * link on an advisory page is reported against its MDX file (most come from a link typed in the
 * text); one elsewhere is a template bug, reported against the built page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkLinks } from '../audit/links.ts';
import type { PageFactsCache } from '../audit/page-facts.ts';
import type { SiteLocation } from '../audit/site-files.ts';
import type { Problem } from '../../src/lib/util/problems.ts';

export interface SiteCheckOptions {
	/** Names the site folder in messages (the final one, not the staging folder). */
	shownAs?: string;
	/** What each page contains, from the last build and saved for the next one. */
	cache?: PageFactsCache;
}

export function builtSiteProblems(dir: string, location: SiteLocation, contentRoot: string, options: SiteCheckOptions = {}): Problem[] {
	const shownAs = options.shownAs ?? dir;
	const { cache } = options;
	const { problems } = checkLinks(dir, location, { cache });
	if (cache) {
		try {
			cache.save();
		} catch (error) {
			// The cache only saves time: the next build reads every page again.
			console.warn(`Could not save the link check's cache ${cache.file}: ${error instanceof Error ? error.message : error}`);
		}
	}
	return problems.map((problem) => {
		const advisory = /^canh-bao\/(\d{4})\/([^/]+)\/index\.html$/.exec(problem.file);
		const source = advisory && path.join(contentRoot, 'advisories', advisory[1], `${advisory[2]}.mdx`);
		if (source && existsSync(source)) {
			const written = problem.link.startsWith(location.base) ? `/${problem.link.slice(location.base.length)}` : problem.link;
			const lines = readFileSync(source, 'utf8').split('\n');
			const index = lines.findIndex((line) => line.includes(`(${problem.link}`) || line.includes(`(${written}`));
			return {
				file: path.relative(process.cwd(), source),
				line: index >= 0 ? index + 1 : undefined,
				field: index >= 0 ? 'body' : '',
				message: `link "${problem.link}": ${problem.reason}`,
			};
		}
		return {
			file: `${path.relative(process.cwd(), shownAs) || '.'}/${problem.file}`,
			field: '',
			message: `link "${problem.link}": ${problem.reason}`,
		};
	});
}
