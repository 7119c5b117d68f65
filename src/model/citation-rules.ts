/**
 * Rules across an article's own fields that its schema runs: every citation
 * key once, and every position's `cite` declared in `sources`.
 */
import type { z } from 'astro/zod';
import { suggestion } from './suggest.ts';

/** Run a refinement even when other fields fail, so every problem of a file is reported at once. */
export const always = { when: () => true };

/** Reads a field of loosely typed data: refinements that always run may see fields that failed their own checks. */
const textAt = (data: unknown, key: string): string | undefined => {
	const value = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
	return typeof value === 'string' ? value : undefined;
};

/** The key each citation is cited by, or undefined where a citation's key cannot be read. */
export const keysOfSources = (sources: readonly unknown[]) => sources.map((citation) => textAt(citation, 'key') ?? textAt(citation, 'source'));

/** Two citations of an article may not share a key. */
export function uniqueCitationKeys(sources: readonly unknown[], ctx: z.RefinementCtx) {
	// It runs on what failed to be a list, too (`sources:` left blank is null).
	if (!Array.isArray(sources)) return;
	const first = new Map<string, number>();
	keysOfSources(sources).forEach((key, i) => {
		if (key === undefined) return;
		if (!first.has(key)) return void first.set(key, i);
		ctx.addIssue({
			code: 'custom',
			path: [i, textAt(sources[i], 'key') ? 'key' : 'source'],
			message: `duplicates the citation key "${key}" of sources[${first.get(key)}]`,
			params: { fix: `give this citation its own \`key:\`; "${key}" is taken` },
		});
	});
}

/** A position's `cite` must name a key of the article's sources. */
export function declaredCites(article: { demands?: unknown; sources?: unknown }, ctx: z.RefinementCtx) {
	const sources = Array.isArray(article.sources) ? article.sources : [];
	const keys = keysOfSources(sources);
	// With a citation whose key cannot be read, every "undeclared key" would be noise on top of the real error.
	if (keys.includes(undefined)) return;
	const demands = Array.isArray(article.demands) ? article.demands : [];
	demands.forEach((entry, i) => {
		const positions = entry && typeof entry === 'object' && Array.isArray(entry.positions) ? (entry.positions as unknown[]) : [];
		positions.forEach((position, j) => {
			const cite = textAt(position, 'cite')?.trim();
			if (cite && !keys.includes(cite)) ctx.addIssue(undeclaredKey(cite, keys as string[], ['demands', i, 'positions', j, 'cite']));
		});
	});
}

/** The problem of a citation key that the article's sources do not declare, with the nearest key that they do. */
export function undeclaredKey(key: string, known: readonly string[], path: PropertyKey[]) {
	const declare = known.length
		? `${suggestion(key, known, 'declared key')} Otherwise add a sources entry with \`key: ${key}\``
		: `add a sources entry with \`key: ${key}\` (or \`source: ${key}\`)`;
	return {
		code: 'custom' as const,
		path,
		input: key,
		message: `cites "${key}", which this article's sources do not declare`,
		// A position's `cite` may be what is wrong; a body's citation is reported where it is.
		params: { fix: path.length ? `${declare}, or correct \`cite\`` : declare },
	};
}
