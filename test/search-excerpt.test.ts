/**
 * What a search result quotes of its page: a passage that starts at a sentence (or after "…" at a word), holds the
 * words the query matched, marked, and leaves out the heading the result already shows; and the actors a query
 * names by another name.
 */
import { describe, expect, test } from 'vitest';
import { aliasesNamed } from '../src/browser/search-aliases.ts';
import { excerptOf, titleWords } from '../src/browser/search-excerpt.ts';

/** An excerpt as a reader sees it, the marked words in [brackets]. */
const shown = (content: string, words: string[], length: number, skip = 0) => {
	const all = content.split(' ');
	const matches = all.flatMap((word, location) => (words.some((w) => word.replace(/\W/g, '') === w) ? [{ location, balanced_score: 1 }] : []));
	return excerptOf(content, matches, length, skip)
		.map(({ text, mark }) => (mark ? `[${text}]` : text))
		.join('');
};

describe('excerptOf', () => {
	const story =
		'Talks opened in Jeddah. The delegations met for eight hours, and Moscow was not there. Kyiv said it would wait for Moscow to answer. Nothing else was agreed.';
	test.each([
		['from the start of the sentence that holds the match', ['wait'], 8, 'Kyiv said it would [wait] for Moscow to answer.'],
		['where the matches are densest', ['Moscow', 'agreed'], 12, '… [Moscow] was not there. Kyiv said it would wait for [Moscow] to answer.'],
		['ending the sentence rather than cutting it, a few words over', ['opened'], 3, 'Talks [opened] in Jeddah.'],
		['after "…" at a word when the sentence starts too far back', ['hours'], 4, '… [hours,] and Moscow was not there.'],
		['with "…" where it cuts a sentence', ['delegations'], 2, 'The [delegations] …'],
	])('%s', (_, words, length, expected) => {
		expect(shown(story, words, length)).toBe(expected);
	});

	test('from the start of a long sentence, when its match is near the end', () => {
		const lead = 'What exactly is on it is not clear; sources called the terms broad and close to demands Moscow has made before. Russia handed over the list.';
		expect(shown(lead, ['Moscow'], 30)).toBe(
			'What exactly is on it is not clear; sources called the terms broad and close to demands [Moscow] has made before. Russia handed over the list.',
		);
	});

	test('a page with no match in its text (found by another name) quotes its opening', () => {
		expect(shown('Russia. The country waging war in Ukraine. Its forces advanced.', [], 6, 1)).toBe('The country waging war in Ukraine.');
	});

	test('a sentence ends before an invisible joiner too (the one that holds a citation number to its word)', () => {
		expect(shown('It said so.\u2060 Then Moscow answered.', ['Moscow'], 3)).toBe('Then [Moscow] answered.');
	});
});

test.each([
	['Russia. The country waging war.', 'Russia', 1],
	['Maós Katel, page 1 of 6. Both officials spoke.', 'Maós Katel', 6],
	['Elsewhere Russia is named.', 'Russia', 0],
])('titleWords(%j, %j) is %i', (content, title, count) => {
	expect(titleWords(content, title)).toBe(count);
});

test.each([
	['Kremlin', ['the Kremlin'], ['Moscow', 'the Kremlin']],
	['the kreml', ['the Kremlin'], ['the Kremlin']],
	['krem', ['the Kremlin'], ['the Kremlin']],
	['the', [], ['the Kremlin']],
	['zoe', ['Zoë N.'], ['Zoë N.']],
	['moscow talks', [], ['Moscow']],
] as const)('the query %j names %j', (query, named, aliases) => {
	expect(aliasesNamed(query, aliases, 'en')).toEqual(named);
});
