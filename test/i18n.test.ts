/** The interface catalogues: complete in every language, with every plural form each language needs. */
import { describe, expect, test } from 'vitest';
import { catalogueFor, catalogueProblems, fill, pluralOf, slotsOf } from '../src/i18n/catalogue.ts';
import { catalogueLocales, catalogueOf, listJoints } from '../src/i18n/index.ts';
import { directionOf, localeFrom, openGraphLocale, timeZoneFrom } from '../src/config/locale.ts';

test.each([
	['en-GB', [', ', ' and ', '']],
	['pl', [', ', ' i ', '']],
	['ar', [' و', ' و', '']],
])('names in a sentence are joined as %s joins them, whatever their markup', (locale, joints) => {
	expect(listJoints(3, locale)).toEqual(joints);
	expect(listJoints(1, locale)).toEqual(['']);
	expect(listJoints(0, locale)).toEqual([]);
});

test('English, Polish and Arabic are shipped', () => {
	expect(catalogueLocales).toEqual(expect.arrayContaining(['en', 'pl', 'ar']));
});

test.each(catalogueLocales)(
	'the %s catalogue has every key English has, each plural form its language needs, and only the placeholders pages fill',
	(locale) => {
		expect(catalogueProblems(catalogueOf(locale), catalogueOf('en'), locale)).toEqual([]);
	},
);

describe('what is wrong with a catalogue is said key by key', () => {
	const english = { nav: { skip: 'Skip to content' }, counts: { demand: { one: '{count} demand', other: '{count} demands' } }, follow: 'Follow {name}' };
	test.each([
		['a key missing', { counts: english.counts, follow: 'Folgen {name}' }, 'de', ['nav.skip: missing (English: "Skip to content")']],
		['a key English has not', { ...english, nav: { skip: 'x', home: 'y' } }, 'en', ['nav.home: not a key English has']],
		[
			'a text for a count',
			{ ...english, counts: { demand: 'żądania' } },
			'pl',
			['counts.demand: must give a text for each plural form (one, few, many, other)'],
		],
		[
			'a plural form missing',
			{ ...english, counts: { demand: { one: '{count} żądanie', other: '{count} żądania' } } },
			'pl',
			['counts.demand: has no few, many form, which pl needs'],
		],
		['a placeholder no page fills', { ...english, follow: 'Folgen {nom}' }, 'de', ['follow: {nom} is not filled in by the page (English has {name})']],
		['nothing', english, 'en', []],
	])('%s', (_, catalogue, locale, problems) => {
		expect(catalogueProblems(catalogue, english, locale)).toEqual(problems);
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
		expect(() => localeFrom('english')).toThrow(/SITE_LOCALE.*BCP 47/);
	});

	test.each([
		['en-GB', 'en_GB'],
		['pl', 'pl_PL'],
		['ar', 'ar_EG'],
		['ar-u-nu-arab', 'ar_EG'],
		['pt-BR', 'pt_BR'],
	])('Open Graph writes %s as %s', (locale, expected) => {
		expect(openGraphLocale(locale)).toBe(expected);
	});

	test('a time zone is an IANA name', () => {
		expect(timeZoneFrom('Europe/Warsaw')).toBe('Europe/Warsaw');
		expect(() => timeZoneFrom('Warsaw')).toThrow(/SITE_TIMEZONE.*IANA/);
	});
});

test.each([
	['en-GB', 'Organisation', 'Licence and how to cite'],
	['en', 'Organisation', 'Licence and how to cite'],
	['en-US', 'Organization', 'License and how to cite'],
])('English is spelt as %s spells it', (locale, organisation, licence) => {
	const { actorKinds, data } = catalogueOf(locale);
	expect([actorKinds.organization, data.licenceTitle]).toEqual([organisation, licence]);
});
