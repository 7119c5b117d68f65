/**
 * How names compare however their marks are typed (src/model/typed-marks.ts): what mentions of actors and the wire
 * import rely on. The fold keeps the text's length, so offsets found in it hold in the text as written.
 */
import { expect, test } from 'vitest';
import { foldTyping, typedNamePattern } from '../src/model/typed-marks.ts';

test.each([
	['’ ‘ ʼ ‛ ′', "' ' ' ' '"],
	['“ ” „ ‟ ″', '" " " " "'],
	['– — ‑ ‐ ‒ ― −', '- - - - - - -'],
	['a\u00a0b\u202fc\u2009d\u2003e\u3000f', 'a b c d e f'],
	['Łódź’s «port»\n', "Łódź's «port»\n"],
])('%j folds to %j, of the same length', (typed, plain) => {
	expect(foldTyping(typed)).toBe(plain);
	expect(foldTyping(typed)).toHaveLength(typed.length);
});

test.each([
	["Dockworkers' Federation", 'Dockworkers’\nFederation', true],
	['Dockworkers’ Federation', "dockworkers' federation", true],
	['Ost–Valmora (League)', 'Ost-Valmora (League)', true],
	['Ost–Valmora (League)', 'Ost Valmora (League)', false],
	['A.B.', 'AxBx', false],
])('the name %j is found in %j: %s', (name, text, found) => {
	expect(new RegExp(`^${typedNamePattern(name)}$`, 'iu').test(text)).toBe(found);
});
