/** `npm run validate`: checks every content file and prints problems as file:line: field: message. */
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/lib/util/problems.ts';
import { checkContent } from '../src/lib/model/load.ts';
import { contentRoot } from '../src/lib/content/source-fs.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const root = values.content ?? contentRoot();
const { catalog, problems } = checkContent(root);
if (problems.length) {
	for (const problem of problems) console.error(formatProblem(problem));
	console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${root}`);
	process.exit(1);
}
console.log(`OK: ${catalog.advisories.length} advisories, ${catalog.recipients.byId.size} recipients, ${catalog.authorities.size} authorities in ${root}`);
