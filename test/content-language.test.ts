import { describe, expect, test } from 'vitest';
import { contentLanguage } from '../src/model/content-language.ts';

describe("an article's own words, in its language", () => {
	const english = { locale: 'en-GB', direction: 'ltr' } as const;
	const arabic = { locale: 'ar', direction: 'rtl' } as const;

	test.each([
		['no language of its own', english, undefined, {}],
		["the site's language", english, 'en-GB', {}],
		['another left-to-right language', english, 'pl', { lang: 'pl' }],
		['a right-to-left language on a left-to-right site', english, 'ar', { lang: 'ar', dir: 'rtl' }],
		['a left-to-right language on a right-to-left site', arabic, 'en', { lang: 'en', dir: 'ltr' }],
		['another right-to-left language on a right-to-left site', arabic, 'fa', { lang: 'fa' }],
	])('%s', (_, site, lang, attributes) => {
		expect(contentLanguage(lang, site)).toEqual(attributes);
	});
});
