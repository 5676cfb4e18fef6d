/**
 * Report benchmark: a synthetic published catalog (1,000 advisories, 300 agencies by default)
 * and 10,000 report files; times `reports import` (the whole folder, then again: all duplicates),
 * `reports status --json` and `reports site`, each as the command a user runs, in a fresh process.
 *
 *   npm run bench:reports -- [--advisories 1000] [--agencies 300] [--files 10000] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportedAdvisory, ExportedCatalog, ExportedRecipient } from '../../src/lib/outputs/advisory-json.ts';
import { SCHEMA_VERSION } from '../../src/lib/outputs/advisory-json.ts';
import { addDays } from '../../src/lib/util/dates.ts';
import { reportFile, reportFileJson, type Tick } from '../../src/lib/reports/file.ts';
import { mulberry32 } from './prng.ts';

const TODAY = '2026-11-26';
const BASE = 'https://canhbao.example.gov.vn/';

/** The published catalog: every advisory active, addressed to 30 agencies, with 3 dated actions. */
export function syntheticCatalog(advisories: number, agencies: number, seed = 17): ExportedCatalog {
	const random = mulberry32(seed);
	const ids = Array.from({ length: agencies }, (_, i) => `don-vi-${String(i + 1).padStart(3, '0')}`);
	const ref = (id: string) => ({ id, name: `Đơn vị ${id.slice(-3)}`, shortName: null });
	const given = new Map<string, string[]>(ids.map((id) => [id, []]));
	const list: ExportedAdvisory[] = [];
	for (let n = 1; n <= advisories; n++) {
		const issued = addDays('2025-01-01', Math.floor(((n - 1) / advisories) * 680));
		const key = `${issued.slice(0, 4)}/${n}-bench`;
		const to = random.sample(ids, Math.min(30, agencies));
		const actions = Array.from({ length: 3 }, (_, i) => ({
			key: `${key}#viec-${i + 1}`,
			id: `viec-${i + 1}`,
			number: i + 1,
			part: 0,
			heading: null,
			text: `Việc ${i + 1} của cảnh báo ${n}`,
			steps: [],
			role: 'all' as const,
			due: addDays(issued, random.int(5, 60)),
			assigned: false,
			assignees: to.map(ref),
		}));
		for (const id of to) given.get(id)!.push(...actions.map((a) => a.key));
		list.push({
			key,
			url: `${BASE}canh-bao/${key}/`,
			jsonUrl: `${BASE}canh-bao/${key}.json`,
			number: `${n}/BENCH`,
			issued,
			updated: null,
			changed: issued,
			place: 'Hà Tĩnh',
			issuer: { ...ref('so-khcn'), url: `${BASE}co-quan/so-khcn/` },
			subject: `cảnh báo ${n}`,
			title: `Cảnh báo ${n}`,
			summary: '',
			kind: 'vulnerability',
			severity: 'high',
			status: 'active',
			declaredStatus: 'active',
			expired: false,
			validFrom: null,
			validUntil: null,
			supersededBy: null,
			supersedes: [],
			recipients: to.map(ref),
			relays: [],
			actions,
			closing: null,
			cves: [],
			products: [],
			indicators: [],
			cc: [],
			signer: { name: 'X', titleLines: [] },
			attachments: [],
			tags: [],
		});
	}
	list.reverse(); // newest first, as published
	const recipients: ExportedRecipient[] = ids.map((id) => ({
		...ref(id),
		type: 'organisation',
		url: `${BASE}don-vi/${id}/`,
		memberOf: [],
		successors: [],
		validFrom: null,
		validUntil: null,
		email: `${id}@example.gov.vn`,
		advisories: [],
		actions: given.get(id)!,
	}));
	return {
		schemaVersion: SCHEMA_VERSION,
		site: { name: 'Bench', operator: 'Sở', address: 'Hà Tĩnh', baseUrl: BASE, subscriptionEmail: null },
		today: TODAY,
		advisories: list,
		recipients,
	};
}

