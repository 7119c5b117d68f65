/**
 * Turns a plain-text wire story into a draft explainer (`npm run import`): a title, a summary to write, a
 * date, and suggested actors and source. The wire copy stays in the file as an HTML comment, which the
 * sanitiser drops (src/markdown/plugins/sanitize.ts allows no comments). Pure: the caller reads files and writes.
 */
import slugify from '@sindresorhus/slugify';
import { mentionNames } from '../../src/check/content-files-fs.ts';
import { idPattern } from '../../src/model/schema-fields.ts';
import { foldTyping, typedNamePattern } from '../../src/model/typed-marks.ts';
import { withoutForbiddenChars } from '../../src/model/forbidden-chars.ts';
import { wireCopyMarkers, wireNotesHeading, wireSummaryPlaceholder } from '../../src/model/placeholders.ts';
import type { ContentFile } from '../../src/check/content-file.ts';

export interface Outlet {
	name: string;
	mention: string; // as the story credits it: "(Reuters)", "Reuters reported"
	kind: string;
	source?: { id: string; path: string; url?: string }; // the source file that matches it by name
}

export interface WireDraft {
	id: string;
	title: string;
	titleFrom: 'headline' | 'first sentence';
	summary: string;
	summaryFrom: 'first sentence' | 'placeholder';
	published: string;
	dateFrom?: string; // the date as the story writes it; undefined when `published` is today
	dateline?: string;
	outlet?: Outlet;
	otherOutlets: string[];
	byline: string[]; // reporters from a "By … and …" line
	credits: string[]; // "Reporting by …", "Editing by …", as written
	actors: { id: string; name: string; mentions: string[] }[]; // each actor named, with each way it is named
	markdown: string; // the whole file
}
type Found = Omit<WireDraft, 'markdown'>;

/** Text for an HTML comment: nothing in it can end the comment early (`-->`, or `--!>` which HTML also accepts). */
export const escapeComment = (text: string) => text.replace(/--(!?)>/g, '--$1&gt;');

const [notInWord, notInWordAfter] = ['(?<![\\p{L}\\p{N}\\p{M}])', '(?![\\p{L}\\p{N}\\p{M}])'];
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const month = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ordinal = '(?:st|nd|rd|th)?';
const monthDay = new RegExp(`${month}\\s+(\\d{1,2})${ordinal}|(\\d{1,2})${ordinal}\\s+${month}`, 'i');
/** 2025-03-12, March 12, 2025 and 12 March 2025, each with how to read year, month and day. */
const datePatterns: [RegExp, (m: RegExpMatchArray) => [string, string, string]][] = [
	[/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, (m) => [m[1]!, m[2]!, m[3]!]],
	[new RegExp(`\\b${month}\\s+(\\d{1,2})${ordinal},?\\s+(\\d{4})\\b`, 'gi'), (m) => [m[3]!, m[1]!, m[2]!]],
	[new RegExp(`\\b(\\d{1,2})${ordinal}\\s+(?:of\\s+)?${month},?\\s+(\\d{4})\\b`, 'gi'), (m) => [m[3]!, m[2]!, m[1]!]],
];
type FoundDate = { iso: string; text: string; index: number };

