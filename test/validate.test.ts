/**
 * The content check as editors meet it: every refusal names the file, the
 * field, what is wrong and how to fix it, and one run reports everything.
 * A small fictional newsroom that passes is broken one thing at a time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { readContentFiles } from '../src/check/content-files-fs.ts';
import { z } from 'astro/zod';
import { ref } from '../src/model/reference-fields.ts';
import { actorSchema, type CollectionName, schemas } from '../src/model/schemas.ts';
import { fieldPath, formatProblems, type Problem } from '../src/check/problems.ts';
import { type SchemaSet, validateContent } from '../src/check/validate.ts';
import type { ContentFile } from '../src/check/content-file.ts';

// ---------------------------------------------------------------------------
// Factories

/** A content file as readContentFiles hands it over; `name` may sit in a subfolder (`europe/arvenia`). */
function file(collection: CollectionName, name: string, data: unknown, body = ''): ContentFile {
	return {
		collection,
		path: at(`${collection}/${name}`),
		id: path.posix.basename(name),
		raw: `---\n${JSON.stringify(data)}\n---\n${body}`,
		data,
		body,
	};
}

/** The path editors see for `collection/name`. */
const at = (name: string) => `src/content/${name}.md`;

const ARTICLE = 'articles/strait-terms';
const REPLY = 'articles/belmora-replies';
const DEMAND = 'demands/belmora-withdraws-fleet';

const articleBody = 'Arvenia set out its terms [@wire-terms]. The Pact is split [@wire-terms; @lodz-institute].\n';

/** A valid newsroom: every collection, non-ASCII names, dates as Date objects and as strings. */
function newsroom(): ContentFile[] {
	return [
		file('actors', 'arvenia', { name: 'Arvenia', kind: 'country', aliases: ['the Arvenian government'] }),
		file('actors', 'belmora', { name: 'Belmora', kind: 'country' }),
		file('actors', 'coastal-pact', { name: 'Coastal Pact', kind: 'alliance', summary: 'A defence alliance of the northern shore.' }),
		file('actors', 'zoe-norgaard', { name: 'Zoë Nørgaard', kind: 'person', aliases: ['Nørgaard'] }),
		file('topics', 'fishing-rights', { title: 'Fishing rights', kind: 'theme' }),
		file('topics', 'harbour-talks', { title: 'Harbour talks', kind: 'event' }),
		file('topics', 'lodz', { title: 'Łódź', kind: 'place', summary: 'Where the talks are held.' }),
		file('sources', 'harbour-wire', { name: 'Harbour Wire', kind: 'wire-service', url: 'https://harbour-wire.example.org' }),
		file('sources', 'lodz-institute', { name: 'Łódź Institute', kind: 'think-tank', url: 'http://lodz-institute.example.org' }),
		file('sources', 'belmora-ministry', { name: 'Belmoran Ministry of the Sea', kind: 'government' }),
		file('demands', 'belmora-withdraws-fleet', {
			title: 'Belmora must withdraw its fleet from the strait',
			by: 'arvenia',
			addressedTo: ['belmora', 'coastal-pact'],
			topics: ['fishing-rights'],
			firstRaised: new Date('2024-11-02'),
		}),
		file('demands', 'arvenia-recognises-border', { title: 'Arvenia must recognise the 1921 border', by: 'belmora', firstRaised: '2024-06-01' }),
		file(
			'articles',
			'strait-terms',
			{
				title: 'Arvenia hands Belmora its terms for reopening the strait',
				summary: 'Arvenia wants the Belmoran fleet gone before talks resume in Łódź; Zoë Nørgaard says the Coastal Pact is split.',
				published: new Date('2025-03-12'),
				updated: new Date('2025-03-13T09:30:00+01:00'),
				draft: false,
				byline: 'Zoë Nørgaard',
				topics: ['fishing-rights', 'harbour-talks'],
				actors: ['arvenia', 'belmora', 'coastal-pact'],
				demands: [
					{
						demand: 'belmora-withdraws-fleet',
						status: 'restated',
						positions: [
							{ actor: 'belmora', stance: 'opposes', cite: 'wire-terms' },
							{ actor: 'coastal-pact', stance: 'mixed', note: 'Members disagree in public.', cite: 'lodz-institute' },
						],
					},
					{ demand: 'arvenia-recognises-border' },
				],
				sources: [
					{
						key: 'wire-terms',
						source: 'harbour-wire',
						title: 'Arvenia sets out its terms',
						url: 'https://harbour-wire.example.org/terms',
						published: new Date('2025-03-11'),
						attribution: 'anonymous',
						note: 'Two officials familiar with the text',
					},
					{ source: 'lodz-institute', title: 'Who in the Coastal Pact backs what', url: 'http://lodz-institute.example.org/brief?id=7', attribution: 'named' },
				],
				corrections: [{ date: new Date('2025-03-13'), text: 'An earlier version misnamed the strait.' }],
			},
			articleBody,
		),
		file(
			'articles',
			'belmora-replies',
			{
				title: 'Belmora replies: no withdrawal before talks',
				summary: 'The Belmoran Ministry of the Sea rejects the terms.',
				published: '2025-03-13T09:30:00+01:00',
				updated: '2025-03-14',
			},
			'Belmora will not withdraw its fleet before the talks.\n',
		),
	];
}

/** Parses `demands[0].positions[1].stance` back into keys: the inverse of fieldPath. */
const keysOf = (field: string) => field.match(/[^.[\]]+/g)!.map((key) => (/^\d+$/.test(key) ? Number(key) : key));

/** A fresh copy of the newsroom's `name` file, e.g. `actors/arvenia`. */
const original = (name: string) => newsroom().find((candidate) => candidate.path === at(name))!;

/** The newsroom's `name` file with each field path set to its value, or removed when the value is undefined. */
function edit(name: string, changes: Record<string, unknown>): ContentFile {
	const { data: before, ...rest } = original(name);
	const data = structuredClone(before);
	for (const [field, value] of Object.entries(changes)) {
		const keys = keysOf(field);
		const last = keys.pop()!;
		type Node = Record<PropertyKey, unknown>;
		const parent = keys.reduce((node, key) => node[key] as Node, data as Node);
		if (value === undefined) delete parent[last];
		else parent[last] = value;
	}
	return { ...rest, data };
}

