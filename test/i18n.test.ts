/** The interface catalogues: complete in every language, with every plural form each language needs. */
import { describe, expect, test } from 'vitest';
import { catalogueFor, type CatalogueTree, fill, type PluralMessage, pluralOf, slotsOf } from '../src/i18n/catalogue.ts';
import { catalogueLocales, catalogueOf } from '../src/i18n/index.ts';
import { directionOf, localeFrom, timeZoneFrom } from '../src/lib/locale.ts';

const isPlural = (value: unknown): value is PluralMessage => typeof value === 'object' && value !== null && 'other' in value;

/** Every message in a catalogue, by its dotted key. */
function messagesOf(tree: CatalogueTree, prefix = ''): Array<[string, string | PluralMessage]> {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'string' || isPlural(value) ? [[`${prefix}${key}`, value] as [string, string | PluralMessage]] : messagesOf(value, `${prefix}${key}.`),
	);
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const english = new Map(messagesOf(catalogueOf('en') as CatalogueTree));

test('English, Polish and Arabic are shipped', () => {
	expect(catalogueLocales).toEqual(expect.arrayContaining(['en', 'pl', 'ar']));
});

describe.each(catalogueLocales)('the %s catalogue', (locale) => {
	const messages = new Map(messagesOf(catalogueOf(locale) as CatalogueTree));
	const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

	test('has every key English has, and no other', () => {
		expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
	});

	test('gives every plural each form its language has', () => {
		const missing = [...messages]
			.filter(([, m]) => isPlural(m))
			.flatMap(([key, m]) => categories.filter((c) => !(m as PluralMessage)[c]).map((c) => `${key}.${c}`));
		expect(missing).toEqual([]);
	});

	test('is a plural where English is, and a text where English is', () => {
		const mismatched = [...messages].filter(([key, m]) => isPlural(m) !== isPlural(english.get(key)));
		expect(mismatched.map(([key]) => key)).toEqual([]);
	});

	test('uses only the placeholders English fills in', () => {
		const texts = ([key, m]: [string, string | PluralMessage]) => (isPlural(m) ? Object.values(m) : [m]).map((text) => [key, text] as const);
		const allowed = (key: string) => new Set([...texts([key, english.get(key)!])].flatMap(([, text]) => placeholders(text)).concat('count'));
		const strays = [...messages].flatMap(texts).filter(([key, text]) => placeholders(text).some((name) => !allowed(key).has(name!)));
		expect(strays).toEqual([]);
	});
});

describe('plurals follow the language', () => {
	test.each([
		['en', 1, '1 demand'],
		['en', 5, '5 demands'],
		['pl', 1, '1 żądanie'],
		['pl', 3, '3 żądania'],
		['pl', 5, '5 żądań'],
		['pl', 22, '22 żądania'],
		['pl', 1.5, '1,5 żądania'],
		['ar', 2, 'مطلبان'],
		['ar', 3, '3 مطالب'],
		['ar', 11, '11 مطلبًا'],
		['ar', 100, '100 مطلب'],
		['ar-EG', 3, '٣ مطالب'],
	] as const)('%s: %d', (locale, count, expected) => {
		expect(pluralOf(catalogueOf(locale).counts.demand, count, locale)).toBe(expected);
	});
});

describe('messages', () => {
	test('fill their placeholders, and refuse to leave one empty', () => {
		expect(fill('Follow {name} by RSS', { name: 'NATO' })).toBe('Follow NATO by RSS');
		expect(() => fill('Follow {name} by RSS')).toThrow('{name}');
	});

	test('cut at their placeholders for markup', () => {
		expect(slotsOf('Corrected {date} · {link}')).toEqual(['Corrected ', { slot: 'date' }, ' · ', { slot: 'link' }]);
	});
});

describe('the catalogue of a locale', () => {
	const catalogues = { en: 'English', pl: 'Polish', 'pt-BR': 'Brazilian' };
	test.each([
		['pl-PL', 'Polish'],
		['EN-gb', 'English'],
		['pt-BR', 'Brazilian'],
	])('%s is %s', (locale, expected) => {
		expect(catalogueFor(catalogues, locale)).toBe(expected);
	});

	test('is refused when there is none, with the ones there are and how to add one', () => {
		expect(() => catalogueFor(catalogues, 'de-AT')).toThrow(/"de-AT".*en, pl, pt-BR.*src\/i18n\/locales\/de\.ts/);
	});
});

describe('site settings', () => {
	test.each([
		['ar', 'rtl'],
		['fa-IR', 'rtl'],
		['he', 'rtl'],
		['ur-PK', 'rtl'],
		['ku-Arab', 'rtl'],
		['pl', 'ltr'],
		['en-GB', 'ltr'],
		['zh-Hant', 'ltr'],
	])('%s is written %s', (locale, direction) => {
		expect(directionOf(locale)).toBe(direction);
	});

	test('a locale is a BCP 47 tag, put in canonical form', () => {
		expect(localeFrom('PL-pl')).toBe('pl-PL');
		expect(() => localeFrom('polish language')).toThrow(/SITE_LOCALE.*BCP 47/);
	});

	test('a time zone is an IANA name', () => {
		expect(timeZoneFrom('Europe/Warsaw')).toBe('Europe/Warsaw');
		expect(() => timeZoneFrom('Warsaw')).toThrow(/SITE_TIMEZONE.*IANA/);
	});
});
