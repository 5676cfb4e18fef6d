/** `npm run validate`: checks every content file and prints problems as file:line: field: message. */
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/lib/util/problems.ts';
import { checkContent } from '../src/lib/model/load.ts';
import { contentRoot } from '../src/lib/content/source-fs.ts';
import { checkOriginals, publicDirFor } from '../src/lib/authoring/intake/attachments.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, public: { type: 'string' } } });
const root = values.content ?? contentRoot();
const { catalog, problems } = checkContent(root);
// Originals kept by import must be there, unchanged (the build's link check only sees that a file exists).
problems.push(...checkOriginals(values.public ?? publicDirFor(root), catalog.advisories));
if (problems.length) {
	for (const problem of problems) console.error(formatProblem(problem));
	console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${root}`);
	process.exit(1);
}
console.log(
	`OK: ${catalog.advisories.length} advisories, ${catalog.recipients.byId.size} recipients, ${catalog.authorities.size} authorities in ${root}`,
);
