/**
 * Paginated lists as readers meet them: each page's title, and the links to
 * the pages before and after it.
 */
import { describe, expect, test } from 'vitest';
import { catalogueOf } from '../src/i18n/index.ts';
import { pageTitle } from '../src/views/lists/page-title.ts';
import { paginate, paginateLed } from '../src/model/paginate.ts';

describe('pageTitle', () => {
	test.each([
		['the first of several pages', { current: 1, last: 3 }, 'Actors, page 1 of 3'],
		['a middle page', { current: 2, last: 3 }, 'Actors, page 2 of 3'],
		['the last page', { current: 3, last: 3 }, 'Actors, page 3 of 3'],
		['the first of two pages', { current: 1, last: 2 }, 'Actors, page 1 of 2'],
		['a single page', { current: 1, last: 1 }, 'Actors'],
	])('%s: %j', (_, pagination, title) => {
		expect(pageTitle('Actors', pagination)).toBe(title);
	});

	test('the title of every page of a list, as paginate numbers them', () => {
		const pages = paginate(
			Array.from({ length: 5 }, (_, i) => i),
			'/actors/',
			2,
		);
		expect(pages.map((page) => pageTitle('Actors', page.pagination))).toEqual(['Actors, page 1 of 3', 'Actors, page 2 of 3', 'Actors, page 3 of 3']);
	});

	test('in another language', () => {
		expect(pageTitle('Podmioty', { current: 2, last: 3 }, catalogueOf('pl').pager)).toBe('Podmioty, strona 2 z 3');
	});
});

describe('paginate', () => {
	/** Each page as [route param, current, last, prev, next, how many items]. */
	const outline = (items: number, size?: number) =>
		paginate(
			Array.from({ length: items }, (_, i) => i),
			'/actors/',
			size,
		).map(({ param, pagination: { current, last, prev, next }, items: shown }) => [param, current, last, prev, next, shown.length]);

	test('pages further than one from an end link to it too', () => {
		const ends = paginate(
			Array.from({ length: 9 }, (_, i) => i),
			'/actors/',
			2,
		).map(({ pagination: { current, first, final } }) => [current, first, final]);
		expect(ends).toEqual([
			[1, undefined, '/actors/page/5/'],
			[2, undefined, '/actors/page/5/'],
			[3, '/actors/', '/actors/page/5/'],
			[4, '/actors/', undefined],
			[5, '/actors/', undefined],
		]);
	});

	test('three pages link to each other, the first at the list’s own URL', () => {
		expect(outline(5, 2)).toEqual([
			[undefined, 1, 3, undefined, '/actors/page/2/', 2],
			['page/2', 2, 3, '/actors/', '/actors/page/3/', 2],
			['page/3', 3, 3, '/actors/page/2/', undefined, 1],
		]);
	});

	test.each([
		['an empty list still has its first page', 0, [[undefined, 1, 1, undefined, undefined, 0]]],
		['exactly one page of items is one page', 50, [[undefined, 1, 1, undefined, undefined, 50]]],
		[
			'one item more is two pages',
			51,
			[
				[undefined, 1, 2, undefined, '/actors/page/2/', 50],
				['page/2', 2, 2, '/actors/', undefined, 1],
			],
		],
	])('by default, 50 to a page: %s', (_, items, pages) => {
		expect(outline(items)).toEqual(pages);
	});

	test('each page holds the next items, in order', () => {
		const pages = paginate(['a', 'b', 'c', 'd', 'e'], '/actors/', 2);
		expect(pages.map((page) => page.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
	});
});

describe('paginateLed: a few on the first page, the rest on numbered pages after it', () => {
	const pagesOf = (count: number) =>
		paginateLed(
			Array.from({ length: count }, (_, i) => i + 1),
			'/actors/x/',
			{ lead: 2, size: 3 },
		).map(({ items, param, pagination: { current, last, prev, next } }) => [items.join(','), param, `${current}/${last}`, prev, next]);

	test.each([
		['none: the first page alone', 0, [['', undefined, '1/1', undefined, undefined]]],
		['as many as the lead: no later page', 2, [['1,2', undefined, '1/1', undefined, undefined]]],
		[
			'one more than the lead: one later page',
			3,
			[
				['1,2', undefined, '1/2', undefined, '/actors/x/page/2/'],
				['3', 'page/2', '2/2', '/actors/x/', undefined],
			],
		],
		[
			'the rest cut by size, each item once, in order',
			9,
			[
				['1,2', undefined, '1/4', undefined, '/actors/x/page/2/'],
				['3,4,5', 'page/2', '2/4', '/actors/x/', '/actors/x/page/3/'],
				['6,7,8', 'page/3', '3/4', '/actors/x/page/2/', '/actors/x/page/4/'],
				['9', 'page/4', '4/4', '/actors/x/page/3/', undefined],
			],
		],
	])('%s', (_, count, expected) => {
		expect(pagesOf(count)).toEqual(expected);
	});
});
