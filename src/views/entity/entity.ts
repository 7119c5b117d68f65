/**
 * What entity pages show: the part every kind shares (name, feed, structured
 * data, "Mentioned in") and what only the first page of an actor, demand,
 * source or topic adds.
 */
import { type EntityKind, type EntityOf, entityFeedUrl, entityKinds, entityListUrl } from '../../model/entities.ts';
import { type Actor, type ContentGraph, type Demand, type Source, type Topic, currentStatus, mentionedIn } from '../../graph/graph.ts';
import { breadcrumbTrail } from '../breadcrumbs.ts';
import type { LedPages, PageOf, Pagination } from '../../model/paginate.ts';
import type { Citation } from '../../model/schemas.ts';
import { fill, ui } from '../../i18n/index.ts';
import { site as siteSettings } from '../../config/site.ts';
import { actorChart, actorChartInputs, demandChart, demandChartInputs } from './charts.ts';
import { perGraph } from '../per-graph.ts';
import { sharedArticle, type StanceHistory, stanceHistories } from './positions.ts';
import { demandsMadeBy, demandsPutTo } from '../stances.ts';
import { type ArticleSummary, type DemandSummary, resolve, summarise, summariseDemand } from '../summaries.ts';
import { demandTimeline, type TimelineDay } from './timeline.ts';

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

/** A demand on an actor's page: one it faces or has taken a stance on, with its stances when any are reported. */
export interface ActorStance extends DemandSummary {
	stance?: StanceHistory;
}

/**
 * An entity's long lists, in full. Its first page shows the first few of each (`lead`) and links to the whole
 * list, on numbered pages of its own (an actor's stances, then their page 2): `size` to a page, so that no page
 * grows with the newsroom. Stances come most recently reported first, a demand's status changes newest first.
 */
export const entityLists = {
	actors: {
		stances: { lead: 3, size: 8 },
		demands: { lead: 5, size: 30 },
	},
	demands: {
		stances: { lead: 3, size: 8 },
		timeline: { lead: 4, size: 25 },
	},
	sources: {},
	topics: {
		demands: { lead: 8, size: 30 },
	},
} as const satisfies { [Kind in EntityKind]: Record<string, LedPages> };

/** "Mentioned in" (or a source's "Cited in"): the latest few on the first page, then the rest on numbered pages. */
export const mentionPages: LedPages = { lead: 4, size: 12 };

/** Every demand an actor faces or has taken a stance on: those with stances most recently reported first, then the demands put to it with none. */
export const actorStances = perGraph((graph, id): ActorStance[] => {
	const histories = stanceHistories(graph, graph.positionsByActor.get(id) ?? [], (p) => p.demand);
	const withStance = histories.flatMap((stance) => {
		const demand = stance.demand;
		return demand ? [{ ...summariseDemand(graph, demand), stance }] : [];
	});
	const answered = new Set(histories.map((history) => history.latest.demand));
	const silent = demandsPutTo(graph, id)
		.filter((demand) => !answered.has(demand.id))
		.map((demand) => summariseDemand(graph, demand));
	return [...withStance, ...silent];
});

export const demandsOf = perGraph((graph, id) => demandsMadeBy(graph, id).map((demand) => summariseDemand(graph, demand)));

export const partyStances = perGraph((graph, id) => stanceHistories(graph, graph.positionsByDemand.get(id) ?? [], (p) => p.actor));

export const statusHistory = perGraph((graph, id) => demandTimeline(graph, graph.entities.demands.get(id) as Demand));

export const topicDemands = perGraph((graph, id) => (graph.demandsByTopic.get(id) ?? []).map((demand) => summariseDemand(graph, demand)));

/** The whole of each list, by kind and list. */
export const listItems = {
	actors: { stances: actorStances, demands: demandsOf },
	demands: { stances: partyStances, timeline: statusHistory },
	sources: {},
	topics: { demands: topicDemands },
} satisfies { [Kind in EntityKind]: { [List in keyof (typeof entityLists)[Kind]]: (graph: ContentGraph, id: string) => unknown[] } };

/** One page of one of an entity's lists, tagged with its kind and list. */
export type ListPage =
	| { kind: 'actors'; list: 'stances'; page: PageOf<ActorStance> }
	| { kind: 'actors'; list: 'demands'; page: PageOf<DemandSummary> }
	| { kind: 'demands'; list: 'stances'; page: PageOf<StanceHistory> }
	| { kind: 'demands'; list: 'timeline'; page: PageOf<TimelineDay> }
	| { kind: 'topics'; list: 'demands'; page: PageOf<DemandSummary> };

