/**
 * The text of a dispatch between "Kính gửi" and its signature: paragraphs joined back together
 * after PDF line breaking, the body before the numbered items, the items with their sub-items
 * as actions ("Giao X:" items give each sub-item to X), and the closing paragraph.
 */
import type { IsoDate } from '../../util/dates.ts';
import type { SourceLine } from './normalize.ts';
import * as p from './patterns.ts';

export interface DispatchAction {
	text: string;
	/** The numbered item's own text when it groups several actions ("Giao Sở Thông tin và Truyền thông:"). */
	heading?: string;
	/** Sub-items (a), b), - lines) that belong to it. */
	steps: string[];
	/** X of "Giao X:", as printed. */
	assignee: string | null;
	due: IsoDate | null;
	/** Number of the item it belongs to. */
	item: number;
}

interface Block {
	kind: p.Marker | 'para';
	number?: number;
	text: string;
}

/**
 * Joins lines broken by PDF extraction into paragraphs and list entries. When the text separates
 * its paragraphs with blank lines, a single line break inside a paragraph is always a wrap;
 * otherwise a line that ends a sentence and a line that starts with a capital are two paragraphs.
 */
function blocks(lines: SourceLine[]): Block[] {
	const blankSeparated = lines.some(
		(l, i) => !l.text && i > 0 && /[.!?:;]$/.test(lines[i - 1].text) && lines[i + 1]?.text && !p.marker(lines[i + 1].text),
	);
	const out: Block[] = [];
	let blank = false;
	for (const { text } of lines) {
		if (!text) {
			blank = true;
			continue;
		}
		const m = p.marker(text);
		const current = out.at(-1);
		if (m) out.push({ kind: m.kind, number: m.number, text: m.text });
		else if (current && continues(current, text, blank, blankSeparated)) current.text = `${current.text} ${text}`;
		else out.push({ kind: 'para', text });
		blank = false;
	}
	return out;
}

/** Whether `next` carries on `block`, across a line break or a blank line (a page break). */
function continues(block: Block, next: string, afterBlank: boolean, blankSeparated: boolean): boolean {
	const ended = /[.!?:;]$/.test(block.text);
	const lower = /^[\p{Ll}\d(]/u.test(next);
	if (afterBlank) return !ended && lower;
	return (block.kind === 'para' && blankSeparated) || !ended || lower;
}

interface Item {
	number: number;
	text: string;
	subs: { kind: p.Marker; text: string; steps: string[] }[];
}

export function readText(lines: SourceLine[]): { body: string[]; actions: DispatchAction[]; closing?: string } {
	const all = blocks(lines);
	let first = all.findIndex((b) => b.kind === 'item');
	let items: Item[];
	let rest: Block[];
	if (first >= 0) {
		const lastItem = all.findLastIndex((b) => b.kind === 'item');
		// The closing starts where only paragraphs remain after the last item's own lines.
		let closingAt = all.length;
		while (closingAt - 1 > lastItem && all[closingAt - 1].kind === 'para') closingAt--;
		items = groupItems(all.slice(first, closingAt));
		rest = all.slice(closingAt);
	} else {
		// No numbered items: the bullets after a paragraph ending in ":" are the actions.
		const lead = all.findLastIndex((b, i) => b.kind === 'para' && b.text.endsWith(':') && all[i + 1] && all[i + 1].kind !== 'para');
		if (lead < 0) return { body: all.map(bodyText), actions: [] };
		first = lead + 1;
		let end = first;
		while (end < all.length && all[end].kind !== 'para') end++;
		items = all
			.slice(first, end)
			.filter((b) => b.kind === all[first].kind)
			.map((b, i) => ({ number: i + 1, text: b.text, subs: [] }));
		rest = all.slice(end);
	}
	const closing = rest.map((b) => bodyText(b)).join(' ') || undefined;
	return { body: all.slice(0, first).map(bodyText), actions: items.flatMap(toActions), closing };
}

const bodyText = (b: Block) => (b.kind === 'para' || b.kind === 'item' ? (b.number ? `${b.number}. ${b.text}` : b.text) : `- ${b.text}`);

/** Items with their sub-items: the first kind of marker under an item is its level; other kinds are steps of the entry above. */
function groupItems(list: Block[]): Item[] {
	const items: Item[] = [];
	let level: p.Marker | undefined;
	for (const b of list) {
		if (b.kind === 'item') {
			items.push({ number: b.number!, text: b.text, subs: [] });
			level = undefined;
			continue;
		}
		const item = items.at(-1)!;
		const sub = item.subs.at(-1);
		if (b.kind === 'para') {
			if (sub) sub.steps.length ? (sub.steps[sub.steps.length - 1] += ` ${b.text}`) : (sub.text += ` ${b.text}`);
			else item.text += ` ${b.text}`;
			continue;
		}
		level ??= b.kind;
		if (b.kind === level || !sub) item.subs.push({ kind: b.kind, text: b.text, steps: [] });
		else sub.steps.push(b.text);
	}
	return items;
}

const GIAO = /^Giao\s+(?:cho\s+)?([^:]{2,160}?)\s*:\s*(.*)$/u;

function toActions(item: Item): DispatchAction[] {
	const giao = GIAO.exec(item.text);
	const due = (...texts: string[]) => texts.map(p.dueDate).find(Boolean) ?? null;
	if (giao) {
		const [, assignee, rest] = giao;
		const heading = rest && item.subs.length ? item.text : `Giao ${assignee}:`;
		if (!item.subs.length) return [{ text: rest || item.text, heading, steps: [], assignee, due: due(item.text), item: item.number }];
		return item.subs.map((s) => ({
			text: s.text,
			heading,
			steps: s.steps,
			assignee,
			due: due(s.text, ...s.steps, item.text),
			item: item.number,
		}));
	}
	const steps = item.subs.flatMap((s) => [s.text, ...s.steps]);
	return [{ text: item.text, steps, assignee: null, due: due(item.text, ...steps), item: item.number }];
}
