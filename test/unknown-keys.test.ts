/**
 * Strict fields: a key no schema knows is refused, at its own line, with the
 * nearest key at its level or the level of the file where it belongs, rather
 * than dropped without a word (a misspelled `corection:` lost the correction).
 */
import { describe, expect, test } from 'vitest';
import { parseContentFile } from '../src/check/frontmatter.ts';
import { type SchemaSet, validateContent } from '../src/check/validate.ts';
import type { ContentFile } from '../src/check/content-file.ts';
import { text } from '../src/model/schema-fields.ts';
import { actorSchema, articleSchema, type CollectionName, schemas } from '../src/model/schemas.ts';

/** A content file as the check reads it from disk, lines and all. */
function file(collection: CollectionName, id: string, lines: readonly string[]): ContentFile {
	const raw = `---\n${lines.join('\n')}\n---\nText.\n`;
	return { collection, id, path: `src/content/${collection}/${id}.md`, raw, ...parseContentFile(raw) };
}

const article = [
	'title: Talks open',
	'summary: Both sides sit down.',
	'published: 2025-03-13',
	'image:',
	'  src: ./harbour.jpg',
	'  alt: The harbour',
	'demands:',
	'  - demand: open-the-strait',
	'    positions:',
	'      - actor: belmora',
	'        stance: opposes',
	'        cite: wire',
	'sources:',
	'  - key: wire',
	'    source: harbour-wire',
	'    title: Talks open',
	'corrections:',
	'  - date: 2025-03-14',
	'    text: Fixed a name.',
];
const others = {
	actors: ['name: Belmora', 'kind: country'],
	demands: ['title: Open the strait', 'by: arvenia'],
	sources: ['name: Harbour Wire', 'kind: wire-service'],
	topics: ['title: Harbour talks', 'kind: event'],
};
const ids = { actors: 'belmora', demands: 'open-the-strait', sources: 'harbour-wire', topics: 'harbour-talks' };

/** The newsroom, with `collection`'s file written as `lines`. */
function newsroom(collection: CollectionName, lines: readonly string[]): ContentFile[] {
	const all = { articles: article, ...others, [collection]: lines };
	const maker = file('actors', 'arvenia', ['name: Arvenia', 'kind: country']);
	return [maker, ...(Object.keys(all) as CollectionName[]).map((name) => file(name, name === 'articles' ? 'talks-open' : ids[name], all[name]))];
}

/** `lines` with `added` inserted after the line that is `after` (trimmed), or at the end. */
const inserting = (lines: readonly string[], after: string | undefined, added: string) => {
	const at = after === undefined ? lines.length : lines.findIndex((line) => line.trim() === after) + 1;
	return [...lines.slice(0, at), added, ...lines.slice(at)];
};

/** What the check says of a file, as field, line, message and fix. */
const said = (files: ContentFile[], options = {}) => validateContent(files, options).map(({ field, line, message, fix }) => ({ field, line, message, fix }));

test('the newsroom passes as it is', () => {
	expect(validateContent(newsroom('articles', article))).toEqual([]);
});