/** The newsroom's `name` file with another body. */
const withBody = (name: string, body: string): ContentFile => ({ ...original(name), body });

/** Validates the newsroom with files replaced (same path) or added. */
function validateWith(...changed: ContentFile[]): Problem[] {
	const kept = newsroom().filter((file) => !changed.some((c) => c.path === file.path));
	return validateContent([...kept, ...changed]);
}

/** The problem an editor should see, by fragments of its message and fix; no field for a problem with the whole file. */
const problem = (name: string, field: string | undefined, message: string, fix: string) =>
	expect.objectContaining({
		file: at(name),
		...(field === undefined ? {} : { field }),
		message: expect.stringContaining(message),
		fix: expect.stringContaining(fix),
	});

/** A project folder holding `files` (paths under src/content), removed after the test. */
function tempProject(files: Record<string, string>): string {
	const root = mkdtempSync(path.join(os.tmpdir(), 'dossier-validate-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	for (const [name, text] of Object.entries(files)) {
		const target = path.join(root, 'src/content', name);
		mkdirSync(path.dirname(target), { recursive: true });
		writeFileSync(target, text);
	}
	return root;
}

// ---------------------------------------------------------------------------

describe('a valid newsroom', () => {
	test('yields no problems', () => {
		expect(validateContent(newsroom())).toEqual([]);
	});

	test.each([
		['a Date, as YAML gives it', new Date('2025-03-13')],
		['a date string', '2025-03-13'],
		['a date-time string with offset', '2025-03-13T09:30:00+01:00'],
		['a UTC date-time string', '2025-03-13T08:30:00Z'],
	])('accepts every date field as %s', (_, date) => {
		const dated = edit(ARTICLE, { published: date, updated: date, 'sources[0].published': date, 'corrections[0].date': date });
		expect(validateWith(dated, edit(DEMAND, { firstRaised: date }))).toEqual([]);
	});

	test.each([
		['a title of exactly 140 characters', ARTICLE, 'title', 'ø'.repeat(140)],
		['a summary of exactly 320 characters', ARTICLE, 'summary', 'x'.repeat(320)],
		['a position note of exactly 200 characters', ARTICLE, 'demands[0].positions[1].note', 'x'.repeat(200)],
		['a draft', ARTICLE, 'draft', true],
		['an article with only the required fields', REPLY, 'updated', undefined],
	])('accepts %s', (_, name, field, value) => {
		expect(validateWith(edit(name, { [field]: value }))).toEqual([]);
	});

	test('accepts the same id in two collections (they have different URLs)', () => {
		expect(validateWith(file('topics', 'arvenia', { title: 'Arvenia', kind: 'place' }))).toEqual([]);
	});
});

describe('fields: required, typed, within their lists and lengths', () => {
	test.each([
		[ARTICLE, 'title'],
		[ARTICLE, 'summary'],
		[ARTICLE, 'published'],
		['actors/arvenia', 'name'],
		['actors/arvenia', 'kind'],
		[DEMAND, 'title'],
		[DEMAND, 'by'],
		['sources/harbour-wire', 'name'],
		['sources/harbour-wire', 'kind'],
		['topics/fishing-rights', 'title'],
		['topics/fishing-rights', 'kind'],
		[ARTICLE, 'sources[0].source'],
		[ARTICLE, 'sources[1].title'],
		[ARTICLE, 'demands[0].positions[1].actor'],
		[ARTICLE, 'demands[0].positions[0].stance'],
		[ARTICLE, 'corrections[0].date'],
		[ARTICLE, 'corrections[0].text'],
		[ARTICLE, 'demands[1].demand'],
	])('%s without %s is refused', (name, field) => {
		const key = String(keysOf(field).at(-1));
		expect(validateWith(edit(name, { [field]: undefined }))).toEqual([problem(name, field, 'is required but missing', `add \`${key}:\``)]);
	});

	test.each([
		['title', 42, 'has the wrong type: got a number', 'write `title` as text'],
		['topics', 'fishing-rights', 'has the wrong type: got a string', 'write `topics` as a list, e.g. [a, b]'],
		['draft', 'yes', 'has the wrong type: got a string', 'write `draft` as true or false'],
		['sources[0]', 'harbour-wire', 'has the wrong type: got a string', 'write each item of `sources` as a mapping of fields'],
		['published', 'next tuesday', 'is not a valid date (got "next tuesday")', 'write `published` as 2025-03-13 or 2025-03-13T09:30:00+01:00'],
		['published', 2025, 'is not a valid date (got 2025)', 'write `published` as 2025-03-13'],
		['published', '13.03.2025', 'is not a valid date (got "13.03.2025")', 'write `published` as 2025-03-13'],
		['published', '2025-03-13T09:30:00', 'is not a valid date', '2025-03-13T09:30:00+01:00'],
		['published', '2025-02-30', '2025-02-30 is not a day: February 2025 has 28 days', 'correct the day or the month'],
	])('article %s: %j is refused', (field, value, message, fix) => {
		expect(validateWith(edit(ARTICLE, { [field]: value }))).toEqual([problem(ARTICLE, field, message, fix)]);
	});

	test.each([
		[ARTICLE, 'sources', [null], 'sources[0]'],
		[ARTICLE, 'sources', [null, null], 'sources[0]', 'sources[1]'],
		[ARTICLE, 'actors', [null], 'actors[0]'],
		[ARTICLE, 'topics', [null], 'topics[0]'],
		[ARTICLE, 'demands', [null], 'demands[0]'],
		[ARTICLE, 'demands[0].positions', [null], 'demands[0].positions[0]'],
		[ARTICLE, 'corrections', [null], 'corrections[0]'],
		[DEMAND, 'addressedTo', [null], 'addressedTo[0]'],
		[DEMAND, 'topics', [null], 'topics[0]'],
		[DEMAND, 'by', null, 'by'],
		[ARTICLE, 'title', null, 'title'],
		['actors/arvenia', 'name', null, 'name'],
	])('%s %s: %j (blank in YAML) is reported as nothing, without throwing', (name, field, value, ...fields) => {
		expect(() => validateWith(edit(name, { [field]: value }))).not.toThrow();
		expect(validateWith(edit(name, { [field]: value }))).toEqual(
			fields.map((path) => expect.objectContaining({ file: at(name), field: path, message: expect.stringContaining('nothing') })),
		);
	});

	test.each([
		['sources', ['just text'], 'sources[0]', 'a string'],
		['sources', [['a', 'b']], 'sources[0]', 'a list'],
		['demands', ['belmora-withdraws-fleet'], 'demands[0]', 'a string'],
		['demands[0].positions', ['belmora'], 'demands[0].positions[0]', 'a string'],
		['actors', [{ id: 'arvenia' }], 'actors[0]', 'a mapping of fields'],
		['title', ['a', 'b'], 'title', 'a list'],
		['summary', ['a', 'b'], 'summary', 'a list'],
	])('article %s: the malformed item %j is reported at its own path, saying what it got, without throwing', (field, value, path, got) => {
		expect(() => validateWith(edit(ARTICLE, { [field]: value }))).not.toThrow();
		expect(validateWith(edit(ARTICLE, { [field]: value }))).toEqual([
			expect.objectContaining({ file: at(ARTICLE), field: path, message: expect.stringContaining(got) }),
		]);
	});

	test('a blank list item shows in the report under its path', () => {
		const report = formatProblems(validateWith(edit(ARTICLE, { sources: [null] })));
		expect(report).toContain(at(ARTICLE));
		expect(report).toMatch(/^ {2}sources\[0\] \(1st source\): .*nothing/m);
	});

	test('a type name in a message reads as English (a mapping is not "a object")', () => {
		const [found] = validateWith(edit(ARTICLE, { demands: { demand: 'belmora-withdraws-fleet' } }));
		expect(found).toEqual(problem(ARTICLE, 'demands', 'has the wrong type', 'write `demands` as a list'));
		expect(found!.message).not.toMatch(/\ba object\b/);
	});

	test.each([
		['actors/arvenia', 'kind', ['country', 'government', 'alliance', 'organization', 'person', 'group']],
		[
			'sources/harbour-wire',
			'kind',
			['wire-service', 'newspaper', 'broadcaster', 'magazine', 'government', 'international-organization', 'think-tank', 'other'],
		],
		['topics/fishing-rights', 'kind', ['theme', 'place', 'event']],
		[ARTICLE, 'demands[0].positions[0].stance', ['supports', 'opposes', 'mixed', 'no-response', 'unclear']],
	])('%s without %s: the fix lists every allowed value', (name, field, allowed) => {
		const problems = validateWith(edit(name, { [field]: undefined }));
		expect(problems).toEqual([expect.objectContaining({ file: at(name), field, message: 'is required but missing' })]);
		// Each value as a word of its own, not run together with the next.
		const words = problems[0]!.fix!.split(/[^\w-]+/);
		for (const value of allowed) expect(words).toContain(value);
	});

	test.each([
		[ARTICLE, 'demands[0].positions[0].stance', 'maybe', 'supports | opposes | mixed | no-response | unclear'],
		[ARTICLE, 'demands[0].positions[1].stance', 'Supports', 'supports | opposes | mixed | no-response | unclear'],
		[ARTICLE, 'demands[0].status', 'pending', 'new | restated | under-negotiation | accepted | rejected | withdrawn | met'],
		[ARTICLE, 'sources[0].attribution', 'rumour', 'named | anonymous | official | document'],
		['actors/arvenia', 'kind', 'nation', 'country | government | alliance | organization | person | group'],
		[
			'sources/harbour-wire',
			'kind',
			'blog',
			'wire-service | newspaper | broadcaster | magazine | government | international-organization | think-tank | other',
		],
		['topics/fishing-rights', 'kind', 'region', 'theme | place | event'],
	])('%s %s: %j is outside its list', (name, field, value, allowed) => {
		expect(validateWith(edit(name, { [field]: value }))).toEqual([
			expect.objectContaining({
				file: at(name),
				field,
				message: `"${value}" is not an allowed value`,
				fix: `set \`${String(keysOf(field).at(-1))}\` to one of: ${allowed}`,
			}),
		]);
	});

	test.each([
		[ARTICLE, 'title', 'x'.repeat(141), 'is 141 characters long', 'shorten `title` to at most 140 characters'],
		[ARTICLE, 'summary', 'x'.repeat(321), 'is 321 characters long', 'shorten `summary` to at most 320 characters'],
		[ARTICLE, 'demands[0].positions[1].note', 'x'.repeat(201), 'is 201 characters long', 'shorten `note` to at most 200 characters'],
		[ARTICLE, 'title', '', 'is empty', 'write a value'],
		[ARTICLE, 'summary', '   ', 'is empty', 'write a value'],
		[ARTICLE, 'sources[1].title', '', 'is empty', 'write a value'],
		[ARTICLE, 'corrections[0].text', '', 'is empty', 'write a value'],
		[ARTICLE, 'demands[0].positions[0].cite', '', 'is empty', 'write a value'],
		['actors/zoe-norgaard', 'name', '', 'is empty', 'write a value'],
		[DEMAND, 'by', '', 'is empty', 'write a value in `by`'],
		[DEMAND, 'by', 'Arvenia', 'is not an id', 'write "arvenia" instead of "Arvenia"'],
	])('%s %s: %j is refused', (name, field, value, message, fix) => {
		expect(validateWith(edit(name, { [field]: value }))).toEqual([problem(name, field, message, fix)]);
	});
});

describe('references between files', () => {
	test.each([
		[ARTICLE, 'topics[1]', 'harbor-talks', 'topics', 'harbour-talks'],
		[ARTICLE, 'topics[0]', 'harbor-talks', 'topics', 'harbour-talks'],
		[ARTICLE, 'actors[0]', 'arvnia', 'actors', 'arvenia'],
		[ARTICLE, 'actors[0]', 'belmra', 'actors', 'belmora'],
		[ARTICLE, 'demands[0].demand', 'belmora-withdraw-fleet', 'demands', 'belmora-withdraws-fleet'],
		[ARTICLE, 'demands[1].demand', 'arvenia-recognise-border', 'demands', 'arvenia-recognises-border'],
		[ARTICLE, 'demands[0].positions[1].actor', 'coastal-pakt', 'actors', 'coastal-pact'],
		[ARTICLE, 'sources[0].source', 'harbor-wire', 'sources', 'harbour-wire'],
		[ARTICLE, 'sources[0].source', 'belmora-ministri', 'sources', 'belmora-ministry'],
		[DEMAND, 'by', 'arvnia', 'actors', 'arvenia'],
		[DEMAND, 'by', 'zoe-nørgaard', 'actors', 'zoe-norgaard'],
		[DEMAND, 'addressedTo[0]', 'belmra', 'actors', 'belmora'],
		[DEMAND, 'addressedTo[1]', 'coastal-pakt', 'actors', 'coastal-pact'],
		[DEMAND, 'topics[0]', 'fishing-right', 'topics', 'fishing-rights'],
		[DEMAND, 'topics[0]', 'lodzz', 'topics', 'lodz'],
	])('%s %s: unknown %j names its kind and the file it lacks, and suggests the nearest id', (name, field, value, target, nearest) => {
		const kind = target.slice(0, -1);
		expect(validateWith(edit(name, { [field]: value }))).toEqual([
			problem(name, field, `${kind} "${value}", but there is no src/content/${target}/${value}.md`, `did you mean "${nearest}"?`),
		]);
	});

	test("a demand's maker taking a stance on its own demand is refused, with the way to say what it wants", () => {
		expect(validateWith(edit(ARTICLE, { 'demands[0].positions[1].actor': 'arvenia' }))).toEqual([
			problem(
				ARTICLE,
				'demands[0].positions[1].actor',
				'"arvenia" makes the demand "belmora-withdraws-fleet" (its `by`), so it takes no stance on it',
				'remove this position',
			),
		]);
	});

	test('an id of the wrong collection is refused too', () => {
		expect(validateWith(edit(ARTICLE, { 'actors[2]': 'fishing-rights' }))).toEqual([
			problem(
				ARTICLE,
				'actors[2]',
				'refers to actor "fishing-rights", but there is no src/content/actors/fishing-rights.md',
				'no actor id is close; existing ones include',
			),
		]);
	});

	test('with the referred collection empty, the fix only says which file to create', () => {
		const problems = validateContent(newsroom().filter((f) => f.collection !== 'topics'));
		expect(problems.map(({ file, field, fix }) => ({ file, field, fix }))).toEqual(
			expect.arrayContaining([
				{ file: at(DEMAND), field: 'topics[0]', fix: 'create src/content/topics/fishing-rights.md' },
				{ file: at(ARTICLE), field: 'topics[0]', fix: 'create src/content/topics/fishing-rights.md' },
				{ file: at(ARTICLE), field: 'topics[1]', fix: 'create src/content/topics/harbour-talks.md' },
			]),
		);
		expect(problems).toHaveLength(3);
	});
});

describe('a reference field added to a schema', () => {
	// A newsroom extends the content model: an actor may name its ally. The validator is not touched.
	const withAlly: SchemaSet = {
		...schemas,
		actors: (context) => actorSchema(context).extend({ ally: ref(context, 'actors').optional(), allies: z.array(ref(context, 'actors')).default([]) }),
	};
	const actorWith = (changes: Record<string, unknown>) => ({
		...original('actors/arvenia'),
		data: { ...(original('actors/arvenia').data as object), ...changes },
	});
	const check = (changed: ContentFile) => validateContent([...newsroom().filter((file) => file.path !== changed.path), changed], { schemas: withAlly });

	test.each([
		[{ ally: 'coastal-pakt' }, 'ally'],
		[{ allies: ['arvenia', 'coastal-pakt'] }, 'allies[1]'],
	])('%j: a dangling id is refused with the file, the field and the nearest id', (changes, field) => {
		expect(check(actorWith(changes))).toEqual([
			problem('actors/arvenia', field, 'refers to actor "coastal-pakt", but there is no src/content/actors/coastal-pakt.md', 'did you mean "coastal-pact"?'),
		]);
	});

	test('an id that exists passes', () => {
		expect(check(actorWith({ ally: 'coastal-pact', allies: ['arvenia'] }))).toEqual([]);
	});
});

describe('citations', () => {
	test.each([
		['an undeclared key', 'Terms [@wire-term].', [['wire-term', 'wire-terms']]],
		['one unknown key in a group', 'Split [@wire-terms; @lodz-institut].', [['lodz-institut', 'lodz-institute']]],
		[
			'two unknown keys',
			'[@wire-term] and [@lodz-institut]',
			[
				['wire-term', 'wire-terms'],
				['lodz-institut', 'lodz-institute'],
			],
		],
		['the same unknown key twice (once)', '[@wire-term], and again [@wire-term].', [['wire-term', 'wire-terms']]],
		['a key inside inline code (nothing)', 'Write `[@nope]` to cite.', []],
		['a key inside a fenced code block (nothing)', '```md\nSee [@nope].\n```\n', []],
		['a key declared only by its source id (nothing)', 'Split [@lodz-institute].', []],
		['an undeclared key alone in a paragraph', '[@wire-term]', [['wire-term', 'wire-terms']]],
		['an undeclared key right after emphasis', '*Terms*[@wire-term]', [['wire-term', 'wire-terms']]],
		['an undeclared key alone in a list item', '- [@wire-term]', [['wire-term', 'wire-terms']]],
		['an undeclared key alone in strong emphasis', '**[@wire-term]**', [['wire-term', 'wire-terms']]],
		['an unknown key after a space and a semicolon', 'Split [@wire-terms ; @lodz-institut].', [['lodz-institut', 'lodz-institute']]],
		['an unknown key after a semicolon without spaces', 'Split [@wire-terms;@lodz-institut].', [['lodz-institut', 'lodz-institute']]],
		['two declared keys with a space before the semicolon (nothing)', 'Split [@wire-terms ; @lodz-institute].', []],
	])('a body citing %s is reported', (_, body, reported) => {
		expect(validateWith(withBody(ARTICLE, body))).toEqual(
			reported.map(([key, nearest]) =>
				problem(ARTICLE, `(body) [@${key}]`, `cites "${key}", which this article's sources do not declare`, `did you mean "${nearest}"?`),
			),
		);
	});

	test('an article without sources is told how to declare the key', () => {
		expect(validateWith(withBody(REPLY, 'Per the ministry [@belmora-ministry].'))).toEqual([
			problem(
				REPLY,
				'(body) [@belmora-ministry]',
				'cites "belmora-ministry"',
				'add a sources entry with `key: belmora-ministry` (or `source: belmora-ministry`)',
			),
		]);
	});

	test('a position citing an undeclared key is reported', () => {
		const field = 'demands[0].positions[0].cite';
		expect(validateWith(edit(ARTICLE, { [field]: 'wire-term' }))).toEqual([
			problem(ARTICLE, field, 'cites "wire-term", which this article\'s sources do not declare', 'did you mean "wire-terms"?'),
		]);
	});

	const third = { source: 'belmora-ministry', title: 'Ministry statement', url: 'https://belmora.example.org/statement' };
	test.each([
		['an explicit key used twice', { ...third, key: 'wire-terms' }, 'wire-terms', 0, 'key'],
		["an explicit key equal to another citation's source id", { ...third, key: 'lodz-institute' }, 'lodz-institute', 1, 'key'],
		['the same source cited twice without keys', { ...third, source: 'lodz-institute' }, 'lodz-institute', 1, 'source'],
	])('%s is reported on the later entry, on the field that gives the key', (_, citation, key, first, field) => {
		expect(validateWith(edit(ARTICLE, { 'sources[2]': citation }))).toEqual([
			problem(ARTICLE, `sources[2].${field}`, `duplicates the citation key "${key}" of sources[${first}]`, 'give this citation its own `key:`'),
		]);
	});
});

describe('URLs', () => {
	const places = [
		[ARTICLE, 'sources[0].url'],
		['sources/harbour-wire', 'url'],
	] as const;
	const refused = [
		'javascript:alert(1)',
		'ftp://files.example.org/terms.pdf',
		'data:text/html,<p>hi</p>',
		'/reports/terms',
		'www.example.org/terms',
		'not a url',
	];
	const accepted = ['http://example.org/terms', 'https://example.org/terms?lang=pl#p2', 'https://example.org/%C5%81%C3%B3d%C5%BA'];

	test.each(places.flatMap(([name, field]) => refused.map((url) => [name, field, url] as const)))('%s %s: %j is refused', (name, field, url) => {
		expect(validateWith(edit(name, { [field]: url }))).toEqual([
			problem(
				name,
				field,
				`must be an http:// or https:// URL (got ${JSON.stringify(url)})`,
				'write `url` as a full address starting with https:// (or http://)',
			),
		]);
	});

	test.each(places.flatMap(([name, field]) => accepted.map((url) => [name, field, url] as const)))('%s %s: %j is accepted', (name, field, url) => {
		expect(validateWith(edit(name, { [field]: url }))).toEqual([]);
	});

	test.each(['https://www.reuters.com', 'https://www.reuters.com/', 'http://mid.ru//'])(
		"a citation's url that is only a site's home page (%s) is refused",
		(url) => {
			expect(validateWith(edit(ARTICLE, { 'sources[0].url': url }))).toEqual([
				problem(ARTICLE, 'sources[0].url', "is only a site's home page, not the report's own address", "give the report's own address, or leave `url` out"),
			]);
		},
	);

	test.each(['https://www.reuters.com/world/', 'https://mid.ru/en/foreign_policy/news/1790809/', 'https://example.org/?id=7'])(
		"a citation's url with a path or a query beyond a home page (%s) is accepted",
		(url) => {
			expect(validateWith(edit(ARTICLE, { 'sources[0].url': url }))).toEqual([]);
		},
	);

	test.each(
		places.flatMap(([name, field]) =>
			[
				['http://localhost:4321/articles/strait-terms/', '/articles/strait-terms/'],
				['http://127.0.0.1:4321/', '/'],
				['http://[::1]/report?id=2', '/report?id=2'],
				['http://0.0.0.0:8080/report', '/report'],
				['http://192.168.1.20:4321/actors/lodz-institute/', '/actors/lodz-institute/'],
			].map(([url, path]) => [name, field, url!, path!] as const),
		),
	)("%s %s: %j, on the editor's own machine, is refused with the public address", (name, field, url, path) => {
		expect(validateWith(edit(name, { [field]: url }))).toEqual([
			problem(
				name,
				field,
				'is an address on your own machine (the preview), which readers cannot reach',
				`give its public address (https://dossier.example.org${path} if it is a page of this site), or leave \`url\` out`,
			),
		]);
	});

	test("a source's own url may be its home page", () => {
		expect(validateWith(edit('sources/harbour-wire', { url: 'https://harbour-wire.example.org/' }))).toEqual([]);
	});

	test('a citation without a url is a reference without a link, and is accepted', () => {
		expect(validateWith(edit(ARTICLE, { 'sources[0].url': undefined }))).toEqual([]);
	});
});

describe('dates that do not exist', () => {
	test.each([
		['published', '2025-04-31', 'April 2025 has 30 days'],
		['published', '2025-02-29', 'February 2025 has 28 days'],
		['published', '2025-02-30T10:00:00+01:00', 'February 2025 has 28 days'],
		['corrections[0].date', '2025-13-01', 'there is no month 13'],
		['sources[0].published', '2025-06-31', 'June 2025 has 30 days'],
	])('%s: %s is refused, saying why', (field, value, why) => {
		expect(validateWith(edit(ARTICLE, { [field]: value }))).toEqual([problem(ARTICLE, field, `${value} is not a day: ${why}`, 'correct the day or the month')]);
	});

	test('29 February of a leap year is a day', () => {
		expect(validateWith(edit(ARTICLE, { published: '2024-02-29' }))).toEqual([]);
	});
});

describe("an article's language", () => {
	test.each([
		['pl', 'pl'],
		['AR', 'ar'],
		['pt-br', 'pt-BR'],
		[' sr-latn-rs ', 'sr-Latn-RS'],
	])('%j is a language tag, kept as %j', (value, canonical) => {
		expect(validateWith(edit(ARTICLE, { lang: value }))).toEqual([]);
		expect(schemas.articles().parse({ ...(original(ARTICLE).data as object), lang: value }).lang).toBe(canonical);
	});

	test.each(['english', 'en_GB', 'x'])('%j is refused, saying what a tag looks like', (value) => {
		expect(validateWith(edit(ARTICLE, { lang: value }))).toEqual([
			problem(ARTICLE, 'lang', `"${value}" is not a language tag`, `replace "${value}" with a BCP 47 language tag such as en, pl, ar or pt-BR`),
		]);
	});

	test('an empty tag is refused as empty', () => {
		expect(validateWith(edit(ARTICLE, { lang: '' }))).toEqual([problem(ARTICLE, 'lang', 'is empty', 'write a value in `lang`')]);
	});

	test('the problem names the line the tag is on', () => {
		const root = tempProject({
			'articles/talks-open.md': '---\ntitle: Talks open\nsummary: Both sides sit down.\npublished: 2025-03-13\nlang: polish\n---\nText.\n',
		});
		expect(validateContent(readContentFiles(root))).toEqual([
			expect.objectContaining({ file: 'src/content/articles/talks-open.md', field: 'lang', line: 5, message: '"polish" is not a language tag' }),
		]);
	});
});

describe('updated and published', () => {
	test('updated before published is refused', () => {
		expect(validateWith(edit(ARTICLE, { updated: new Date('2025-03-11') }))).toEqual([
			problem(ARTICLE, 'updated', 'must not be before `published`', 'published'),
		]);
	});

	test.each([
		['as Dates', new Date('2025-03-12'), new Date('2025-03-12')],
		['as date strings', '2025-03-12', '2025-03-12'],
		['as the same instant in two offsets', '2025-03-12T10:00:00+01:00', '2025-03-12T09:00:00Z'],
	])('updated equal to published is accepted, %s', (_, published, updated) => {
		expect(validateWith(edit(ARTICLE, { published, updated }))).toEqual([]);
	});

	test.each([
		['a date-time, then its own day', '2025-04-02T09:00:00+02:00', '2025-04-02'],
		['a late evening west of Greenwich, then its own day', '2025-04-02T22:00:00-05:00', '2025-04-02'],
		['a day, then a date-time early on that day', '2025-04-02', '2025-04-02T00:30:00+02:00'],
	])('updated on the same calendar day as published is accepted: %s', (_, published, updated) => {
		expect(validateWith(edit(ARTICLE, { published, updated }))).toEqual([]);
	});

	test.each([
		['a day before', '2025-04-02', '2025-04-01'],
		['an hour before, both with a time', '2025-04-02T09:00:00+02:00', '2025-04-02T08:00:00+02:00'],
		['the evening before in its own offset', '2025-04-03', '2025-04-02T23:30:00-05:00'],
	])('updated before published is refused: %s', (_, published, updated) => {
		expect(validateWith(edit(ARTICLE, { published, updated }))).toEqual([
			problem(ARTICLE, 'updated', 'must not be before `published`', 'the same day is fine'),
		]);
	});

	test('is reported together with the same file’s other field errors', () => {
		const problems = validateWith(edit(ARTICLE, { updated: '2025-03-01', 'demands[0].positions[1].stance': 'maybe' }));
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ file: at(ARTICLE), field: 'updated', message: 'must not be before `published`' }),
				problem(ARTICLE, 'demands[0].positions[1].stance', '"maybe" is not an allowed value', 'set `stance` to one of:'),
			]),
		);
		expect(problems).toHaveLength(2);
	});
});

