/** The field reference (docs/fields.md) must list exactly the schema's fields, in order, with the right "required". */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { schemaFields } from '../../src/lib/content/schema-fields.ts';
import { advisorySchema } from '../../src/schemas/advisory.ts';
import { authoritySchema } from '../../src/schemas/authority.ts';
import { recipientSchema } from '../../src/schemas/recipient.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const REFERENCE = 'docs/fields.md';
const reference = readFileSync(REFERENCE, 'utf8');

/** Every table row of a `<!-- fields:<section> -->` block, as `<field> <yes|no>`. */
function documented(text: string, section: string): string[] {
	const match = new RegExp(`<!-- fields:${section} -->([\\s\\S]*?)<!-- /fields:${section} -->`).exec(text);
	if (!match) throw new Error(`${REFERENCE} has no <!-- fields:${section} --> … <!-- /fields:${section} --> block`);
	const rows = match[1].split('\n').filter((line) => line.startsWith('|') && !/^\| field \|/.test(line) && !/^\| -/.test(line));
	return rows.map((row) => {
		const cells = /^\| `([^`]+)` \| (yes|no) \|/.exec(row);
		// A row the pattern cannot read would otherwise drop out silently and hide a missing field.
		if (!cells) throw new Error(`${REFERENCE}, fields:${section}: cannot read the row ${row}`);
		return `${cells[1]} ${cells[2]}`;
	});
}

const schemas: Record<string, z.ZodType> = {
	advisory: advisorySchema,
	recipient: recipientSchema,
	authority: authoritySchema,
	site: siteSchema,
};

describe('field reference (docs/fields.md)', () => {
	for (const [section, schema] of Object.entries(schemas)) {
		it(`lists every ${section} field in schema order`, () => {
			const fields = schemaFields(schema).map((f) => `${f.name} ${f.required ? 'yes' : 'no'}`);
			expect(fields.length).toBeGreaterThan(0);
			expect(documented(reference, section)).toEqual(fields);
		});
	}

	it('is the only copy, and the README points at it', () => {
		// A second set of tables would not be checked and would drift.
		expect(readFileSync('README.md', 'utf8')).not.toMatch(/<!-- fields:/);
		expect(readFileSync('README.md', 'utf8')).toContain('docs/fields.md');
	});
});
