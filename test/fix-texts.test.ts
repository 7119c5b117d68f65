/**
 * Every fix belongs to its rule: walked from the schemas, every field of every
 * collection is broken in each way a value can be wrong, and every problem the
 * check then reports must come with a fix that names the field (or quotes what
 * was written there), so no rule borrows another's words, as the lead picture's
 * did ("use lowercase letters, digits and hyphens" for an .svg). The rules the
 * schemas do not hold (bodies, file names) are listed in a table, one input each.
 */
import { describe, expect, test } from 'vitest';
import { fieldPath, type Problem } from '../src/check/problems.ts';
import { validateContent, type ValidateOptions } from '../src/check/validate.ts';
import type { ContentFile } from '../src/check/content-file.ts';
import { type Level, levelsOf, unwrapped } from '../src/model/schema-layout.ts';
import { newArticleBodyPlaceholder } from '../src/model/placeholders.ts';
import { type CollectionName, collectionNames, schemas } from '../src/model/schemas.ts';

const file = (collection: CollectionName, id: string, data: unknown, body = ''): ContentFile => ({
	collection,
	id,
	path: `src/content/${collection}/${id}.md`,
	raw: `---\n${JSON.stringify(data)}\n---\n${body}`,
	data,
	body,
});

/** One file of each collection with every field written, and what they refer to. */
const full: Record<CollectionName, Record<string, unknown>> = {
	articles: {
		title: 'Talks open',
		summary: 'Both sides sit down.',
		published: '2025-03-13',
		updated: '2025-03-14',
		draft: false,
		byline: 'Harbour desk',
		bylineKind: 'desk',
		image: { src: './harbour.jpg', alt: 'The harbour', caption: 'At dawn', credit: 'Photo: Wire One' },
		lang: 'pl',
		topics: ['harbour-talks'],
		actors: ['belmora'],
		demands: [
			{ demand: 'open-the-strait', status: 'new', positions: [{ actor: 'belmora', stance: 'opposes', note: 'Not yet.', cite: 'wire', date: '2025-03-12' }] },
		],
		sources: [
			{
				key: 'wire',
				source: 'harbour-wire',
				title: 'Talks open',
				url: 'https://harbour-wire.example.org/talks',
				published: '2025-03-12',
				attribution: 'named',
				note: 'The minister',
			},
		],
		corrections: [{ date: '2025-03-14', text: 'Fixed a name.' }],
		formerIds: ['talks-begin'],
	},
	actors: { name: 'Belmora', kind: 'country', aliases: ['the Belmoran state'], forms: ['Belmoran'], summary: 'A country.', formerIds: ['belmora-state'] },
	demands: {
		title: 'Open the strait',
		by: 'arvenia',
		addressedTo: ['belmora'],
		topics: ['harbour-talks'],
		firstRaised: '2025-01-02',
		summary: 'One sentence.',
		formerIds: ['reopen-the-strait'],
	},
	sources: { name: 'Harbour Wire', kind: 'wire-service', url: 'https://harbour-wire.example.org', summary: 'A wire.', formerIds: ['harbour-news'] },
	topics: {
		title: 'Harbour talks',
		kind: 'event',
		summary: 'Talks.',
		startDate: '2025-03-13',
		endDate: '2025-03-14',
		location: 'Łódź',
		formerIds: ['harbour-meeting'],
	},
};
const ids: Record<CollectionName, string> = {
	articles: 'talks-open',
	actors: 'belmora',
	demands: 'open-the-strait',
	sources: 'harbour-wire',
	topics: 'harbour-talks',
};
const maker = file('actors', 'arvenia', { name: 'Arvenia', kind: 'country' });
/** A published explainer needs a text of its own. */
const story = 'The talks opened at the harbour.';
const newsroom = (changed?: ContentFile) => [
	maker,
	...collectionNames.map((name) => (name === changed?.collection ? changed : file(name, ids[name], full[name], name === 'articles' ? story : ''))),
];