const pad = (n: string | number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => (/^\d+$/.test(name) ? Number(name) : monthNames.indexOf(name.slice(0, 3).toLowerCase()) + 1);

/** Every full date (with a year) in `text` that names a real day, in order. */
function findDates(text: string): FoundDate[] {
	const dates = datePatterns.flatMap(([pattern, parts]) =>
		[...text.matchAll(pattern)].flatMap((m) => {
			const [y, mo, d] = parts(m);
			const iso = `${y}-${pad(monthNumber(mo))}-${pad(d)}`;
			const day = new Date(`${iso}T00:00:00Z`);
			return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== iso ? [] : [{ iso, text: m[0], index: m.index }];
		}),
	);
	return dates.sort((a, b) => a.index - b.index);
}

/** A date line under the headline; else, if the dateline has a month and day, a full date on that day; else the latest full date up to today. */
function storyDate(text: string, dateLines: string, dateline: string | undefined, today: string): FoundDate | undefined {
	const [fromLine, all, day] = [findDates(dateLines)[0], findDates(text), dateline?.match(monthDay)];
	if (fromLine || !day) return fromLine ?? all.filter((date) => date.iso <= today).sort((a, b) => b.iso.localeCompare(a.iso))[0];
	const [mo, d] = day[1] ? [day[1], day[2]!] : [day[4]!, day[3]!];
	return all.find((date) => date.iso.endsWith(`-${pad(monthNumber(mo))}-${pad(d)}`));
}

/** News agencies by name, then the other names stories credit them by. */
const wireServices =
	'Reuters|Thomson Reuters; Associated Press|AP|The Associated Press; Agence France-Presse|AFP|Agence France Presse; Bloomberg|Bloomberg News; dpa|Deutsche Presse-Agentur; Kyodo News|Kyodo; United Press International|UPI; Anadolu Agency|Anadolu; Xinhua; EFE; ANSA'
		.split('; ')
		.map((names) => names.split('|'));

/** How names compare: as slugs, without a leading "the". */
const nameKey = (name: string) => slugify(name).replace(/^the-/, '');
type KnownOutlet = Pick<Outlet, 'kind' | 'source'> & { names: string[] };

/** The wire services, and every source file, each with the source file that matches it by name. */
function knownOutlets(files: readonly ContentFile[]): KnownOutlet[] {
	const sources = files.flatMap((file) => {
		const { name, kind, url } = (file.collection === 'sources' ? (file.data ?? {}) : {}) as Record<string, unknown>;
		if (typeof name !== 'string') return [];
		const source = { id: file.id, path: file.path, url: typeof url === 'string' ? url : undefined };
		return [{ names: [...new Set([name, name.replace(/^the\s+/i, '')])], kind: String(kind), source }];
	});
	const wires = wireServices.map((names) => {
		const keys = new Set(names.map(nameKey));
		const source = sources.find((known) => keys.has(nameKey(known.names[0]!)) || keys.has(known.source.id));
		return { names, kind: source?.kind ?? 'wire-service', source: source?.source };
	});
	return [...wires, ...sources.filter((known) => !wires.some((wire) => wire.source === known.source))];
}

/** "(Reuters)", "Reuters reported", "according to Reuters", "told Reuters"… */
const creditedAfter = '(?=,?\\s+(?:(?:has |had )?reported|reports|(?:has )?learned|citing)\\b)';
const creditedBefore = '(?:[Aa]ccording to|told|reported by)\\s+(?:[Tt]he\\s+)?';
const outletPattern = (name: string, n = typedNamePattern(name)) =>
	new RegExp(`\\(${n}\\)|${notInWord}${n}${creditedAfter}|${creditedBefore}${n}${notInWordAfter}`, 'gu');

/** The outlet the dateline names, or else the first one the story credits; and the others it credits. */
function findOutlets(text: string, datelineOutlet: string | undefined, files: readonly ContentFile[]) {
	const found = knownOutlets(files).flatMap((known) => {
		const first = known.names.flatMap((name) => [...text.matchAll(outletPattern(name))]).sort((a, b) => a.index - b.index)[0];
		return first ? [{ ...known, mention: first[0], index: first.index }] : [];
	});
	found.sort((a, b) => a.index - b.index);
	const fromDateline = datelineOutlet ? found.find((known) => known.names.some((name) => nameKey(name) === nameKey(datelineOutlet))) : undefined;
	const main = fromDateline ?? (datelineOutlet ? { names: [datelineOutlet], kind: 'other', mention: `(${datelineOutlet})`, source: undefined } : found[0]);
	const outlet = main && { name: main.names[0]!, mention: main.mention, kind: main.kind, source: main.source };
	return { outlet, others: found.filter((known) => known.names[0] !== main?.names[0]).map((known) => known.names[0]!) };
}

const bylineLine = /^By\s+(\p{Lu}.{0,100}[^.!?])$/u;
const creditPattern = /(?:^|\()\s*((?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Research)\s+by\s[^)\n]*)/gimu;
const datelinePattern = /^(\p{Lu}[\p{Lu}\p{M}'’. /-]*?[\p{Lu}.])(,\s*[^()\n–—]{1,40}?)?\s*(?:\(([^)\n]{1,40})\))?\s*(?:--?|–|—)\s+/u;
const abbreviations = new Set([...monthNames, ...'sept mr mrs ms dr st gen col lt sen rep gov prof no vs inc corp ltd co jr sr'.split(' ')]);
const separator = /^[-=_*~]{3,}$/;

/** The first sentence of a paragraph: up to a full stop, question or exclamation mark before a capital, not after an abbreviation or an initial. */
export function firstSentence(text: string): string {
	for (const m of text.matchAll(/[.!?]+["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\p{Lt}\p{N}])/gu)) {
		const word = (text.slice(0, m.index).match(/(\S+)$/)?.[1] ?? '').replace(/^[^\p{L}\p{N}]+/u, '');
		if (m[0].startsWith('.') && (abbreviations.has(word.toLowerCase()) || /^(?:\p{L}\.)*\p{L}$/u.test(word))) continue;
		return text.slice(0, m.index + m[0].length);
	}
	return text;
}

/** `text` cut to `max` characters at a word boundary, with an ellipsis when cut. */
export function cutAtWord(text: string, max: number): string {
	if (text.length <= max) return text;
	const space = text.lastIndexOf(' ', max - 1);
	return `${text.slice(0, space > 0 ? space : max - 1).replace(/[\s,;:–—-]+$/u, '')}…`;
}

const isDateLine = (line: string) => line.length <= 60 && findDates(line).length === 1 && !/[.!?]$/.test(line);
/** A first line on its own, short, not ending like a sentence nor starting with a dateline. */
function isHeadline(line: string, next = 'end'): boolean {
	const alone = next === '' || separator.test(next) || bylineLine.test(next) || isDateLine(next);
	return alone && line.length <= 200 && !/[.,;:]["'”’)]?$/.test(line) && !datelinePattern.test(line);
}

/** The heading (headline, bylines, date lines) and the body's paragraphs. */
function splitStory(text: string) {
	const lines = text.split('\n');
	let headline: string | undefined;
	const byline: string[] = [];
	const dateLines: string[] = [];
	let i = 0;
	for (; i < lines.length; i++) {
		const line = lines[i]!;
		if (line === '' || (headline && separator.test(line))) continue;
		if (bylineLine.test(line)) byline.push(...line.replace(bylineLine, '$1').split(/\s*,\s*|\s+and\s+|\s*&\s*/));
		else if (isDateLine(line)) dateLines.push(line);
		else if (i === 0 && isHeadline(line, lines[i + 1])) headline = oneLine(line).replace(/^(?:UPDATE|REFILE|CORRECTED|RPT)[\s\d]*[-:]\s*/, '');
		else break;
	}
	const paragraphs = lines
		.slice(i)
		.join('\n')
		.split(/\n\s*\n/);
	return { headline, byline: byline.filter(Boolean), dateLines: dateLines.join('\n'), paragraphs: paragraphs.map(oneLine).filter(Boolean) };
}

/** The actors the story names by name or alias, as whole words in any case and with marks typed any way, most mentioned first. */
function findActors(text: string, files: readonly ContentFile[]): WireDraft['actors'] {
	const found = files.flatMap((file) => {
		const { name } = (file.collection === 'actors' ? (file.data ?? {}) : {}) as { name?: unknown };
		const names = file.collection === 'actors' ? mentionNames(file.data) : [];
		if (typeof name !== 'string' || !names.length) return [];
		const longestFirst = names.sort((a, b) => b.length - a.length).map(typedNamePattern);
		const matches = [...text.matchAll(new RegExp(`${notInWord}(?:${longestFirst.join('|')})${notInWordAfter}`, 'giu'))].map((m) => oneLine(m[0]));
		// Each way of writing the actor once: "Dockworkers’ Federation" and "dockworkers' federation" are one.
		const same = (a: string, b: string) => foldTyping(a).toLowerCase() === foldTyping(b).toLowerCase();
		const mentions = matches.filter((m, i) => matches.findIndex((other) => same(other, m)) === i);
		return matches.length ? [{ id: file.id, name, mentions, count: matches.length }] : [];
	});
	return found.sort((a, b) => b.count - a.count).map(({ id, name, mentions }) => ({ id, name, mentions }));
}

/** An id-shaped slug of `title`, letters of any script kept, at most 60 characters. */
function slugOf(title: string): string {
	const slug = [slugify(title, { transliterate: false }), slugify(title)].find((s) => idPattern.test(s)) ?? 'wire-story';
	return slug.length <= 60 ? slug : slug.slice(0, slug.lastIndexOf('-', 60) > 0 ? slug.lastIndexOf('-', 60) : 60).replace(/-+$/, '');
}

/** Reads a wire story and writes a draft article whose notes block holds the story. */
export function importWireStory(story: string, options: { files: readonly ContentFile[]; today: string; storyName?: string }): WireDraft {
	const { files, today, storyName = 'the wire story' } = options;
	const clean = withoutForbiddenChars(story.replace(/^\uFEFF/, '')).replace(/\r\n?/g, '\n');
	const text = clean.replace(/[ \t]+$/gm, '').trim();
	if (!text) throw new Error('The story is empty.');
	const { headline, byline, dateLines, paragraphs } = splitStory(text);
	const dl = paragraphs[0]?.match(datelinePattern);
	const sentence = firstSentence((paragraphs[0] ?? '').slice(dl?.[0].length ?? 0));
	if (!sentence) throw new Error('The story has no text after its headline.');
	const title = cutAtWord(headline ?? sentence.replace(/\.$/, ''), 140);
	const summaryFrom = headline && sentence.length <= 320 && sentence !== headline ? 'first sentence' : 'placeholder';
	const dateline = dl?.[0].replace(/\s*(?:--?|–|—)\s*$/u, '');
	const date = storyDate(text, dateLines, dateline, today);
	const { outlet, others } = findOutlets(text, dl?.[3], files);
	const draft: Found = {
		id: `${date?.iso ?? today}-${slugOf(title.replace(/<[^>]*>/g, ' '))}`,
		title,
		titleFrom: headline ? 'headline' : 'first sentence',
		summary: summaryFrom === 'placeholder' ? wireSummaryPlaceholder : sentence,
		summaryFrom,
		published: date?.iso ?? today,
		dateFrom: date?.text,
		dateline,
		outlet,
		otherOutlets: others,
		byline: byline.filter((name) => !wireServices.some((names) => names.includes(name))),
		credits: [...text.matchAll(creditPattern)].flatMap((m) => m[1]!.split(/\s*;\s*/)).map((credit) => credit.trim()),
		actors: findActors(text, files),
	};
	return { ...draft, markdown: `${frontmatter(draft, headline)}${notes(draft, text, storyName)}` };
}

const quoted = (text: string) => JSON.stringify(text);

/** Title, summary, date and `draft: true`; the actors and the source only as YAML comments, for the editor to take or leave. */
function frontmatter(draft: Found, headline: string | undefined): string {
	const lines = ['---', `title: ${quoted(draft.title)}`, `summary: ${quoted(draft.summary)}`, `published: ${draft.published}`, 'draft: true'];
	const actorIds = draft.actors.map((actor) => actor.id).join(', ');
	if (actorIds) lines.push(`# actors: [${actorIds}]   # named in the wire copy: keep those the explainer is about`);
	if (draft.outlet?.source) {
		const published = draft.dateFrom ? [`#     published: ${draft.published}`] : [];
		lines.push('# sources:   # fill in the story’s own address, or delete the url line, then remove the # signs', `#   - source: ${draft.outlet.source.id}`);
		lines.push(
			`#     title: ${quoted(headline ?? draft.title)}`,
			'#     url:   # not in the wire copy: the story’s own address, never a home page',
			...published,
		);
	}
	return `${lines.join('\n')}\n---\n`;
}

const fillIn = 'Fill in the story’s own address, or delete the `url:` line to cite it\n  without a link, and remove the # signs.';

/** What to do to cite the story: fill in the commented entry, or first create the source file. */
function sourceAdvice({ name, mention, kind, source }: Outlet, draft: Found): string[] {
	const outlet = `- Outlet: ${name} (the story says ${mention}), which`;
	if (source) {
		const entry = `${outlet} is ${source.path}. The frontmatter holds a commented \`sources\` entry for it with \`url:\` empty:`;
		return [entry, `  the wire copy gives no address for the story, and the import does not make one up. ${fillIn}`];
	}
	const id = slugOf(name);
	const published = draft.dateFrom ? `, \`published: ${draft.published}\`` : '';
	const kindLine = kind === 'other' ? 'the right `kind:`' : `\`kind: ${kind}\``;
	return [
		`${outlet} has no source file. To cite the story, create one from the project folder:\n`,
		`      npm run new -- source '${name.replaceAll("'", "'\\''")}'\n`,
		`  or by hand, as ${['src', 'content', 'sources', id].join('/')}.md with \`name: ${name}\` and ${kindLine};`,
		`  then add a \`sources\` entry with \`source:\` its id, the story’s title${published} and, if you find it, its own address.`,
	];
}

/** The notes block: an HTML comment, which the site's sanitiser drops, holding what the import found and the wire copy. */
function notes(draft: Found, text: string, storyName: string): string {
	const day = draft.dateline?.match(monthDay)?.[0];
	const noDate = day ? `the dateline’s “${day}” has no year and no full date in the text matches it` : 'the text names no full date';
	const none = (list: readonly unknown[], found: string) => (list.length ? found : 'none found.');
	const lines = [
		`${wireNotesHeading}\n`,
		`This block holds the wire story this draft was made from (${storyName}). The site never renders it, but it stays in the file:`,
		'write the explainer in your own words outside the block, and delete the block before the draft is published.\n',
		'What the import found, for you to check:',
		`- Title: ${draft.titleFrom === 'headline' ? 'the story’s headline: rewrite it in our words.' : 'the story’s first sentence, cut to 140 characters: write a headline.'}`,
		`- Summary: ${draft.summaryFrom === 'placeholder' ? 'a placeholder: write one or two sentences' : 'the story’s first sentence: rewrite it'}, at most 320 characters.`,
		`- Published: ${draft.dateFrom ? `${draft.published}, from “${draft.dateFrom}” in the text: check that it is the story’s date.` : `${noDate}, so today, ${draft.published}: set the date.`}`,
		`- Dateline: ${draft.dateline ?? 'none found.'}`,
		...(draft.outlet ? sourceAdvice(draft.outlet, draft) : ['- Outlet: none found. Cite the story in `sources` once you know who published it and where.']),
		...(draft.otherOutlets.length ? [`- Other outlets credited: ${draft.otherOutlets.join(', ')}.`] : []),
		`- Byline: ${none(draft.byline, `${draft.byline.join(', ')}: the wire’s reporters. Credit them in the source entry’s title or note; \`byline:\` names our desk.`)}`,
		`- Credits: ${none(draft.credits, draft.credits.join('; '))}`,
		`- Actors named: ${none(draft.actors, `${draft.actors.map((a) => `${a.name} (${a.id}) as ${a.mentions.map((m) => `“${m}”`).join(', ')}`).join('; ')}.`)}`,
		...(draft.actors.length ? ['  The commented `actors:` line in the frontmatter lists them.'] : []),
	];
	if (escapeComment(text) !== text) lines.push('', 'In the copy below, two hyphens followed by > are written --&gt; so that they cannot end this block.');
	return `\n<!--\n${escapeComment([...lines, '', wireCopyMarkers.start, text, wireCopyMarkers.end].join('\n'))}\n-->\n`;
}
