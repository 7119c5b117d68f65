/**
 * Checks a whole content set against the editors' contract and returns every
 * problem at once: schema errors per file, then what no single file can tell
 * (ids that point nowhere, undeclared citations, clashing URLs).
 */
import slugify from '@sindresorhus/slugify';
import { closest } from 'fastest-levenshtein';
import type { core } from 'astro/zod';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { citationKey, splitCitations } from './citations.ts';
import { type CollectionName, collectionNames, idPattern, schemas } from './schemas.ts';

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
	/** Why the frontmatter could not be parsed, if it could not. */
	parseError?: string;
}

/** One thing an editor must fix. */
export interface Problem {
	file: string;
	/** Field path, e.g. `demands[0].positions[1].stance`. */
	field?: string;
	message: string;
	fix?: string;
}

const singular: Record<CollectionName, string> = {
	articles: 'article',
	actors: 'actor',
	demands: 'demand',
	sources: 'source',
	topics: 'topic',
};

/** Formats a zod path the way editors write YAML: `demands[0].positions[1].stance`. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
		'',
	);
}

const describeType = (value: unknown) =>
	value === null
		? 'nothing'
		: Array.isArray(value)
			? 'a list'
			: value instanceof Date
				? 'a date'
				: typeof value === 'object'
					? 'a mapping of fields'
					: `a ${typeof value}`;

const expectedType: Record<string, string> = {
	string: 'text',
	array: 'a list, e.g. [a, b]',
	object: 'a mapping of fields',
	boolean: 'true or false',
	date: 'a date',
	number: 'a number',
};

function fromZodIssue(file: string, issue: core.$ZodIssue): Problem {
	const field = fieldPath(issue.path) || undefined;
	const key = String(issue.path.at(-1) ?? '');
	if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
		const allowed = issue.code === 'invalid_value' ? `: one of ${issue.values.map(String).join(' | ')}` : '';
		return { file, field, message: 'is required but missing', fix: `add \`${key}:\` with a value${allowed}` };
	}
	switch (issue.code) {
		case 'invalid_type':
			if (issue.expected === 'date') {
				return { file, field, message: `is not a valid date (got ${JSON.stringify(issue.input)})`, fix: 'write it as 2025-03-13 or 2025-03-13T09:30:00+01:00' };
			}
			return {
				file,
				field,
				message: `has the wrong type: got ${describeType(issue.input)}`,
				fix: `write ${expectedType[issue.expected] ?? issue.expected}`,
			};
		case 'invalid_value':
			return {
				file,
				field,
				message: `${JSON.stringify(issue.input)} is not an allowed value`,
				fix: `use one of: ${issue.values.map(String).join(' | ')}`,
			};
		case 'too_big':
			return issue.origin === 'string'
				? { file, field, message: `is ${String(issue.input).length} characters long`, fix: `shorten it to at most ${issue.maximum} characters` }
				: { file, field, message: issue.message, fix: `keep it at most ${issue.maximum}` };
		case 'too_small':
			return { file, field, message: 'is empty', fix: 'write a value, or remove the field if it is optional' };
		case 'invalid_format':
			return { file, field, message: `${issue.message} (got ${JSON.stringify(issue.input)})`, fix: formatFix(issue.format) };
		default:
			// Our own refinements carry their fix along.
			return { file, field, message: issue.message, fix: (issue as { params?: { fix?: string } }).params?.fix };
	}
}

function formatFix(format: string): string {
	if (format === 'url') return 'use a full address starting with https:// (or http://)';
	if (format === 'regex') return 'use lowercase letters, digits and hyphens, e.g. united-states';
	return `write a valid ${format}`;
}

/** A problem for an id that names no file, with the nearest id that does. */
function unknownId(file: string, field: string, value: string, target: CollectionName, known: ReadonlySet<string>): Problem {
	const kind = singular[target];
	const nearest = known.size ? closest(value, [...known]) : undefined;
	return {
		file,
		field,
		message: `refers to ${kind} "${value}", but there is no src/content/${target}/${value}.md`,
		fix: nearest
			? `did you mean "${nearest}"? Otherwise create src/content/${target}/${value}.md`
			: `create src/content/${target}/${value}.md`,
	};
}

/** Every `[@key]` cited in a Markdown body, outside code. */
export function citedKeys(body: string): string[] {
	if (!body.includes('[@')) return [];
	const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
	const keys: string[] = [];
	visit(tree, 'text', (node: Text) => {
		for (const part of splitCitations(node.value)) if (typeof part !== 'string') keys.push(...part.keys);
	});
	return keys;
}

