/**
 * What each page shows, computed from the content graph by one pure function
 * per page. Pages render these; they never query the graph themselves.
 */
import { citationKey } from './citations.ts';
import { correctionsOf, lastModified } from './corrections.ts';
import {
	type Actor,
	type Article,
	type ContentGraph,
	type Demand,
	type EntityKind,
	type PositionRecord,
	type Source,
	type StatusRecord,
	type Topic,
	articleActors,
	byNewest,
	closedStatuses,
	currentStatus,
	mentionedIn,
} from './graph.ts';
import { capped, paginate } from './paginate.ts';
import type { Citation, Stance, Status } from './schemas.ts';
import { urls } from './urls.ts';

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

/** Open demands the home page shows; the rest are on /demands/. */
const homeDemands = 10;

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
		openDemands: capped(openDemands, homeDemands),
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


/** Words in a rendered body: its text without tags, split on white space. */
const wordCount = (html: string) => html.replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean).length;

/** Words a minute, for reading time: a moderate pace for explanatory prose. */
const wordsPerMinute = 230;

/** Articles with at least this many sections get a table of contents. */
const tocMinSections = 3;

/** Articles on each side of an article that related reading looks at, per shared entity. */
const relatedWindow = 200;

/**
 * Articles of an entity list published nearest to `article`. An actor in every
 * article would otherwise make related reading cost grow with the square of
 * the newsroom.
 */
function nearInTime(list: readonly Article[], article: Article): readonly Article[] {
	if (list.length <= 2 * relatedWindow) return list;
	const at = list.indexOf(article);
	return list.slice(Math.max(0, at - relatedWindow), at + relatedWindow + 1);
}

/**
 * Up to `limit` other articles, ranked by shared demands, then shared actors,
 * then shared topics, then recency.
 */
export function relatedArticles(graph: ContentGraph, article: Article, limit = 5): Article[] {
	const shared = new Map<Article, [number, number, number]>();
	const count = (ids: Iterable<string>, index: ReadonlyMap<string, Article[]>, slot: 0 | 1 | 2) => {
		for (const id of new Set(ids)) {
			for (const other of nearInTime(index.get(id) ?? [], article)) {
				if (other.id === article.id) continue;
				const score = shared.get(other) ?? [0, 0, 0];
				score[slot]++;
				shared.set(other, score);
			}
		}
	};
	count(article.data.demands.map((entry) => entry.demand), graph.articlesByDemand, 0);
	count(articleActors(article), graph.articlesByActor, 1);
	count(article.data.topics, graph.articlesByTopic, 2);
	return [...shared]
		.sort(([a, x], [b, y]) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || byNewest(a, b))
		.slice(0, limit)
		.map(([other]) => other);
}

/** What the Markdown pipeline found in a body, as Astro stores it with the entry. */
interface RenderFindings {
	headings?: { depth: number; slug: string; text: string }[];
	/** Written by the citation plugin. */
	frontmatter?: { citedTimes?: Record<string, number> };
}

/**
 * Everything an article page shows. Its headings and how often each source is
 * cited come from the Markdown pipeline's findings, stored with the entry.
 */
