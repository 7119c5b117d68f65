/**
 * The content graph: built once per build from plain arrays, it indexes every
 * edge between articles, actors, demands, sources and topics, so that a page
 * looks up what it links to instead of scanning all articles.
 */
import { citationKey } from './citations.ts';
import type {
	ActorData,
	ArticleData,
	Citation,
	DemandData,
	SourceData,
	Stance,
	Status,
	TopicData,
} from './schemas.ts';

/** An entry as Astro's collections hand it over: an id and validated data. */
export interface Entry<T> {
	id: string;
	data: T;
	/** The body's HTML, as the Markdown pipeline rendered it while loading, and what rendering found. */
	rendered?: { html: string; metadata?: Record<string, unknown> };
}

export type Article = Entry<ArticleData>;
export type Actor = Entry<ActorData>;
export type Demand = Entry<DemandData>;
export type Source = Entry<SourceData>;
export type Topic = Entry<TopicData>;

export interface ContentSet {
	articles: readonly Article[];
	actors: readonly Actor[];
	demands: readonly Demand[];
	sources: readonly Source[];
	topics: readonly Topic[];
}

/** A stance an actor took on a demand, as one article reports it. */
export interface PositionRecord {
	demand: string;
	actor: string;
	stance: Stance;
	note?: string;
	/** The citation that reports it, if the article names one. */
	citation?: Citation;
	article: Article;
}

/** A demand's status as one article reports it. */
export interface StatusRecord {
	demand: string;
	status: Status;
	article: Article;
}

/** Where a source is cited: the article and the citation itself. */
export interface CitationRecord {
	article: Article;
	citation: Citation;
}

export interface ContentGraph {
	/** Published articles, newest first. Drafts are not in the graph. */
	articles: Article[];
	article: Map<string, Article>;
	actor: Map<string, Actor>;
	demand: Map<string, Demand>;
	source: Map<string, Source>;
	topic: Map<string, Topic>;
	/** Articles (newest first) that list an actor or report its position. */
	articlesByActor: Map<string, Article[]>;
	articlesByDemand: Map<string, Article[]>;
	articlesBySource: Map<string, Article[]>;
	articlesByTopic: Map<string, Article[]>;
	demandsByAuthor: Map<string, Demand[]>;
	demandsByAddressee: Map<string, Demand[]>;
	demandsByTopic: Map<string, Demand[]>;
	/** Positions, oldest first. */
	positionsByDemand: Map<string, PositionRecord[]>;
	positionsByActor: Map<string, PositionRecord[]>;
	/** Reported statuses, oldest first. */
	statusesByDemand: Map<string, StatusRecord[]>;
	/** Citations, newest article first. */
	citationsBySource: Map<string, CitationRecord[]>;
	/** Articles (newest first) whose body links to a page, by the page's path, e.g. /actors/russia/. */
	linkedFrom: Map<string, Article[]>;
	/** Articles (newest first) that list an entity or link to its page, by the page's path: its "Mentioned in". */
	mentions: Map<string, Article[]>;
}

export type EntityKind = 'actors' | 'demands' | 'sources' | 'topics';

// Links in rendered bodies to entity pages, written root-relative by editors and by the mention plugin.
const entityLink = /href="(\/(?:actors|demands|sources|topics)\/[^/"#?]+\/)/g;

/** Newest first; ties broken by id so every build orders the same way. */
export const byNewest = (a: Article, b: Article) =>
	b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id);

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

const byId = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((entry) => [entry.id, entry]));

export function buildGraph(content: ContentSet): ContentGraph {
	const articles = content.articles.filter((article) => !article.data.draft).sort(byNewest);
	const graph: ContentGraph = {
		articles,
		article: byId(articles),
		actor: byId(content.actors),
		demand: byId(content.demands),
		source: byId(content.sources),
		topic: byId(content.topics),
		articlesByActor: new Map(),
		articlesByDemand: new Map(),
		articlesBySource: new Map(),
		articlesByTopic: new Map(),
		demandsByAuthor: new Map(),
		demandsByAddressee: new Map(),
		demandsByTopic: new Map(),
		positionsByDemand: new Map(),
		positionsByActor: new Map(),
		statusesByDemand: new Map(),
		citationsBySource: new Map(),
		linkedFrom: new Map(),
		mentions: new Map(),
	};

	for (const demand of content.demands) {
		push(graph.demandsByAuthor, demand.data.by, demand);
		for (const actor of new Set(demand.data.addressedTo)) push(graph.demandsByAddressee, actor, demand);
		for (const topic of new Set(demand.data.topics)) push(graph.demandsByTopic, topic, demand);
	}

	for (const article of articles) {
		const { data } = article;
		for (const actor of articleActors(article)) push(graph.articlesByActor, actor, article);
		for (const topic of new Set(data.topics)) push(graph.articlesByTopic, topic, article);
		for (const demand of new Set(data.demands.map((entry) => entry.demand))) push(graph.articlesByDemand, demand, article);
		for (const source of new Set(data.sources.map((citation) => citation.source))) push(graph.articlesBySource, source, article);
		for (const citation of data.sources) push(graph.citationsBySource, citation.source, { article, citation });
		const links = new Set([...(article.rendered?.html ?? '').matchAll(entityLink)].map((match) => match[1]!));
		for (const path of links) push(graph.linkedFrom, path, article);
	}

	// Histories read oldest first, and within an article in the order the editor wrote them.
	for (const article of articles.toReversed()) {
		const citations = new Map(article.data.sources.map((citation) => [citationKey(citation), citation]));
		for (const entry of article.data.demands) {
			if (entry.status) push(graph.statusesByDemand, entry.demand, { demand: entry.demand, status: entry.status, article });
			for (const position of entry.positions) {
				const record: PositionRecord = {
					demand: entry.demand,
					actor: position.actor,
					stance: position.stance,
					note: position.note,
					citation: position.cite ? citations.get(position.cite) : undefined,
					article,
				};
				push(graph.positionsByDemand, entry.demand, record);
				push(graph.positionsByActor, position.actor, record);
			}
		}
	}

	// "Mentioned in", merged once here: every entity page, index count and feed reads it.
	const listed = { actors: graph.articlesByActor, demands: graph.articlesByDemand, sources: graph.articlesBySource, topics: graph.articlesByTopic };
	for (const [kind, index] of Object.entries(listed)) {
		for (const [id, list] of index) graph.mentions.set(`/${kind}/${id}/`, list);
	}
	for (const [path, linked] of graph.linkedFrom) {
		const list = graph.mentions.get(path);
		graph.mentions.set(path, list ? [...new Set([...list, ...linked])].sort(byNewest) : linked);
	}
	return graph;
}

/** The actors an article involves: those it lists and those whose positions it reports. */
export function articleActors(article: Article): Set<string> {
	const { actors, demands } = article.data;
	return new Set([...actors, ...demands.flatMap((entry) => entry.positions.map((position) => position.actor))]);
}

/** The demand's latest reported status: its current status everywhere it is shown. */
export function currentStatus(graph: ContentGraph, demand: string): StatusRecord | undefined {
	return graph.statusesByDemand.get(demand)?.at(-1);
}

/** Articles that list an entity in their frontmatter or link to its page from their body, newest first. */
export const mentionedIn = (graph: ContentGraph, kind: EntityKind, id: string): Article[] => graph.mentions.get(`/${kind}/${id}/`) ?? [];

/** Statuses after which a demand is no longer on the table. */
export const closedStatuses: ReadonlySet<Status> = new Set(['met', 'withdrawn']);
