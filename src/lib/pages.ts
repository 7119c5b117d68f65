/**
 * What each page shows, computed from the content graph by one pure function
 * per page. Pages render these; they never query the graph themselves.
 */
import { citationKey } from './citations.ts';
import { correctionsOf } from './corrections.ts';
import {
	type Actor,
	type Article,
	type ContentGraph,
	type Demand,
	type PositionRecord,
	type Source,
	type StatusRecord,
	type Topic,
	closedStatuses,
	currentStatus,
} from './graph.ts';
import type { Citation, Stance } from './schemas.ts';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Looks ids up, dropping any that name nothing (the content check refuses those before a build). */
function resolve<T>(map: ReadonlyMap<string, T>, ids: Iterable<string>): T[] {
	return [...new Set(ids)].flatMap((id) => map.get(id) ?? []);
}

/** An article as lists show it: with up to three of its actors. */
export interface ArticleSummary {
	article: Article;
	keyActors: Actor[];
}

const summarise = (graph: ContentGraph, article: Article): ArticleSummary => ({
	article,
	keyActors: resolve(graph.actor, article.data.actors).slice(0, 3),
});

export interface DemandSummary {
	demand: Demand;
	by?: Actor;
	status?: StatusRecord;
}

const summariseDemand = (graph: ContentGraph, demand: Demand): DemandSummary => ({
	demand,
	by: graph.actor.get(demand.data.by),
	status: currentStatus(graph, demand.id),
});

export function homePage(graph: ContentGraph) {
	const openDemands = [...graph.demand.values()]
		.map((demand) => summariseDemand(graph, demand))
		.filter(({ status }) => !status || !closedStatuses.has(status.status))
		.sort(
			(a, b) =>
				(b.status?.article.data.published.getTime() ?? 0) - (a.status?.article.data.published.getTime() ?? 0) ||
				collator.compare(a.demand.data.title, b.demand.data.title),
		);
	return {
		articles: graph.articles.map((article) => summarise(graph, article)),
		openDemands,
	};
}

/** A stance as one article reports it, with its citation's number in that article. */
export interface PositionView {
	actor?: Actor;
	actorId: string;
	stance: Stance;
	note?: string;
	citationNumber?: number;
	citationKey?: string;
}

export interface ArticleSource {
	number: number;
	key: string;
	citation: Citation;
	source?: Source;
	/** How many times the body cites it; each citation is linked back. */
	citedTimes: number;
}

/**
 * @param citedTimes how often the body cites each key, as the citation plugin
 *   counted it while rendering.
 */
export function articlePage(graph: ContentGraph, article: Article, citedTimes: Readonly<Record<string, number>> = {}) {
	const { data } = article;
	const numbers = new Map(data.sources.map((citation, i) => [citationKey(citation), i + 1]));
	return {
		article,
		actors: resolve(graph.actor, data.actors),
		topics: resolve(graph.topic, data.topics),
		atAGlance: data.demands.flatMap((entry) => {
			const demand = graph.demand.get(entry.demand);
			if (!demand) return [];
			return [
				{
					demand,
					by: graph.actor.get(demand.data.by),
					status: entry.status,
					positions: entry.positions.map(
						(position): PositionView => ({
							actor: graph.actor.get(position.actor),
							actorId: position.actor,
							stance: position.stance,
							note: position.note,
							citationNumber: position.cite ? numbers.get(position.cite) : undefined,
							citationKey: position.cite,
						}),
					),
				},
			];
		}),
		sources: data.sources.map(
			(citation, i): ArticleSource => ({
				number: i + 1,
				key: citationKey(citation),
				citation,
				source: graph.source.get(citation.source),
				citedTimes: citedTimes[citationKey(citation)] ?? 0,
			}),
		),
		corrections: correctionsOf(article),
	};
}

/** One actor's stance history on one demand, oldest first. */
export interface StanceHistory {
	demand?: Demand;
	actor?: Actor;
	latest: PositionRecord;
	history: PositionRecord[];
}

function groupPositions(
	positions: readonly PositionRecord[],
	keyOf: (position: PositionRecord) => string,
	graph: ContentGraph,
): StanceHistory[] {
	const groups = Map.groupBy(positions, keyOf);
	return [...groups.values()].map((history) => {
		const latest = history.at(-1)!;
		return { demand: graph.demand.get(latest.demand), actor: graph.actor.get(latest.actor), latest, history };
	});
}

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => collator.compare(a.data.name, b.data.name);
const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => collator.compare(a.data.title, b.data.title);

export function actorPage(graph: ContentGraph, actor: Actor) {
	return {
		actor,
		demandsMade: (graph.demandsByAuthor.get(actor.id) ?? []).map((demand) => summariseDemand(graph, demand)),
		demandsReceived: (graph.demandsByAddressee.get(actor.id) ?? []).map((demand) => summariseDemand(graph, demand)),
		positions: groupPositions(graph.positionsByActor.get(actor.id) ?? [], (p) => p.demand, graph),
		articles: (graph.articlesByActor.get(actor.id) ?? []).map((article) => summarise(graph, article)),
	};
}

export function demandPage(graph: ContentGraph, demand: Demand) {
	return {
		demand,
		by: graph.actor.get(demand.data.by),
		addressedTo: resolve(graph.actor, demand.data.addressedTo),
		topics: resolve(graph.topic, demand.data.topics),
		status: currentStatus(graph, demand.id),
		statusHistory: graph.statusesByDemand.get(demand.id) ?? [],
		positions: groupPositions(graph.positionsByDemand.get(demand.id) ?? [], (p) => p.actor, graph),
		articles: (graph.articlesByDemand.get(demand.id) ?? []).map((article) => summarise(graph, article)),
	};
}

export function sourcePage(graph: ContentGraph, source: Source) {
	return {
		source,
		citations: graph.citationsBySource.get(source.id) ?? [],
	};
}

export function topicPage(graph: ContentGraph, topic: Topic) {
	return {
		topic,
		articles: (graph.articlesByTopic.get(topic.id) ?? []).map((article) => summarise(graph, article)),
		demands: (graph.demandsByTopic.get(topic.id) ?? []).map((demand) => summariseDemand(graph, demand)),
	};
}

const count = (map: ReadonlyMap<string, readonly unknown[]>, id: string) => map.get(id)?.length ?? 0;

export function actorsIndex(graph: ContentGraph) {
	return [...graph.actor.values()].sort(byName).map((actor) => ({ actor, articleCount: count(graph.articlesByActor, actor.id) }));
}

export function demandsIndex(graph: ContentGraph) {
	return [...graph.demand.values()].sort(byTitle).map((demand) => summariseDemand(graph, demand));
}

export function sourcesIndex(graph: ContentGraph) {
	return [...graph.source.values()].sort(byName).map((source) => ({ source, articleCount: count(graph.articlesBySource, source.id) }));
}

export function topicsIndex(graph: ContentGraph) {
	return [...graph.topic.values()].sort(byTitle).map((topic) => ({ topic, articleCount: count(graph.articlesByTopic, topic.id) }));
}
