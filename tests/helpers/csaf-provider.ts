/**
 * Checks a built site against the CSAF 2.0 provider requirements (§7.1, 1–20) the way a consumer
 * sees them: from provider-metadata.json to the directory, the ROLIE feed, every document, its
 * hashes and, for a trusted provider, its signature verified by GnuPG with the published key.
 * Returns one line per failed requirement; empty when the site is a valid provider.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { csafFileName } from '../../src/lib/model/data-files.ts';
import { csafErrors } from './csaf.ts';
import { gpgVerify } from './openpgp.ts';

const METADATA = '.well-known/csaf/provider-metadata.json';

interface Link {
	rel: string;
	href: string;
}
interface Entry {
	id: string;
	title: string;
	published: string;
	updated: string;
	link: Link[];
	content: { type: string; src: string };
	format: { schema: string; version: string };
}

export interface ProviderCheck {
	problems: string[];
	/** Documents checked, as paths inside the output. */
	documents: string[];
	role?: string;
}

export async function checkCsafProvider(out: string, baseUrl: string): Promise<ProviderCheck> {
	const problems: string[] = [];
	const fail = (requirement: number, message: string) => problems.push(`requirement ${requirement}: ${message}`);
	const exists = (p: string) => existsSync(path.join(out, p));
	const read = (p: string) => readFileSync(path.join(out, p), 'utf8');
	const json = (p: string) => JSON.parse(read(p));
	/** The output path an absolute URL of the site points at, or undefined for a foreign or non-HTTPS one. */
	const local = (requirement: number, url: string): string | undefined => {
		if (!url.startsWith('https://')) fail(3, `not HTTPS: ${url}`);
		if (!url.startsWith(baseUrl)) {
			fail(requirement, `${url} is not under ${baseUrl}`);
			return undefined;
		}
		const p = url.slice(baseUrl.length);
		return p === '' || p.endsWith('/') ? `${p}index.html` : p;
	};

	if (!exists(METADATA)) {
		fail(9, `no ${METADATA}`);
		return { problems, documents: [] };
	}
	const meta = json(METADATA);
	for (const field of [
		'canonical_url',
		'last_updated',
		'list_on_CSAF_aggregators',
		'mirror_on_CSAF_aggregators',
		'metadata_version',
		'publisher',
		'role',
	]) {
		if (!(field in meta)) fail(7, `provider-metadata.json lacks ${field}`);
	}
	if (local(7, meta.canonical_url) !== METADATA) fail(7, `canonical_url ${meta.canonical_url} is not where the file is`);
	if (meta.metadata_version !== '2.0') fail(7, `metadata_version ${meta.metadata_version}`);
	if (!['csaf_provider', 'csaf_trusted_provider'].includes(meta.role)) fail(7, `role ${meta.role}`);

	// Requirement 8: security.txt names the provider metadata.
	const securityTxt = exists('.well-known/security.txt') ? read('.well-known/security.txt') : '';
	const fields = securityTxt
		.split('\n')
		.filter((l) => /^[A-Za-z-]+: /.test(l))
		.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]);
	if (!fields.some(([k, v]) => k === 'CSAF' && v === meta.canonical_url))
		fail(8, 'security.txt has no CSAF field with the provider-metadata.json URL');
	if (!fields.some(([k]) => k === 'Contact')) fail(8, 'security.txt has no Contact');
	if (fields.filter(([k]) => k === 'Expires').length !== 1) fail(8, 'security.txt needs exactly one Expires');

	// Requirement 20: the public keys, where a trusted provider says they are.
	const keys: { fingerprint: string; armored: string }[] = [];
	for (const k of meta.public_openpgp_keys ?? []) {
		if (!/^[0-9a-fA-F]{40,}$/.test(k.fingerprint ?? '')) fail(20, `fingerprint ${k.fingerprint}`);
		const p = local(20, k.url);
		if (!p || !exists(p)) {
			fail(20, `public key ${k.url} is not in the build`);
			continue;
		}
		keys.push({ fingerprint: k.fingerprint.toUpperCase(), armored: read(p) });
	}
	const signed = meta.role === 'csaf_trusted_provider';
	if (signed && keys.length === 0) fail(20, 'a trusted provider lists no public_openpgp_keys');
	// RFC 9116 §2.3: a provider that signs signs its security.txt too.
	const clear = securityTxt.startsWith('-----BEGIN PGP SIGNED MESSAGE-----');
	if (signed && !(clear && keys.some((k) => gpgVerify(k.armored, securityTxt).ok)))
		fail(8, 'security.txt is not signed in the clear by a published key');
	if (!signed && clear) fail(8, 'security.txt is signed but no key is published');
	if (!signed && keys.length) fail(7, 'public keys listed but the role is not csaf_trusted_provider');

	// The distributions: the directory (11–14) and the ROLIE feeds (15–17).
	const distributions: {
		directory_url?: string;
		rolie?: { feeds: { tlp_label: string; url: string }[]; services?: string[]; categories?: string[] };
	}[] = meta.distributions ?? [];
	const directories = distributions
		.flatMap((d) => (d.directory_url ? [local(11, d.directory_url)?.replace(/index\.html$/, '')] : []))
		.filter((d): d is string => Boolean(d));
	const feeds = distributions.flatMap((d) => d.rolie?.feeds ?? []);
	if (!directories.length) fail(11, 'no directory_url');
	if (!feeds.length) fail(15, 'no ROLIE feed in distributions[].rolie.feeds');

	const documents: string[] = [];
	for (const directory of directories) {
		const root = path.join(out, directory);
		const found = readdirSync(root, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && /^\d{4}$/.test(path.basename(e.parentPath)) && e.name.endsWith('.json'))
			.map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
			.sort();
		documents.push(...found.map((f) => directory + f));
		// Requirement 12: index.txt lists every document, and only those.
		const index = read(`${directory}index.txt`).split('\n').filter(Boolean);
		if ([...index].sort().join('\n') !== found.join('\n'))
			fail(12, `index.txt lists ${index.length} of ${found.length} documents or others`);
		// Requirement 13: changes.csv, every document with its current release date, newest first.
		const changes = parse(read(`${directory}changes.csv`)) as string[][];
		if (
			changes
				.map(([f]) => f)
				.sort()
				.join('\n') !== found.join('\n')
		)
			fail(13, 'changes.csv does not list every document once');
		const times = changes.map(([, date]) => new Date(date).getTime());
		if (times.some((t, i) => i > 0 && t > times[i - 1])) fail(13, 'changes.csv is not sorted newest first');
		for (const [file, date] of changes) {
			if (found.includes(file) && json(directory + file).document.tracking.current_release_date !== date)
				fail(13, `${file}: ${date} is not its current_release_date`);
		}
		// Requirement 14: a listing in the directory and every year folder, linking what is there.
		for (const folder of ['', ...new Set(found.map((f) => f.slice(0, 5)))]) {
			const listing = exists(`${directory}${folder}index.html`) ? read(`${directory}${folder}index.html`) : '';
			const names = folder ? found.filter((f) => f.startsWith(folder)).map((f) => f.slice(5)) : ['index.txt', 'changes.csv'];
			for (const name of names) if (!listing.includes(`${name}"`)) fail(14, `${directory}${folder} does not list ${name}`);
		}
	}

	const entries = new Map<string, Entry[]>();
	for (const feed of feeds) {
		const p = local(15, feed.url);
		if (!p || !exists(p)) {
			fail(15, `feed ${feed.url} is not in the build`);
			continue;
		}
		const doc = json(p).feed;
		if (doc.link?.[0]?.rel !== 'self' || doc.link[0].href !== feed.url) fail(15, `${p}: first link is not rel self to the feed`);
		if (
			!doc.category?.some(
				(c: { scheme: string; term: string }) => c.scheme === 'urn:ietf:params:rolie:category:information-type' && c.term === 'csaf',
			)
		)
			fail(15, `${p}: no csaf information-type category`);
		if (!/^[a-zA-Z0-9+\-_.]+$/.test(doc.id ?? '')) fail(15, `${p}: id ${doc.id}`);
		for (const e of doc.entry as Entry[]) {
			const src = local(15, e.content?.src ?? '');
			if (src) entries.set(src, [...(entries.get(src) ?? []), { ...e, tlp: feed.tlp_label } as Entry]);
		}
	}
	const services = distributions.flatMap((d) => d.rolie?.services ?? []);
	for (const url of services) {
		const p = local(16, url);
		const hrefs =
			p && exists(p) ? json(p).service.workspace.flatMap((w: { collection: { href: string }[] }) => w.collection.map((c) => c.href)) : [];
		for (const feed of feeds) if (!hrefs.includes(feed.url)) fail(16, `service document ${url} does not list ${feed.url}`);
	}
	for (const url of distributions.flatMap((d) => d.rolie?.categories ?? [])) {
		const p = local(17, url);
		if (!p || !exists(p) || !Array.isArray(json(p).categories?.category)) fail(17, `category document ${url} is missing or not one`);
	}

	for (const file of documents) {
		const text = read(file);
		const csaf = JSON.parse(text);
		const { tracking, distribution, publisher } = csaf.document;
		for (const error of await csafErrors(csaf)) fail(1, `${file}: ${error}`);
		if (path.basename(file) !== csafFileName(tracking.id))
			fail(2, `${file}: expected the file name ${csafFileName(tracking.id)} for ${tracking.id}`);
		if (!['WHITE', 'CLEAR'].includes(distribution?.tlp?.label)) fail(4, `${file}: TLP ${distribution?.tlp?.label} on the public site`);
		if (file.split('/').at(-2) !== tracking.initial_release_date.slice(0, 4)) fail(11, `${file}: not in the folder of its year`);
		if (JSON.stringify(publisher) !== JSON.stringify(meta.publisher)) fail(7, `${file}: publisher differs from provider-metadata.json`);
		// Requirement 18: hash files of the exact bytes, digest first.
		for (const algorithm of ['sha256', 'sha512']) {
			const hashFile = `${file}.${algorithm}`;
			const digest = createHash(algorithm).update(text).digest('hex');
			if (!exists(hashFile) || read(hashFile).split(/\s/)[0] !== digest) fail(18, `${hashFile} does not match the document`);
		}
		// Requirement 15: listed once in the feed of its TLP label, agreeing with the document.
		const listed = entries.get(file) ?? [];
		if (listed.length !== 1) fail(15, `${file}: in ${listed.length} feed entries, expected 1`);
		for (const e of listed) {
			if (e.id !== tracking.id || e.title !== csaf.document.title) fail(15, `${file}: feed entry id or title differs from the document`);
			if (e.published !== tracking.initial_release_date || e.updated !== tracking.current_release_date)
				fail(15, `${file}: feed entry dates differ from the document`);
			if (e.link[0]?.rel !== 'self' || local(15, e.link[0].href) !== file)
				fail(15, `${file}: feed entry's first link is not rel self to the document`);
			if (
				e.content.type !== 'application/json' ||
				e.format?.version !== '2.0' ||
				e.format.schema !== 'https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json'
			)
				fail(15, `${file}: feed entry content or format`);
			if ((e as Entry & { tlp: string }).tlp !== distribution.tlp.label) fail(15, `${file}: listed in the feed of another TLP label`);
			const rels = (rel: string) => e.link.filter((l) => l.rel === rel).map((l) => local(15, l.href));
			for (const algorithm of ['sha256', 'sha512'])
				if (!rels('hash').includes(`${file}.${algorithm}`)) fail(15, `${file}: feed entry lacks its ${algorithm} hash link`);
			if (signed && !rels('signature').includes(`${file}.asc`)) fail(15, `${file}: feed entry lacks its signature link`);
			if (!signed && rels('signature').length) fail(15, `${file}: feed entry links a signature of an unsigned site`);
		}
		// Requirement 19: a signature GnuPG verifies with a published key.
		if (signed) {
			if (!exists(`${file}.asc`)) fail(19, `${file}.asc is missing`);
			else {
				const results = keys.map((k) => ({ k, r: gpgVerify(k.armored, read(`${file}.asc`), text) }));
				const good = results.find(({ k, r }) => r.ok && r.fingerprint === k.fingerprint);
				if (!good) fail(19, `${file}.asc does not verify with a published key: ${results.map(({ r }) => r.output.trim()).join(' | ')}`);
			}
		} else if (exists(`${file}.asc`)) fail(19, `${file}.asc published by a site that says it does not sign`);
	}
	return { problems, documents, role: meta.role };
}
