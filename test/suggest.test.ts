/** "Did you mean" only for a likely slip; otherwise a few names that exist. */
import { expect, test } from 'vitest';
import { nearest, suggestion } from '../src/model/suggest.ts';

const actors = ['russia', 'united-states', 'ukraine', 'nato', 'donald-trump', 'sergei-lavrov', 'marco-rubio'];

test.each([
	['rusia', 'russia'],
	['ukriane', 'ukraine'],
	['united-state', 'united-states'],
	['nato', 'nato'],
	['natoo', 'nato'],
	['reuters', undefined],
	['gl-walkout', undefined],
	['x', undefined],
])('%s → %s', (value, expected) => {
	expect(nearest(value, actors)).toBe(expected);
});

test('a distant key lists what exists instead of guessing', () => {
	expect(suggestion('reuters', ['gl-walkout', 'tass-reply'], 'declared key')).toBe(
		'no declared key is close; existing ones include "gl-walkout", "tass-reply".',
	);
	expect(suggestion('zzz', actors, 'actor id')).toBe(
		'no actor id is close; existing ones include "donald-trump", "marco-rubio", "nato", "russia", "sergei-lavrov", and 2 more.',
	);
	expect(suggestion('rusia', actors, 'actor id')).toBe('did you mean "russia"?');
	expect(suggestion('rusia', [], 'actor id')).toBeUndefined();
});
