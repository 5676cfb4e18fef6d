/** Validation of CSAF 2.0 documents with the BSI's validator: the strict JSON schema plus every mandatory test (§6.1). */
// validate.js rather than validateStrict.js: strict mode only guards against foreign test functions
// (these are all the library's own) and importing it loads every test module, about 20 s more.
// @ts-expect-error: the library ships JavaScript with JSDoc types only.
import validate from '@secvisogram/csaf-validator-lib/validate.js';
// @ts-expect-error: as above.
import * as mandatory from '@secvisogram/csaf-validator-lib/mandatoryTests.js';
// @ts-expect-error: as above.
import * as optional from '@secvisogram/csaf-validator-lib/optionalTests.js';
// @ts-expect-error: as above.
import { csaf_2_0_strict } from '@secvisogram/csaf-validator-lib/schemaTests.js';

interface TestResult {
	name: string;
	isValid: boolean;
	errors: { message: string; instancePath: string }[];
	warnings: { message: string; instancePath: string }[];
}

const format = (r: TestResult, key: 'errors' | 'warnings') => r[key].map((e) => `${r.name}: ${e.message} at ${e.instancePath}`);

/** Every schema error and failed mandatory test, as readable lines; empty when the document is valid. */
export async function csafErrors(document: unknown): Promise<string[]> {
	const result = (await validate([csaf_2_0_strict, ...Object.values(mandatory)], document)) as { isValid: boolean; tests: TestResult[] };
	return result.tests.flatMap((t) => format(t, 'errors'));
}

/**
 * Warnings of the optional tests (§6.2), by test, without those this content cannot avoid:
 * 6.2.3 (no CVSS score: the dispatches carry none), 6.2.16 (no CPE/PURL: products are named as
 * the dispatch names them) and 6.2.18 (affected versions are the dispatch's words, not a vers range).
 */
export async function csafOptionalWarnings(document: unknown): Promise<string[]> {
	const unavoidable = new Set(['optionalTest_6_2_3', 'optionalTest_6_2_16', 'optionalTest_6_2_18']);
	const tests = Object.values(optional as Record<string, { name: string }>).filter((t) => !unavoidable.has(t.name));
	const result = (await validate(tests, document)) as { tests: TestResult[] };
	return result.tests.flatMap((t) => format(t, 'warnings'));
}
