/**
 * New content files for `npm run new`: the id a title gives, today's date in
 * the site's time zone, and the file itself, with every required field filled
 * in and every optional one as a comment with a hint. The allowed values of
 * each list come from schemas.ts, so the comments cannot drift from the schemas.
 */
import slugify from '@sindresorhus/slugify';
import { todayIn } from '../../src/model/dates.ts';
import { entityUrl } from '../../src/model/entities.ts';
import { newArticleBodyPlaceholder, newEntityBodyPlaceholder, newSummaryPlaceholder } from '../../src/model/placeholders.ts';
import { idPattern } from '../../src/model/schema-fields.ts';
import { actorKinds, attributions, bylineKinds, type CollectionName, sourceKinds, stances, statuses, topicKinds } from '../../src/model/schemas.ts';
import { urls } from '../../src/model/urls.ts';

/** What `npm run new` creates, by the word editors type, and the collection it goes in. */
export const kinds = { article: 'articles', actor: 'actors', demand: 'demands', source: 'sources', topic: 'topics' } as const satisfies Record<
	string,
	CollectionName
>;
export type Kind = keyof typeof kinds;
export const kindNames = Object.keys(kinds) as Kind[];
export const isKind = (value: string): value is Kind => Object.hasOwn(kinds, value);

export const usage = `Usage: npm run new -- <kind> "Title or name" [--root <project folder>]
  kind: ${kindNames.join(' | ')}
  e.g.  npm run new -- actor "Łódź Port Authority"`;

/** A request `npm run new` cannot act on; the script prints it with the usage and exits with 2. */
export class UsageError extends Error {
	override name = 'UsageError';
}

/** The placeholder a new demand's `by:` holds until an editor names the actor; the content check refuses it. */
export const byPlaceholder = 'who-makes-the-demand';

/** The longest id a title gives (articles' date prefix aside), in UTF-8 bytes: file names stop at 255. */
const maxSlugBytes = 100;
const bytes = (text: string) => new TextEncoder().encode(text).length;
/** A word, or a single character, an id may hold (idPattern says which: letters of any script, their marks, digits). */
const valid = (text: string) => idPattern.test(text);

/**
 * The id a title or name gives: lowercase, words joined by hyphens, letters of
 * any script kept as they are (`Łódź Port Authority` → `łódź-port-authority`).
 * Characters an id cannot hold are left out of their word; a word with nothing
 * left is transliterated, and so is the whole title if no word is left
 * (`🦄` → `unicorn`). Empty when even that gives nothing.
 */
export function slugOf(title: string): string {
	// NFC, so that an é typed as e + accent stays one letter; İ lowercases to i + a combining dot, where Turkish means i.
	const text = title.normalize('NFC').replaceAll('İ', 'i');
	// slugify keeps letters and numbers of any script without transliteration, but splits words at combining marks (Hebrew points, Devanagari vowel signs): keep them.
	const marks = [...new Set(text.toLowerCase().match(/\p{M}/gu))];
	const options = { decamelize: false, customReplacements: [['&', ' and ']] as [string, string][] };
	const words = slugify(text, { ...options, transliterate: false, preserveCharacters: marks })
		.split('-')
		// What survives lowercasing but is no id: capitals with no lowercase, ½ and Ⅻ, marks idPattern does not take.
		.flatMap((word) => (valid(word) ? word : [...word].filter(valid).join('') || slugify(word, options)).split('-'))
		.filter(Boolean);
	const slug = words.length ? words : slugify(text, options).split('-').filter(Boolean);
	return shorten(slug.filter(valid));
}

/** The words that fit in maxSlugBytes, or the first word cut between characters when even it does not. */
function shorten(words: string[]): string {
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (bytes(next) > maxSlugBytes) break;
		slug = next;
	}
	if (slug || !words.length) return slug;
	for (const { segment } of new Intl.Segmenter().segment(words[0]!)) {
		if (bytes(slug + segment) > maxSlugBytes) break;
		slug += segment;
	}
	return slug;
}

