/**
 * Structural checks of a STIX 2.1 bundle against the specification (OASIS STIX 2.1, §3 common
 * properties, §4 SDOs, §7.2 marking definitions, §9 patterning): no validator library for STIX
 * 2.1 installs from npm here, so the rules the exports rely on are checked directly.
 */
const ID = /^([a-z][a-z0-9-]+[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** §3.2: RFC 3339, UTC ("Z"), optional fraction of a second. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** §9: one comparison expression in square brackets, an object path, an operator and a quoted literal. */
const PATTERN = /^\[[a-z0-9-]+:[a-z0-9_.']+(?:\.'[A-Z0-9-]+')? = '(?:[^'\\]|\\['\\])*'\]$/;

const required: Record<string, string[]> = {
	report: ['name', 'published', 'object_refs'],
	indicator: ['pattern', 'pattern_type', 'valid_from'],
	vulnerability: ['name'],
	'marking-definition': ['definition_type', 'definition'],
};

type StixObject = Record<string, unknown> & { type: string; id: string };

export function stixProblems(bundle: unknown): string[] {
	const problems: string[] = [];
	const b = bundle as { type?: unknown; id?: unknown; objects?: unknown; spec_version?: unknown };
	if (b.type !== 'bundle') problems.push('bundle: type must be "bundle"');
	if (typeof b.id !== 'string' || !ID.test(b.id) || !b.id.startsWith('bundle--')) problems.push(`bundle: bad id ${String(b.id)}`);
	if ('spec_version' in b) problems.push('bundle: STIX 2.1 bundles have no spec_version');
	if (!Array.isArray(b.objects) || !b.objects.length) return [...problems, 'bundle: objects must be a non-empty list'];
	const objects = b.objects as StixObject[];
	const ids = new Set<string>();
	for (const o of objects) {
		const at = `${o.type ?? '?'} ${o.id ?? '?'}`;
		if (typeof o.id !== 'string' || !ID.test(o.id) || !o.id.startsWith(`${o.type}--`))
			problems.push(`${at}: id must be "${o.type}--<uuid>"`);
		if (ids.has(o.id)) problems.push(`${at}: duplicate id`);
		ids.add(o.id);
		if (o.spec_version !== '2.1') problems.push(`${at}: spec_version must be "2.1"`);
		if (typeof o.created !== 'string' || !TIMESTAMP.test(o.created)) problems.push(`${at}: created must be a UTC timestamp`);
		if (o.type !== 'marking-definition') {
			if (typeof o.modified !== 'string' || !TIMESTAMP.test(o.modified)) problems.push(`${at}: modified must be a UTC timestamp`);
			else if (o.modified < (o.created as string)) problems.push(`${at}: modified before created`);
		}
		for (const field of required[o.type] ?? [`<unknown type ${o.type}>`]) if (!(field in o)) problems.push(`${at}: missing ${field}`);
		for (const field of ['published', 'valid_from', 'valid_until']) {
			if (field in o && !TIMESTAMP.test(String(o[field]))) problems.push(`${at}: ${field} must be a UTC timestamp`);
		}
		if (o.type === 'indicator') {
			if (o.pattern_type !== 'stix' || !PATTERN.test(String(o.pattern)))
				problems.push(`${at}: pattern ${String(o.pattern)} is not a STIX pattern`);
			if (!Array.isArray(o.indicator_types) || !o.indicator_types.length)
				problems.push(`${at}: indicator_types should name the kind of indicator`);
		}
		if (o.type === 'report' && (!Array.isArray(o.object_refs) || !o.object_refs.length))
			problems.push(`${at}: object_refs must be a non-empty list`);
	}
	for (const o of objects) {
		const refs = [
			...((o.object_refs as string[] | undefined) ?? []),
			...((o.object_marking_refs as string[] | undefined) ?? []),
			...(o.created_by_ref ? [o.created_by_ref as string] : []),
		];
		for (const ref of refs) if (!ids.has(ref)) problems.push(`${o.type} ${o.id}: refers to ${ref}, which is not in the bundle`);
	}
	return problems;
}