/** The whole of one list of an entity. */
export const listOf = (graph: ContentGraph, kind: EntityKind, id: string, list: string): unknown[] =>
	(listItems[kind] as Record<string, (graph: ContentGraph, id: string) => unknown[]>)[list]!(graph, id);

/** How one list of a kind is cut into pages. */
export const listPages = (kind: EntityKind, list: string) => (entityLists[kind] as Record<string, LedPages>)[list]!;

/** The first few of a list, as an entity's first page shows them, with how many the whole list has and where it is. */
export interface Led<Item> {
	items: Item[];
	total: number;
	/** The list's own first page, when the entity's page does not show all of it. */
	href?: string;
}

/** The first few of a list and a link to all of it. */
function led<Kind extends EntityKind>(graph: ContentGraph, kind: Kind, id: string, list: string) {
	const all = listOf(graph, kind, id, list);
	const { lead } = listPages(kind, list);
	return { items: all.slice(0, lead), total: all.length, href: all.length > lead ? entityListUrl(kind, id, list) : undefined };
}

/** An actor's first page but its chart. */
const actorSections = perGraph((graph, id) => {
	const stances = led(graph, 'actors', id, 'stances') as Led<ActorStance>;
	return {
		actor: graph.entities.actors.get(id) as Actor,
		demandsMade: led(graph, 'actors', id, 'demands') as Led<DemandSummary>,
		stances: { ...stances, reportedIn: sharedArticle(stances.items.flatMap((item) => item.stance ?? [])) },
	};
});

export const actorView = perGraph((graph, id) => {
	const sections = actorSections(graph, id);
	return { ...sections, chart: actorChart(graph, sections.actor) };
});

/** A demand's first page but its chart. */
const demandSections = perGraph((graph, id) => {
	const demand = graph.entities.demands.get(id) as Demand;
	const positions = led(graph, 'demands', id, 'stances') as Led<StanceHistory>;
	return {
		demand,
		by: graph.entities.actors.get(demand.data.by),
		addressedTo: resolve(graph, 'actors', demand.data.addressedTo),
		topics: resolve(graph, 'topics', demand.data.topics),
		status: currentStatus(graph, id),
		timeline: led(graph, 'demands', id, 'timeline') as Led<TimelineDay>,
		positions: { ...positions, reportedIn: sharedArticle(positions.items) },
	};
});

export const demandView = perGraph((graph, id) => {
	const sections = demandSections(graph, id);
	return { ...sections, chart: demandChart(graph, sections.demand) };
});

export const topicView = perGraph((graph, id) => {
	const topic = graph.entities.topics.get(id) as Topic;
	return { topic, demands: led(graph, 'topics', id, 'demands') as Led<DemandSummary> };
});

export const sourceView = perGraph((graph, id) => {
	const source = graph.entities.sources.get(id) as Source;
	return { source };
});

/** What only an entity's first page shows, by kind. */
export const firstPageViews = {
	actors: actorView,
	demands: demandView,
	sources: sourceView,
	topics: topicView,
} satisfies { [Kind in EntityKind]: (graph: ContentGraph, id: string) => unknown };

/**
 * What an entity's first page is made from, by kind, for its incremental-build key: the view, with each chart's
 * inputs in place of the chart. Drawing the charts was a third of the cost of keying every entity's page.
 */
export const firstPageKeyViews = {
	actors: (graph, id) => {
		const sections = actorSections(graph, id);
		return { ...sections, chart: actorChartInputs(graph, sections.actor) };
	},
	demands: (graph, id) => {
		const sections = demandSections(graph, id);
		return { ...sections, chart: demandChartInputs(graph, sections.demand) };
	},
	sources: sourceView,
	topics: topicView,
} satisfies { [Kind in EntityKind]: (graph: ContentGraph, id: string) => unknown };

/** What the first page of an entity of any kind shows, tagged with the kind. */
export type FirstPageView = { [Kind in EntityKind]: { kind: Kind; view: ReturnType<(typeof firstPageViews)[Kind]> } }[EntityKind];

/** What only the first page of this entity shows. */
export const firstPageOf = (graph: ContentGraph, kind: EntityKind, id: string) => ({ kind, view: firstPageViews[kind](graph, id) }) as FirstPageView;

/** The title of each of an entity's lists: its section's on the first page, and its own pages' after the entity's name. */
const listTitles = {
	actors: { stances: ui.actor.stances, demands: ui.actor.demandsMade },
	demands: { stances: ui.demand.positions, timeline: ui.demand.timeline },
	sources: {},
	topics: { demands: ui.kinds.demands.title },
} satisfies { [Kind in EntityKind]: Record<keyof (typeof entityLists)[Kind], string> };

export const listTitle = (kind: EntityKind, list: string) => (listTitles[kind] as Record<string, string>)[list]!;