/** Plain YAML when it surely reads back as the same text, double-quoted otherwise. */
export function yamlString(value: string): string {
	const plain = /^\p{L}[\p{L}\p{M}\p{N} ,.’'()?!/&–—-]*$/u.test(value) && !/ $/.test(value);
	const reserved = /^(?:true|false|null|yes|no|on|off|y|n)$/i.test(value);
	return plain && !reserved ? value : JSON.stringify(value);
}

/** A line of frontmatter and its hint: `kind: country  # required: …`. */
type Line = readonly [yaml: string, hint?: string];

/** Where the hints start, as in the README's examples. */
const hintColumn = 34;
const render = (lines: readonly Line[]) =>
	lines.map(([yaml, hint]) => (hint ? `${yaml}${' '.repeat(Math.max(2, hintColumn - yaml.length))}# ${hint}` : yaml)).join('\n');

const oneOf = (values: readonly string[]) => values.join(' | ');
/** A required list value: the first allowed value, and all of them in the hint. */
const choice = (name: string, values: readonly [string, ...string[]], hint = 'required'): Line => [`${name}: ${values[0]}`, `${hint}: ${oneOf(values)}`];
/** An optional field, commented out, with an example value. */
const optional = ([yaml, hint]: Line): Line => [`# ${yaml}`, hint];
const commented = (lines: Line[]) => lines.map(optional);
/** The names a file had before it was renamed: none for a new file, so only the hint. */
const formerIds = (example: string): Line =>
	optional([`formerIds: [${example}]`, 'optional: its old ids, if you rename the file: their addresses redirect here']);

interface Template {
	title: string;
	day: string;
	timeZone: string;
}

/** Each kind's frontmatter, in the order of its schema, and the start of its body. */
const templates: { [K in Kind]: (t: Template) => { lines: Line[]; body: string } } = {
	article: ({ title, day, timeZone }) => ({
		lines: [
			[`title: ${yamlString(title)}`, 'required, at most 140 characters'],
			[`summary: ${yamlString(newSummaryPlaceholder)}`, 'required, at most 320 characters'],
			[`published: ${day}`, `required: the day of first publication (today in ${timeZone}), or a date-time with offset: ${day}T09:30:00+01:00`],
			optional([`updated: ${day}`, 'optional: the last substantive update, not before published']),
			['draft: true', 'set to false to publish: drafts are checked but published nowhere'],
			...commented([
				['byline: Explainers desk', 'optional: desk name or author; without one, the site is the author'],
				[`bylineKind: ${bylineKinds[0]}`, `optional: ${oneOf(bylineKinds)}: whether the byline names a desk or a person`],
				['image:', 'optional: the lead picture (docs/content-model.md, Lead picture)'],
				['  src: ./picture.jpg', 'path from this file: the picture beside it, or ../../assets/picture.jpg'],
				['  alt: What the picture shows', 'required: for readers who cannot see it'],
				['  caption: What it shows and why it matters', 'optional'],
				['  credit: "Photo: Name / Agency"', 'optional, but expected: who took or owns the picture'],
				['lang: pl', "optional: the article's language as a BCP 47 tag (pl, ar, pt-BR), when it is not the site's"],
				['topics: [topic-id]', 'optional: topic ids'],
				['actors: [actor-id]', 'optional: actor ids'],
				['demands:', 'optional: the demands the article covers'],
				['  - demand: demand-id', 'demand id'],
				[`    status: ${statuses[0]}`, `optional: ${oneOf(statuses)}`],
				['    positions:', 'optional: where each party stands, as reported here'],
				['      - actor: actor-id', 'actor id'],
				[`        stance: ${stances[0]}`, oneOf(stances)],
				['        note: Has not answered publicly.', 'optional, at most 200 characters'],
				['        cite: report-key', 'optional: a key from sources below'],
				['sources:', 'optional: the reports the article cites'],
				['  - key: report-key', 'optional: defaults to the source id; unique in the article'],
				['    source: source-id', 'source id'],
				['    title: Title of the cited report'],
				['    url: https://example.com/report', 'http or https only'],
				[`    published: ${day}`, 'optional'],
				[`    attribution: ${attributions[0]}`, `optional: ${oneOf(attributions)}`],
				['    note: Who or what the report relies on', 'optional'],
				['corrections:', 'optional: dated corrections, shown on the article and in feeds'],
				[`  - date: ${day}`],
				['    text: What was wrong and what is right now.'],
			]),
			formerIds(`${day}-old-name`),
		],
		body: newArticleBodyPlaceholder,
	}),
	actor: ({ title }) => ({
		lines: [
			[`name: ${yamlString(title)}`, 'required'],
			choice('kind', actorKinds),
			optional(['aliases: [Other name]', 'optional: other names readers meet in articles']),
			optional(['forms: [Other form]', 'optional: the name as articles also write it (declined, with letters attached); linked, never shown']),
			optional(['summary: One sentence.', 'optional']),
			formerIds('old-name'),
		],
		body: entityBody,
	}),
	demand: ({ title, day }) => ({
		lines: [
			[`title: ${yamlString(title)}`, 'required, at most 140 characters: the demand, stated plainly'],
			[`by: ${byPlaceholder}`, 'required: replace with the id of the actor making the demand (its file name in src/content/actors, without .md)'],
			optional(['addressedTo: [actor-id]', 'optional: ids of the actors it is put to']),
			optional(['topics: [topic-id]', 'optional: topic ids']),
			optional([`firstRaised: ${day}`, 'optional: when the demand was first made']),
			optional(['summary: One sentence.', 'optional']),
			formerIds('old-name'),
		],
		body: entityBody,
	}),
	source: ({ title }) => ({
		lines: [
			[`name: ${yamlString(title)}`, 'required'],
			choice('kind', sourceKinds),
			optional(['url: https://example.com', "optional: the source's home page, http or https"]),
			optional(['summary: One sentence.', 'optional']),
			formerIds('old-name'),
		],
		body: entityBody,
	}),
	topic: ({ title, day }) => ({
		lines: [
			[`title: ${yamlString(title)}`, 'required, at most 140 characters'],
			choice('kind', topicKinds),
			optional(['summary: One sentence.', 'optional']),
			optional([`startDate: ${day}`, 'optional, an event only: the day it starts or started']),
			optional([`endDate: ${day}`, 'optional, an event only: the day it ends or ended']),
			optional(['location: Place name, Country', 'optional, an event only: where it happens']),
			formerIds('old-name'),
		],
		body: entityBody,
	}),
};

const entityBody = newEntityBodyPlaceholder;

export interface NewFile {
	kind: Kind;
	collection: CollectionName;
	id: string;
	/** Where the file goes, from the project root. */
	path: string;
	text: string;
	/** What to do next, a line each. */
	next: string[];
}

export interface ScaffoldOptions {
	/** The moment "today" is taken at. */
	now?: Date;
	/** The site's IANA time zone (src/config/site.ts `site.timeZone`). */
	timeZone?: string;
}

/** The new file for a kind and a title or name: its id, path, text and next steps. Throws a UsageError when the title gives no id. */
export function scaffold(kind: Kind, title: string, { now = new Date(), timeZone = 'UTC' }: ScaffoldOptions = {}): NewFile {
	const name = title.normalize('NFC').replace(/\s+/g, ' ').trim();
	if (!name) throw new UsageError('The title or name is missing.');
	const slug = slugOf(name);
	if (!slug) throw new UsageError(`"${name}" gives no id: use a title or name with letters or digits.`);
	const day = todayIn(timeZone, now);
	const collection = kinds[kind];
	// Articles' ids start with their day, as the sample's do: 2025-03-13-russia-hands-us-list-of-demands.
	const id = kind === 'article' ? `${day}-${slug}` : slug;
	const { lines, body } = templates[kind]({ title: name, day, timeZone });
	const text = `---\n${render(lines)}\n---\n${body}\n`;
	// Letters, marks and digits of the title the id could not keep: Devanagari vowel signs, ½.
	const lost = [
		...new Set(
			name
				.replaceAll('İ', 'i')
				.toLowerCase()
				.match(/[\p{L}\p{M}\p{N}]/gu),
		),
	].filter((c) => !slug.includes(c));
	const note = lost.length ? [`Note: ids cannot hold ${lost.join(' ')}, so the id leaves them out. Rename the file to choose another id.`] : [];
	const preview = 'Edit it, then `npm run dev` to preview it at http://localhost:4321';
	const next =
		collection === 'articles'
			? [...note, `${preview}${urls.article(id)}`, 'It is a draft: `npm run dev` shows it, marked as one; no build publishes it until you set `draft: false`.']
			: [
					...note,
					...(kind === 'demand'
						? [`First replace \`by: ${byPlaceholder}\` with the id of the actor making the demand: the content check refuses the placeholder.`]
						: []),
					// Only articles can be drafts: every other file is published as soon as it is there.
					'Write its background in place of the `TODO` line, or delete the line: the content check refuses a published file that still holds it.',
					`${preview}${entityUrl(collection, id)}`,
				];
	return { kind, collection, id, path: `src/content/${collection}/${id}.md`, text, next };
}
