/**
 * The interface in the site's language: its catalogue (`ui`), and numbers,
 * counts, dates and name order as that language writes them. Pages, views and
 * feeds ask here; the editors' tools speak English and do not.
 */
import { site } from '../config/site.ts';
import { dayOf, type Month, type WrittenDate } from '../model/dates.ts';
import { type Catalogue, catalogueFor, catalogueNameFor, catalogueProblems, type MessageValues, type PluralMessage, pluralOf } from './catalogue.ts';

export { fill, slotsOf } from './catalogue.ts';

// A language is added by adding its file: every catalogue in ./locales/ is found here.
const catalogues = Object.fromEntries(
	Object.entries(import.meta.glob<Catalogue>('./locales/*.ts', { eager: true, import: 'default' })).map(([file, catalogue]) => [
		file.replace(/^.*\/|\.ts$/g, ''),
		catalogue,
	]),
);

/** Every language there is a catalogue for, by the name of its file. */
export const catalogueLocales = Object.keys(catalogues);

/** The catalogue for any locale, for tests and tools that speak more than the site's language. */
export const catalogueOf = (locale: string): Catalogue => catalogueFor(catalogues, locale);

/** The site's locale and direction, as pages put them on <html>. */
export const { locale, direction } = site;

/** Every interface text, in the site's language. */
export const ui: Catalogue = catalogueOf(locale);

// A catalogue a newsroom is still writing stops the build with every line to fix, not a page with "{name}" in it.
const problems = catalogueProblems(ui, catalogues.en, locale);
if (problems.length) {
	const file = `src/i18n/locales/${catalogueNameFor(catalogueLocales, locale)}.ts`;
	throw new Error(`${file} is not complete for ${locale}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
}

/** The site's line for search results, feeds and the footer: the newsroom's own, else the catalogue's. */
export const siteDescription = site.description ?? ui.site.description;

/** "3 explainers", "3 wyjaśnienia": the form a count takes, with any other values the message names. */
export const countOf = (count: number, message: PluralMessage, values?: MessageValues) => pluralOf(message, count, locale, values);

const numbers = new Intl.NumberFormat(locale);

/** A number as the site's language writes it. */
export const formatNumber = (value: number) => numbers.format(value);

// Formatters are built once per locale: a big site formats tens of thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(inLocale: string, options: 'day' | 'month'): Intl.DateTimeFormat {
	const key = `${options} ${inLocale}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(
			inLocale,
			options === 'day' ? { dateStyle: 'long', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' },
		);
		formatters.set(key, format);
	}
	return format;
}

// Days are formatted once each: a newsroom's pages show the same few thousand days hundreds of thousands of times.
const formattedDays = new Map<string, string>();

/** "13 March 2025", "13 marca 2025": the calendar day the author wrote, whatever the reader's or the site's time zone. */
export function formatDate(date: WrittenDate, inLocale = locale): string {
	const day = dayOf(date);
	const key = `${inLocale} ${day}`;
	let formatted = formattedDays.get(key);
	if (formatted === undefined) formattedDays.set(key, (formatted = dateFormat(inLocale, 'day').format(new Date(`${day}T12:00:00Z`))));
	return formatted;
}

/** "March 2025", "marzec 2025": a month named in the site's language. */
export const formatMonth = (month: Month, inLocale = locale) => dateFormat(inLocale, 'month').format(new Date(`${month}-15T12:00:00Z`));

const lists = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });

/** A list of names as the site's language lists them ("A, B, C"; Arabic "A، B، C"), in parts, for markup around each name. */
export const listParts = (items: readonly string[]) => lists.formatToParts(items);

/** A list of names as the site's language lists them, as text. */
export const formatList = (items: readonly string[]) => lists.format(items);

const sentenceLists = new Map<string, Intl.ListFormat>();
const sentenceList = (inLocale: string) => {
	let format = sentenceLists.get(inLocale);
	if (!format) sentenceLists.set(inLocale, (format = new Intl.ListFormat(inLocale, { type: 'conjunction' })));
	return format;
};

/** Names in a sentence, as text, as the site's language joins them: "A, B and C". */
export const joinNames = (names: readonly string[]) => sentenceList(locale).format(names);

// Worked out once per length: every page lists names, and the joints depend only on how many.
const jointsByCount = new Map<string, readonly string[]>();

/**
 * What follows each of `count` names when the site's language joins them in
 * a sentence, the last followed by nothing: ", ", " and ", "" for "A, B and C"
 * (Polish "A, B i C", Arabic "A وB"). Markup goes around each name, the joints
 * between them.
 */
export function listJoints(count: number, inLocale = locale): readonly string[] {
	const key = `${inLocale} ${count}`;
	const known = jointsByCount.get(key);
	if (known) return known;
	const joints: string[] = [];
	for (const part of sentenceList(inLocale).formatToParts(Array.from({ length: count }, (_, i) => `${i}`))) {
		if (part.type === 'element') joints.push('');
		else if (joints.length) joints[joints.length - 1] += part.value;
	}
	jointsByCount.set(key, joints);
	return joints;
}

const names = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });

/** Orders names as the site's language does: "Lublin" before "Łódź" in Polish. */
export const compareNames = (a: string, b: string) => names.compare(a, b);
