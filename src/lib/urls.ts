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
	feed: '/rss.xml',
	article: (id: string) => `/articles/${id}/`,
	corrections: '/corrections/',
	search: '/search/',
	/** Pagefind's script in the built site, which the search page loads. */
	searchScript: '/pagefind/pagefind.js',
	/** What each stance means, on the demands' index. */
	stanceKey: () => `${indexUrl('demands')}#${glossaryIds.stances}`,
	/** What a status means, on the demands' index. */
	status: (status: Status) => `${indexUrl('demands')}#${glossaryIds.status(status)}`,
};
