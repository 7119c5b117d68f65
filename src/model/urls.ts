/**
 * The site's own URLs (the contract's URL table). Entity pages, their index
 * pages and feeds are the entity registry's (entities.ts).
 */
import { withBase } from '../config/base-path.ts';
import { entityPath, indexUrl } from './entities.ts';
import { pageSegment } from './paginate.ts';
import type { Status } from './schemas.ts';

/** The files of the open data, under /data/. */
export const dataFiles = ['positions.csv', 'demands.json', 'graph.json'] as const;
export type DataFile = (typeof dataFiles)[number];

/** Ids of the glossary entries on the demands' index, which status badges and stance keys link to. */
export const glossaryIds = {
	stances: 'stance-key',
	status: (status: Status) => `status-${status}`,
};

/** Pagefind's name for the folder it writes into the built site. */
export const searchBundleDir = 'pagefind';

/** What follows an explainer's address for its history page. */
export const historySegment = 'history';

/** What takes an id's place in the address of the demands' index by name. */
const byNameSegment = 'by-name';

const articlePath = (id: string) => `/articles/${id}/`;

/** The site's own paths from its root, without the base path: what editors write in bodies, and what content checks compare with. */
export const paths = {
	home: '/',
	feed: '/rss.xml',
	sitemap: '/sitemap-index.xml',
	shareCard: '/share-card.png',
	articles: '/articles/',
	article: articlePath,
	articleHistory: (id: string) => `${articlePath(id)}${historySegment}/`,
	corrections: '/corrections/',
	data: '/data/',
	dataFile: (name: DataFile) => `/data/${name}`,
	search: '/search/',
	/** The demands' index by name, where the index itself has the latest change first; "by-name" takes the place of an id. */
	demandsByName: entityPath('demands', byNameSegment),
	searchScript: `/${searchBundleDir}/pagefind.js`,
	notFound: '/404.html',
	/** Astro's page for redirects (src/pages/3xx.astro), which it renders at each old address and at none of its own. */
	redirectPage: '/3xx/',
	/** The web editor (docs/editing.md): its page, its script and its configuration. */
	editor: '/admin/',
};

/** Whether a file's id would take the address of one of the site's own pages: a list's later pages, or the demands by name. */
export const isReservedId = (collection: string, id: string) => id === pageSegment || (collection === 'demands' && id === byNameSegment);

/** The site's URLs as pages link to them: under the base path (withBase). */
export const urls = {
	home: withBase(paths.home),
	feed: withBase(paths.feed),
	/** Written by @astrojs/sitemap, named in robots.txt. */
	sitemap: withBase(paths.sitemap),
	/** The site's sharing card, for pages without a lead picture. */
	shareCard: withBase(paths.shareCard),
	/** Every explainer, by month: "Explainers" in the navigation and in breadcrumbs. */
	articles: withBase(paths.articles),
	article: (id: string) => withBase(paths.article(id)),
	/** How an explainer changed since it was published. */
	articleHistory: (id: string) => withBase(paths.articleHistory(id)),
	corrections: withBase(paths.corrections),
	/** The open data: its documentation page and each file. */
	data: withBase(paths.data),
	dataFile: (name: DataFile) => withBase(paths.dataFile(name)),
	search: withBase(paths.search),
	/** Pagefind's script in the built site, which the search page loads. */
	searchScript: withBase(paths.searchScript),
	/** The page hosts serve for an address that has none. */
	notFound: withBase(paths.notFound),
	redirectPage: withBase(paths.redirectPage),
	editor: withBase(paths.editor),
	/** A file in public/, by its path from the site's root: /favicon.svg. */
	publicFile: (path: string) => withBase(path),
	demandsByName: withBase(paths.demandsByName),
	/** Whether an address's path (under the base path) is an explainer's history page. */
	isArticleHistory: (pathname: string) => {
		const [id, ...rest] = pathname.startsWith(urls.articles) ? pathname.slice(urls.articles.length).split('/') : [];
		return Boolean(id) && rest.join('/') === `${historySegment}/`;
	},
	/** What each stance means, on the demands' index. */
	stanceKey: () => `${indexUrl('demands')}#${glossaryIds.stances}`,
	/** What a status means, on the demands' index. */
	status: (status: Status) => `${indexUrl('demands')}#${glossaryIds.status(status)}`,
};
