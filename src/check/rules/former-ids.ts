/**
 * A file's `formerIds`, the names it had before it was renamed: read for the renames the rest of the check follows
 * (model/former-ids.ts), and refused where they could not mean this file alone: another file's id now, a former id
 * two files claim, the file's own id, and an id the site keeps for its own pages. The schema refuses what is no id.
 */
import type { Problem } from '../problems.ts';
import type { ContentFile } from '../content-file.ts';
import { entityPath, isEntityKind } from '../../model/entities.ts';
import { type Renames, renamesOf } from '../../model/former-ids.ts';
import { idPattern } from '../../model/schema-fields.ts';
import { isReservedId, paths } from '../../model/urls.ts';

/** One former id as a file lists it: the id, and its place in the list. */
interface Listed {
	file: ContentFile;
	id: string;
	index: number;
}

/** The former ids a file lists, trimmed as the schema reads them; what is no id is the schema's to refuse. */
function listedIn(file: ContentFile): Listed[] {
	const list = (file.data as { formerIds?: unknown } | null | undefined)?.formerIds;
	if (!Array.isArray(list)) return [];
	return list.flatMap((value: unknown, index) => (typeof value === 'string' && idPattern.test(value.trim()) ? [{ file, id: value.trim(), index }] : []));
}

/** The renames the files declare. */
export const fileRenames = (files: readonly ContentFile[]): Renames =>
	renamesOf(files.map((file) => ({ collection: file.collection, id: file.id, formerIds: listedIn(file).map(({ id }) => id) })));

/** The page an id would have in a file's collection. */
const pageAt = (file: ContentFile, id: string) => (isEntityKind(file.collection) ? entityPath(file.collection, id) : paths.article(id));

/** What is wrong with one former id, or undefined when it means this file alone. */
function listedProblem(entry: Listed, owners: ReadonlyMap<string, ContentFile>, claims: readonly Listed[]): Omit<Problem, 'file'> | undefined {
	const { file, id } = entry;
	const remove = `remove "${id}" from formerIds`;
	if (id === file.id) return { message: `"${id}" is this file's own id, not a name it had before`, fix: remove };
	if (isReservedId(file.collection, id)) {
		return { message: `"${id}" is the address of one of the site's own pages (${pageAt(file, id)}), so it cannot lead here`, fix: remove };
	}
	const owner = owners.get(id);
	if (owner) {
		return {
			message: `"${id}" is the id of ${owner.path} now: a reference to it, and ${pageAt(file, id)}, mean that file`,
			fix: `${remove}, or rename ${owner.path} if this file took its place`,
		};
	}
	if (claims.find((claim) => claim.file === file) !== entry) return { message: `"${id}" is listed twice`, fix: 'remove one of them' };
	const others = [...new Set(claims.filter((claim) => claim.file !== file).map((claim) => claim.file.path))];
	if (!others.length) return undefined;
	return {
		message: `"${id}" is also a former id of ${others.join(', ')}: a reference to it, and ${pageAt(file, id)}, could mean either`,
		fix: `keep "${id}" in the formerIds of the file that had that name, and remove it from the other`,
	};
}

/** Every former id that could not mean its file alone, at its line. */
export function formerIdProblems(files: readonly ContentFile[]): Problem[] {
	const listed = files.flatMap(listedIn);
	if (!listed.length) return [];
	const owners = new Map(
		[...Map.groupBy(files, (file) => file.collection)].map(([collection, list]) => [collection, new Map(list.map((file) => [file.id, file]))]),
	);
	const claims = Map.groupBy(listed, ({ file, id }) => `${file.collection}/${id}`);
	return listed.flatMap((entry) => {
		const problem = listedProblem(entry, owners.get(entry.file.collection)!, claims.get(`${entry.file.collection}/${entry.id}`)!);
		if (!problem) return [];
		return [{ file: entry.file.path, field: `formerIds[${entry.index}]`, line: entry.file.lineOf?.(['formerIds', entry.index]), ...problem }];
	});
}

/** Every text in a frontmatter, trimmed as ids are read. */
function* textsIn(value: unknown): Generator<string> {
	if (typeof value === 'string') yield value.trim();
	else if (Array.isArray(value)) for (const item of value) yield* textsIn(item);
	else if (value && typeof value === 'object' && !(value instanceof Date)) for (const item of Object.values(value)) yield* textsIn(item);
}

/** Whether any text of a file's frontmatter is a former id: only then may one of its references name one. */
export function mayNameFormerId(file: ContentFile, renames: Renames): boolean {
	const formerIds = Object.values(renames).filter((map) => map.size > 0);
	if (!formerIds.length) return false;
	for (const text of textsIn(file.data)) if (formerIds.some((map) => map.has(text))) return true;
	return false;
}