/** Every way a value can be wrong, as YAML can write it; `undefined` leaves the field out. */
const wrongValues: unknown[] = [
	undefined,
	null,
	42,
	true,
	'yes',
	'',
	'   ',
	'x'.repeat(400),
	'Not An Id!',
	'no-such-id',
	'2025-02-30',
	'next tuesday',
	'english',
	'ftp://example.org/report',
	'https://example.org/',
	'map.jpg',
	'./map.svg',
	'wire terms',
	// The maker of the demand, which takes no stance on it; a day before every other.
	'arvenia',
	'2024-01-01',
	[],
	[42],
	[null],
	{},
	{ stray: 'value' },
];

/** Concrete paths to a level: its lists' first items. */
const concrete = (level: Level) => (level.path ? level.path.replaceAll('[]', '.0').split('.') : []).map((key) => (/^\d+$/.test(key) ? Number(key) : key));

function setAt(data: unknown, path: readonly PropertyKey[], value: unknown): unknown {
	const copy = structuredClone(data) as Record<PropertyKey, unknown>;
	const parent = path.slice(0, -1).reduce<Record<PropertyKey, unknown>>((node, key) => node[key] as Record<PropertyKey, unknown>, copy);
	if (value === undefined) delete parent[path.at(-1)!];
	else parent[path.at(-1)!] = value;
	return copy;
}

const getAt = (data: unknown, path: readonly PropertyKey[]) =>
	path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], data);

/** The field a problem is about: the last key of its path (`topics` for `topics[0]`). */
const keyOf = (field: string) => field.match(/[^.[\]]+/g)!.findLast((part) => !/^\d+$/.test(part))!;
const names = (text: string, word: string) => new RegExp(`(?<![\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text);

/** Why a problem's fix does not belong to it, or undefined: it names its field, or quotes the value written there. */
function misfit(problem: Problem, written: unknown): string | undefined {
	if (!problem.fix) return 'it has no fix';
	const key = keyOf(problem.field ?? '');
	const quoted = typeof written === 'string' && written.trim() !== '' && problem.fix.includes(written.trim());
	return names(`${problem.message} ${problem.fix}`, key) || quoted ? undefined : `neither it nor its fix names \`${key}\``;
}

// Every field of every collection, from its schema, with the schema's own concrete path to it.
const fields = collectionNames.flatMap((collection) =>
	levelsOf(schemas[collection]({})).flatMap((level) =>
		Object.keys(level.shape).map((key) => ({
			collection,
			level,
			key,
			path: [...concrete(level), key],
			list: unwrapped(level.shape[key]!)._zod.def.type === 'array',
		})),
	),
);

/** Every problem the walk met, by its message. */
const met = new Set<string>();

test('the walk reaches every level of every collection', () => {
	expect(fields.map(({ collection, path }) => `${collection} ${fieldPath(path)}`)).toContain('articles demands[0].positions[0].cite');
	expect(new Set(fields.map(({ collection, level }) => `${collection} ${level.path}`)).size).toBe(10);
});

describe.each(fields)('$collection $key', ({ collection, level, key, path, list }) => {
	test('is written in the full newsroom, which passes', () => {
		expect(getAt(full[collection], path), `add \`${fieldPath(path)}\` to the full ${collection} file of this test`).toBeDefined();
		expect(validateContent(newsroom())).toEqual([]);
	});

	// A list's items are broken too: `topics[0]`, not only `topics`.
	const targets = list ? [path, [...path, 0]] : [path];
	const cases = [
		...targets.flatMap((target) => wrongValues.map((value) => ({ target, value }))),
		// A key no schema knows, beside this one.
		{ target: [...path.slice(0, -1), `${key}x`], value: 'stray' },
	];

	test('every problem it can have comes with a fix of its own', () => {
		const misfits: string[] = [];
		let reported = 0;
		for (const { target, value } of cases) {
			const changed = file(collection, ids[collection], setAt(full[collection], target, value), collection === 'articles' ? story : '');
			for (const problem of validateContent(newsroom(changed))) {
				if (problem.field?.startsWith(fieldPath(target))) reported++;
				met.add(problem.message);
				const why = misfit(problem, problem.field === fieldPath(target) ? value : undefined);
				if (why) misfits.push(`${fieldPath(target)} = ${JSON.stringify(value)}: ${problem.field}: ${problem.message} / fix: ${problem.fix}: ${why}`);
			}
		}
		expect(misfits).toEqual([]);
		// Each field refuses something (a wrong type at least), and the stray key beside it.
		expect(reported).toBeGreaterThan(level.required.includes(key) ? 2 : 1);
	});
});

