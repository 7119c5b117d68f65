import type { EntityKind } from './graph.ts';

/** Every URL the site links to, in one place (the contract's URL table). */
export const urls = {
	home: '/',
	feed: '/rss.xml',
	article: (id: string) => `/articles/${id}/`,
	actors: '/actors/',
	actor: (id: string) => `/actors/${id}/`,
	demands: '/demands/',
	demand: (id: string) => `/demands/${id}/`,
	sources: '/sources/',
	source: (id: string) => `/sources/${id}/`,
	topics: '/topics/',
	topic: (id: string) => `/topics/${id}/`,
	/** The feed of the articles connected to an actor, demand, source or topic. */
	entityFeed: (kind: EntityKind, id: string) => `/${kind}/${id}/rss.xml`,
	corrections: '/corrections/',
};