export function articlePage(graph: ContentGraph, article: Article) {
	const { data } = article;
	const numbers = new Map(data.sources.map((citation, i) => [citationKey(citation), i + 1]));
	const found = article.rendered?.metadata as RenderFindings | undefined;
	const citedTimes = found?.frontmatter?.citedTimes ?? {};
	const sections = (found?.headings ?? []).filter((heading) => heading.depth === 2);
	const modified = lastModified(article);
	const words = wordCount(article.rendered?.html ?? '');
	return {
		article,
		/** The last change, when it came after publication. */
		modified: modified > data.published ? modified : undefined,
		readingMinutes: Math.max(1, Math.round(words / wordsPerMinute)),
		toc: sections.length >= tocMinSections ? sections : [],
		related: relatedArticles(graph, article).map((other) => summarise(graph, other)),
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
	/** The latest stances, oldest first, ending with `latest`. */
	history: PositionRecord[];
	/** Earlier stances left out of `history`. */
	earlierNotShown: number;
}

/** Earlier stances shown under each latest one; older ones are on the article pages. */
const historyShown = 10;
/** Lists on entity pages beyond pagination: positions, demands, timeline events. */
const listShown = 50;

/** Positions grouped by actor or demand, most recently reported first, each with its latest stances (oldest first). */
function groupPositions(
	positions: readonly PositionRecord[],
	keyOf: (position: PositionRecord) => string,
	graph: ContentGraph,
): { items: StanceHistory[]; more: number } {
	const groups = [...Map.groupBy(positions, keyOf).values()].map((history) => {
		const latest = history.at(-1)!;
		return {
			demand: graph.demand.get(latest.demand),
			actor: graph.actor.get(latest.actor),
			latest,
			history: history.slice(-(historyShown + 1)),
			earlierNotShown: Math.max(0, history.length - historyShown - 1),
		};
	});
	return capped(groups.sort((a, b) => byNewest(a.latest.article, b.latest.article)), listShown);
}

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => collator.compare(a.data.name, b.data.name);
const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => collator.compare(a.data.title, b.data.title);

export function actorPage(graph: ContentGraph, actor: Actor) {
	return {
		actor,
		demandsMade: capped((graph.demandsByAuthor.get(actor.id) ?? []).map((demand) => summariseDemand(graph, demand)), listShown),
		demandsReceived: capped((graph.demandsByAddressee.get(actor.id) ?? []).map((demand) => summariseDemand(graph, demand)), listShown),
		positions: groupPositions(graph.positionsByActor.get(actor.id) ?? [], (p) => p.demand, graph),
		mentionedIn: mentionedIn(graph, 'actors', actor.id).map((article) => summarise(graph, article)),
	};
}

/** One dated step in a demand's history. */
export type TimelineEvent =
	| { kind: 'raised'; date: Date; article?: Article }
	| { kind: 'status'; date: Date; status: Status; article: Article }
	| { kind: 'stance'; date: Date; position: PositionRecord; actor?: Actor; previous?: Stance };

const eventOrder = { raised: 0, status: 1, stance: 2 } as const;

/**
 * When a demand was first raised (its `firstRaised`, or else the first article
 * that reports it), each article's status for it, and each change of stance,
 * oldest first.
 */
export function demandTimeline(graph: ContentGraph, demand: Demand): TimelineEvent[] {
	const reports = graph.articlesByDemand.get(demand.id) ?? [];
	const first = reports.at(-1);
	const raisedOn = demand.data.firstRaised ?? first?.data.published;
	const events: TimelineEvent[] = raisedOn
		? [{ kind: 'raised', date: raisedOn, article: demand.data.firstRaised ? undefined : first }]
		: [];
	for (const record of graph.statusesByDemand.get(demand.id) ?? []) {
		events.push({ kind: 'status', date: record.article.data.published, status: record.status, article: record.article });
	}
	const lastStance = new Map<string, Stance>();
	for (const position of graph.positionsByDemand.get(demand.id) ?? []) {
		const previous = lastStance.get(position.actor);
		lastStance.set(position.actor, position.stance);
		if (previous === position.stance) continue;
		events.push({ kind: 'stance', date: position.article.data.published, position, actor: graph.actor.get(position.actor), previous });
	}
	// Events of the same moment (one article's status and stances) read raised, status, stance.
	return events.sort((a, b) => a.date.getTime() - b.date.getTime() || eventOrder[a.kind] - eventOrder[b.kind]);
}

function boundedTimeline(events: TimelineEvent[]): { items: TimelineEvent[]; more: number } {
	if (events.length <= listShown) return { items: events, more: 0 };
	return { items: [events[0]!, ...events.slice(-(listShown - 1))], more: events.length - listShown };
}

export function demandPage(graph: ContentGraph, demand: Demand) {
	return {
		demand,
		by: graph.actor.get(demand.data.by),
		addressedTo: resolve(graph.actor, demand.data.addressedTo),
		topics: resolve(graph.topic, demand.data.topics),
		status: currentStatus(graph, demand.id),
		// The latest events; the first (when the demand was raised) always leads.
		timeline: boundedTimeline(demandTimeline(graph, demand)),
		positions: groupPositions(graph.positionsByDemand.get(demand.id) ?? [], (p) => p.actor, graph),
		mentionedIn: mentionedIn(graph, 'demands', demand.id).map((article) => summarise(graph, article)),
	};
}

/** Columns of the stance matrix: the parties with the most positions on the demands shown. */
const matrixColumns = 12;

/**
 * The site-wide view of where each side stands: a row per demand, a column per
 * actor that has taken a position on one of them (the most active first, at most
 * a dozen, so the table stays readable), and each actor's latest position.
 */
export function stanceMatrix(graph: ContentGraph, demands: readonly Demand[]) {
	const latest = (demand: string, actor: string) => graph.positionsByDemand.get(demand)?.findLast((p) => p.actor === actor);
	const activity = new Map<string, number>();
	for (const demand of demands) {
		for (const actor of new Set((graph.positionsByDemand.get(demand.id) ?? []).map((p) => p.actor))) {
			activity.set(actor, (activity.get(actor) ?? 0) + 1);
		}
	}
	const ranked = resolve(graph.actor, activity.keys()).sort((a, b) => activity.get(b.id)! - activity.get(a.id)! || byName(a, b));
	const actors = ranked.slice(0, matrixColumns).sort(byName);
	return {
		actors,
		/** Parties with positions on these demands that have no column. */
		actorsNotShown: ranked.length - actors.length,
		rows: demands.map((demand) => ({
			demand,
			status: currentStatus(graph, demand.id),
			cells: actors.map((actor) => latest(demand.id, actor.id)),
		})),
	};
}

export function sourcePage(graph: ContentGraph, source: Source) {
	const citations = Map.groupBy(graph.citationsBySource.get(source.id) ?? [], (record) => record.article.id);
	return {
		source,
		/** Each article that cites or links the source, with the reports it cites. */
		mentionedIn: mentionedIn(graph, 'sources', source.id).map((article) => ({
			article,
			citations: (citations.get(article.id) ?? []).map((record) => record.citation),
		})),
	};
}

export function topicPage(graph: ContentGraph, topic: Topic) {
	return {
		topic,
		mentionedIn: mentionedIn(graph, 'topics', topic.id).map((article) => summarise(graph, article)),
		demands: capped((graph.demandsByTopic.get(topic.id) ?? []).map((demand) => summariseDemand(graph, demand)), listShown),
	};
}

/** How many articles an entity page lists under "Mentioned in". */
const count = (graph: ContentGraph, kind: EntityKind, id: string) => mentionedIn(graph, kind, id).length;

export function actorsIndex(graph: ContentGraph) {
	return [...graph.actor.values()].sort(byName).map((actor) => ({ actor, articleCount: count(graph, 'actors', actor.id) }));
}

/** The pages of /demands/: each lists its demands and shows their stance matrix. */
export function demandsIndex(graph: ContentGraph) {
	return paginate([...graph.demand.values()].sort(byTitle), urls.demands).map(({ items, ...page }) => ({
		...page,
		demands: items.map((demand) => summariseDemand(graph, demand)),
		matrix: stanceMatrix(graph, items),
	}));
}

export function sourcesIndex(graph: ContentGraph) {
	return [...graph.source.values()].sort(byName).map((source) => ({ source, articleCount: count(graph, 'sources', source.id) }));
}

export function topicsIndex(graph: ContentGraph) {
	return [...graph.topic.values()].sort(byTitle).map((topic) => ({ topic, articleCount: count(graph, 'topics', topic.id) }));
}

/** A feed for everything a reader can follow: one per actor, demand, source and topic. */
export interface EntityFeed {
	kind: EntityKind;
	id: string;
	/** The entity's name, as its page shows it. */
	name: string;
	path: string;
	articles: Article[];
}

export function entityFeeds(graph: ContentGraph): EntityFeed[] {
	const feed = (kind: EntityKind, id: string, name: string): EntityFeed => ({
		kind,
		id,
		name,
		path: urls.entityFeed(kind, id),
		articles: mentionedIn(graph, kind, id),
	});
	return [
		...[...graph.actor.values()].map((actor) => feed('actors', actor.id, actor.data.name)),
		...[...graph.demand.values()].map((demand) => feed('demands', demand.id, demand.data.title)),
		...[...graph.source.values()].map((source) => feed('sources', source.id, source.data.name)),
		...[...graph.topic.values()].map((topic) => feed('topics', topic.id, topic.data.title)),
	];
}
