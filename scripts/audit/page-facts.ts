/**
 * What the link check needs from one HTML page, read in one pass: the addresses it carries and
 * the ids it offers to fragments. Facts depend on the page's bytes alone, not on the rest of the
 * site, so they can be kept between builds by a digest of those bytes (`PageFactsCache`): a
 * rebuild reads again only the pages that changed, while every link is still judged against the
 * new site.
 */
import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { startTags } from './html-tags.ts';

export type LinkKind = 'resource' | 'followed' | 'naming';

export interface LinkFact {
	/** The address as written in the page, character references decoded. */
	raw: string;
	/** `resource`: loaded into the page; `followed`: a reader follows it; `naming`: only names an address. */
	kind: LinkKind;
	/** Whether it may leave the site as it is: a form, or a link with rel="noopener". */
	noopener: boolean;
}

export interface PageFacts {
	/** Ids of elements (and names of `<a name>`), which fragments can point at. */
	ids: string[];
	/** Every address in the page, in document order. */
	links: LinkFact[];
}

/** Per element: the attributes that load something into the page (rather than name an address). */
const RESOURCES: Record<string, string> = {
	link: 'href',
	script: 'src',
	img: 'src',
	source: 'src',
	video: 'src',
	audio: 'src',
	iframe: 'src',
	embed: 'src',
	object: 'data',
};
/** Per element: the attribute a reader follows. */
const FOLLOWED: Record<string, string> = { a: 'href', area: 'href', form: 'action' };
/** `<meta>` properties whose content is an address. */
const META_ADDRESSES = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']);
/** The elements that can hold an address; other elements' attributes are read only for an id. */
const LINKING: ReadonlySet<string> = new Set([...Object.keys(RESOURCES), ...Object.keys(FOLLOWED), 'meta']);
/** `<link>` relations that only name an address (canonical, alternate…) rather than load it. */
const NAMING_RELS = new Set(['canonical', 'alternate', 'prev', 'next', 'author', 'license', 'help', 'search', 'me', 'external']);
const HAS_ID = /(?:^|\s)(?:id|name)\s*=/i;

const wanted = (name: string, attributeText: string) => LINKING.has(name) || (attributeText !== '' && HAS_ID.test(attributeText));

/**
 * The facts of one page. The strings in the result are copies, not slices of `html`: V8 keeps a
 * substring as a slice of its parent, and a check holding the facts of 5,000 pages would
 * otherwise hold the pages (the link check's heap once reached 1 GB that way).
 */
export function pageFacts(html: string): PageFacts {
	return deserialize(serialize(scan(html))) as PageFacts;
}

function scan(html: string): PageFacts {
	const ids: string[] = [];
	const links: LinkFact[] = [];
	for (const tag of startTags(html, wanted)) {
		const rels = (tag.attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
		const noopener = tag.name === 'form' || rels.includes('noopener');
		const add = (raw: string, kind: LinkKind) => links.push({ raw, kind, noopener });
		const id = tag.attributes.get('id') ?? (tag.name === 'a' ? tag.attributes.get('name') : undefined);
		if (id) ids.push(id);
		if (!LINKING.has(tag.name)) continue;
		const loads = RESOURCES[tag.name];
		const loaded = loads && tag.attributes.get(loads);
		if (loaded !== undefined && loaded !== '')
			add(loaded, tag.name === 'link' && rels.some((r) => NAMING_RELS.has(r)) ? 'naming' : 'resource');
		const srcset = tag.attributes.get('srcset');
		if (srcset && (tag.name === 'img' || tag.name === 'source')) {
			for (const candidate of srcset.split(',')) {
				const value = candidate.trim().split(/\s+/)[0];
				if (value) add(value, 'resource');
			}
		}
		// Addresses in metadata (social cards, og:url) are followed by other sites: they must exist too.
		const property = tag.name === 'meta' ? (tag.attributes.get('property') ?? tag.attributes.get('name') ?? '') : '';
		const content = tag.attributes.get('content');
		if (META_ADDRESSES.has(property) && content) add(content, 'naming');
		const follows = FOLLOWED[tag.name];
		const followed = follows && tag.attributes.get(follows);
		if (followed !== undefined) add(followed, 'followed');
	}
	return { ids, links };
}

/** Bumped when `pageFacts` changes what it finds, so older cache files are not trusted. */
const FORMAT = 'canhbao-page-facts/1';

/**
 * Facts of the pages of the last build, by SHA-256 of the page's bytes. One file, read at the
 * start of a check and replaced at the end by the facts of this build's pages only, so it does
 * not grow with every change; a missing, damaged or older file is an empty cache.
 */
export class PageFactsCache {
	readonly file: string;
	private previous = new Map<string, Uint8Array>();
	private next = new Map<string, Uint8Array>();
	/** Pages read this time because the cache did not have them. */
	scanned = 0;
	reused = 0;

	constructor(file: string) {
		this.file = file;
		try {
			const stored = deserialize(readFileSync(file)) as { format?: unknown; pages?: unknown };
			if (stored.format === FORMAT && stored.pages instanceof Map) this.previous = stored.pages as Map<string, Uint8Array>;
		} catch {
			// No cache yet, or one this version cannot read: every page is read.
		}
	}

	/** The facts of the page in `bytes`, from the cache when the same bytes were seen last time. */
	factsOf(bytes: Buffer): PageFacts {
		const digest = hash('sha256', bytes, 'base64');
		let stored = this.next.get(digest) ?? this.previous.get(digest);
		if (stored) this.reused += 1;
		else {
			stored = serialize(scan(bytes.toString('utf8')));
			this.scanned += 1;
		}
		this.next.set(digest, stored);
		return deserialize(stored) as PageFacts;
	}

	/** Replaces the file with this check's facts; written aside and renamed, so never half-written. */
	save(): void {
		mkdirSync(path.dirname(this.file), { recursive: true });
		const tmp = `${this.file}.tmp-${process.pid}`;
		try {
			writeFileSync(tmp, serialize({ format: FORMAT, pages: this.next }));
			renameSync(tmp, this.file);
		} catch (error) {
			rmSync(tmp, { force: true });
			throw error;
		}
	}
}
