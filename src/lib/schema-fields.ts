/**
 * The small field schemas the content model is made of: ids and references,
 * dates, text and web addresses, each with a message an editor can act on.
 */
import { z } from 'astro/zod';
import { closest } from 'fastest-levenshtein';
import { type EntityKind, entityKinds } from './entities.ts';

/**
 * Lowercase letters (of any script: `économie` is an id), digits and single
 * hyphens: the shape of every id and URL slug.
 */
export const idPattern = /^[\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Nd}]+)*$/u;

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const dateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** What a schema may know beyond its own file. */
export interface SchemaContext {
	/** The ids of every content file, by kind; without them, references are checked for their shape only. */
	ids?: { readonly [Kind in EntityKind]: ReadonlySet<string> };
}

const id = () => z.string().regex(idPattern, { error: 'is not an id (lowercase letters, digits and hyphens)' });

/** Where an entity's file would be. */
const fileOf = (kind: EntityKind, id: string) => `src/content/${kind}/${id}.md`;

/** A reference to an actor, demand, source or topic by its id: with the known ids, one that names no file is refused, with the nearest id. */
export function ref(context: SchemaContext, kind: EntityKind) {
	const known = context.ids?.[kind];
	if (!known) return id();
	return id().superRefine(
		(value, ctx) => {
			if (known.has(value)) return;
			const nearest = known.size ? closest(value, [...known]) : undefined;
			ctx.addIssue({
				code: 'custom',
				input: value,
				message: `refers to ${entityKinds[kind].singular} "${value}", but there is no ${fileOf(kind, value)}`,
				params: { fix: nearest ? `did you mean "${nearest}"? Otherwise create ${fileOf(kind, value)}` : `create ${fileOf(kind, value)}` },
			});
		},
		// An id of the wrong shape is reported as such, not also as unknown.
		{ when: (payload) => payload.issues.length === 0 },
	);
}

/** A date string in one of the two documented shapes, naming a day that exists (no 30 February). */
function parseDate(value: string): Date | undefined {
	if (!datePattern.test(value) && !dateTimePattern.test(value)) return undefined;
	const date = new Date(value);
	const day = value.slice(0, 10);
	// Compare the calendar day as written with the day JavaScript made of it, which rolls 2025-02-30 over to March.
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const check = new Date(Date.UTC(y, m - 1, d));
	return Number.isNaN(date.getTime()) || check.toISOString().slice(0, 10) !== day ? undefined : date;
}

/** YAML turns most dates into Date objects already; strings are accepted only in the two documented shapes. */
export const date = () =>
	z.preprocess(
		(value) => (typeof value === 'string' ? (parseDate(value) ?? value) : value),
		z.date({ error: 'expected a date (2025-03-13) or a date-time with offset (2025-03-13T09:30:00+01:00)' }),
	);

export const text = (max?: number) => {
	const trimmed = z.string().trim().min(1, { error: 'must not be empty' });
	return max ? trimmed.max(max) : trimmed;
};

export const webUrl = () => z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });
