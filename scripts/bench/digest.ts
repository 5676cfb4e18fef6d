/**
 * Digest benchmark: N generated subscribers, the sample content's recent advisories, and a
 * local SMTP sink (smtp-server on 127.0.0.1) in this process. `npm run digest` runs as a child
 * process, exactly as in production, so its own peak memory is measured apart from the sink's.
 * Several sizes (`--digest 2000,10000`) show whether memory grows with the subscriber count.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { exportContentRoot } from '../../src/lib/outputs/advisory-json.ts';
import { candidates, editionFor } from '../../src/lib/digest/select.ts';
import { readPublished } from '../../src/lib/digest/data.ts';
import { REPO_ROOT } from './corpus.ts';
import { canSampleProcessTree, watchProcessTree } from './process-tree.ts';

/** A fixed day and window, so every run mails the same advisories. */
export const DIGEST_TODAY = '2026-11-26';
const DIGEST_SINCE = '2026-11-01';

export interface DigestBenchResult {
	subscribers: number;
	messages: number;
	seconds: number;
	messagesPerSecond: number;
	/** Mean size of a message as the server received it, in KiB. */
	messageKB: number;
	/** Peak RSS of the digest process, in MiB; null where /proc is unavailable. */
	peakRssMB: number | null;
	/** Peak V8 heap in use (live data and garbage not yet collected), in MiB. */
	peakHeapMB: number | null;
	/** V8 heap still in use after a full collection at the end, in MiB: what grows if anything is kept per subscriber. */
	liveHeapMB: number | null;
	connections: number;
	exitCode: number | null;
}

interface Sink {
	port: number;
	messages: number;
	bytes: number;
	close(): Promise<void>;
}

async function startSink(): Promise<Sink> {
	const sink = { port: 0, messages: 0, bytes: 0, close: async () => {} };
	const server = new SMTPServer({
		disableReverseLookup: true,
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		maxClients: 50,
		onData(stream, _session, callback) {
			stream.on('data', (chunk: Buffer) => (sink.bytes += chunk.length));
			stream.on('end', () => {
				sink.messages++;
				callback();
			});
		},
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	sink.port = (server.server.address() as { port: number }).port;
	sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
	return sink;
}

/** Writes published data from the sample content and a subscriber file of `n` rows into `dir`. */
async function prepare(dir: string, n: number): Promise<{ data: string; subscribers: string }> {
	await mkdir(dir, { recursive: true });
	const exported = await exportContentRoot(path.join(REPO_ROOT, 'content'), DIGEST_TODAY);
	const data = path.join(dir, 'advisories.json');
	await writeFile(data, JSON.stringify(exported));
	// Recipients with something in the window, so that every subscriber gets a message.
	const published = readPublished(JSON.stringify(exported), data);
	const recent = new Set(candidates(published, editionFor('immediate', DIGEST_TODAY, DIGEST_SINCE)).map((a) => a.key));
	const followed = exported.recipients.filter((r) => r.advisories.some((a) => recent.has(a.key))).map((r) => r.id);
	const rows = Array.from(
		{ length: n },
		(_, i) =>
			`- email: nguoi-nhan-${i + 1}@don-vi-${(i % 97) + 1}.example.gov.vn\n  name: Cán bộ số ${i + 1}\n  recipients: [${followed[i % followed.length]}]\n`,
	);
	const subscribers = path.join(dir, 'subscribers.yaml');
	await writeFile(subscribers, rows.join(''));
	return { data, subscribers };
}

export async function benchDigest(workDir: string, n: number, connections: number): Promise<DigestBenchResult> {
	const dir = path.join(workDir, `digest-${n}`);
	const { data, subscribers } = await prepare(dir, n);
	const sink = await startSink();
	try {
		const started = performance.now();
		const child = spawn(
			process.execPath,
			[
				'scripts/digest.ts',
				'--period',
				'immediate',
				'--since',
				DIGEST_SINCE,
				'--subscribers',
				subscribers,
				'--data',
				data,
				'--connections',
				String(connections),
			],
			{
				cwd: REPO_ROOT,
				stdio: ['ignore', 'ignore', 'pipe'],
				env: {
					...process.env,
					NODE_OPTIONS:
						`${process.env.NODE_OPTIONS ?? ''} --expose-gc --import ${pathToFileURL(path.join(REPO_ROOT, 'scripts/bench/heap-probe.mjs')).href}`.trim(),
					SMTP_HOST: '127.0.0.1',
					SMTP_PORT: String(sink.port),
					SMTP_FROM: 'Cảnh báo ATTT <canhbao@example.gov.vn>',
					CANHBAO_TODAY: DIGEST_TODAY,
					CANHBAO_DIGEST_SECRET: 'bench',
					CANHBAO_UNSUBSCRIBE_URL: 'https://dangky.example.gov.vn/huy?t={token}',
				},
			},
		);
		const watcher = child.pid !== undefined && canSampleProcessTree() ? watchProcessTree(child.pid, 50) : undefined;
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
		const exitCode = await new Promise<number | null>((resolve) => child.once('close', resolve));
		const seconds = (performance.now() - started) / 1000;
		const peak = await watcher?.stop();
		if (exitCode !== 0) console.error(`bench: the digest exited with ${exitCode}:\n${stderr}`);
		const heap = /heap-probe: (\{.*\})/.exec(stderr)?.[1];
		const { peakHeapBytes, liveHeapBytes } = heap
			? (JSON.parse(heap) as { peakHeapBytes: number; liveHeapBytes: number })
			: { peakHeapBytes: NaN, liveHeapBytes: NaN };
		const mb = (bytes: number) => (Number.isFinite(bytes) ? Number((bytes / 1024 / 1024).toFixed(1)) : null);
		return {
			subscribers: n,
			messages: sink.messages,
			seconds: Number(seconds.toFixed(2)),
			messagesPerSecond: Number((sink.messages / seconds).toFixed(1)),
			messageKB: Number((sink.bytes / Math.max(1, sink.messages) / 1024).toFixed(1)),
			peakRssMB: peak ? Number((Math.max(peak.peakBytes, peak.largestProcessBytes) / 1024 / 1024).toFixed(1)) : null,
			peakHeapMB: mb(peakHeapBytes),
			liveHeapMB: mb(liveHeapBytes),
			connections,
			exitCode,
		};
	} finally {
		await sink.close();
	}
}

export function digestSummary(results: DigestBenchResult[]): string {
	const lines = ['canhbao digest benchmark (local SMTP sink, fsync per accepted message)'];
	for (const r of results) {
		const mb = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(1)} MB`);
		lines.push(
			`  ${String(r.subscribers).padStart(6)} subscribers  ${String(r.messages).padStart(6)} sent in ${r.seconds.toFixed(1)} s  ${r.messagesPerSecond.toFixed(1)} msg/s  ${r.messageKB} KB/msg  (${r.connections} connections)`,
		);
		lines.push(`         memory: peak RSS ${mb(r.peakRssMB)}, peak heap ${mb(r.peakHeapMB)}, live heap after the run ${mb(r.liveHeapMB)}`);
	}
	if (results.length > 1) {
		const [small, large] = [results[0], results.at(-1)!];
		const growth = (a: number | null, b: number | null) =>
			a === null || b === null ? 'n/a' : `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)} %`;
		lines.push(
			`  from ${small.subscribers} to ${large.subscribers} subscribers: peak RSS ${growth(small.peakRssMB, large.peakRssMB)}, live heap ${growth(small.liveHeapMB, large.liveHeapMB)}`,
		);
	}
	return lines.join('\n');
}
