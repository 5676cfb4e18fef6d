/**
 * Field names of a zod object schema, nested objects and lists of objects included
 * (`signer.name`, `actions[].due`), with whether each is required. The README's field reference
 * is checked against this, so documentation and schema cannot drift apart.
 */
import type { z } from 'astro/zod';

export interface FieldInfo {
	name: string;
	required: boolean;
}

interface Def {
	type: string;
	innerType?: z.ZodType;
	element?: z.ZodType;
	in?: z.ZodType;
	shape?: Record<string, z.ZodType>;
}

const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Lists `name` and, for an object or a list of objects, its fields after it. `required` is
 * relative to the parent: `actions[].id` is required in every action, though `actions` is optional.
 */
export function schemaFields(schema: z.ZodType, name = '', required = true): FieldInfo[] {
	const d = def(schema);
	switch (d.type) {
		case 'optional':
		case 'default':
			return schemaFields(d.innerType!, name, false);
		case 'pipe':
			return schemaFields(d.in!, name, required);
		case 'array': {
			const element = def(d.element!).type === 'object' ? fieldsOf(d.element!, `${name}[].`) : [];
			return [{ name, required }, ...element];
		}
		case 'object':
			return name ? [{ name, required }, ...fieldsOf(schema, `${name}.`)] : fieldsOf(schema, '');
		default:
			return [{ name, required }];
	}
}

function fieldsOf(schema: z.ZodType, prefix: string): FieldInfo[] {
	const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
	return Object.entries(shape).flatMap(([key, child]) => schemaFields(child, prefix + key, true));
}
