import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { advisorySchema, type Advisory } from '../../src/schemas/advisory.ts';
import { authoritySchema } from '../../src/schemas/authority.ts';
import { recipientSchema } from '../../src/schemas/recipient.ts';
import { documentKey, slugFromNumber } from '../../src/lib/util/document-number.ts';
import { existsOn, generateCorpus, REPO_ROOT } from '../../scripts/bench/corpus.ts';

// Large enough to cover every kind, both sides of the 2025 reorganisation and supersession.
const N = 400;
const SEED = 7;

interface Generated {
	file: string;
	raw: string;
	frontmatter: unknown;
	body: string;
}

let workDir: string;
let first: { dir: string; files: string[] };
let generated: Generated[];

async function readCorpus(dir: string, files: string[]): Promise<Generated[]> {
	return Promise.all(
		files.map(async (file) => {
			const raw = await readFile(path.join(dir, file), 'utf8');
			const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
			if (!match) throw new Error(`${file}: no frontmatter block`);
			return { file, raw, frontmatter: parseYaml(match[1]), body: match[2] };
		}),
	);
}

function parsed(items: Generated[]): { file: string; advisory: Advisory }[] {
	return items.map(({ file, frontmatter }) => ({ file, advisory: advisorySchema.parse(frontmatter) }));
}

beforeAll(async () => {
	workDir = await mkdtemp(path.join(tmpdir(), 'canhbao-corpus-test-'));
	first = await generateCorpus(path.join(workDir, 'a'), N, SEED);
	generated = await readCorpus(first.dir, first.files);
});

afterAll(async () => {
	await rm(workDir, { recursive: true, force: true });
});

