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
};