describe('all problems at once', () => {
	test('every file’s problems are reported in one run', () => {
		const problems = validateWith(
			edit(ARTICLE, { 'demands[0].positions[0].stance': 'maybe' }),
			edit('topics/lodz', { kind: undefined }),
			edit(DEMAND, { by: 'arvnia' }),
		);
		expect(problems.map(({ file, field }) => `${file} ${field}`).sort()).toEqual([
			`${at(ARTICLE)} demands[0].positions[0].stance`,
			`${at(DEMAND)} by`,
			`${at('topics/lodz')} kind`,
		]);
	});

	test.each([
		{
			case: 'a schema error in the last file, unknown ids in the first two',
			files: () => [
				// A: a schema error (first pass) and an unknown id (second pass).
				file('demands', 'zeta-demand', { title: 42, by: 'belmra' }),
				// B: an unknown id only.
				file('articles', 'middle', { title: 'Middle', summary: 'S.', published: '2025-03-01', topics: ['harbor-talks'] }, 'Text.'),
				...newsroom(),
				// C: a schema error only.
				file('actors', 'alpha', { name: 'Alpha' }),
			],
			expected: [`${at('demands/zeta-demand')} title`, `${at('demands/zeta-demand')} by`, `${at('articles/middle')} topics[0]`, `${at('actors/alpha')} kind`],
		},
		{
			case: 'clashing URLs around an unknown id, then a schema error',
			files: () => [
				file('topics', 'europe/lodz', { title: 'Łódź again', kind: 'place' }),
				edit(DEMAND, { by: 'belmra' }),
				...newsroom().filter((f) => f.path !== at(DEMAND)),
				file('actors', 'alpha', { name: 'Alpha' }),
			],
			expected: [`${at('topics/europe/lodz')} (file name)`, `${at(DEMAND)} by`, `${at('topics/lodz')} (file name)`, `${at('actors/alpha')} kind`],
		},
	])('problems come grouped in the order of the files, whichever check found them: $case', ({ files, expected }) => {
		const problems = validateContent(files());
		expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual(expected);
	});

	test('two field errors in one file are both reported', () => {
		expect(validateWith(edit(ARTICLE, { title: undefined, 'sources[1].url': 'ftp://x.example.org' }))).toEqual([
			problem(ARTICLE, 'title', 'is required but missing', 'add `title:`'),
			problem(ARTICLE, 'sources[1].url', 'must be an http:// or https:// URL', 'https://'),
		]);
	});

	test('a field error does not hide the same file’s unknown ids and undeclared citations', () => {
		const broken = edit(ARTICLE, { 'demands[0].positions[0].stance': 'maybe', 'actors[0]': 'arvnia' });
		const problems = validateWith({ ...broken, body: 'Terms [@wire-term].' });
		// In the order of the fields in the content model: `actors` comes before `demands`.
		expect(problems).toEqual([
			problem(ARTICLE, 'actors[0]', 'refers to actor "arvnia"', 'did you mean "arvenia"?'),
			problem(ARTICLE, 'demands[0].positions[0].stance', '"maybe" is not an allowed value', 'set `stance` to one of:'),
			problem(ARTICLE, '(body) [@wire-term]', 'cites "wire-term"', 'did you mean "wire-terms"?'),
		]);
	});
});

