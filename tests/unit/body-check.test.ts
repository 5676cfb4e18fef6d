/** `astro dev` compiles a body again after each edit: the Vite plugin checks it first and fails with validate's line. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyCheck } from '../../src/integrations/body-check.ts';
import { ContentError } from '../../src/lib/util/problems.ts';
import { FIXTURE } from '../helpers/fixture.ts';

const file = path.join(FIXTURE, 'advisories/2026/7-skhcn-cntt.mdx');
const good = readFileSync(file, 'utf8');
type Handler = (this: unknown, code: string, id: string) => unknown;
const transform = (code: string, id = file) => {
	const hook = bodyCheck(FIXTURE).transform as { handler: Handler };
	return hook.handler.call({}, code, id);
};

describe('the dev server’s body check', () => {
	it('fails the compile of a broken body with the one line validate prints, at its place in the file', () => {
		let thrown: unknown;
		try {
			transform(`${good.trimEnd()}\n\nMột đoạn có lỗi {1+} ở đây.\n`);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(ContentError);
		const error = thrown as ContentError & { loc: object };
		const line =
			'tests/fixtures/basic/advisories/2026/7-skhcn-cntt.mdx:33:20: body: "{" starts an expression in MDX; write \\{ to show a brace';
		expect(error.message).toBe(`Content has 1 problem:\n  ${line}`);
		// The overlay shows the stack: it is the same line, not the bundler's frames.
		expect(error.stack).toBe(line);
		expect(error.loc).toEqual({ file, line: 33, column: 20 });
	});

	it('lets a good body, and files outside the advisories, through untouched', () => {
		expect(transform(good)).toBeNull();
		expect(transform(`${good}\n\n\\{1+\\} và <span>thẻ</span>\n`)).toBeNull();
		expect(transform('{1+}', path.resolve('src/pages/khac.mdx'))).toBeNull();
	});
});
