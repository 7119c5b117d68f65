/** The feeds a reader can follow: the whole site, and each actor, demand, source and topic. */
import { fill, ui } from '../../i18n/index.ts';
import { type EntityKind, entityFeedUrl, entityKindList, entityKinds, entityName, entityUrl } from '../../model/entities.ts';
import { type ContentGraph, articleActors, mentionedIn } from '../../graph/graph.ts';
import type { Article } from '../../model/entry.ts';
import { feedLimit } from './feed-items.ts';
import type { FeedReport, Named } from './entity-report.ts';
import { urls } from '../../model/urls.ts';
import { perGraph } from '../../views/per-graph.ts';
import { withSource } from '../../views/entity/positions.ts';
import { demandsMadeBy, demandsPutTo } from '../../views/stances.ts';
import { feedTitle } from '../../views/entity/entity.ts';

export interface EntityFeed {
	kind: EntityKind;
	id: string;
	/** The feed's title and description, as feed readers list it. */
	title: string;
	description: string;
	/** Where the feed is served, and the page it follows. */
	path: string;
	page: string;
	/** The latest explainers, as many as a feed carries. */
	articles: Article[];
	/** Their topics' names by id, for the items' categories: in the props, so a renamed topic changes the feed's build key. */
	topicNames: Record<string, string>;
	/** What each of them reports about the entity, by article id: worked out once for both the items and the build key. */
	reports: Record<string, FeedReport>;
}

function feedOf(graph: ContentGraph, kind: EntityKind, id: string): EntityFeed {
	const name = entityName(kind, graph.entities[kind].get(id)!);
	const articles = mentionedIn(graph, kind, id).slice(0, feedLimit);
	return {
		kind,
		id,
		title: feedTitle(name),
		description: fill(ui.feed.entityDescription, { name }),
		path: entityFeedUrl(kind, id),
		page: entityUrl(kind, id),
		articles,
		topicNames: topicNames(graph, articles),
		reports: Object.fromEntries(articles.map((article) => [article.id, feedReport(graph, kind, id, article)])),
	};
}

/** The feed of one actor, demand, source or topic (`kind/id`), computed once per graph: its build key and its route ask for the same. */
export const entityFeedOf = perGraph((graph, key): EntityFeed => {
	const [kind, id] = key.split(/\/(.*)/s) as [EntityKind, string];
	return feedOf(graph, kind, id);
});

/** Every feed a reader can follow besides the site's, by kind and id: one per actor, demand, source and topic. */
export const entityFeedIds = (graph: ContentGraph): Array<{ kind: EntityKind; id: string }> =>
	entityKindList.flatMap((kind) => [...graph.entities[kind].keys()].map((id) => ({ kind, id })));

/** A feed for everything a reader can follow: one per actor, demand, source and topic. */
export const entityFeeds = (graph: ContentGraph): EntityFeed[] => entityFeedIds(graph).map(({ kind, id }) => entityFeedOf(graph, `${kind}/${id}`));

/** An entity by name and page, for a feed report; its id when the graph does not hold it. */
function named(graph: ContentGraph, kind: EntityKind, id: string): Named {
	const entity = graph.entities[kind].get(id);
	return { name: entity ? entityName(kind, entity) : id, path: entityUrl(kind, id) };
}

/**
 * What `article` reports about the actor, demand, source or topic `id`, for its item in that entity's feed:
 * from the graph's positions and statuses (the same records its page shows), as plain data.
 */
export function feedReport(graph: ContentGraph, kind: EntityKind, id: string, article: Article): FeedReport {
	const inArticle = <T extends { article: Article }>(records: readonly T[] | undefined) => (records ?? []).filter((record) => record.article === article);
	const statusIn = (demand: string) => inArticle(graph.statusesByDemand.get(demand)).at(-1)?.status;
	switch (kind) {
		case 'demands':
			return {
				kind,
				status: statusIn(id),
				stances: inArticle(graph.positionsByDemand.get(id)).map((position) => {
					const { stance, note, sourceName } = withSource(graph, position);
					return { actor: named(graph, 'actors', position.actor), stance, note, source: sourceName };
				}),
			};
		case 'actors': {
			const statuses = (demands: readonly { id: string }[]) =>
				demands.flatMap((demand) => {
					const status = statusIn(demand.id);
					return status ? [{ demand: named(graph, 'demands', demand.id), status }] : [];
				});
			return {
				kind,
				positions: inArticle(graph.positionsByActor.get(id)).map((position) => {
					const { stance, note, sourceName } = withSource(graph, position);
					return { demand: named(graph, 'demands', position.demand), stance, note, source: sourceName };
				}),
				made: statuses(demandsMadeBy(graph, id)),
				faced: statuses(demandsPutTo(graph, id)),
			};
		}
		case 'sources':
			return {
				kind,
				citations: article.data.sources.filter((citation) => citation.source === id).map(({ title, url, published }) => ({ title, url, published })),
			};
		case 'topics':
			return {
				kind,
				actors: [...articleActors(article)].map((actor) => named(graph, 'actors', actor)),
				topics: article.data.topics.filter((topic) => topic !== id).map((topic) => named(graph, 'topics', topic)),
			};
	}
}

/** The names of the topics of `articles`, by id, for feed items' categories. */
export function topicNames(graph: ContentGraph, articles: readonly Article[]): Record<string, string> {
	const ids = new Set(articles.flatMap((article) => article.data.topics));
	return Object.fromEntries(
		[...ids].flatMap((id) => {
			const topic = graph.entities.topics.get(id);
			return topic ? [[id, entityKinds.topics.name(topic.data)]] : [];
		}),
	);
}

/** The site's own feed: every published explainer, newest first. */
export const siteFeed = (graph: ContentGraph) => {
	const articles = graph.articles.slice(0, feedLimit);
	return { path: urls.feed, page: urls.home, articles, topicNames: topicNames(graph, articles) };
};
