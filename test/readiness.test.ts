/**
 * Publish only what is ready: what `npm run new` and `npm run import` leave for the editor to replace is refused
 * in a published file, with the field, the line and the fix, and allowed in a draft; problems confined to a draft
 * are warnings in a build, which leaves the draft out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { importWireStory } from '../scripts/lib/wire-import.ts';
import { scaffold } from '../scripts/lib/scaffold.ts';
import type { ContentFile } from '../src/check/content-file.ts';
import { isDraft, setDraftsAside } from '../src/check/drafts.ts';
import { parseContentFile } from '../src/check/frontmatter.ts';
import { formatProblems } from '../src/check/problems.ts';
import { readinessProblems } from '../src/check/rules/readiness.ts';
import { validateContent } from '../src/check/validate.ts';
import type { CollectionName } from '../src/model/schemas.ts';

const contentFile = (collection: CollectionName, id: string, raw: string): ContentFile => ({
	collection,
	id,
	path: `src/content/${collection}/${id}.md`,
	raw,
	...parseContentFile(raw),
});

const now = new Date('2025-03-13T09:00:00Z');
const published = (text: string) => text.replace(/^draft: true\b/m, 'draft: false');
const newArticle = scaffold('article', 'Talks resume', { now }).text;
const story = readFileSync(path.join(import.meta.dirname, 'fixtures', 'wire', 'reuters-dateline.txt'), 'utf8');
const imported = importWireStory(story, { files: [], today: '2025-03-13' }).markdown;
const written = '---\ntitle: Talks resume\nsummary: The two sides meet again in Jeddah.\npublished: 2025-03-13\n---\nThey met on Thursday.\n';

/** Each problem as `field (line n): message` and its fix, as the report shows them. */
const shown = (file: ContentFile) =>
	readinessProblems(file, { draft: isDraft(file) }).map(({ field, line, message, fix }) => [`${field} (line ${line}): ${message}`, fix]);

describe('a published file holds nothing a script left to replace', () => {
	test.each<[string, CollectionName, string, string[][]]>([
		['a written article', 'articles', written, []],
		[
			'an article from `npm run new`, published as it is',
			'articles',
			published(newArticle),
			[
				[
					'summary (line 3): still holds the placeholder "TODO: one or two sentences readers see…" that `npm run new` wrote',
					'write the summary in your own words in its place, or set `draft: true` until it is ready',
				],
				[
					'(body) placeholder (line 38): still holds the placeholder "TODO: write the explainer here, in…" that `npm run new` wrote',
					'write the explainer in place of the line, or set `draft: true` until it is ready',
				],
			],
		],
		['the same article, still a draft', 'articles', newArticle, []],
		[
			'an actor from `npm run new`: always published',
			'actors',
			scaffold('actor', 'Port of Gdańsk', { now }).text,
			[
				[
					'(body) placeholder (line 9): still holds the placeholder "TODO: optional background in Markdown,…" that `npm run new` wrote',
					'write the background in place of the line, or delete it: the text below the frontmatter is optional',
				],
			],
		],
		[
			'a placeholder moved into another field',
			'articles',
			written.replace(
				'summary: The two sides meet again in Jeddah.',
				'summary: Talks.\ncorrections:\n  - date: 2025-03-13\n    text: "TODO: one or two sentences readers see in lists and feeds."',
			),
			[
				[
					'corrections[0].text (line 6): still holds the placeholder "TODO: one or two sentences readers see…" that `npm run new` wrote',
					'write the text in your own words in its place, or set `draft: true` until it is ready',
				],
			],
		],
		[
			'a wire story from `npm run import`, published with only `draft: false` changed',
			'articles',
			published(imported),
			[
				[
					"title (line 2): is the agency's headline, word for word, as the wire copy in the notes block has it",
					'rewrite the title in your own words, or set `draft: true` until it is ready',
				],
				[
					"summary (line 3): is the agency's first sentence, word for word, as the wire copy in the notes block has it",
					'rewrite the summary in your own words, or set `draft: true` until it is ready',
				],
				[
					'(body) notes block (line 8): holds the notes block of `npm run import` with the agency\'s story (lines 8–47), which says "WIRE COPY TO REWRITE. DO NOT PUBLISH IT AS IS."',
					'write the explainer in your own words, then delete the block, from `<!--` on line 8 to `-->` on line 47, or set `draft: true` until it is ready',
				],
				[
					'(body) (line 8): is empty: a published explainer needs its text',
					'write the explainer below the closing `---` of the frontmatter, or set `draft: true` until it is written',
				],
			],
		],
		['the same wire story, still a draft', 'articles', imported, []],
		[
			'an article with no text',
			'articles',
			written.replace('They met on Thursday.\n', '\n<!-- to write -->\n'),
			[
				[
					'(body) (line 7): is empty: a published explainer needs its text',
					'write the explainer below the closing `---` of the frontmatter, or set `draft: true` until it is written',
				],
			],
		],
		['a topic with no text: a body is optional', 'topics', '---\ntitle: Jeddah talks\nkind: event\n---\n', []],
	])('%s', (_, collection, raw, expected) => {
		expect(shown(contentFile(collection, 'x', raw))).toEqual(expected);
	});

	test('the wire story, rewritten but with the notes block kept, is refused for the block alone', () => {
		const rewritten = published(imported)
			.replace(/^title: .*$/m, 'title: Valdoria shuts the river crossings')
			.replace(/^summary: .*$/m, 'summary: The talks broke down the day before.')
			.replace('\n<!--', '\nValdoria closed the crossings.\n<!--');
		expect(shown(contentFile('articles', 'x', rewritten)).map(([problem]) => problem!.split(':')[0])).toEqual(['(body) notes block (line 9)']);
	});
});

