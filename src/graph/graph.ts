/**
 * The content graph: built once per build from plain arrays, it indexes every
 * edge between articles, actors, demands, sources and topics, so that a page
 * looks up what it links to instead of scanning all articles.
 */
import { citationKey } from '../model/citations.ts';
import { compareDates, type WrittenDate } from '../model/dates.ts';
import { type EntityKind, type EntityOf, entityKindList, parseEntityUrl } from '../model/entities.ts';
import type { Article } from '../model/entry.ts';
import { currentId, type Renames } from '../model/former-ids.ts';
import { isPublished, publishingNow } from '../model/publishing.ts';
import type { Citation, Stance, Status } from '../model/schemas.ts';
import { renamesIn, withCurrentIds } from './current-ids.ts';

export type Actor = EntityOf<'actors'>;
export type Demand = EntityOf<'demands'>;
export type Source = EntityOf<'sources'>;
export type Topic = EntityOf<'topics'>;

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
	/** When the party took the stance: the day the article gives, or else the article's date. */
	date: WrittenDate;
}

/** A demand's status as one article reports it. */
export interface StatusRecord {
	demand: string;
	status: Status;
	article: Article;
}

/** One map per entity kind, from an entity's id to what is filed under it. */
export type ByKind<T> = { [Kind in EntityKind]: Map<string, T> };

export interface ContentGraph {
	/** The moment the graph was built for: what is published is published by then (src/model/publishing.ts). */
	now: Date;
	/** Published articles, newest first. Drafts and scheduled articles are not in the graph. */
	articles: Article[];
	article: Map<string, Article>;
	/** Drafts and scheduled articles, by id: previewed in `astro dev`, and in no list, feed or other page. */
	previews: Map<string, Article>;
	/** Every actor, demand, source and topic, by kind and id. */
	entities: { [Kind in EntityKind]: Map<string, EntityOf<Kind>> };
	/** Articles (newest first) whose frontmatter lists an entity (an actor also through the positions it takes). */
	listedIn: ByKind<Article[]>;
	/** Articles (newest first) whose body links to an entity's page. */
	linkedFrom: ByKind<Article[]>;
	/** Articles (newest first) that list an entity or link to its page: its "Mentioned in". */
	mentions: ByKind<Article[]>;
	demandsByAuthor: Map<string, Demand[]>;
	demandsByAddressee: Map<string, Demand[]>;
	demandsByTopic: Map<string, Demand[]>;
	/** Positions, oldest first. */
	positionsByDemand: Map<string, PositionRecord[]>;
	positionsByActor: Map<string, PositionRecord[]>;
	/** Reported statuses, oldest first. */
	statusesByDemand: Map<string, StatusRecord[]>;
}

/** Root-relative links in a rendered body, written by editors and by the mention plugin. */
const bodyLink = /href="(\/[^"]*)"/g;

/** Newest first; ties broken by id so every build orders the same way. */
export const byNewest = (a: Article, b: Article) => compareDates(b.data.published, a.data.published) || a.id.localeCompare(b.id);

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

const byId = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((entry) => [entry.id, entry]));
const byKind = <T>(): ByKind<T> => ({ actors: new Map(), demands: new Map(), sources: new Map(), topics: new Map() });

/** The entities an article lists in its frontmatter, by kind. */
function listedBy(article: Article): { [Kind in EntityKind]: Iterable<string> } {
	const { data } = article;
	return {
		actors: articleActors(article),
		demands: new Set(data.demands.map((entry) => entry.demand)),
		sources: new Set(data.sources.map((citation) => citation.source)),
		topics: new Set(data.topics),
	};
}

/** The entities an article's body links to, a page's old address (its file's former id) as the page. */
function linkedBy(article: Article, renames: Renames) {
	const links = [...(article.rendered?.html ?? '').matchAll(bodyLink)].flatMap((match) => {
		const link = parseEntityUrl(match[1]!);
		return link ? { kind: link.kind, id: currentId(renames, link.kind, link.id) } : [];
	});
	return new Map(links.map((link) => [`${link.kind}/${link.id}`, link])).values();
}

/** The graph of what is published at `now`, every reference under the id its file has now (current-ids.ts). */
export function buildGraph(written: ContentSet, now = publishingNow()): ContentGraph {
	const renames = renamesIn(written);
	const content = withCurrentIds(written, renames);
	const articles = content.articles.filter((article) => isPublished(article.data, now)).sort(byNewest);
	const graph: ContentGraph = {
		now,
		articles,
		article: byId(articles),
		previews: byId(content.articles.filter((article) => !isPublished(article.data, now))),
		entities: { actors: byId(content.actors), demands: byId(content.demands), sources: byId(content.sources), topics: byId(content.topics) },
		listedIn: byKind(),
		linkedFrom: byKind(),
		mentions: byKind(),
		demandsByAuthor: new Map(),
		demandsByAddressee: new Map(),
		demandsByTopic: new Map(),
		positionsByDemand: new Map(),
		positionsByActor: new Map(),
		statusesByDemand: new Map(),
	};

	for (const demand of content.demands) {
		push(graph.demandsByAuthor, demand.data.by, demand);
		for (const actor of new Set(demand.data.addressedTo)) push(graph.demandsByAddressee, actor, demand);
		for (const topic of new Set(demand.data.topics)) push(graph.demandsByTopic, topic, demand);
	}

	for (const article of articles) {
		const listed = listedBy(article);
		for (const kind of entityKindList) for (const id of listed[kind]) push(graph.listedIn[kind], id, article);
		for (const { kind, id } of linkedBy(article, renames)) push(graph.linkedFrom[kind], id, article);
	}

	// Histories read oldest first, and within an article in the order the editor wrote them.
	for (const article of articles.toReversed()) {
		const citations = new Map(article.data.sources.map((citation) => [citationKey(citation), citation]));
		for (const entry of article.data.demands) {
			if (entry.status) push(graph.statusesByDemand, entry.demand, { demand: entry.demand, status: entry.status, article });
			// The content's schema refuses a position by the demand's maker, so every position here is a party's stance.
			for (const position of entry.positions) {
				const record: PositionRecord = {
					demand: entry.demand,
					actor: position.actor,
					stance: position.stance,
					note: position.note,
					citation: position.cite ? citations.get(position.cite) : undefined,
					article,
					date: position.date ?? article.data.published,
				};
				push(graph.positionsByDemand, entry.demand, record);
				push(graph.positionsByActor, position.actor, record);
			}
		}
	}

	// A stance is dated when it was taken; one article may report stances taken long before.
	for (const list of [...graph.positionsByDemand.values(), ...graph.positionsByActor.values()]) list.sort((a, b) => compareDates(a.date, b.date));

	// "Mentioned in", merged once here: every entity page, index count and feed reads it.
	for (const kind of entityKindList) {
		const mentions = graph.mentions[kind];
		for (const [id, list] of graph.listedIn[kind]) mentions.set(id, list);
		for (const [id, linked] of graph.linkedFrom[kind]) {
			const list = mentions.get(id);
			mentions.set(id, list ? [...new Set([...list, ...linked])].sort(byNewest) : linked);
		}
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
export const mentionedIn = (graph: ContentGraph, kind: EntityKind, id: string): Article[] => graph.mentions[kind].get(id) ?? [];

/** Statuses after which a demand is no longer on the table. */
export const closedStatuses: ReadonlySet<Status> = new Set(['met', 'withdrawn']);
