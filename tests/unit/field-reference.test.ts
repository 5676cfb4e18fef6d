/** The README's field reference must list exactly the schema's fields, with the right "required". */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { schemaFields } from '../../src/lib/content/schema-fields.ts';
import { advisorySchema } from '../../src/schemas/advisory.ts';
import { authoritySchema } from '../../src/schemas/authority.ts';
import { recipientSchema } from '../../src/schemas/recipient.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const readme = readFileSync('README.md', 'utf8');

function documented(section: string): string[] {
	const match = new RegExp(`<!-- fields:${section} -->([\\s\\S]*?)<!-- /fields:${section} -->`).exec(readme);
	if (!match) throw new Error(`README.md has no <!-- fields:${section} --> block`);
	return [...match[1].matchAll(/^\| `([^`]+)` \| (yes|no) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
}

const schemas: Record<string, z.ZodType> = {
	advisory: advisorySchema,
	recipient: recipientSchema,
	authority: authoritySchema,
	site: siteSchema,
};

describe('README field reference', () => {
	for (const [section, schema] of Object.entries(schemas)) {
		it(`lists every ${section} field in schema order`, () => {
			const fields = schemaFields(schema).map((f) => `${f.name} ${f.required ? 'yes' : 'no'}`);
			expect(documented(section)).toEqual(fields);
		});
	}
});