/** Reads loosely typed frontmatter: what a field holds, if it holds what we look for. */
const field = (data: unknown, key: string): unknown => (data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Checks every file and the links between them, and returns every problem,
 * grouped by file in the order the files came.
 *
 * References are checked on the raw frontmatter, so that a file with a schema
 * error still has its unknown ids and undeclared citations reported in the
 * same run.
 */
export function validateContent(files: readonly ContentFile[]): Problem[] {
	const problems: Problem[] = [];
	const ids = Object.fromEntries(Object.keys(schemas).map((name) => [name, new Set<string>()])) as Record<CollectionName, Set<string>>;
	const byUrl = new Map<string, ContentFile[]>();
	const readable: ContentFile[] = [];
	// Building a schema costs far more than using one: one per collection per run.
	const schemaOf = Object.fromEntries(collectionNames.map((name) => [name, schemas[name]()])) as {
		[Name in CollectionName]: ReturnType<(typeof schemas)[Name]>;
	};

	for (const file of files) {
		ids[file.collection].add(file.id);
		const url = `/${file.collection}/${file.id}/`;
		byUrl.set(url, [...(byUrl.get(url) ?? []), file]);

		if (!idPattern.test(file.id)) {
			problems.push({
				file: file.path,
				field: '(file name)',
				message: `"${file.id}" is not a valid id: ids are lowercase letters, digits and hyphens`,
				fix: `rename the file to ${slugify(file.id) || 'a-valid-name'}.md`,
			});
		}
		if (file.raw.trim() === '') {
			problems.push({ file: file.path, message: 'the file is empty', fix: 'add frontmatter between --- lines, as in the content model' });
			continue;
		}
		if (file.parseError) {
			problems.push({ file: file.path, field: '(frontmatter)', message: `is not valid YAML: ${file.parseError}`, fix: 'correct the YAML syntax at the line shown' });
			continue;
		}
		if (file.data === undefined) {
			problems.push({ file: file.path, field: '(frontmatter)', message: 'the file has no frontmatter', fix: 'start the file with a --- line, the fields, and another --- line' });
			continue;
		}
		const result = schemaOf[file.collection].safeParse(file.data, { reportInput: true });
		if (!result.success) problems.push(...result.error.issues.map((issue) => fromZodIssue(file.path, issue)));
		readable.push(file);
	}

	for (const file of readable) {
		const refer = (path: string, value: unknown, target: CollectionName) => {
			const id = text(value);
			if (id !== undefined && idPattern.test(id) && !ids[target].has(id)) problems.push(unknownId(file.path, path, id, target, ids[target]));
		};
		const referAll = (key: string, target: CollectionName) =>
			list(field(file.data, key)).forEach((id, i) => refer(`${key}[${i}]`, id, target));

		if (file.collection === 'demands') {
			refer('by', field(file.data, 'by'), 'actors');
			referAll('addressedTo', 'actors');
			referAll('topics', 'topics');
		}
		if (file.collection !== 'articles') continue;

		referAll('topics', 'topics');
		referAll('actors', 'actors');

		const keys = new Map<string, number>();
		const citations = list(field(file.data, 'sources'));
		citations.forEach((citation, i) => {
			refer(`sources[${i}].source`, field(citation, 'source'), 'sources');
			const explicit = text(field(citation, 'key'));
			const key = explicit ?? text(field(citation, 'source'));
			if (key === undefined) return;
			const first = keys.get(key);
			if (first === undefined) keys.set(key, i);
			else
				problems.push({
					file: file.path,
					field: `sources[${i}].${explicit ? 'key' : 'source'}`,
					message: `duplicates the citation key "${key}" of sources[${first}]`,
					fix: 'give each citation its own `key:`',
				});
		});
		// With a citation whose key cannot be read, every "undeclared key" would be noise on top of the real error.
		const keysKnown = citations.every((citation) => text(field(citation, 'key')) ?? text(field(citation, 'source')));
		const cited = (path: string, key: string) => {
			if (keysKnown && !keys.has(key)) problems.push(undeclaredKey(file.path, path, key, keys));
		};

		list(field(file.data, 'demands')).forEach((entry, i) => {
			refer(`demands[${i}].demand`, field(entry, 'demand'), 'demands');
			list(field(entry, 'positions')).forEach((position, j) => {
				const path = `demands[${i}].positions[${j}]`;
				refer(`${path}.actor`, field(position, 'actor'), 'actors');
				const cite = text(field(position, 'cite'));
				if (cite) cited(`${path}.cite`, cite);
			});
		});

		// Parsing the Markdown tells citations from code that looks like one; it is only needed when a key is unknown.
		const written = splitCitations(file.body).flatMap((part) => (typeof part === 'string' ? [] : part.keys));
		if (written.some((key) => !keys.has(key))) {
			for (const key of new Set(citedKeys(file.body))) cited(`(body) [@${key}]`, key);
		}
	}

	for (const [url, clashing] of byUrl) {
		if (clashing.length < 2) continue;
		for (const file of clashing) {
			const others = clashing.filter((other) => other !== file).map((other) => other.path);
			problems.push({
				file: file.path,
				field: '(file name)',
				message: `produces the same URL ${url} as ${others.join(', ')}`,
				fix: 'rename or remove one of these files',
			});
		}
	}

	const order = new Map(files.map((file, i) => [file.path, i]));
	return problems.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
}

function undeclaredKey(file: string, field: string, key: string, keys: ReadonlyMap<string, number>): Problem {
	const known = [...keys.keys()];
	return {
		file,
		field,
		message: `cites "${key}", which this article's sources do not declare`,
		fix: known.length
			? `did you mean "${closest(key, known)}"? Otherwise add a sources entry with \`key: ${key}\``
			: `add a sources entry with \`key: ${key}\` (or \`source: ${key}\`)`,
	};
}

/** The report editors read: every problem, grouped by file. */
export function formatProblems(problems: readonly Problem[]): string {
	const byFile = Map.groupBy(problems, (problem) => problem.file);
	const lines = [
		`Dossier found ${problems.length} content ${problems.length === 1 ? 'problem' : 'problems'} in ${byFile.size} ${byFile.size === 1 ? 'file' : 'files'}:`,
	];
	for (const [file, list] of byFile) {
		lines.push('', file);
		for (const { field, message, fix } of list) {
			lines.push(`  ${field ? `${field}: ` : ''}${message}`);
			if (fix) lines.push(`    fix: ${fix}`);
		}
	}
	return lines.join('\n');
}
