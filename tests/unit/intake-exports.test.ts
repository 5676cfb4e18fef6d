/** The imported original's digest travels into the JSON and CSAF exports; a relay may cite an upstream id. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/lib/authoring/intake/read.ts';
import { csafDocument, type CsafContext } from '../../src/lib/outputs/csaf/document.ts';
import { exportAdvisory } from '../../src/lib/outputs/advisory-json.ts';
import { checkContent } from '../../src/lib/model/load.ts';
import { csafErrors } from '../helpers/csaf.ts';
import { TODAY, fixtureCopy, replaceOnce } from '../helpers/fixture.ts';

const ORIGINAL = Buffer.from('%PDF-1.7 the signed original');
const DIGEST = sha256(ORIGINAL);

describe('an advisory imported from a PDF', () => {
	const root = fixtureCopy({
		'advisories/2024/5-stttt-cntt.mdx': (text) =>
			replaceOnce(
				'recipients: [so-ban-nganh]',
				`recipients: [so-ban-nganh]\nrelays:\n  - number: example-sa-2024-0042\n    issued: 2024-02-28\n    issuer: ncsc\nattachments:\n  - title: Văn bản gốc (PDF)\n    url: /tep/2024/5-stttt-cntt.pdf\n    sha256: ${DIGEST}`,
			)(text),
	});
	const { catalog, site, problems } = checkContent(root, TODAY);
	const advisory = catalog.byId.get('2024/5-stttt-cntt')!;

	it('validates, with an upstream advisory id as a relay number', () => {
		expect(problems).toEqual([]);
		expect(advisory.data.relays[0].number).toBe('example-sa-2024-0042');
	});

	it('carries the SHA-256 in the JSON export and in the CSAF references, and the CSAF still validates', async () => {
		expect(exportAdvisory(advisory, site!.baseUrl).attachments).toEqual([
			{ title: 'Văn bản gốc (PDF)', url: expect.stringMatching(/^https:\/\/.*\/tep\/2024\/5-stttt-cntt\.pdf$/), sha256: DIGEST },
		]);
		const ctx: CsafContext = { site: site!, absolute: (p) => new URL(p, site!.baseUrl).href, byId: catalog.byId };
		const doc = csafDocument(advisory, ctx);
		expect(doc.document.references).toContainEqual({
			category: 'external',
			summary: `Văn bản gốc (PDF) (SHA-256: ${DIGEST})`,
			url: expect.stringMatching(/\/tep\/2024\/5-stttt-cntt\.pdf$/),
		});
		expect(await csafErrors(doc)).toEqual([]);
	});

	it('refuses a digest that is not 64 hex digits', () => {
		const bad = fixtureCopy({
			'advisories/2024/5-stttt-cntt.mdx': replaceOnce(
				'recipients: [so-ban-nganh]',
				'recipients: [so-ban-nganh]\nattachments:\n  - title: Gốc\n    url: /tep/x.pdf\n    sha256: abc',
			),
		});
		expect(checkContent(bad, TODAY).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
			'attachments[0].sha256: expected the SHA-256 as 64 lower-case hex digits',
		]);
	});

	it('validate checks that the original is there with its digest', () => {
		const publicDir = mkdtempSync(path.join(tmpdir(), 'canhbao-public-'));
		const validate = () =>
			spawnSync(process.execPath, ['scripts/validate.ts', '--content', root, '--public', publicDir], {
				encoding: 'utf8',
				env: { ...process.env, CANHBAO_TODAY: TODAY },
			});
		const missing = validate();
		expect(missing.status).toBe(1);
		expect(missing.stderr).toMatch(
			/5-stttt-cntt\.mdx: attachments\[0\]\.url: \S*tep\/2024\/5-stttt-cntt\.pdf is missing; the original must be committed with the advisory/,
		);
		mkdirSync(path.join(publicDir, 'tep/2024'), { recursive: true });
		writeFileSync(path.join(publicDir, 'tep/2024/5-stttt-cntt.pdf'), 'changed');
		expect(validate().stderr).toMatch(
			/attachments\[0\]\.sha256: \S*5-stttt-cntt\.pdf does not have this SHA-256; the file was changed after import/,
		);
		writeFileSync(path.join(publicDir, 'tep/2024/5-stttt-cntt.pdf'), ORIGINAL);
		const ok = validate();
		expect(ok.status, ok.stderr).toBe(0);
	}, 60_000);
});
