/**
 * Exact-accent search tokens. Pagefind folds diacritics, so "đồng" (copper, together) and
 * "động" (to move) are the same word to it, and an exact match cannot rank first. Each accented
 * word is therefore also indexed in Telex, the way Vietnamese is typed on an ASCII keyboard
 * ("đồng" → "ddoongf", "động" → "ddoongj"), where every accent is a plain letter Pagefind keeps.
 * An accented query is run a second time in Telex to learn which results match it exactly.
 */
const VOWEL_MARKS: Record<string, (base: string) => string> = {
	'\u0302': (b) => b + b, // circumflex: â ê ô → aa ee oo
	'\u0306': (b) => `${b}w`, // breve: ă → aw
	'\u031B': (b) => `${b}w`, // horn: ơ ư → ow uw
};
const TONES: Record<string, string> = { '\u0301': 's', '\u0300': 'f', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' };

/** Telex form of one word, or undefined when it has no accent to keep. */
export function telex(word: string): string | undefined {
	const letters = [...word.toLowerCase().normalize('NFD')];
	if (!letters.some((c) => c === 'đ' || /\p{M}/u.test(c))) return undefined;
	let out = '';
	let tone = '';
	for (const c of letters) {
		if (c === 'đ') out += 'dd';
		else if (TONES[c]) tone = TONES[c];
		else if (VOWEL_MARKS[c]) out = out.slice(0, -1) + VOWEL_MARKS[c](out.slice(-1));
		else if (/[a-z0-9]/.test(c)) out += c;
	}
	return out + tone;
}

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Telex forms already worked out. A corpus of thousands of advisories repeats the same few
 * thousand syllables millions of times; converting each occurrence was the slowest part of
 * building the search records.
 */
const known = new Map<string, string | undefined>();

function telexOnce(word: string): string | undefined {
	if (known.has(word)) return known.get(word);
	const token = telex(word);
	known.set(word, token);
	return token;
}

/** Telex tokens of every accented word in a text, each once. */
export function exactTokens(text: string): string {
	const tokens = new Set<string>();
	for (const word of text.match(WORD) ?? []) {
		const token = telexOnce(word);
		if (token) tokens.add(token);
	}
	return [...tokens].join(' ');
}

/** The query with its accented words in Telex; undefined when nothing in it is accented. */
export function exactQuery(query: string): string | undefined {
	let changed = false;
	const result = query.replace(WORD, (word) => {
		const token = telex(word);
		if (!token) return word;
		changed = true;
		return token;
	});
	return changed ? result : undefined;
}
