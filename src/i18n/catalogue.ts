/**
 * Message catalogues: every word the interface shows, one file per language
 * in ./locales/. English is the reference; every other catalogue has the same
 * keys (the type checks it, and a test checks each plural has the forms its
 * language needs). Placeholders are written `{name}`.
 */
import type en from './locales/en.ts';

/** A message that depends on a count: one text per plural category of the language (Intl.PluralRules), `other` always. */
export type PluralMessage = { readonly [Category in Intl.LDMLPluralRule]?: string } & { readonly other: string };

/** The shape of a catalogue before its keys are fixed: texts, plurals and groups of them. */
export interface CatalogueTree {
	readonly [key: string]: string | PluralMessage | CatalogueTree;
}

type Widen<T> = T extends string ? string : T extends { other: string } ? PluralMessage : { readonly [Key in keyof T]: Widen<T[Key]> };

/** What every language's catalogue holds: English's keys, each with its own text. */
export type Catalogue = Widen<typeof en>;

/** Values put into a message's `{placeholders}`. */
export type MessageValues = Readonly<Record<string, string | number>>;

const placeholder = /\{(\w+)\}/g;

/** A message with its placeholders filled; a placeholder without a value is a bug in the caller, so it throws. */
export function fill(message: string, values: MessageValues = {}): string {
	return message.replace(placeholder, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`The message "${message}" needs a value for {${name}}.`);
		return String(value);
	});
}

/** A message cut at its placeholders, for a component that puts markup (a date, a link) in their place. */
export function slotsOf(message: string): Array<string | { slot: string }> {
	return message
		.split(/(\{\w+\})/)
		.filter((part) => part !== '')
		.map((part) => (/^\{\w+\}$/.test(part) ? { slot: part.slice(1, -1) } : part));
}

// Made once per locale: a site of thousands of pages counts things on every one.
const pluralRules = new Map<string, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();
function pluralRulesOf(locale: string) {
	let found = pluralRules.get(locale);
	if (!found) pluralRules.set(locale, (found = { rules: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) }));
	return found;
}

/** The form of a plural message a count takes in a locale, with `{count}` as the locale writes the number. */
export function pluralOf(message: PluralMessage, count: number, locale: string, values: MessageValues = {}): string {
	const { rules, numbers } = pluralRulesOf(locale);
	return fill(message[rules.select(count)] ?? message.other, { count: numbers.format(count), ...values });
}

/** The plural forms in CLDR's order, as translators read them in its charts. */
const pluralForms: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

const isPlural = (value: unknown): value is PluralMessage => typeof value === 'object' && value !== null && 'other' in value;
const isText = (value: unknown): value is string => typeof value === 'string';

/** Every message in a catalogue, by its dotted key (`nav.skip`); a plural counts as one message. */
function messagesOf(tree: unknown, prefix = ''): Map<string, unknown> {
	const entries = Object.entries(tree && typeof tree === 'object' ? tree : {});
	return new Map(
		entries.flatMap(([key, value]) =>
			isText(value) || isPlural(value) || !value || typeof value !== 'object' ? [[`${prefix}${key}`, value]] : [...messagesOf(value, `${prefix}${key}.`)],
		),
	);
}

const placeholdersOf = (message: unknown): string[] =>
	(isPlural(message) ? Object.values(message) : isText(message) ? [message] : []).flatMap((text) =>
		[...String(text).matchAll(placeholder)].map((match) => match[1]!),
	);

/**
 * What is wrong with a language's catalogue, measured against English's, one line per key: a key missing or
 * unknown, a text where English counts (or the reverse), a plural form the language needs (Intl.PluralRules), a
 * placeholder the page does not fill. The build refuses a catalogue with any, and says these lines.
 */
export function catalogueProblems(catalogue: unknown, english: unknown, locale: string): string[] {
	const messages = messagesOf(catalogue);
	const reference = messagesOf(english);
	const needed = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
	const forms = pluralForms.filter((form) => needed.has(form));
	const problems = [...reference.keys()].filter((key) => !messages.has(key)).map((key) => `${key}: missing (English: ${JSON.stringify(reference.get(key))})`);
	for (const [key, message] of messages) {
		const expected = reference.get(key);
		if (expected === undefined) problems.push(`${key}: not a key English has`);
		else if (isPlural(expected) && !isPlural(message)) problems.push(`${key}: must give a text for each plural form (${forms.join(', ')})`);
		else if (!isPlural(expected) && !isText(message)) problems.push(`${key}: must be a text`);
		else {
			const missingForms = isPlural(message) ? forms.filter((form) => !isText(message[form])) : [];
			if (missingForms.length) problems.push(`${key}: has no ${missingForms.join(', ')} form, which ${locale} needs`);
			const known = new Set([...placeholdersOf(expected), ...(isPlural(expected) ? ['count'] : [])]);
			const strays = [...new Set(placeholdersOf(message))].filter((name) => !known.has(name));
			if (strays.length)
				problems.push(
					`${key}: {${strays.join('}, {')}} is not filled in by the page (English has ${[...known].map((name) => `{${name}}`).join(', ') || 'none'})`,
				);
		}
	}
	return problems;
}

/** The name of the catalogue for a locale: its own (`pt-BR`), else its language's (`pt`); undefined when there is neither. */
export function catalogueNameFor(names: readonly string[], locale: string): string | undefined {
	const tags = [locale, new Intl.Locale(locale).language].map((tag) => tag.toLowerCase());
	return tags.map((tag) => names.find((name) => name.toLowerCase() === tag)).find(Boolean);
}

/**
 * The catalogue for a locale: its own (`pt-BR`), else its language's (`pt`).
 * A locale with neither is refused, with the languages there are and how to add one.
 */
export function catalogueFor<Shape>(catalogues: Readonly<Record<string, Shape>>, locale: string): Shape {
	const name = catalogueNameFor(Object.keys(catalogues), locale);
	if (name) return catalogues[name]!;
	const tags = [locale, new Intl.Locale(locale).language];
	const known = Object.keys(catalogues).sort().join(', ');
	throw new Error(
		`There is no interface catalogue for the locale "${locale}" (there are: ${known}). Copy src/i18n/locales/en.ts to src/i18n/locales/${tags[1]}.ts${tags[0] === tags[1] ? '' : ` (or ${tags[0]}.ts, for this variant only)`} and translate its texts, or set SITE_LOCALE to one of those.`,
	);
}
