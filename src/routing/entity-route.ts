/**
 * One page of an actor, demand, source or topic, as its route builds it from the
 * graph and hands it down: the layout and the kind's components read only this.
 */
import type { ContentGraph } from '../graph/graph.ts';
import type { EntityKind } from '../model/entities.ts';
import type { PageOf } from '../model/paginate.ts';
import { lastModified } from '../model/corrections.ts';
import { entityPageGraph } from '../outputs/head/json-ld.ts';
import { entitySearchBody } from '../outputs/search-attributes.ts';
import { pageTitle } from '../views/lists/page-title.ts';
import { type Mention, entityHeader, firstPageOf } from '../views/entity/entity.ts';

export function entityRouteData(graph: ContentGraph, kind: EntityKind, id: string, page: PageOf<Mention>, site: URL) {
	const header = entityHeader(graph, kind, id, page.pagination);
	const first = page.pagination.current === 1;
	const latest = page.items[0]?.article;
	return {
		...header,
		kind,
		page,
		title: pageTitle(header.name, page.pagination),
		// Search indexes the first page only, by its name and its own content (marked in the kind's page), sorted by its latest explainer.
		search: first ? entitySearchBody(kind, header.entity, header.name, latest && lastModified(latest)) : {},
		structuredData: entityPageGraph(kind, header.entity, header.trail, site),
		/** What only the first page shows, by kind. */
		first: first ? firstPageOf(graph, kind, id) : undefined,
	};
}

export type EntityRouteData = ReturnType<typeof entityRouteData>;
