import { describe, expect, it } from 'vitest';
import { RecipientRegistry } from '../../src/lib/model/recipients.ts';
import { loadContent } from '../../src/lib/content/source-fs.ts';
import { FIXTURE } from '../helpers/fixture.ts';

const fixture = new RecipientRegistry(loadContent(FIXTURE).input.recipients.entries);
const sample = new RecipientRegistry(loadContent('content').input.recipients.entries);

describe('recipient resolution', () => {
	it('reaches members through their groups', () => {
		expect(fixture.scope('so-y-te')).toEqual(
			new Map([
				['so-y-te', 'direct'],
				['so-ban-nganh', 'group'],
			]),
		);
	});

	it('reaches a successor through its predecessors, and their groups', () => {
		const scope = fixture.scope('so-khcn');
		expect(scope.get('so-tttt')).toBe('predecessor');
		expect(scope.get('so-ban-nganh')).toBe('group');
	});

	it('lets a commune created in 2025 see what was sent to the abolished districts', () => {
		const scope = fixture.scope('ubnd-x-b');
		expect(scope.get('ubnd-cap-xa')).toBe('group');
		expect(scope.get('ubnd-h-a')).toBe('predecessor');
		expect(scope.get('ubnd-cap-huyen')).toBe('predecessor');
		expect(scope.has('so-ban-nganh')).toBe(false);
	});

	it('lists everyone a dispatch addresses: the recipients and their members', () => {
		expect([...fixture.addressed(['so-ban-nganh'])].sort()).toEqual(['so-ban-nganh', 'so-khcn', 'so-tttt', 'so-y-te']);
	});

	it('survives a cycle in editor data', () => {
		const looped = new RecipientRegistry([
			{ id: 'a', name: 'A', type: 'group', memberOf: ['b'], successors: [] },
			{ id: 'b', name: 'B', type: 'group', memberOf: ['a'], successors: [] },
		]);
		expect([...looped.scope('a').keys()]).toEqual(['a', 'b']);
	});

	it('resolves the sample registry across the 2025 reorganisation', () => {
		// Today's Department of Science and Technology inherits the former Department of Information and Communications.
		expect(sample.scope('so-khcn').get('so-tttt')).toBe('predecessor');
		// A ward of the former Hà Tĩnh city inherits what was sent to the city and to "UBND các huyện".
		const ward = sample.scope('ubnd-p-thanh-sen');
		expect(ward.get('ubnd-tp-ha-tinh')).toBe('predecessor');
		expect(ward.get('ubnd-cap-huyen')).toBe('predecessor');
		expect(
			sample
				.predecessors('so-nong-nghiep-moi-truong')
				.map((r) => r.id)
				.sort(),
		).toEqual(['so-nong-nghiep-ptnt', 'so-tai-nguyen-moi-truong']);
	});
});
