/**
 * The lists' pages as their routes build them and hand them down: the home page,
 * /articles/ by month and each kind's index. The slice of the list comes from
 * getStaticPaths; the title, the trail and the JSON-LD are worked out here.
 */
import { site as siteSettings } from '../config/site.ts';
import { fill, ui } from '../i18n/index.ts';
import type { EntityKind } from '../model/entities.ts';
import type { PageOf, Pagination } from '../model/paginate.ts';
import { organizationNode, trailedPage, websiteNode } from '../outputs/head/json-ld-nodes.ts';
import { type Crumb, breadcrumbTrail } from '../views/breadcrumbs.ts';
import type { ArticlesIndexPage } from '../views/lists/articles-index.ts';
import type { CorrectionsPage } from '../views/lists/all-corrections.ts';
import { urls } from '../model/urls.ts';
import type { IndexItem, homePage } from '../views/lists/indexes.ts';
import { pageTitle } from '../views/lists/page-title.ts';

type Home = ReturnType<typeof homePage>;

/** One page of the home page's explainers; the first opens with the lead story and the open demands. */
export function homeRouteData({ page, lead, openDemands }: Pick<Home, 'lead' | 'openDemands'> & { page: PageOf<Home['articles'][number]> }, site: URL) {
	const { pagination } = page;
	const first = pagination.current === 1;
	const title = pageTitle(ui.nav.explainers, pagination);
	// The first page names the site and its publisher; the later ones have their trail.
	const nodes = first ? [websiteNode(site), organizationNode(site)] : [];
	return {
		page,
		lead,
		openDemands,
		first,
		// BaseLayout titles the home page by the site's name alone.
		title,
		// The site's name is already in the header: on the first page the heading is for assistive technology only.
		heading: first ? fill(ui.home.heading, { site: siteSettings.title }) : title,
		// The lead story opens the first page; the list goes on from the next explainer.
		listed: first && lead ? page.items.slice(1) : page.items,
		...trailedPage(breadcrumbTrail({ type: 'home', page: pagination.current }), site, ...nodes),
	};
}

/** One page of /articles/, its explainers under a heading for each month. */
export const explainersRouteData = (page: ArticlesIndexPage, site: URL) => ({
	...page,
	title: pageTitle(ui.articlesIndex.title, page.pagination),
	...trailedPage(breadcrumbTrail({ type: 'explainers', page: page.pagination.current }), site),
});

/**
 * One page of a kind's index; `items` for the default list, none where the route shows its own (the demands' matrix);
 * `list` for the index in another order, on pages of its own (the demands by name).
 */
export function indexRouteData(kind: EntityKind, pagination: Pagination, site: URL, items: readonly IndexItem[] = [], list?: Crumb) {
	const { indexDescription } = ui.kinds[kind];
	const name = list?.name ?? ui.kinds[kind].title;
	return {
		name,
		pagination,
		items,
		title: pageTitle(name, pagination),
		description: indexDescription,
		...trailedPage(breadcrumbTrail({ type: 'index', kind, page: pagination.current, list }), site),
	};
}

export type IndexRouteData = ReturnType<typeof indexRouteData>;

/** One page of /corrections/: its slice of the corrections, its title and trail. */
export const correctionsRouteData = ({ items, pagination }: CorrectionsPage, site: URL) => ({
	corrections: items,
	pagination,
	title: pageTitle(ui.corrections.title, pagination),
	...trailedPage(breadcrumbTrail({ type: 'page', name: ui.corrections.title, url: urls.corrections, page: pagination.current }), site),
});
