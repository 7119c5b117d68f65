import { describe, expect, test } from 'vitest';
import { withoutForbiddenChars } from '../src/model/forbidden-chars.ts';

describe('withoutForbiddenChars', () => {
	test.each([
		['NUL', 'a\u0000b', 'ab'],
		['backspace', 'a\u0008b', 'ab'],
		['vertical tab', 'a\u000Bb', 'ab'],
		['form feed', 'a\u000Cb', 'ab'],
		['bell', 'a\u0007b', 'ab'],
		['delete', 'a\u007Fb', 'ab'],
		['a C1 control', 'a\u0085b', 'ab'],
		['U+FFFE', 'a\uFFFEb', 'ab'],
		['U+FFFF', 'a\uFFFFb', 'ab'],
		['a lone surrogate', 'a\uD800b', 'ab'],
		['tab', 'a\tb', 'a\tb'],
		['newline', 'a\nb', 'a\nb'],
		['carriage return', 'a\r\nb', 'a\r\nb'],
		['emoji', 'Ferries ⛴️ and maps 🗺️', 'Ferries ⛴️ and maps 🗺️'],
		['non-ASCII letters', 'Åsa Ødegård, Ministère des Côtes, Москва', 'Åsa Ødegård, Ministère des Côtes, Москва'],
		['markup', '<b>&amp;</b> ]]>', '<b>&amp;</b> ]]>'],
	])('%s', (_, input, output) => {
		expect(withoutForbiddenChars(input)).toBe(output);
	});
});