describe('file names and URLs', () => {
	test('two files with the same id in one collection are both reported, each naming the other', () => {
		const twin = file('actors', 'europe/arvenia', { name: 'Arvenia', kind: 'country' });
		const problems = validateWith(twin);
		expect(problems).toEqual(
			expect.arrayContaining([
				problem(
					'actors/arvenia',
					'(file name)',
					`produces the same URL /actors/arvenia/ as ${at('actors/europe/arvenia')}`,
					'rename or remove one of these files',
				),
				problem(
					'actors/europe/arvenia',
					'(file name)',
					`produces the same URL /actors/arvenia/ as ${at('actors/arvenia')}`,
					'rename or remove one of these files',
				),
			]),
		);
		expect(problems).toHaveLength(2);
	});

	test.each([
		['Bad Name', 'bad-name.md'],
		['Harbour_Talks 2025', 'harbour-talks-2025.md'],
		['double--hyphen', 'double-hyphen.md'],
		['-leading', 'leading.md'],
		['Café Crème', 'cafe-creme.md'],
		['%%%', 'a-valid-name.md'],
	])('a file named %j is refused with a suggested rename', (name, rename) => {
		expect(validateWith(file('topics', name, { title: 'A topic', kind: 'theme' }))).toEqual([
			problem(`topics/${name}`, '(file name)', `"${name}" is not a valid id`, `rename the file to ${rename}`),
		]);
	});
});

