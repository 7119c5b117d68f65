/**
 * The site's own URLs (the contract's URL table). Entity pages, their index
 * pages and feeds are the entity registry's (entities.ts).
 */
import { indexUrl } from './entities.ts';
import type { Status } from './schemas.ts';

/** The files of the open data, under /data/. */
export const dataFiles = ['positions.csv', 'demands.json', 'graph.json'] as const;
export type DataFile = (typeof dataFiles)[number];

/** Ids of the glossary entries on the demands' index, which status badges and stance keys link to. */
export const glossaryIds = {
	stances: 'stance-key',
	status: (status: Status) => `status-${status}`,
};

export const urls = {
	home: '/',
	feed: '/rss.xml',
	/** Written by @astrojs/sitemap, named in robots.txt. */
	sitemap: '/sitemap-index.xml',
	/** The site's sharing card, for pages without a lead picture. */
	shareCard: '/share-card.png',
	/** Every explainer, by month: "Explainers" in the navigation and in breadcrumbs. */
	articles: '/articles/',
	article: (id: string) => `/articles/${id}/`,
	corrections: '/corrections/',
	/** The open data: its documentation page and each file. */
	data: '/data/',
	dataFile: (name: DataFile) => `/data/${name}`,
	search: '/search/',
	/** Pagefind's script in the built site, which the search page loads. */
	searchScript: '/pagefind/pagefind.js',
	/** What each stance means, on the demands' index. */
	stanceKey: () => `${indexUrl('demands')}#${glossaryIds.stances}`,
	/** What a status means, on the demands' index. */
	status: (status: Status) => `${indexUrl('demands')}#${glossaryIds.status(status)}`,
};
