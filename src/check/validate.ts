/**
 * Checks a whole content set against the editors' contract and returns every
 * problem at once: each file against its schema, which is given every id so
 * that references are checked too; then what no schema sees (citations in
 * bodies, clashing URLs).
 */
import slugify from '@sindresorhus/slugify';
import type { z } from 'astro/zod';
import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { bodyLinks, linkProblem, pageOf, type SiteMap } from './rules/body-links.ts';
import { keysOfSources, undeclaredKey } from '../model/citation-rules.ts';
import { citationGroup, citedKeysIn, keysOf } from '../model/citations.ts';
import { type EntityKind, entityKindList, entityNouns, entityPath, isEntityKind } from '../model/entities.ts';
import { type BodyImage, bodyImageProblem, bodyImages, leadImageProblem } from './rules/pictures-fs.ts';
import { type Problem, fromZodIssue } from './problems.ts';
import { idPattern, type SchemaContext } from '../model/schema-fields.ts';
import { type ArticleData, type CollectionName, collectionNames, schemas } from '../model/schemas.ts';
import { strayProblems } from './rules/stray-files.ts';
import { fileRenames, formerIdProblems, mayNameFormerId } from './rules/former-ids.ts';
import type { Renames } from '../model/former-ids.ts';
import { unknownKeyProblems } from './unknown-keys.ts';
import { readinessProblems } from './rules/readiness.ts';
import { isDraft } from './drafts.ts';
import { bodyTree } from './body-tree.ts';
import type { CheckCache } from './check-cache-fs.ts';
import { instantOf } from '../model/dates.ts';
import { isReservedId, paths } from '../model/urls.ts';
import { type PublicationDates, publishingNow } from '../model/publishing.ts';
import type { BodyContents, ContentFile } from './content-file.ts';

export interface ValidateOptions {
	/** The schema factories; tests pass extended ones. */
	schemas?: SchemaSet;
	/** What the site serves besides its pages, and its own address, for checking links in bodies; without them, pictures in bodies are not looked for in public/. */
	publicFiles?: ReadonlySet<string>;
	site?: URL;
	/** The project's folder, where lead pictures are looked for; without it, they are not. */
	root?: string;
	/** Where the links and pictures of bodies read in an earlier run are kept (check-cache-fs.ts). */
	remembered?: Pick<CheckCache, 'contents'>;
	/** The moment to judge what is published and what is scheduled at; "now" (src/model/publishing.ts) without it. */
	now?: Date;
}

/** A schema factory per collection, as schemas.ts has them; tests pass others, which read at least what these read. */
export type SchemaSet = { [Name in CollectionName]: (context: SchemaContext) => z.ZodType<z.output<ReturnType<(typeof schemas)[Name]>>> };

/** Every problem, each article's data as its schema read it (for the articles it passed), and the files' renames. */
export interface CheckResult {
	problems: Problem[];
	articles: Map<string, ArticleData>;
	/** Each former id a file lists (its `formerIds`), with the file's id now: the old addresses the build redirects. */
	renames: Renames;
}

/** Every `[@key]` cited in a Markdown body, outside code, with the body's line it is on (1-based). */
function citedKeys(body: string): { key: string; line: number }[] {
	if (!body.includes('[@')) return [];
	const tree = bodyTree(body);
	const keys: { key: string; line: number }[] = [];
	visit(tree, 'text', (node: Text) => {
		for (const match of node.value.matchAll(citationGroup)) {
			const line = (node.position?.start.line ?? 1) + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
			keys.push(...keysOf(match[0]).map((key) => ({ key, line })));
		}
	});
	return keys;
}

