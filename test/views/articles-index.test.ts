/** /articles/: every published explainer, newest first, under a heading per month, in pages of 50 like the other indexes. */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/graph.ts';
import { type ArticlesIndexPage, articlesIndex } from '../../src/views/lists/articles-index.ts';
import { article, contentOf, newsroom, newsroomIds } from '../helpers/entries.ts';

/** A page as one line: each month's heading, then its articles' ids. */
const line = ({ months }: ArticlesIndexPage) =>
	months
		.map(({ month, label, continued, items }) => `${month} ${label}${continued ? ' (continued)' : ''}: ${items.map((i) => i.article.id).join(', ')}`)
		.join(' | ');

/** Published articles with these ids and dates, in the order given (the graph sorts them). */
const articlesOn = (dates: Record<string, string>) =>
	buildGraph(contentOf(Object.entries(dates).map(([id, published]) => article(id, { title: id, summary: 'A report.', published }))));

describe('articlesIndex', () => {
	test('groups the newsroom by month, newest first, without the draft', () => {
		const { jan, feb, mar } = newsroomIds;
		expect(articlesIndex(buildGraph(newsroom())).map(line)).toEqual([
			`2025-03 March 2025: ${mar} | 2025-02 February 2025: ${feb} | 2025-01 January 2025: ${jan}`,
		]);
	});

	const five = articlesOn({ c: '2025-02-14', a: '2025-03-20', e: '2025-01-10', b: '2025-03-05', d: '2025-02-02' });

	test.each([
		['one page holds them all', 50, ['2025-03 March 2025: a, b | 2025-02 February 2025: c, d | 2025-01 January 2025: e']],
		['a page ends with a month: the next starts a new one', 2, ['2025-03 March 2025: a, b', '2025-02 February 2025: c, d', '2025-01 January 2025: e']],
		[
			'a month split across pages repeats its heading, continued',
			3,
			['2025-03 March 2025: a, b | 2025-02 February 2025: c', '2025-02 February 2025 (continued): d | 2025-01 January 2025: e'],
		],
		[
			'a month over three pages is continued on each',
			1,
			[
				'2025-03 March 2025: a',
				'2025-03 March 2025 (continued): b',
				'2025-02 February 2025: c',
				'2025-02 February 2025 (continued): d',
				'2025-01 January 2025: e',
			],
		],
	])('%s (%i to a page)', (_, size, pages) => {
		expect(articlesIndex(five, { size }).map(line)).toEqual(pages);
	});

	test('pages link like the other indexes: /articles/, then /articles/page/2/ and on', () => {
		expect(articlesIndex(five, { size: 2 }).map(({ param, pagination }) => [param, pagination.prev, pagination.next])).toEqual([
			[undefined, undefined, '/articles/page/2/'],
			['page/2', '/articles/', '/articles/page/3/'],
			['page/3', '/articles/page/2/', undefined],
		]);
	});

	const late = articlesOn({ 'march-evening': '2025-03-31T23:30:00-05:00', 'march-day': '2025-03-20', 'april-day': '2025-04-02' });

	test.each([
		['UTC', ['2025-04 April 2025: april-day, march-evening | 2025-03 March 2025: march-day']],
		['America/Chicago', ['2025-04 April 2025: april-day | 2025-03 March 2025: march-evening, march-day']],
	])("months are the site's: in %s", (timeZone, pages) => {
		expect(articlesIndex(late, { timeZone }).map(line)).toEqual(pages);
	});

	test('month headings are in the site language, capitalised as headings are', () => {
		expect(articlesIndex(five, { locale: 'fr' })[0]!.months.map(({ label }) => label)).toEqual(['Mars 2025', 'Février 2025', 'Janvier 2025']);
	});

	test('nothing published: one page, no months', () => {
		expect(articlesIndex(buildGraph(contentOf([])))).toEqual([{ months: [], pagination: { current: 1, last: 1 }, param: undefined }]);
	});
});