describe('a key no schema knows is refused at its own line, with the fix', () => {
	test.each([
		// collection, the line after which the key goes, the key's line, field, line, fix
		['articles', 'text: Fixed a name.', 'corection:', 'corection', 'did you mean `corrections`?'],
		['articles', '- demand: open-the-strait', '    cite: wire', 'demands[0].cite', '`cite` belongs to a position: indent it under `- actor:`'],
		['articles', undefined, 'alt: The harbour', 'alt', '`alt` belongs to `image`: indent it under `image:`'],
		['articles', 'alt: The harbour', '  captoin: The harbour at dawn', 'image.captoin', 'did you mean `caption`?'],
		['articles', 'stance: opposes', '        stnace: opposes', 'demands[0].positions[0].stnace', 'did you mean `stance`?'],
		['articles', undefined, 'key: wire', 'key', '`key` belongs to a source: indent it under `- source:`'],
		['articles', undefined, 'date: 2025-03-14', 'date', '`date` belongs to a position or a correction: indent it under `- actor:` or `- text:`'],
		['articles', 'title: Talks open', 'captoin: The harbour', 'captoin', 'did you mean `caption`? `caption` belongs to `image`: indent it under `image:`'],
		['actors', undefined, 'aliass: [the Belmoran state]', 'aliass', 'did you mean `aliases`?'],
		['demands', undefined, 'adressedTo: [belmora]', 'adressedTo', 'did you mean `addressedTo`?'],
		['topics', undefined, 'startdate: 2025-03-13', 'startdate', 'did you mean `startDate`?'],
		[
			'sources',
			undefined,
			'homepage: https://harbour-wire.example.org',
			'homepage',
			'remove `homepage`, or use one of the fields a source takes: `name`, `kind`, `url`, `summary`, `formerIds`',
		],
	] as const)('%s: %j', (collection, after, added, field, fix) => {
		const lines = inserting(collection === 'articles' ? article : others[collection], after, added);
		const line = lines.indexOf(added) + 2;
		const key = added.trim().split(':')[0];
		expect(said(newsroom(collection, lines))).toEqual([
			{ field, line, message: expect.stringContaining(`has no field \`${key}\`, so what it holds would be lost`), fix },
		]);
	});

	test('a misspelled list keeps its own line, not the line of its first item', () => {
		const lines = article.map((line) => line.replace(/^corrections:$/, 'corection:'));
		expect(said(newsroom('articles', lines))).toEqual([
			{
				field: 'corection',
				line: lines.indexOf('corection:') + 2,
				message: 'an article has no field `corection`, so what it holds would be lost',
				fix: 'did you mean `corrections`?',
			},
		]);
	});

	test('two unknown keys in one mapping are two problems, each on its own line', () => {
		const lines = inserting(inserting(article, 'alt: The harbour', '  credt: Wire One'), 'credt: Wire One', '  captoin: At dawn');
		expect(said(newsroom('articles', lines)).map(({ field, line, fix }) => `${line} ${field}: ${fix}`)).toEqual([
			`${lines.indexOf('  credt: Wire One') + 2} image.credt: did you mean \`credit\`?`,
			`${lines.indexOf('  captoin: At dawn') + 2} image.captoin: did you mean \`caption\`?`,
		]);
	});

	test('an unknown key is reported with the file’s other problems', () => {
		const lines = inserting(article, 'text: Fixed a name.', 'corection:').map((line) => line.replace('stance: opposes', 'stance: maybe'));
		expect(said(newsroom('articles', lines)).map(({ field }) => field)).toEqual(['demands[0].positions[0].stance', 'corection']);
	});
});

describe('a field added to a schema', () => {
	const extended: SchemaSet = {
		...schemas,
		// Refined schemas are extended with safeExtend, as zod asks.
		articles: (context) => articleSchema(context).safeExtend({ subtitle: text(140).optional() }),
		actors: (context) => actorSchema(context).extend({ motto: text().optional() }),
	};

	test.each([
		['articles', 'subtitle: Both sides sit down in Łódź'],
		['actors', 'motto: By the sea'],
	] as const)('%s: %j is refused by the schemas as they are, and accepted once the schema has it', (collection, added) => {
		const files = newsroom(collection, inserting(collection === 'articles' ? article : others[collection], undefined, added));
		expect(said(files).map(({ message }) => message)).toEqual([expect.stringContaining('has no field')]);
		expect(said(files, { schemas: extended })).toEqual([]);
	});

	test('…and is offered to a slip', () => {
		const files = newsroom('articles', inserting(article, undefined, 'subtitel: Both sides sit down'));
		expect(said(files, { schemas: extended }).map(({ fix }) => fix)).toEqual(['did you mean `subtitle`?']);
	});
});
