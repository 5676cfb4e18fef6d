import type { Recipient } from '../../schemas/recipient.ts';
import { closure, invert } from './registry.ts';

/** How an advisory reaches a recipient, nearest first. */
export type Reach = 'direct' | 'group' | 'predecessor';

/**
 * The recipient registry with its relations resolved once: groups and members, predecessors and
 * successors. Organisations change (departments merge, districts are abolished), so every query
 * follows those edges instead of trusting a single id.
 */
export class RecipientRegistry {
	readonly byId: ReadonlyMap<string, Recipient>;
	private readonly membersOf: Map<string, string[]>;
	private readonly predecessorsOf: Map<string, string[]>;

	constructor(recipients: Iterable<Recipient>) {
		this.byId = new Map([...recipients].map((r) => [r.id, r]));
		this.membersOf = invert(this.byId.values(), (r) => r.memberOf);
		this.predecessorsOf = invert(this.byId.values(), (r) => r.successors);
	}

	get(id: string): Recipient | undefined {
		return this.byId.get(id);
	}

	/** Direct members of a group. */
	members(id: string): Recipient[] {
		return this.list(this.membersOf.get(id) ?? []);
	}

	/** Entries whose successor this is (a merged department's former parts). */
	predecessors(id: string): Recipient[] {
		return this.list(this.predecessorsOf.get(id) ?? []);
	}

	/** The recipients and, transitively, all their members: everyone a dispatch to them addresses. */
	addressed(ids: Iterable<string>): Set<string> {
		return new Set(closure(ids, (id) => this.membersOf.get(id) ?? []));
	}

	/**
	 * Every id whose mail concerns `id`, with how: itself, the groups it belongs to, and the
	 * predecessors of either (so today's Sở Khoa học và Công nghệ sees what was sent to the
	 * former Sở Thông tin và Truyền thông, and a new commune sees what was sent to "UBND các huyện").
	 */
	scope(id: string): Map<string, Reach> {
		const reach = new Map<string, Reach>([[id, 'direct']]);
		const queue = [id];
		for (let i = 0; i < queue.length; i++) {
			const current = queue[i];
			const via = reach.get(current)!;
			const step = (next: string, kind: Reach) => {
				if (reach.has(next)) return;
				// The weakest link on the way decides how it reads: a predecessor's group is still "predecessor".
				reach.set(next, via === 'predecessor' || kind === 'predecessor' ? 'predecessor' : kind);
				queue.push(next);
			};
			for (const group of this.byId.get(current)?.memberOf ?? []) step(group, 'group');
			for (const previous of this.predecessorsOf.get(current) ?? []) step(previous, 'predecessor');
		}
		return reach;
	}

	/** Groups first, then organisations, each alphabetically in Vietnamese order. */
	sorted(): Recipient[] {
		return [...this.byId.values()].sort(
			(a, b) => (a.type === b.type ? 0 : a.type === 'group' ? -1 : 1) || a.name.localeCompare(b.name, 'vi'),
		);
	}

	private list(ids: string[]): Recipient[] {
		return ids.map((id) => this.byId.get(id)).filter((r): r is Recipient => r !== undefined);
	}
}
