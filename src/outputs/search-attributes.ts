/**
 * What the search index knows about a page: which parts are its own content
 * (data-pagefind-body), its type as a filter, and its date for sorting and
 * showing. Only articles and the first page of each entity call this; every
 * other page has no data-pagefind-body, so Pagefind leaves it out.
 */
import { instantOf, type WrittenDate } from '../model/dates.ts';
import { entityKindList, entityKinds } from '../model/entities.ts';
import { formatDate, ui } from '../i18n/index.ts';

/** The types a reader can narrow a search to: the filter's value and its label. */
export const searchTypes = [
	{ value: 'explainer', label: ui.nav.explainers },
	...entityKindList.map((kind) => ({ value: entityKinds[kind].singular, label: ui.kinds[kind].title })),
];

/**
 * Attributes for the element that holds a page's own content. The sort key is
 * the instant in UTC, so dates written with and without offsets order
 * correctly; a page without a date sorts last, rather than dropping out of
 * results sorted by date (Pagefind omits pages that lack the sort key).
 */
export function searchBody(type: string, date?: WrittenDate): Record<string, string> {
	return {
		'data-pagefind-body': '',
		'data-pagefind-filter': `type:${type}`,
		'data-pagefind-sort': `date:${date ? instantOf(date).toISOString() : '0000-01-01T00:00:00.000Z'}`,
		...(date ? { 'data-pagefind-meta': `date:${formatDate(date)}` } : {}),
	};
}

/** More of a page's own content, indexed with the element that carries searchBody(). */
export const searchMore = { 'data-pagefind-body': '' } as const;