describe('drafts', () => {
	test.each([
		['draft: true', true],
		['draft: false', false],
		['', false],
		// Unreadable YAML: a top-level `draft: true` line still says what the file is.
		['draft: true\ntitle: "a quote never closed', true],
		['draft: TRUE   # not yet\nsummary: [never closed', true],
		['title: "a quote never closed', false],
		['demands:\n  draft: true\n  - x: [', false],
	])('%j is a draft: %s', (lines, draft) => {
		expect(isDraft(contentFile('articles', 'x', `---\ntitle: T\n${lines}\n---\nText.\n`))).toBe(draft);
	});

	test('only articles are drafts', () => {
		expect(isDraft(contentFile('topics', 'x', '---\ntitle: T\nkind: theme\ndraft: true\n---\n'))).toBe(false);
	});

	const actor = contentFile('actors', 'valdoria', '---\nname: Valdoria\nkind: country\n---\n');
	const broken = contentFile(
		'articles',
		'broken-draft',
		'---\ntitle: T\nsummary: S.\npublished: 2025-03-13\ndraft: true\nactors: [valdoira]\ntopics: river\n---\nText.\n',
	);
	const linking = contentFile('articles', 'links', '---\ntitle: L\nsummary: S.\npublished: 2025-03-13\n---\nSee [the draft](/articles/broken-draft/).\n');

	test("a build warns of a draft's problems and leaves it out; what links to it is still refused", () => {
		const files = [actor, broken, linking];
		const { problems, leftOut, notes } = setDraftsAside(files, validateContent(files));
		expect([...leftOut]).toEqual([broken.path]);
		expect(notes).toEqual(['Draft src/content/articles/broken-draft.md has 2 problems; it is not published.']);
		expect(formatProblems(problems)).toMatchInlineSnapshot(`
			"Dossier found 1 content problem and 2 warnings in 2 files:

			src/content/articles/broken-draft.md
			  warning: actors[0] (1st actor, line 6): refers to actor "valdoira", but there is no src/content/actors/valdoira.md
			    fix: did you mean "valdoria"? Otherwise create src/content/actors/valdoira.md
			  warning: topics (line 7): has the wrong type: got a string
			    fix: write \`topics\` as a list, e.g. [a, b]

			src/content/articles/links.md
			  (body) link /articles/broken-draft/ (line 6): links to /articles/broken-draft/, a draft, which is not published
			    fix: remove the link until that article is published"
		`);
	});

	test('a draft whose YAML cannot be read but says `draft: true` is left out; a link to it is refused as a link to a draft', () => {
		const unreadable = contentFile('articles', 'broken-draft', '---\ntitle: "never closed\ndraft: true\n---\nText.\n');
		const files = [actor, unreadable, linking];
		const { problems, leftOut } = setDraftsAside(files, validateContent(files));
		expect([...leftOut]).toEqual([unreadable.path]);
		expect(problems.map(({ file, severity }) => [file, severity])).toEqual([
			[unreadable.path, 'warning'],
			[linking.path, undefined],
		]);
	});

	test('a draft without problems is not left out, and its warnings alone leave nothing out', () => {
		const draft = contentFile('articles', 'draft', '---\ntitle: T\nsummary: S.\npublished: 2025-03-13\ndraft: true\n---\n');
		expect(setDraftsAside([draft], [{ file: draft.path, severity: 'warning', message: 'm', fix: 'f' }]).leftOut.size).toBe(0);
	});
});
