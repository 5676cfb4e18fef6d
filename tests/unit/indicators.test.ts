import { describe, expect, it } from 'vitest';
import { defang } from '../../src/lib/model/indicators.ts';

describe('defanging indicators', () => {
	it('breaks IPs, domains, URLs and e-mail addresses so they cannot be followed', () => {
		expect(defang('ip', '203.0.113.7')).toBe('203[.]0[.]113[.]7');
		expect(defang('domain', 'update.example.net')).toBe('update[.]example[.]net');
		expect(defang('url', 'https://update.example.net/a.b/doc.zip')).toBe('hxxps://update[.]example[.]net/a.b/doc.zip');
		expect(defang('url', 'http://198.51.100.2:8080/x')).toBe('hxxp://198[.]51[.]100[.]2:8080/x');
		expect(defang('email', 'phish@mail.example.org')).toBe('phish[@]mail.example[.]org');
		expect(defang('ip', '2001:db8::1')).toBe('2001:db8:[:]1');
	});

	it('leaves hashes alone', () => {
		const hash = 'a'.repeat(64);
		expect(defang('hash', hash)).toBe(hash);
	});
});
