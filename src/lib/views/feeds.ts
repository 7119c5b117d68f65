/** The feeds a reader can follow: the whole site, and each actor, demand, source and topic. */
import { site } from '../../config.ts';
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
}

/** The title of the feed of what a page is about, as feed readers and the page's head name it. */
export const feedTitle = (name: string) => `${site.title}: ${name}`;

const feedsOf = <Kind extends EntityKind>(graph: ContentGraph, kind: Kind): EntityFeed[] =>
	[...graph.entities[kind].values()].map((entity) => {
		const name = entityKinds[kind].name(entity.data);
		return {
			kind,
			id: entity.id,
			title: feedTitle(name),
			description: `Explainers on ${name}, newest first.`,
			path: entityFeedUrl(kind, entity.id),
			page: entityUrl(kind, entity.id),
			articles: mentionedIn(graph, kind, entity.id).slice(0, feedLimit),
		};
	});

/** A feed for everything a reader can follow: one per actor, demand, source and topic. */
export const entityFeeds = (graph: ContentGraph): EntityFeed[] => entityKindList.flatMap((kind) => feedsOf(graph, kind));

/** The site's own feed: every published explainer, newest first. */
export const siteFeed = (graph: ContentGraph) => ({ path: urls.feed, page: urls.home, articles: graph.articles });
