/**
 * Former ids: the names a content file had before it was renamed, which it lists in `formerIds`. A reference that
 * names one means the file's id now (the check warns of it, the graph follows it), and each old address redirects to
 * the file's address now. The check and the graph both read renames through `renamesOf`, so they agree on them.
 */
import { type EntityKind, entityKindList } from './entity-kinds.ts';

/** A collection whose files may be renamed: every kind of entity, and the articles. */
export type RenamedCollection = EntityKind | 'articles';

const renamedCollections: readonly RenamedCollection[] = [...entityKindList, 'articles'];

/** Each collection's former ids, each with the id of the file that had it. */
export type Renames = { readonly [Collection in RenamedCollection]: ReadonlyMap<string, string> };

/** A file as renames are read from it: its collection, its id now, and the ids it had before. */
export interface RenamedFile {
	collection: RenamedCollection;
	id: string;
	formerIds: readonly string[];
}

/**
 * Every former id of every file, with the file's id now. A former id that is some file's id now means that file, and
 * one claimed twice means the first file that claims it: the check refuses both (check/rules/former-ids.ts), so a
 * build never meets them, and what astro dev shows meanwhile still has one meaning.
 */
export function renamesOf(files: Iterable<RenamedFile>): Renames {
	const all = [...files];
	const current = new Set(all.map((file) => `${file.collection}/${file.id}`));
	const renames = Object.fromEntries(renamedCollections.map((collection) => [collection, new Map<string, string>()])) as Record<
		RenamedCollection,
		Map<string, string>
	>;
	for (const { collection, id, formerIds } of all) {
		for (const former of formerIds) {
			if (!current.has(`${collection}/${former}`) && !renames[collection].has(former)) renames[collection].set(former, id);
		}
	}
	return renames;
}

/** No file renamed. */
export const noRenames: Renames = renamesOf([]);

/** The id a reference means now: the id of the file that had `id` before, or `id` itself. */
export const currentId = (renames: Renames, collection: RenamedCollection, id: string): string => renames[collection].get(id) ?? id;
