/** The search page's status line in each language: the plural form the page's lang takes, and the query isolated from the sentence. */
import { describe, expect, test } from 'vitest';
import { catalogueOf } from '../src/i18n/index.ts';
import { searchStatus } from '../src/browser/search-status.ts';

const status = (locale: string, count: number) => searchStatus(catalogueOf(locale).search, locale, 'NATO', count, 20).replace(/[\u2068\u2069]/g, '');

describe('searchStatus', () => {
	test.each([
		['en-GB', 0, 'No results for “NATO”.'],
		['en-GB', 1, '1 result for “NATO”.'],
		['en-GB', 3, '3 results for “NATO”.'],
		['en-GB', 21, '21 results for “NATO”; the first 20 are shown.'],
		['pl', 1, '1 wynik dla „NATO”.'],
		['pl', 3, '3 wyniki dla „NATO”.'],
		['pl', 5, '5 wyników dla „NATO”.'],
		['pl', 22, '22 wyniki dla „NATO”; pokazujemy pierwsze 20.'],
		['ar', 0, 'لا نتائج لـ«NATO».'],
		['ar', 1, 'نتيجة واحدة لـ«NATO».'],
		['ar', 2, 'نتيجتان لـ«NATO».'],
		['ar', 3, '3 نتائج لـ«NATO».'],
		['ar', 11, '11 نتيجةً لـ«NATO».'],
		['ar', 100, '100 نتيجة لـ«NATO»؛ تُعرض أول 20 منها.'],
	])('%s, %i results: %s', (locale, count, text) => {
		expect(status(locale, count)).toBe(text);
	});

	test('isolates the query, so that it keeps its order inside a sentence in the other direction', () => {
		expect(searchStatus(catalogueOf('ar').search, 'ar', 'NATO', 2, 20)).toBe('نتيجتان لـ«\u2068NATO\u2069».');
	});
});