describe('files as read from disk', () => {
	test('a valid newsroom written as YAML yields no problems', () => {
		const root = tempProject({
			'actors/arvenia.md': '---\nname: Arvenia\nkind: country\n---\n',
			'actors/zoe-norgaard.md': '---\nname: Zoë Nørgaard\nkind: person\naliases: [Nørgaard]\n---\nA negotiator.\n',
			'sources/lodz-institute.md': '---\nname: Łódź Institute\nkind: think-tank\nurl: https://lodz-institute.example.org\n---\n',
			'topics/harbour-talks.md': '---\ntitle: Harbour talks in Łódź\nkind: event\n---\n',
			'demands/open-the-strait.md': '---\ntitle: Open the strait\nby: arvenia\naddressedTo: [zoe-norgaard]\nfirstRaised: 2024-11-02\n---\n',
			'articles/talks-open.md': [
				'---',
				'title: "Talks open: Nørgaard hopeful"',
				'summary: Zoë Nørgaard expects a deal.',
				'published: 2025-03-13',
				'updated: 2025-03-13T09:30:00+01:00',
				'topics: [harbour-talks]',
				'demands:',
				'  - demand: open-the-strait',
				'    positions:',
				'      - { actor: zoe-norgaard, stance: supports, cite: lodz-institute }',
				'sources:',
				'  - source: lodz-institute',
				'    title: Briefing',
				'    url: https://lodz-institute.example.org/briefing',
				'    published: 2025-03-12',
				'corrections:',
				'  - date: 2025-03-14',
				'    text: Fixed a name.',
				'---',
				'Nørgaard is hopeful [@lodz-institute].',
				'',
			].join('\n'),
		});
		const files = readContentFiles(root);
		expect(files.map((f) => f.path).sort()).toContain('src/content/articles/talks-open.md');
		expect(validateContent(files)).toEqual([]);
	});

	test.each([
		[
			'malformed YAML',
			'---\ntitle: [unclosed\nkind: theme\n---\n',
			'(frontmatter)',
			'the list that opens with [ in `title` is never closed',
			'end the list with ]',
		],
		['tab-indented YAML', '---\ntitle: Talks\n\tkind: theme\n---\n', '(frontmatter)', 'this line is indented with a tab', 'indent with spaces only'],
		['no frontmatter', '# Harbour talks\n\nJust text.\n', '(frontmatter)', 'the file has no frontmatter', 'start the file with a --- line'],
		[
			'an unclosed frontmatter block',
			'---\ntitle: Harbour talks\nkind: event\n',
			'(frontmatter)',
			'the file has no frontmatter',
			'start the file with a --- line',
		],
		['an empty file', '', undefined, 'the file is empty', 'add frontmatter between --- lines'],
		['a file of blank lines', '\n  \n\n', undefined, 'the file is empty', 'add frontmatter between --- lines'],
	])('%s is refused', (_, text, field, message, fix) => {
		const root = tempProject({ 'topics/harbour-talks.md': text });
		expect(validateContent(readContentFiles(root))).toEqual([problem('topics/harbour-talks', field, message, fix)]);
	});

	test('two bad files yield problems for both', () => {
		const root = tempProject({
			'articles/talks-open.md': '---\ntitle: "unclosed\n---\n',
			'actors/arvenia.md': 'Arvenia is a country.\n',
		});
		expect(validateContent(readContentFiles(root))).toEqual(
			expect.arrayContaining([
				problem('articles/talks-open', '(frontmatter)', 'the double quote that opens `title` is never closed', 'end the value with "'),
				problem('actors/arvenia', '(frontmatter)', 'the file has no frontmatter', 'start the file'),
			]),
		);
	});

	test('the same id in two subfolders clashes on disk too', () => {
		const actor = '---\nname: Arvenia\nkind: country\n---\n';
		const root = tempProject({ 'actors/arvenia.md': actor, 'actors/europe/arvenia.md': actor });
		expect(
			validateContent(readContentFiles(root))
				.map(({ file, field }) => `${field} ${file}`)
				.sort(),
		).toEqual(['(file name) src/content/actors/arvenia.md', '(file name) src/content/actors/europe/arvenia.md']);
	});
});

