/**
 * The site's own URLs (the contract's URL table). Entity pages, their index
 * pages and feeds are the entity registry's (entities.ts).
 */
import { indexUrl } from './entities.ts';
import type { Status } from './schemas.ts';

/** Ids of the glossary entries on the demands' index, which status badges and stance keys link to. */
export const glossaryIds = {
	stances: 'stance-key',
	status: (status: Status) => `status-${status}`,
};

export const urls = {
	home: '/',
	/** "Explainers" in breadcrumbs: the articles index is the explainers' list; the home page lists every explainer, so it points here. */
	explainers: '/',
	feed: '/rss.xml',
	/** Written by @astrojs/sitemap, named in robots.txt. */
	sitemap: '/sitemap-index.xml',
	/** The site's sharing card, for pages without a lead picture. */
	shareCard: '/share-card.png',
	article: (id: string) => `/articles/${id}/`,
	corrections: '/corrections/',
	/** What each stance means, on the demands' index. */
	stanceKey: () => `${indexUrl('demands')}#${glossaryIds.stances}`,
	/** What a status means, on the demands' index. */
	status: (status: Status) => `${indexUrl('demands')}#${glossaryIds.status(status)}`,
};
