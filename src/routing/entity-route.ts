/**
 * One page of an actor, demand, source or topic, as its route builds it from the
 * graph and hands it down: the layout and the kind's components read only this.
 */
import type { ContentGraph } from '../graph/graph.ts';
import type { EntityKind } from '../model/entities.ts';
import type { PageOf } from '../model/paginate.ts';
import { entityPageGraph } from '../outputs/head/json-ld.ts';
import { type Mention, entityHeader, firstPageOf } from '../views/entity/entity.ts';

export function entityRouteData(graph: ContentGraph, kind: EntityKind, id: string, page: PageOf<Mention>, site: URL) {
	const header = entityHeader(graph, kind, id, page.pagination);
	return {
		...header,
		kind,
		page,
		structuredData: entityPageGraph(kind, header.entity, header.trail, site),
		/** What only the first page shows, by kind. */
		first: page.pagination.current === 1 ? firstPageOf(graph, kind, id) : undefined,
	};
}

export type EntityRouteData = ReturnType<typeof entityRouteData>;
