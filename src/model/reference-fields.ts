/**
 * The field schemas of ids: a reference to another file by its id, and the ids a file had before it was renamed.
 * A reference that names a former id is accepted, as it means the renamed file (model/former-ids.ts); the check
 * warns of it, giving the id now.
 */
import slugify from '@sindresorhus/slugify';
import { z } from 'astro/zod';
import { type EntityKind, entityNouns } from './entity-kinds.ts';
import { fieldRoles } from './field-roles.ts';
import { idPattern, matching, type SchemaContext } from './schema-fields.ts';
import { suggestion } from './suggest.ts';

/** An id, as files are named: the shape of every reference and every former id. */
const id = () =>
	matching(z.string().trim().min(1, { error: 'must not be empty' }), {
		pattern: idPattern,
		error: 'is not an id (lowercase letters, digits and hyphens)',
		fix: (value) => {
			const suggested = slugify(value);
			return suggested
				? `write "${suggested}" instead of "${value}": ids are lowercase letters, digits and hyphens`
				: `write an id instead of "${value}", e.g. united-states`;
		},
	});

/** Where an entity's file would be. */
const fileOf = (kind: EntityKind, id: string) => `src/content/${kind}/${id}.md`;

/** The warning for a reference to a former id: what it refers to now, and what to write. */
const renamedReference = (kind: EntityKind, value: string, now: string) => ({
	code: 'custom' as const,
	input: value,
	message: `refers to ${entityNouns[kind]} "${value}", renamed to "${now}" (its formerIds)`,
	params: { fix: `write ${now}: the file is ${fileOf(kind, now)} now`, severity: 'warning' },
});

/**
 * A reference to an actor, demand, source or topic by its id: with the known ids, one that names no file is refused,
 * with the nearest id. One that names a file's former id is accepted, and with `warnRenamed` reported as a warning.
 */
export function ref(context: SchemaContext, kind: EntityKind) {
	const known = context.ids?.[kind];
	const shaped = id().register(fieldRoles, { role: 'reference', kind });
	if (!known) return shaped;
	const renamed = context.renamed?.[kind];
	return shaped.superRefine(
		(value, ctx) => {
			if (known.has(value)) return;
			const now = renamed?.get(value);
			if (now !== undefined) {
				if (context.warnRenamed) ctx.addIssue(renamedReference(kind, value, now));
				return;
			}
			const hint = suggestion(value, known, `${entityNouns[kind]} id`);
			ctx.addIssue({
				code: 'custom',
				input: value,
				message: `refers to ${entityNouns[kind]} "${value}", but there is no ${fileOf(kind, value)}`,
				params: { fix: hint ? `${hint} Otherwise create ${fileOf(kind, value)}` : `create ${fileOf(kind, value)}` },
			});
		},
		// An id of the wrong shape is reported as such, not also as unknown.
		{ when: (payload) => payload.issues.length === 0 },
	);
}

/** The ids a file had before it was renamed; what else they may not be (another file's id now…) the check says (check/rules/former-ids.ts). */
export const formerIdList = () => z.array(id()).default([]).register(fieldRoles, { role: 'former-ids' });