/** The address a content file's page has: an entity's, or an explainer's. */
const pathOfFile = (file: ContentFile) => (isEntityKind(file.collection) ? entityPath(file.collection, file.id) : paths.article(file.id));

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
	if (isReservedId(file.collection, file.id)) {
		problems.push({
			file: file.path,
			field: '(file name)',
			message: `"${file.id}" is the address of one of the site's own pages (${pathOfFile(file)}), so this file would have no page`,
			fix: `rename the file to a name of its own, such as ${file.id}-${isEntityKind(file.collection) ? entityNouns[file.collection] : 'explainer'}.md`,
		});
	}
	const stop = (problem: Omit<Problem, 'file'>) => ({ problems: [...problems, { file: file.path, ...problem }], readable: false });
	if (file.refusal) return stop({ ...file.refusal });
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
	const keys = keysOfSources(Array.isArray(sources) ? sources : []);
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
	const byUrl = Map.groupBy(files, (file) => pageOf(file.collection, file.id));
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

/** An article's `published` as written and whether it is a draft (drafts.ts), for the rule of what is published; any other file is always published. */
function datesOf(file: ContentFile): PublicationDates {
	const { published } = (file.collection === 'articles' ? (file.data ?? {}) : {}) as { published?: unknown };
	// A date its schema refuses (reported there) counts as published already, so no link problem is made of it too.
	const readable = typeof published === 'string' && !Number.isNaN(instantOf(published).getTime());
	return { published: readable ? published : '1970-01-01', draft: isDraft(file) };
}

/** What links in bodies may point at. */
function siteMap(files: readonly ContentFile[], ids: SiteMap['ids'], renamed: Renames, options: ValidateOptions, now: Date): SiteMap {
	const articles = new Map(files.filter((file) => file.collection === 'articles').map((file) => [file.id, datesOf(file)]));
	return { ids, renamed, articles, now, publicFiles: options.publicFiles ?? new Set(), site: options.site };
}

// astro dev checks every file again on each save; an unchanged file is the same object (content-files-fs.ts caches it), so its body is read once.
const bodyContents = new WeakMap<ContentFile, BodyContents>();

/** The links and pictures in a file's body. */
function contentsOf(file: ContentFile, remembered: ValidateOptions['remembered']): BodyContents {
	let contents = bodyContents.get(file);
	if (!contents) {
		const find = () => ({ links: bodyLinks(file.body), images: bodyImages(file.body) });
		contents = remembered ? remembered.contents(file.raw, find) : find();
		bodyContents.set(file, contents);
	}
	return contents;
}

/** Links in a body that lead nowhere, to a draft, or by a scheme readers would not get. */
function linkProblems(file: ContentFile, { links, images }: BodyContents, site: SiteMap): Problem[] {
	const from = datesOf(file);
	// A definition a picture uses (![map][m] … [m]: /images/map.png) is checked as the picture, not also as a link.
	const pictures = new Set(images.map((image) => image.src));
	return links.flatMap(({ href, line }) => {
		const problem = pictures.has(href) ? undefined : linkProblem(href, from, site);
		return problem ? [{ file: file.path, field: `(body) link ${href}`, line: (file.bodyLine ?? 1) + line - 1, ...problem }] : [];
	});
}

/** A lead picture that is not there, and pictures in the body without alt text or from where feeds cannot show them. */
function imageProblems(file: ContentFile, images: readonly BodyImage[], publicFiles: ReadonlySet<string> | undefined, root: string | undefined): Problem[] {
	const lead = file.collection === 'articles' && root !== undefined ? leadImageProblem(file, root) : undefined;
	const leadProblems = lead ? [{ file: file.path, field: 'image.src', line: file.lineOf?.(['image', 'src']), ...lead }] : [];
	return [
		...leadProblems,
		...images.flatMap((image) => {
			const problem = bodyImageProblem(image, publicFiles);
			return problem ? [{ file: file.path, field: `(body) image ${image.src}`, line: (file.bodyLine ?? 1) + image.line - 1, ...problem }] : [];
		}),
	];
}

/** The `by` of a demand file's frontmatter, if it has one that is text. */
const makerOf = (data: unknown): string | undefined => {
	const by = (data as { by?: unknown } | undefined)?.by;
	return typeof by === 'string' ? by : undefined;
};