/** Report files: each from one agency, on 10 of its advisories (30 actions), statuses mixed. */
export function* syntheticReports(catalog: ExportedCatalog, files: number, seed = 23): Generator<string> {
	const random = mulberry32(seed);
	const issued = new Map(catalog.advisories.map((a) => [a.key, a.issued]));
	for (let i = 0; i < files; i++) {
		const r = random.pick(catalog.recipients);
		const advisories = [...new Set(r.actions.map((k) => k.slice(0, k.indexOf('#'))))];
		const chosen = new Set(random.sample(advisories, Math.min(10, advisories.length)));
		const keys = r.actions.filter((k) => chosen.has(k.slice(0, k.indexOf('#'))));
		const latest = keys.reduce(
			(max, k) => (issued.get(k.slice(0, k.indexOf('#')))! > max ? issued.get(k.slice(0, k.indexOf('#')))! : max),
			'2025-01-01',
		);
		const reportedAt = addDays(
			latest,
			random.int(0, Math.max(0, Math.min(30, Math.round((Date.parse(TODAY) - Date.parse(latest)) / 86_400_000)))),
		);
		const ticks: Tick[] = keys.map((key) => {
			const roll = random.next();
			return {
				key,
				done: roll < 0.6,
				notApplicable: roll >= 0.6 && roll < 0.7,
				note: roll < 0.3 ? 'Đã thực hiện theo hướng dẫn' : '',
				date: reportedAt,
			};
		});
		yield reportFileJson(
			reportFile({
				recipient: r.id,
				reportedAt,
				reporter: { name: 'Cán bộ', contact: `${r.id}@example.gov.vn` },
				site: BASE,
				build: TODAY,
				ticks,
			}),
		);
	}
}

function timed(label: string, args: string[]): { seconds: number; stdout: string } {
	const start = process.hrtime.bigint();
	const run = spawnSync(process.execPath, ['scripts/reports.ts', ...args], {
		encoding: 'utf8',
		maxBuffer: 1 << 30,
		env: { ...process.env, CANHBAO_TODAY: TODAY },
	});
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	if (run.status !== 0) throw new Error(`${label} failed (${run.status}):\n${run.stderr.slice(0, 2000)}`);
	return { seconds, stdout: run.stdout };
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: {
			advisories: { type: 'string', default: '1000' },
			agencies: { type: 'string', default: '300' },
			files: { type: 'string', default: '10000' },
			keep: { type: 'boolean', default: false },
		},
	});
	const [advisories, agencies, files] = [values.advisories, values.agencies, values.files].map(Number);
	const dir = mkdtempSync(path.join(tmpdir(), 'canhbao-bench-reports-'));
	try {
		const catalog = syntheticCatalog(advisories, agencies);
		const dataFile = path.join(dir, 'advisories.json');
		writeFileSync(dataFile, JSON.stringify(catalog));
		const inbox = path.join(dir, 'inbox');
		mkdirSync(inbox);
		let i = 0;
		let bytes = 0;
		for (const text of syntheticReports(catalog, files)) {
			const name = path.join(inbox, `bao-cao-${String(++i).padStart(5, '0')}.json`);
			writeFileSync(name, text);
			bytes += text.length;
		}
		const store = path.join(dir, 'store');
		const common = ['--store', store, '--data', dataFile];
		console.log(
			`reports bench: ${advisories} advisories, ${agencies} agencies, ${files} report files (${(bytes / 1e6).toFixed(1)} MB), published data ${(statSync(dataFile).size / 1e6).toFixed(1)} MB`,
		);
		const first = timed('import', ['import', inbox, ...common]);
		console.log(`  import, empty store:      ${first.seconds.toFixed(2)} s  (${first.stdout.trim()})`);
		const again = timed('import again', ['import', inbox, ...common]);
		console.log(`  import again (all known): ${again.seconds.toFixed(2)} s  (${again.stdout.trim()})`);
		const status = timed('status', ['status', '--json', ...common]);
		const rows = (JSON.parse(status.stdout) as { rows: unknown[] }).rows.length;
		console.log(
			`  status --json:            ${status.seconds.toFixed(2)} s  (${rows} rows, store ${(statSync(path.join(store, 'reports.jsonl')).size / 1e6).toFixed(1)} MB)`,
		);
		const overdue = timed('status --overdue', ['status', '--overdue', '--json', ...common]);
		console.log(`  status --overdue --json:  ${overdue.seconds.toFixed(2)} s`);
		const site = timed('site', ['site', '--out', path.join(dir, 'noi-bo'), ...common]);
		console.log(`  site:                     ${site.seconds.toFixed(2)} s  (${site.stdout.trim()})`);
	} finally {
		if (values.keep) console.log(`kept ${dir}`);
		else rmSync(dir, { recursive: true, force: true });
	}
}