test('the walk met every rule the schemas hold', () => {
	const rules = [
		'is required but missing',
		'has the wrong type',
		'is not an allowed value',
		'characters long',
		'is empty',
		'has no field',
		'is not an id',
		'refers to',
		'makes the demand',
		'is not a valid date',
		'is not a day',
		'must not be before',
		'is not a language tag',
		'must be an http:// or https:// URL',
		"is only a site's home page",
		'must be a path from this file',
		'must name a',
		'cites',
	];
	expect(rules.filter((rule) => ![...met].some((message) => message.includes(rule)))).toEqual([]);
});

/**
 * The rules the schemas do not hold, one input each: bodies (links, pictures, citations), file names and whole
 * files. A new rule adds a row: what breaks it, the field its problem is on, and what the problem must quote.
 */
interface Row {
	rule: string;
	/** The article's body, or other files beside the newsroom's. */
	body?: string;
	files?: ContentFile[];
	options?: ValidateOptions;
	/** The problem's field, or how it starts. */
	field: string;
	/** What its message or fix must quote, as written, when there is such a thing. */
	quotes?: string;
	/** How many problems the input makes: one, unless a rule reports each file of a pair. */
	count?: number;
}

// Without a lead picture: only the article's is looked for; nor the article's former id, which is its alone.
const draft = file('articles', 'draft-talks', setAt(setAt({ ...full.articles, draft: true }, ['image'], undefined), ['formerIds'], undefined));
/** A full file's fields for another file: a former id is one file's alone. */
const another = (data: Record<string, unknown>) => setAt(data, ['formerIds'], undefined);
/** A topic of its own, for the rules of former ids. */
const quay = { title: 'The quay', kind: 'place' };
const other = (path: string, format: ContentFile['format'], raw = ''): ContentFile => ({
	collection: 'topics',
	path,
	id: 'x',
	raw,
	data: undefined,
	body: '',
	format,
});
const rows: Row[] = [
	{ rule: 'an undeclared citation', body: 'Talks [@wir].', field: '(body) [@wir]', quotes: 'wir' },
	{ rule: 'a link by another scheme', body: '[x](javascript:alert(1))', field: '(body) link', quotes: 'javascript:alert(1)' },
	{ rule: 'a relative link', body: '[x](../actors/belmora/)', field: '(body) link', quotes: 'actors/belmora/' },
	{ rule: 'a link without its final /', body: '[x](/actors/belmora)', field: '(body) link', quotes: '/actors/belmora' },
	{ rule: 'a link to an unknown actor', body: '[x](/actors/belmra/)', field: '(body) link', quotes: 'belmra' },
	{ rule: 'a link to an unknown article', body: '[x](/articles/talks-opn/)', field: '(body) link', quotes: 'talks-opn' },
	{ rule: 'a link to a draft', body: '[x](/articles/draft-talks/)', field: '(body) link', quotes: '/articles/draft-talks/' },
	{ rule: 'a link where the site has no page', body: '[x](/nowhere/)', field: '(body) link', quotes: '/nowhere/' },
	{ rule: 'a picture without alt text', body: '![](/images/harbour.png)', field: '(body) image', quotes: '/images/harbour.png' },
	{ rule: 'an HTML picture without alt text', body: '<img src="/images/harbour.png">', field: '(body) image', quotes: '<img src="/images/harbour.png"' },
	{ rule: 'a picture beside the Markdown', body: '![Harbour](./harbour.png)', field: '(body) image', quotes: 'harbour.png' },
	{ rule: 'a picture over http', body: '![Harbour](http://example.org/harbour.png)', field: '(body) image', quotes: 'http://example.org/harbour.png' },
	{ rule: 'a picture missing from public/', body: '![Harbour](/images/missing.png)', field: '(body) image', quotes: '/images/missing.png' },
	{ rule: 'a lead picture that is not there', options: { root: '/no-such-project' }, field: 'image.src', quotes: 'harbour.jpg' },
	{ rule: 'a file name that is no id', files: [file('topics', 'Harbour Talks', another(full.topics))], field: '(file name)', quotes: 'Harbour Talks' },
	{
		rule: 'two files with one URL',
		files: [{ ...file('topics', 'harbour-talks', another(full.topics)), path: 'src/content/topics/europe/harbour-talks.md' }],
		field: '(file name)',
		count: 2,
	},
	{ rule: 'a file name that is a page of the site', files: [file('demands', 'by-name', another(full.demands))], field: '(file name)', quotes: 'by-name' },
	{ rule: 'a file that is not content', files: [other('src/content/topics/notes.docx', 'other')], field: '(file name)' },
	{ rule: 'Markdown that is not .md', files: [other('src/content/topics/notes.markdown', 'other')], field: '(file name)', quotes: 'notes.md' },
	{ rule: 'a picture no file shows', files: [other('src/content/topics/old.jpg', 'image')], field: '' },
	{ rule: 'an empty file', files: [{ ...file('topics', 'empty', undefined), raw: '' }], field: '' },
	{ rule: 'a file without frontmatter', files: [{ ...file('topics', 'bare', undefined), raw: 'Just text.' }], field: '(frontmatter)' },
	{ rule: 'a link copied from the preview', body: '[x](http://localhost:4321/actors/belmora/)', field: '(body) link', quotes: '/actors/belmora/' },
	{ rule: 'an explainer without a text', body: '<!-- to come -->', field: '(body)' },
	{ rule: 'a placeholder left by npm run new', body: `${story}\n\n${newArticleBodyPlaceholder}`, field: '(body)', quotes: 'npm run new' },
	{ rule: 'a link to a renamed file’s old address (a warning)', body: '[x](/actors/belmora-state/)', field: '(body) link', quotes: '/actors/belmora/' },
	{
		rule: 'a reference to a renamed file’s old id (a warning)',
		files: [file('demands', 'close-the-quay', { title: 'Close the quay', by: 'belmora-state' })],
		field: 'by',
		quotes: 'belmora',
	},
	{
		rule: 'a former id that another file has now',
		files: [file('topics', 'quay', { ...quay, formerIds: ['harbour-talks'] })],
		field: 'formerIds[0]',
		quotes: 'harbour-talks',
	},
	{ rule: 'a former id two files claim', files: [file('topics', 'quay', { ...quay, formerIds: ['harbour-meeting'] })], field: 'formerIds[0]', count: 2 },
	{ rule: 'a former id that is the file’s own', files: [file('topics', 'quay', { ...quay, formerIds: ['quay'] })], field: 'formerIds[0]', quotes: 'quay' },
	{ rule: 'a former id the site keeps for a page', files: [file('topics', 'quay', { ...quay, formerIds: ['page'] })], field: 'formerIds[0]', quotes: 'page' },
	{
		rule: 'a former id listed twice',
		files: [file('topics', 'quay', { ...quay, formerIds: ['old-quay', 'old-quay'] })],
		field: 'formerIds[1]',
		quotes: 'old-quay',
	},
];

describe('rules beyond the schemas', () => {
	const options: ValidateOptions = { publicFiles: new Set(['/images/harbour.png']), site: new URL('https://news.example.org') };
	const found = (row: Row) =>
		validateContent([...newsroom(file('articles', ids.articles, full.articles, row.body ?? story)), draft, ...(row.files ?? [])], {
			...options,
			...row.options,
		});

	test.each(rows)('$rule: its problem has a fix of its own', (row) => {
		const problems = found(row);
		expect(problems).toHaveLength(row.count ?? 1);
		for (const problem of problems) {
			expect(problem.field ?? '').toMatch(new RegExp(`^${row.field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
			expect(problem.fix).toBeTruthy();
			if (row.quotes) expect(`${problem.message} ${problem.fix}`).toContain(row.quotes);
		}
	});

	test('no two rules give the same fix', () => {
		const fixes = rows.map((row) => ({ rule: row.rule, fix: found(row)[0]?.fix }));
		const shared = fixes.filter(({ fix }, i) => fixes.findIndex((other) => other.fix === fix) !== i);
		expect(shared).toEqual([]);
	});
});
