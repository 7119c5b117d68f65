/**
 * Checks a whole content set against the editors' contract and returns every
 * problem at once: each file against its schema, which is given every id so
 * that references are checked too; then what no schema sees (citations in
 * bodies, clashing URLs).
 */
import slugify from '@sindresorhus/slugify';
import type { z } from 'astro/zod';
import type { Text } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { citationKeys, undeclaredKey } from './citation-rules.ts';
import { citationGroup, citedKeysIn, keysOf } from './citations.ts';
import { type EntityKind, entityKindList } from './entities.ts';
import type { YamlSlip } from './frontmatter.ts';
import { type Problem, fromZodIssue } from './problems.ts';
import { idPattern, type SchemaContext } from './schema-fields.ts';
import { type CollectionName, collectionNames, schemas } from './schemas.ts';

/** A content file as read from disk, before validation. */
export interface ContentFile {
	collection: CollectionName;
	/** Path from the project root, as editors see it. */
	path: string;
	/** The id the file's name gives it. */
	id: string;
	/** The file's whole text. */
	raw: string;
	/** Parsed frontmatter; undefined when there is none. */
	data: unknown;
	/** The Markdown body after the frontmatter. */
	body: string;
	/** The file's line on which the body starts. */
	bodyLine?: number;
	/** The line of a field, by its path. */
	lineOf?: (path: readonly PropertyKey[]) => number | undefined;
	/** What in the YAML could not be read, or reads otherwise than meant. */
	slips?: YamlSlip[];
}

/** A schema factory per collection, as schemas.ts has them; tests pass others. */
export type SchemaSet = Record<CollectionName, (context: SchemaContext) => z.ZodType>;

/** Every `[@key]` cited in a Markdown body, outside code, with the body's line it is on (1-based). */
export function citedKeys(body: string): { key: string; line: number }[] {
	if (!body.includes('[@')) return [];
	const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
	const keys: { key: string; line: number }[] = [];
	visit(tree, 'text', (node: Text) => {
		for (const match of node.value.matchAll(citationGroup)) {
			const line = (node.position?.start.line ?? 1) + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
			keys.push(...keysOf(match[0]).map((key) => ({ key, line })));
		}
	});
	return keys;
}

/** What stops a file before its schema is tried: a bad name, no text, broken or missing frontmatter. */
function fileProblems(file: ContentFile): { problems: Problem[]; readable: boolean } {
	const problems: Problem[] = [];
	if (!idPattern.test(file.id)) {
		problems.push({
			file: file.path,
			field: '(file name)',
			message: `"${file.id}" is not a valid id: ids are lowercase letters, digits and hyphens`,
			fix: `rename the file to ${slugify(file.id) || 'a-valid-name'}.md`,
		});
	}
	const stop = (problem: Omit<Problem, 'file'>) => ({ problems: [...problems, { file: file.path, ...problem }], readable: false });
	if (file.raw.trim() === '') return stop({ message: 'the file is empty', fix: 'add frontmatter between --- lines, as in the content model' });
	const slips = (file.slips ?? []).map(({ line, message, fix }) => ({ file: file.path, field: '(frontmatter)', line, message, fix }));
	problems.push(...slips);
	if (slips.length && file.data === undefined) return { problems, readable: false };
	if (file.data === undefined) {
		return stop({ field: '(frontmatter)', message: 'the file has no frontmatter', fix: 'start the file with a --- line, the fields, and another --- line' });
	}
	return { problems, readable: true };
}

/** Citations in an article's body that its sources do not declare. */
function bodyProblems(file: ContentFile): Problem[] {
	const sources = (file.data as { sources?: unknown } | null)?.sources;
	const keys = citationKeys(Array.isArray(sources) ? sources : []);
	// With a citation whose key cannot be read, every "undeclared key" would be noise on top of the real error.
	if (keys.includes(undefined)) return [];
	const declared = keys as string[];
	// Parsing the Markdown tells citations from code that looks like one; it is only needed when a key is unknown.
	if (citedKeysIn(file.body).every((key) => declared.includes(key))) return [];
	const reported = new Set<string>();
	return citedKeys(file.body).flatMap(({ key, line }) => {
		if (declared.includes(key) || reported.has(key)) return [];
		reported.add(key);
		const { message, params } = undeclaredKey(key, declared, []);
		return [{ file: file.path, field: `(body) [@${key}]`, line: (file.bodyLine ?? 1) + line - 1, message, fix: params.fix }];
	});
}

/** Two files whose names give the same URL. */
function clashes(files: readonly ContentFile[]): Problem[] {
	const byUrl = Map.groupBy(files, (file) => `/${file.collection}/${file.id}/`);
	return [...byUrl].flatMap(([url, clashing]) =>
		clashing.length < 2
			? []
			: clashing.map((file) => ({
					file: file.path,
					field: '(file name)',
					message: `produces the same URL ${url} as ${clashing
						.filter((other) => other !== file)
						.map((other) => other.path)
						.join(', ')}`,
					fix: 'rename or remove one of these files',
				})),
	);
}

/**
 * Checks every file and the links between them, and returns every problem,
 * grouped by file in the order the files came.
 */
export function validateContent(files: readonly ContentFile[], schemaSet: SchemaSet = schemas): Problem[] {
	const ids = Object.fromEntries(entityKindList.map((kind) => [kind, new Set<string>()])) as Record<EntityKind, Set<string>>;
	for (const file of files) if (file.collection !== 'articles') ids[file.collection].add(file.id);
	// Building a schema costs far more than using one: one per collection per run.
	const schemaOf = Object.fromEntries(collectionNames.map((name) => [name, schemaSet[name]({ ids })])) as Record<CollectionName, z.ZodType>;

	const problems = files.flatMap((file) => {
		const { problems, readable } = fileProblems(file);
		if (!readable) return problems;
		const result = schemaOf[file.collection].safeParse(file.data, { reportInput: true });
		if (!result.success) problems.push(...result.error.issues.map((issue) => ({ ...fromZodIssue(file.path, issue), line: file.lineOf?.(issue.path) })));
		if (file.collection === 'articles') problems.push(...bodyProblems(file));
		return problems;
	});

	const order = new Map(files.map((file, i) => [file.path, i]));
	return [...problems, ...clashes(files)].sort((a, b) => order.get(a.file)! - order.get(b.file)!);
}