describe('files that are not content, and names in any normal form', () => {
	const topic = '---\ntitle: Économie bleue\nkind: theme\n---\n';

	test('a name saved decomposed (e + accent) gets the composed id, and the same URL', () => {
		const root = tempProject({ ['topics/' + 'e\u0301conomie.md']: topic });
		const [file] = readContentFiles(root);
		expect(file!.id).toBe('\u00e9conomie');
		expect(validateContent(readContentFiles(root))).toEqual([]);
	});

	test('two files that differ only in normal form clash', () => {
		const root = tempProject({ ['topics/' + 'e\u0301conomie.md']: topic, ['topics/' + '\u00e9conomie.md']: topic });
		expect(validateContent(readContentFiles(root)).map(({ field, message }) => `${field} ${message.split(' as ')[0]}`)).toEqual([
			'(file name) produces the same URL /topics/économie/',
			'(file name) produces the same URL /topics/économie/',
		]);
	});

	test.each([
		['topics/harbour.MD', 'rename it to harbour.md'],
		['topics/harbour.markdown', 'rename it to harbour.md'],
		['topics/harbour.md.txt', 'rename it to harbour.md'],
		['topics/notes.docx', 'move it out of src/content'],
		['harbour.md', 'move it into one of src/content/articles/'],
		['people/harbour.md', 'move it into one of src/content/articles/'],
	])('%s is reported, and stops the build', (name, fix) => {
		const root = tempProject({ [name]: topic });
		expect(validateContent(readContentFiles(root))).toEqual([expect.objectContaining({ file: `src/content/${name}`, fix: expect.stringContaining(fix) })]);
	});

	test('a picture no content file shows is a warning; one that is shown is fine', () => {
		const article =
			'---\ntitle: Harbour talks\nsummary: They met.\npublished: 2025-03-13\nimage:\n  src: ./harbour.png\n  alt: The harbour\n---\nThey met at the harbour.\n';
		const root = tempProject({ 'articles/harbour.md': article, 'articles/harbour.png': 'png', 'topics/old.jpg': 'jpg' });
		expect(validateContent(readContentFiles(root))).toEqual([
			{
				file: 'src/content/topics/old.jpg',
				severity: 'warning',
				message: 'is a picture that no content file shows',
				fix: 'show it in an article or remove it',
			},
		]);
	});

	test('a .tiff beside an article is a picture, and may be its lead picture', () => {
		const article =
			'---\ntitle: Harbour talks\nsummary: They met.\npublished: 2025-03-13\nimage:\n  src: ./harbour.tiff\n  alt: The harbour\n---\nThey met at the harbour.\n';
		const root = tempProject({ 'articles/harbour.md': article, 'articles/harbour.tiff': 'tiff' });
		expect(validateContent(readContentFiles(root))).toEqual([]);
	});

	test('an .svg under src/content is no picture the site can use (a lead picture cannot be one), so it is reported', () => {
		const root = tempProject({ 'articles/map.svg': '<svg/>' });
		expect(validateContent(readContentFiles(root))).toEqual([
			{
				file: 'src/content/articles/map.svg',
				field: '(file name)',
				message: 'is not a content file, so the build does not read it',
				fix: 'move it out of src/content (pictures may stay, for lead pictures: .jpg, .jpeg, .png, .webp, .avif, .gif or .tiff)',
			},
		]);
	});
});

