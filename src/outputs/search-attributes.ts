/**
 * What the search index knows about a page: which parts are its own content
 * (data-pagefind-body), its type as a filter, its date for sorting, and what
 * a result shows: its name, what kind of thing it is in a reader's word, and,
 * for an explainer, its date. Only articles and the first page of each entity
 * call this; every other page has no data-pagefind-body, so Pagefind leaves it out.
 */
import transliterate from '@sindresorhus/transliterate';
import { instantOf, type WrittenDate } from '../model/dates.ts';
import { type EntityKind, type EntityOf, entityKindList, entityKinds, entityPath } from '../model/entities.ts';
import { paths } from '../model/urls.ts';
import { formatDate, ui } from '../i18n/index.ts';

/** The types a reader can narrow a search to: the filter's value and its label. */
export const searchTypes = [
	{ value: 'explainer', label: ui.nav.explainers },
	...entityKindList.map((kind) => ({ value: entityKinds[kind].singular, label: ui.kinds[kind].title })),
];

/** What a result says about the page, besides its content. */
interface SearchEntry {
	/** The filter value: explainer, actor, demand, source or topic. */
	type: string;
	/** The result's link text: the headline or the name, never "page 1 of 3". */
	title: string;
	/** What kind of thing it is, as a reader says it: "Explainer", "Person", "Country", "Demand". */
	label: string;
	/** What it sorts by when newest come first. */
	date?: WrittenDate;
	/** Whether the result shows the date: an explainer's is when it was written; an entity's would only be its latest mention's. */
	showDate: boolean;
}

/**
 * Attributes for the element that holds a page's own content. The sort key is
 * the instant in UTC, so dates written with and without offsets order
 * correctly; a page without a date sorts last, rather than dropping out of
 * results sorted by date (Pagefind omits pages that lack the sort key).
 * Pagefind takes only one inline meta value per element, so the values sit in
 * attributes of their own and the meta names them.
 */
function searchBody({ type, title, label, date, showDate }: SearchEntry): Record<string, string> {
	const shownDate = showDate && date ? formatDate(date) : undefined;
	return {
		'data-pagefind-body': '',
		'data-pagefind-filter': `type:${type}`,
		'data-pagefind-sort': `date:${date ? instantOf(date).toISOString() : '0000-01-01T00:00:00.000Z'}`,
		'data-pagefind-meta': ['title[data-search-title]', 'label[data-search-label]', ...(shownDate ? ['date[data-search-date]'] : [])].join(', '),
		'data-search-title': title,
		'data-search-label': label,
		...(shownDate ? { 'data-search-date': shownDate } : {}),
	};
}

/**
 * A title in Latin letters, for an element inside the page's indexed content, when the title has letters Pagefind
 * cannot match without their accent: it folds "ó" to "o" (an accent that comes apart from its letter), but not
 * "ø", "ł" or "æ", so "Norgaard" would miss "Nørgaard". Pagefind indexes the attribute as text; the page never shows it.
 */
export function searchFolded(title: string): Record<string, string> | undefined {
	const folded = transliterate(title);
	const unaccented = title.normalize('NFD').replace(/\p{M}/gu, '');
	return folded === unaccented ? undefined : { 'data-search-folded': folded, 'data-pagefind-index-attrs': 'data-search-folded' };
}

/** An explainer's entry: its headline, dated by its last change. */
export const articleSearchBody = (headline: string, date: WrittenDate) =>
	searchBody({ type: 'explainer', title: headline, label: ui.search.types.explainer, date, showDate: true });

/** What kind of thing an entity is, in a reader's word: an actor by its own kind (person, country…), the others by theirs. */
function entityLabel(kind: EntityKind, entity: EntityOf<EntityKind>): string {
	if (kind === 'actors') return ui.actorKinds[(entity as EntityOf<'actors'>).data.kind];
	return ui.search.types[entityKinds[kind].singular as Exclude<keyof typeof ui.search.types, 'explainer'>];
}

/** An entity's entry: its name and kind, sorted by its latest explainer but not dated by it. */
export const entitySearchBody = (kind: EntityKind, entity: EntityOf<EntityKind>, name: string, latest?: WrittenDate) =>
	searchBody({ type: entityKinds[kind].singular, title: name, label: entityLabel(kind, entity), date: latest, showDate: false });

/**
 * The built files that may hold a page's entry, as a glob from the output folder: each explainer's page and each
 * entity's first page. Pagefind reads only these; the rest (later pages of lists, history pages, indexes) hold no
 * entry, and reading them was most of indexing's time.
 */
export const searchedFiles = `{${[paths.article('*'), ...entityKindList.map((kind) => entityPath(kind, '*'))].map((page) => page.slice(1, -1)).join(',')}}/index.html`;

/** More of a page's own content, indexed with the element that carries the page's entry. */
export const searchMore = { 'data-pagefind-body': '' } as const;

/**
 * An explainer's lead (its dek), weighted up: a query its headline or lead names finds it above a short page
 * that only mentions the words. Headlines are h1, which Pagefind already weights 7; plain text is 1.
 */
export const searchLead = { 'data-pagefind-weight': '5' } as const;

/**
 * Words left out of the index, and so out of every excerpt: an actor's line of kind and other names, which
 * would open each of its excerpts. Each other name stays findable as an `alias` filter (searchAlias).
 */
export const searchIgnore = { 'data-pagefind-ignore': '' } as const;

/** One of an actor's other names ("the Kremlin"), kept as a filter value that the search page matches queries against. */
export const searchAlias = { 'data-pagefind-filter': 'alias' } as const;