describe('generateCorpus', () => {
	it('writes n advisories and the three registry/settings files', async () => {
		expect(first.files).toHaveLength(N);
		for (const file of ['recipients.yaml', 'authorities.yaml', 'site.yaml']) {
			const copy = await readFile(path.join(first.dir, file), 'utf8');
			expect(copy).toBe(await readFile(path.join(REPO_ROOT, 'content', file), 'utf8'));
		}
	});

	it('gives byte-identical files for the same n and seed, and different ones for another seed', async () => {
		const again = await generateCorpus(path.join(workDir, 'b'), N, SEED);
		expect(again.files).toEqual(first.files);
		const second = await readCorpus(again.dir, again.files);
		expect(second.map((g) => g.raw)).toEqual(generated.map((g) => g.raw));

		const other = await generateCorpus(path.join(workDir, 'c'), N, SEED + 1);
		const otherText = await readCorpus(other.dir, other.files);
		expect(otherText.map((g) => g.raw)).not.toEqual(generated.map((g) => g.raw));
	});

	it('refuses a folder that already holds advisories', async () => {
		await expect(generateCorpus(first.dir, 1, SEED)).rejects.toThrow(/already holds advisories/);
	});

	it('writes advisories that pass advisorySchema', () => {
		const failures = generated.flatMap(({ file, frontmatter }) => {
			const result = advisorySchema.safeParse(frontmatter);
			return result.success ? [] : [`${file}: ${JSON.stringify(result.error.issues)}`];
		});
		expect(failures).toEqual([]);
	});

	it('names each file <year>/<slug of its number>.mdx', () => {
		for (const { file, advisory } of parsed(generated)) {
			expect(file).toBe(path.join('advisories', advisory.issued.slice(0, 4), `${slugFromNumber(advisory.number)}.mdx`));
		}
	});

	it('spreads years, kinds, severities and statuses', () => {
		const advisories = parsed(generated).map((p) => p.advisory);
		const years = new Set(advisories.map((a) => Number(a.issued.slice(0, 4))));
		expect(Math.min(...years)).toBe(2018);
		expect(Math.max(...years)).toBe(2026);
		expect(years.size).toBe(9);
		expect(new Set(advisories.map((a) => a.kind)).size).toBe(6);
		expect(new Set(advisories.map((a) => a.severity)).size).toBe(4);
		expect(new Set(advisories.map((a) => a.status)).size).toBe(3);
		expect(advisories.some((a) => a.cves.length > 0)).toBe(true);
		expect(advisories.some((a) => a.products.length > 0)).toBe(true);
		expect(advisories.some((a) => a.indicators.length > 0)).toBe(true);
	});

	it('keeps document numbers unique per issuer and year', () => {
		const keys = parsed(generated).map(({ advisory }) => documentKey(advisory.number, advisory.issuer, advisory.issued));
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('uses only registry ids that exist on the issue date', async () => {
		const recipients = recipientSchema.array().parse(parseYaml(await readFile(path.join(REPO_ROOT, 'content/recipients.yaml'), 'utf8')));
		const authorities = authoritySchema.array().parse(parseYaml(await readFile(path.join(REPO_ROOT, 'content/authorities.yaml'), 'utf8')));
		const recipientById = new Map(recipients.map((r) => [r.id, r]));
		const authorityById = new Map(authorities.map((a) => [a.id, a]));
		const problems: string[] = [];
		const check = (ok: boolean, file: string, what: string): void => {
			if (!ok) problems.push(`${file}: ${what}`);
		};

		for (const { file, advisory } of parsed(generated)) {
			const issuer = authorityById.get(advisory.issuer);
			check(issuer !== undefined && existsOn(issuer, advisory.issued), file, `issuer ${advisory.issuer}`);
			for (const id of advisory.recipients) {
				const recipient = recipientById.get(id);
				check(recipient !== undefined && existsOn(recipient, advisory.issued), file, `recipient ${id}`);
			}
			for (const relay of advisory.relays) {
				const source = authorityById.get(relay.issuer);
				check(source !== undefined && existsOn(source, relay.issued), file, `relay issuer ${relay.issuer}`);
				check(relay.issued <= advisory.issued, file, `relay ${relay.number} issued after the advisory`);
			}
			const actionIds = advisory.actions.map((a) => a.id);
			check(new Set(actionIds).size === actionIds.length, file, 'duplicate action ids');
			check(actionIds.length >= 2 && actionIds.length <= 6, file, `${actionIds.length} actions`);
			for (const action of advisory.actions) {
				if (action.due) check(action.due >= advisory.issued, file, `action ${action.id} due before issue`);
				for (const id of action.assignees) {
					const assignee = recipientById.get(id);
					const reached =
						advisory.recipients.includes(id) || (assignee?.memberOf ?? []).some((group) => advisory.recipients.includes(group));
					check(assignee !== undefined && reached && existsOn(assignee, advisory.issued), file, `assignee ${id}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	it('points supersededBy at a later advisory of the corpus', () => {
		const all = parsed(generated).map((p) => p.advisory);
		const byId = new Map(all.map((a) => [`${a.issued.slice(0, 4)}/${slugFromNumber(a.number)}`, a]));
		for (const advisory of all.filter((a) => a.status === 'superseded')) {
			const successor = byId.get(advisory.supersededBy ?? '');
			expect(successor, advisory.number).toBeDefined();
			expect(successor && successor.issued >= advisory.issued).toBe(true);
		}
	});

	it('writes only documentation addresses as indicators and well-formed CVE ids', () => {
		const safe = /^(?:(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}|[a-f0-9]{64}|(?:https:\/\/|[a-z-]+@)?[a-z0-9-]+\.example(?:\/.*)?)$/;
		for (const { advisory } of parsed(generated)) {
			for (const indicator of advisory.indicators) expect(indicator.value).toMatch(safe);
			for (const cve of advisory.cves) expect(cve).toMatch(/^CVE-\d{4}-\d{5}$/);
		}
	});

	it('writes 3–6 Vietnamese paragraphs without MDX-significant characters', () => {
		for (const { file, body } of generated) {
			const paragraphs = body.trim().split(/\n\n+/);
			expect(paragraphs.length, file).toBeGreaterThanOrEqual(3);
			expect(paragraphs.length, file).toBeLessThanOrEqual(6);
			expect(body, file).not.toMatch(/[{}<>]/);
			expect(body, file).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
		}
	});
});
