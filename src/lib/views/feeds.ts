/** The feeds a reader can follow: the whole site, and each actor, demand, source and topic. */
import { site } from '../../config.ts';
import { fill, ui } from '../../i18n/index.ts';
import { type EntityKind, entityFeedUrl, entityKindList, entityKinds, entityUrl } from '../entities.ts';
import { type Article, type ContentGraph, mentionedIn } from '../graph.ts';
import { feedLimit } from '../feed.ts';
import { urls } from '../urls.ts';

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
}

/** The title of the feed of what a page is about, as feed readers and the page's head name it. */
export const feedTitle = (name: string) => fill(ui.feed.entityTitle, { site: site.title, name });

const feedsOf = <Kind extends EntityKind>(graph: ContentGraph, kind: Kind): EntityFeed[] =>
	[...graph.entities[kind].values()].map((entity) => {
		const name = entityKinds[kind].name(entity.data);
		const articles = mentionedIn(graph, kind, entity.id).slice(0, feedLimit);
		return {
			kind,
			id: entity.id,
			title: feedTitle(name),
			description: fill(ui.feed.entityDescription, { name }),
			path: entityFeedUrl(kind, entity.id),
			page: entityUrl(kind, entity.id),
			articles,
			topicNames: topicNames(graph, articles),
		};
	});

/** A feed for everything a reader can follow: one per actor, demand, source and topic. */
export const entityFeeds = (graph: ContentGraph): EntityFeed[] => entityKindList.flatMap((kind) => feedsOf(graph, kind));

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
