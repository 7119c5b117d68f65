/**
 * One page of an actor, demand, source or topic, as its route builds it from the
 * graph and hands it down: the layout and the kind's components read only this.
 * A page is either one of its "Mentioned in" pages (the first opens with what only
 * it shows) or a page of one of its own lists (all its stances, all its demands).
 */
import type { ContentGraph } from '../graph/graph.ts';
import { type EntityKind, entityListUrl } from '../model/entities.ts';
import type { PageOf } from '../model/paginate.ts';
import { lastModified } from '../model/corrections.ts';
import { entityPageGraph } from '../outputs/head/json-ld.ts';
import { entitySearchBody } from '../outputs/search-attributes.ts';
import { locale } from '../i18n/index.ts';
import { pageTitle } from '../views/lists/page-title.ts';
import { type ListPage, type Mention, entityHeader, firstPageOf, listTitle, mentionsOf } from '../views/entity/entity.ts';
import { breadcrumbTrail } from '../views/breadcrumbs.ts';

export function entityRouteData(graph: ContentGraph, kind: EntityKind, id: string, { page, list }: { page?: PageOf<Mention>; list?: ListPage }, site: URL) {
	const pagination = (page ?? list!.page).pagination;
	const header = entityHeader(graph, kind, id, pagination);
	const first = page?.pagination.current === 1;
	const latest = page?.items[0]?.article;
	const listName = list && listTitle(list.kind, list.list);
	const trail = list
		? breadcrumbTrail({
				type: 'entity',
				kind,
				id,
				name: header.name,
				page: pagination.current,
				list: { name: listName!, url: entityListUrl(kind, id, list.list) },
			})
		: header.trail;
	return {
		...header,
		kind,
		trail,
		mentions: page,
		list,
		pagination,
		/** How many explainers "Mentioned in" has after the first page's. */
		olderMentions: first && page.pagination.last > 1 ? mentionsOf(graph, kind, id).length - page.items.length : 0,
		// The first page is the entity's own: its title is its name alone, however many pages "Mentioned in" has.
		title: first ? header.name : pageTitle(list ? `${header.name}: ${listName!.toLocaleLowerCase(locale)}` : header.name, pagination),
		// Search indexes the first page only, by its name and its own content (marked in the kind's page), dated by its latest explainer.
		search: first ? entitySearchBody(kind, header.entity, header.name, latest && lastModified(latest)) : {},
		structuredData: entityPageGraph(kind, header.entity, trail, site),
		/** What only the first page shows, by kind. */
		first: first ? firstPageOf(graph, kind, id) : undefined,
	};
}

export type EntityRouteData = ReturnType<typeof entityRouteData>;
