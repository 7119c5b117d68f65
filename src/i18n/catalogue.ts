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

/** The form of a plural message a count takes in a locale, with `{count}` as the locale writes the number. */
export function pluralOf(message: PluralMessage, count: number, locale: string, values: MessageValues = {}): string {
	const category = new Intl.PluralRules(locale).select(count);
	return fill(message[category] ?? message.other, { count: new Intl.NumberFormat(locale).format(count), ...values });
}

/**
 * The catalogue for a locale: its own (`pt-BR`), else its language's (`pt`).
 * A locale with neither is refused, with the languages there are and how to add one.
 */
export function catalogueFor<Shape>(catalogues: Readonly<Record<string, Shape>>, locale: string): Shape {
	const tags = [locale, new Intl.Locale(locale).language];
	for (const tag of tags) {
		const found = Object.entries(catalogues).find(([name]) => name.toLowerCase() === tag.toLowerCase());
		if (found) return found[1];
	}
	const known = Object.keys(catalogues).sort().join(', ');
	throw new Error(
		`There is no interface catalogue for the locale "${locale}" (there are: ${known}). Copy src/i18n/locales/en.ts to src/i18n/locales/${tags[1]}.ts and translate its texts, or set SITE_LOCALE to one of those.`,
	);
}
