/**
 * `npm run build`: builds the site into a fresh folder, checks it, and only then puts it in place
 * of the last good one, so a failed build (bad content, a crash, a Pagefind error, a broken
 * link) never leaves a half-written or empty site behind. Everything the build writes (pages,
 * search index, sitemap, robots.txt) goes into that folder. CANHBAO_CONTENT and CANHBAO_OUT
 * choose the content root and the output folder.
 */
import { build } from 'astro';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { cacheRoot } from '../src/integrations/build-cache.ts';
import { ContentError, formatProblem } from '../src/lib/util/problems.ts';
import { problemFromCompileError } from '../src/lib/content/mdx-check.ts';
import { contentRoot } from '../src/lib/content/source-fs.ts';
import { sharedContent } from '../src/astro/shared.ts';
import { PageFactsCache } from './audit/page-facts.ts';
import { locationOf } from './audit/site-files.ts';
import { builtSiteProblems } from './build/checks.ts';

const out = path.resolve(process.env.CANHBAO_OUT ?? 'dist');
const staging = `${out}.staging-${process.pid}`;
const previous = `${out}.previous-${process.pid}`;

const quiet = process.env.CANHBAO_LOG === 'quiet';
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
const started = performance.now();

rmSync(staging, { recursive: true, force: true });
try {
	await build({ outDir: staging, logLevel: quiet ? 'warn' : 'info' });
	const checking = performance.now();
	// The content the build read (src/astro/shared.ts): not read again.
	const { site, problems } = await sharedContent();
	if (!site) throw new ContentError(problems);
	const cache = new PageFactsCache(path.join(cacheRoot(), 'canhbao-links', 'page-facts.bin'));
	const broken = builtSiteProblems(staging, locationOf(site.baseUrl), contentRoot(), { shownAs: out, cache });
	if (broken.length) throw new ContentError(broken);
	if (!quiet) console.log(`Links checked in ${seconds(checking)} s (${cache.scanned} pages read, ${cache.reused} unchanged)`);
} catch (error) {
	rmSync(staging, { recursive: true, force: true });
	const kept = existsSync(out) ? `the last good site in ${path.relative(process.cwd(), out) || out} is unchanged` : 'nothing was written';
	console.error(`\nBuild failed; ${kept}.\n`);
	// A body the content check let through but MDX refused still reads as one line, not a stack trace.
	const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
	const body = error instanceof ContentError ? undefined : problemFromCompileError(error, read, contentRoot());
	console.error(error instanceof ContentError ? error.message : body ? formatProblem(body) : error);
	process.exit(1);
}

// Two renames on one file system: readers of `out` see the old site or the new one, never a mix.
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
console.log(`Site written to ${path.relative(process.cwd(), out) || out} (${seconds(started)} s in all)`);
