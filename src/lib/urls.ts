/**
 * The site's own URLs (the contract's URL table). Entity pages, their index
 * pages and feeds are the entity registry's (entities.ts).
 */
export const urls = {
	home: '/',
	feed: '/rss.xml',
	article: (id: string) => `/articles/${id}/`,
	corrections: '/corrections/',
};
