/**
 * What the paginated routes' getStaticPaths return: one path per page of a
 * list, each with its incremental-build key.
 */
import { site } from '../config/site.ts';
import { cacheKey, withCacheKey, withLazyKey } from './cache-key.ts';
import { type EntityKind, entityListUrl, entityUrl, indexUrl } from '../model/entities.ts';
import type { ContentGraph } from '../graph/graph.ts';
import { listPageSize, pageSize, paginate, paginateLed } from '../model/paginate.ts';
import type { GitHistory } from '../check/git-history-fs.ts';
import { historySegment } from '../model/urls.ts';
import { articlePageOf } from '../views/article/article.ts';
import { historyPage } from '../views/article/history.ts';
import { type ListPage, entityLists, listOf, listPages, mentionPages, mentionsOf } from '../views/entity/entity.ts';
import { entityIndex } from '../views/lists/indexes.ts';

/** Pages of a list (the home page and each index, then page/2/ and on), `size` to a page, each with `shared` props besides its page. */
export const indexPaths = <T, Shared extends object = object>(items: readonly T[], base: string, shared?: Shared, size = pageSize) =>
	paginate(items, base, size).map((page) => withCacheKey({ params: { page: page.param }, props: { ...(shared as Shared), page } }));

/** Pages of the index of actors, sources or topics: every entity of the kind by name. */
export const entityIndexPaths = (graph: ContentGraph, kind: EntityKind) => indexPaths(entityIndex(graph, kind), indexUrl(kind), {}, listPageSize.index);

/**
 * Pages of every entity of a kind: its "Mentioned in" list, the latest few on
 * the entity's URL and the rest on page/2/ and on, then each of its own long
 * lists on pages of their own (stances/, then stances/page/2/). Props carry the
 * kind, the id and the page's slice of the list; the page computes the rest from
 * the graph. The first page's key also covers `firstPageKey`, what only it is made from: it must change whenever
 * what only the first page shows would.
 */
export function entityPaths<Kind extends EntityKind>(graph: ContentGraph, kind: Kind, firstPageKey?: (graph: ContentGraph, id: string) => unknown) {
	return [...graph.entities[kind].values()].flatMap((entity) => {
		const mentions = paginateLed(mentionsOf(graph, kind, entity.id), entityUrl(kind, entity.id), mentionPages).map((page) => {
			const props = { kind, id: entity.id, page, list: undefined };
			return withLazyKey({ params: { kind, id: entity.id, page: page.param }, props }, () => {
				const view = page.pagination.current === 1 ? firstPageKey?.(graph, entity.id) : undefined;
				return cacheKey({ entity, props, view });
			});
		});
		const lists = Object.keys(entityLists[kind]).flatMap((list) => {
			const items = listOf(graph, kind, entity.id, list);
			const { lead, size } = listPages(kind, list);
			// A list short enough to show whole on the first page has no pages of its own.
			if (items.length <= lead) return [];
			return paginate(items, entityListUrl(kind, entity.id, list), size).map((page) => {
				const props = { kind, id: entity.id, page: undefined, list: { kind, list, page } as ListPage };
				const param = page.param ? `${list}/${page.param}` : list;
				return withLazyKey({ params: { kind, id: entity.id, page: param }, props }, () => cacheKey({ entity, props }));
			});
		});
		return [...mentions, ...lists];
	});
}

/**
 * A page per published article, and per draft and scheduled article when `previews` (in `astro dev`); the key covers
 * everything the page shows.
 */
export const articlePaths = (graph: ContentGraph, { previews = false } = {}) =>
	[...graph.articles, ...(previews ? graph.previews.values() : [])].map((article) =>
		// Whether cards are on changes the page's sharing picture; the article's own entry covers the card's text.
		withLazyKey({ params: { id: article.id }, props: { id: article.id } }, () => cacheKey([articlePageOf(graph, article.id), site.cards])),
	);

/**
 * A history page per published article. Its key covers what the page shows, the record of the article's commits
 * among it, so a new commit to the article builds its history page again, and one to another article does not.
 */
export const historyPaths = (graph: ContentGraph, record: GitHistory) =>
	graph.articles.map((article) =>
		withLazyKey({ params: { id: article.id, history: historySegment }, props: { id: article.id } }, () => cacheKey(historyPage(article, record))),
	);
