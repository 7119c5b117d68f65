/**
 * A key no schema knows, which zod would otherwise drop without a word: a
 * misspelled `corection:` loses the correction, a `cite:` one level too far
 * out loses the stance's citation. Each is refused with the nearest key at its
 * level, or the level of the same file where it belongs, read from the schema.
 */
import type { core, z } from 'astro/zod';
import { entityNouns } from '../model/entity-kinds.ts';
import { type Level, levelPath, levelsOf } from '../model/schema-layout.ts';
import type { CollectionName } from '../model/schemas.ts';
import { nearest } from '../model/suggest.ts';
import { fieldPath, itemNames, type Problem } from './problems.ts';

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** What an editor calls a level: "an article", "a position", "`image`". */
function levelName(level: Level, collection: CollectionName): string {
	if (level.field === undefined) return withArticle(collection === 'articles' ? 'article' : entityNouns[collection]);
	return level.item ? withArticle(itemNames[level.field] ?? `item of \`${level.field}\``) : `\`${level.field}\``;
}

/** Where to write a field of `level`: under the field that holds it, or in an item, under the key the item starts with. */
function placeIn(level: Level, key: string): string {
	if (!level.item) return `\`${level.field}:\``;
	const first = [...level.required, ...Object.keys(level.shape)].find((other) => other !== key);
	return `\`- ${first}:\``;
}

const joined = (parts: readonly string[]) => new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(parts);

/** "`cite` belongs to a position: indent it under `- actor:`". */
function belongs(key: string, levels: readonly Level[], collection: CollectionName): string {
	return `\`${key}\` belongs to ${joined(levels.map((level) => levelName(level, collection)))}: indent it under ${joined(levels.map((level) => placeIn(level, key)))}`;
}

/** The fix for `key` written at `here`. */
function unknownKeyFix(key: string, here: Level, levels: readonly Level[], collection: CollectionName): string {
	const others = levels.filter((level) => level !== here);
	const near = nearest(key, Object.keys(here.shape));
	if (near) return `did you mean \`${near}\`?`;
	const owners = others.filter((level) => Object.hasOwn(level.shape, key));
	if (owners.length) return belongs(key, owners, collection);
	const elsewhere = nearest(key, new Set(others.flatMap((level) => Object.keys(level.shape))));
	if (elsewhere)
		return `did you mean \`${elsewhere}\`? ${belongs(
			elsewhere,
			others.filter((level) => Object.hasOwn(level.shape, elsewhere)),
			collection,
		)}`;
	const known = Object.keys(here.shape).map((name) => `\`${name}\``);
	return `remove \`${key}\`, or use one of the fields ${levelName(here, collection)} takes: ${known.join(', ')}`;
}

/** One problem for each key an object of `collection`'s file does not know, at the key's own path. */
export function unknownKeyProblems(
	file: string,
	collection: CollectionName,
	issue: Extract<core.$ZodIssue, { code: 'unrecognized_keys' }>,
	schema: z.ZodType,
): { problem: Problem; path: PropertyKey[] }[] {
	const levels = levelsOf(schema);
	const here = levels.find((level) => level.path === levelPath(issue.path));
	return issue.keys.map((key) => {
		const path = [...issue.path, key];
		const message = `${here ? levelName(here, collection) : 'this mapping'} has no field \`${key}\`, so what it holds would be lost`;
		const fix = here ? unknownKeyFix(key, here, levels, collection) : `remove \`${key}\``;
		return { path, problem: { file, field: fieldPath(path), message, fix } };
	});
}
