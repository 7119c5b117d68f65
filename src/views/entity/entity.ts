/**
 * What entity pages show: the part every kind shares (name, feed, structured
 * data, "Mentioned in") and what only the first page of an actor, demand,
 * source or topic adds.
 */
import { type EntityKind, type EntityOf, entityFeedUrl, entityKinds } from '../../model/entities.ts';
import { type Actor, type ContentGraph, type Demand, type Source, type Topic, currentStatus, mentionedIn } from '../../graph/graph.ts';
import { breadcrumbTrail } from '../breadcrumbs.ts';
import { capped, listShown, type Pagination } from '../../model/paginate.ts';
import type { Citation } from '../../model/schemas.ts';
import { fill, ui } from '../../i18n/index.ts';
import { site as siteSettings } from '../../config/site.ts';
import { actorChart, demandChart } from './charts.ts';
import { perGraph } from '../per-graph.ts';
import { groupPositions, sharedArticle, type StanceHistory, stanceHistories } from './positions.ts';
import { demandsMadeBy, demandsPutTo } from '../stances.ts';
import { type ArticleSummary, type DemandSummary, resolve, summarise, summariseDemand } from '../summaries.ts';
import { boundedTimeline, demandTimeline } from './timeline.ts';

/** An article under an entity's "Mentioned in": on a source's page, with the reports of it that the article cites. */
export interface Mention extends ArticleSummary {
	cites: Citation[];
}

/** The articles that mention an entity, newest first, as its pages list them. */
export function mentionsOf(graph: ContentGraph, kind: EntityKind, id: string): Mention[] {
	const cites = (article: Mention['article']) => (kind === 'sources' ? article.data.sources.filter((citation) => citation.source === id) : []);
	return mentionedIn(graph, kind, id).map((article) => ({ ...summarise(graph, article), cites: cites(article) }));
}

/** The title of the feed of what a page is about, as feed readers and the page's head name it. */
export const feedTitle = (name: string) => fill(ui.feed.entityTitle, { site: siteSettings.title, name });

/** What every page of an entity shows around its own sections; `pagination` says which page. */
export function entityHeader<Kind extends EntityKind>(graph: ContentGraph, kind: Kind, id: string, pagination: Pagination = { current: 1, last: 1 }) {
	const entity = graph.entities[kind].get(id) as EntityOf<Kind>;
	const info = entityKinds[kind];
	const name = info.name(entity.data);
	const summary = entity.data.summary;
	const trail = breadcrumbTrail({ type: 'entity', kind, id, name, page: pagination.current });
	return {
		entity,
		name,
		description: summary ?? fill(ui.kinds[kind].pageDescription, { name }),
		feed: { href: entityFeedUrl(kind, id), title: feedTitle(name) },
		trail,
	};
}

/** A demand put to an actor, with the actor's own stance on it when one is reported. */
export interface DemandFaced extends DemandSummary {
	stance?: StanceHistory;
}

export const actorView = perGraph((graph, id) => {
	const actor = graph.entities.actors.get(id) as Actor;
	const faced = demandsPutTo(graph, id);
	const facedIds = new Set(faced.map((demand) => demand.id));
	const histories = stanceHistories(graph, graph.positionsByActor.get(id) ?? [], (p) => p.demand);
	const stanceOn = new Map(histories.map((history) => [history.latest.demand, history]));
	const demandsReceived = capped(
		faced.map((demand): DemandFaced => ({ ...summariseDemand(graph, demand), stance: stanceOn.get(demand.id) })),
		listShown,
	);
	// Stances on the demands it faces are told with those demands; here only the others.
	const others = capped(
		histories.filter((history) => !facedIds.has(history.latest.demand)),
		listShown,
	);
	return {
		actor,
		demandsMade: capped(
			demandsMadeBy(graph, id).map((demand) => summariseDemand(graph, demand)),
			listShown,
		),
		demandsReceived: { ...demandsReceived, reportedIn: sharedArticle(demandsReceived.items.flatMap((item) => item.stance ?? [])) },
		positions: { ...others, reportedIn: sharedArticle(others.items) },
		chart: actorChart(graph, actor),
	};
});

export const demandView = perGraph((graph, id) => {
	const demand = graph.entities.demands.get(id) as Demand;
	return {
		demand,
		by: graph.entities.actors.get(demand.data.by),
		addressedTo: resolve(graph, 'actors', demand.data.addressedTo),
		topics: resolve(graph, 'topics', demand.data.topics),
		status: currentStatus(graph, id),
		timeline: boundedTimeline(demandTimeline(graph, demand)),
		positions: groupPositions(graph, graph.positionsByDemand.get(id) ?? [], (p) => p.actor),
		chart: demandChart(graph, demand),
	};
});

export const topicView = perGraph((graph, id) => {
	const topic = graph.entities.topics.get(id) as Topic;
	return {
		topic,
		demands: capped(
			(graph.demandsByTopic.get(id) ?? []).map((demand) => summariseDemand(graph, demand)),
			listShown,
		),
	};
});

export const sourceView = perGraph((graph, id) => {
	const source = graph.entities.sources.get(id) as Source;
	return { source };
});

/** What only an entity's first page shows, by kind: the routes' incremental-build keys cover it. */
export const firstPageViews = {
	actors: actorView,
	demands: demandView,
	sources: sourceView,
	topics: topicView,
} satisfies { [Kind in EntityKind]: (graph: ContentGraph, id: string) => unknown };

/** What the first page of an entity of any kind shows, tagged with the kind. */
export type FirstPageView = { [Kind in EntityKind]: { kind: Kind; view: ReturnType<(typeof firstPageViews)[Kind]> } }[EntityKind];

/** What only the first page of this entity shows. */
export const firstPageOf = (graph: ContentGraph, kind: EntityKind, id: string) => ({ kind, view: firstPageViews[kind](graph, id) }) as FirstPageView;