/** The problems `schema` finds in a file, each at its line: a key it does not know at the key's own. */
const schemaProblems = (file: ContentFile, schema: z.ZodType, { issues }: z.ZodError): Problem[] =>
	issues.flatMap((issue) =>
		issue.code === 'unrecognized_keys'
			? unknownKeyProblems(file.path, file.collection, issue, schema).map(({ problem, path }) => ({ ...problem, line: file.lineOf?.(path) }))
			: [{ ...fromZodIssue(file.path, issue), line: file.lineOf?.(issue.path) }],
	);

/**
 * The references of a file that name a former id, each a warning with the id now, from a schema that warns of them.
 * Its other problems are the first schema's: past a warning, refinements that wait for a field without issues do not run.
 */
function renamedReferences(file: ContentFile, schema: z.ZodType): Problem[] {
	const result = schema.safeParse(file.data, { reportInput: true });
	return result.success ? [] : schemaProblems(file, schema, result.error).filter((problem) => problem.severity === 'warning');
}

/**
 * Checks every file and the links between them, and returns every problem,
 * grouped by file in the order the files came, and within a file by line.
 */
export const validateContent = (files: readonly ContentFile[], options: ValidateOptions = {}): Problem[] => checkContent(files, options).problems;

/** As `validateContent`, with the data of the articles whose schema passed them (the sitemap's dates come from it). */
export function checkContent(files: readonly ContentFile[], options: ValidateOptions = {}): CheckResult {
	const markdown = files.filter((file) => !file.format);
	const ids = Object.fromEntries(entityKindList.map((kind) => [kind, new Set<string>()])) as Record<EntityKind, Set<string>>;
	for (const file of markdown) if (file.collection !== 'articles') ids[file.collection].add(file.id);
	const makers = new Map(
		markdown.flatMap((file) => (file.collection === 'demands' && typeof makerOf(file.data) === 'string' ? [[file.id, makerOf(file.data)!]] : [])),
	);
	const renamed = fileRenames(markdown);
	const schemaSet = options.schemas ?? schemas;
	const now = options.now ?? publishingNow();
	const context: SchemaContext = { ids, makers, now, renamed };
	// Building a schema costs far more than using one: one per collection per run, and one that warns of former ids for a collection that names one.
	const schemaOf = Object.fromEntries(collectionNames.map((name) => [name, schemaSet[name](context)])) as {
		[Name in CollectionName]: ReturnType<SchemaSet[Name]>;
	};
	const warningSchemas = new Map<CollectionName, z.ZodType>();
	const warningSchemaOf = (name: CollectionName) => {
		let schema = warningSchemas.get(name);
		if (!schema) warningSchemas.set(name, (schema = schemaSet[name]({ ...context, warnRenamed: true })));
		return schema;
	};
	const site = siteMap(markdown, ids, renamed, options, now);
	const articles = new Map<string, ArticleData>();

	const problems = markdown.flatMap((file) => {
		const { problems, readable } = fileProblems(file);
		if (!readable) return problems;
		if (file.collection === 'articles') {
			const result = schemaOf.articles.safeParse(file.data, { reportInput: true });
			if (result.success) articles.set(file.id, result.data);
			else problems.push(...schemaProblems(file, schemaOf.articles, result.error));
			problems.push(...bodyProblems(file));
		} else {
			const schema = schemaOf[file.collection];
			const result = schema.safeParse(file.data, { reportInput: true });
			if (!result.success) problems.push(...schemaProblems(file, schema, result.error));
		}
		if (mayNameFormerId(file, renamed)) problems.push(...renamedReferences(file, warningSchemaOf(file.collection)));
		problems.push(...readinessProblems(file, { draft: isDraft(file) }));
		const contents = contentsOf(file, options.remembered);
		problems.push(...linkProblems(file, contents, site), ...imageProblems(file, contents.images, options.publicFiles, options.root));
		return problems;
	});

	const order = new Map(files.map((file, i) => [file.path, i]));
	const all = [...problems, ...clashes(markdown), ...formerIdProblems(markdown), ...strayProblems(files)].sort(
		(a, b) => order.get(a.file)! - order.get(b.file)! || (a.line ?? 0) - (b.line ?? 0),
	);
	return { problems: all, articles, renames: renamed };
}
