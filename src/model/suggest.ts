/** "Did you mean": the nearest known name, offered only when it is close enough to be a slip. */
import { closest, distance } from 'fastest-levenshtein';

/** How many known names a fix lists when none is close. */
const listed = 5;

/** The nearest of `known` when it differs from `value` by at most a third of its length (at least one edit). */
export function nearest(value: string, known: Iterable<string>): string | undefined {
	const candidates = [...known];
	if (!candidates.length) return undefined;
	const best = closest(value, candidates);
	return distance(value, best) <= Math.max(1, Math.floor(value.length / 3)) ? best : undefined;
}

/** The start of a fix: `did you mean "x"?`, or else a few names that exist. */
export function suggestion(value: string, known: Iterable<string>, noun: string): string | undefined {
	const candidates = [...known].sort();
	const near = nearest(value, candidates);
	if (near) return `did you mean "${near}"?`;
	if (!candidates.length) return undefined;
	const more = candidates.length > listed ? `, and ${candidates.length - listed} more` : '';
	return `no ${noun} is close; existing ones include ${candidates
		.slice(0, listed)
		.map((name) => `"${name}"`)
		.join(', ')}${more}.`;
}