describe('formatProblems', () => {
	test('groups a report by file, with each fix under its problem', () => {
		const problems = validateWith(edit(ARTICLE, { 'demands[0].positions[0].stance': 'maybe' }), edit(DEMAND, { by: 'arvnia' }));
		expect(formatProblems(problems)).toMatchInlineSnapshot(`
			"Dossier found 2 content problems in 2 files:

			src/content/articles/strait-terms.md
			  demands[0].positions[0].stance (1st demand, 1st position): "maybe" is not an allowed value
			    fix: set \`stance\` to one of: supports | opposes | mixed | no-response | unclear

			src/content/demands/belmora-withdraws-fleet.md
			  by: refers to actor "arvnia", but there is no src/content/actors/arvnia.md
			    fix: did you mean "arvenia"? Otherwise create src/content/actors/arvnia.md"
		`);
	});

	test.each([
		['Dossier found 1 content problem in 1 file:', [edit(ARTICLE, { title: 42 })]],
		['Dossier found 3 content problems in 2 files:', [edit(ARTICLE, { title: 42, draft: 'yes' }), edit('topics/lodz', { kind: 'city' })]],
	])('starts with the count line %j', (line, changed) => {
		expect(formatProblems(validateWith(...changed)).split('\n')[0]).toBe(line);
	});
});

describe('helpers', () => {
	test.each([
		[[], ''],
		[['title'], 'title'],
		[['sources', 2], 'sources[2]'],
		[['demands', 0, 'positions', 1, 'stance'], 'demands[0].positions[1].stance'],
		[['corrections', 0, 'date'], 'corrections[0].date'],
		[[0, 'title'], '[0].title'],
	])('fieldPath(%j) is %j', (keys, expected) => {
		expect(fieldPath(keys)).toBe(expected);
	});

	test.each([
		['Bad Name', 'bad-name'],
		['Harbour_Talks  2025!', 'harbour-talks-2025'],
		['--Already-An-Id--', 'already-an-id'],
		['Café Crème', 'cafe-creme'],
		['Zoë Nørgaard', 'zoe-norgaard'],
		['Łódź Institute', 'lodz-institute'],
		['%%%', 'a-valid-name'],
	])('a file named %j is told to be renamed %j', (name, expected) => {
		const [problem] = validateContent([file('topics', name, { title: 'T', kind: 'theme' })]);
		expect(problem?.fix).toBe(`rename the file to ${expected}.md`);
	});
});
