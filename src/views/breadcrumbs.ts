/**
 * Where a page sits on the site, as breadcrumbs: Home › Explainers › <title>,
 * Home › Actors › Russia › Page 2. Built from the entity registry and the
 * site's URLs only, so the visible trail and schema.org's BreadcrumbList
 * (which needs absolute URLs: `new URL(url, site)`) tell the same path.
 */
import { type EntityKind, entityUrl, indexUrl } from '../model/entities.ts';
import { fill, formatNumber, ui } from '../i18n/index.ts';
import { pageUrl } from '../model/paginate.ts';
import { urls } from '../model/urls.ts';

/** One step of the trail: its name and its root-relative URL. The last step is the page itself. */
export interface Crumb {
	name: string;
	url: string;
}

/** What explainers are called as a section of the site: in breadcrumbs and in sharing cards' article:section. */
export const explainersName = ui.nav.explainers;

/** The page a trail leads to. `page` is the page of a paginated list, 1 when left out. */
export type Place =
	| { type: 'home'; page?: number }
	/** /articles/, every explainer by month. */
	| { type: 'explainers'; page?: number }
	| { type: 'article'; id: string; title: string }
	/** An explainer's history page, after the explainer. */
	| { type: 'history'; id: string; title: string }
	/** A kind's index; `list` for the index in another order, with its own pages (the demands by name). */
	| { type: 'index'; kind: EntityKind; page?: number; list?: Crumb }
	/** An entity's page, or with `list` a page of one of its own lists (an actor's stances, say). */
	| { type: 'entity'; kind: EntityKind; id: string; name: string; page?: number; list?: Crumb }
	/** A page directly under the home page, such as /corrections/, and its later pages when it has several. */
	| { type: 'page'; name: string; url: string; page?: number };

const home: Crumb = { name: ui.breadcrumbs.home, url: urls.home };

/** The crumbs of a list at `base`, then "Page n" after its first page. */
const listed = (crumbs: Crumb[], base: string, page = 1): Crumb[] =>
	page > 1 ? [...crumbs, { name: fill(ui.breadcrumbs.page, { page: formatNumber(page) }), url: pageUrl(base, page) }] : crumbs;

/** The trail from the home page to `place`, the page itself last. */
export function breadcrumbTrail(place: Place): Crumb[] {
	switch (place.type) {
		case 'home':
			return listed([home], urls.home, place.page);
		case 'explainers':
			return listed([home, { name: explainersName, url: urls.articles }], urls.articles, place.page);
		case 'article':
			return [home, { name: explainersName, url: urls.articles }, { name: place.title, url: urls.article(place.id) }];
		case 'history':
			return [...breadcrumbTrail({ ...place, type: 'article' }), { name: ui.history.crumb, url: urls.articleHistory(place.id) }];
		case 'index': {
			const index = { name: ui.kinds[place.kind].title, url: indexUrl(place.kind) };
			return place.list ? listed([home, index, place.list], place.list.url, place.page) : listed([home, index], index.url, place.page);
		}
		case 'page':
			return listed([home, { name: place.name, url: place.url }], place.url, place.page);
		case 'entity': {
			const { kind, id, name, page, list } = place;
			const crumbs = [home, { name: ui.kinds[kind].title, url: indexUrl(kind) }, { name, url: entityUrl(kind, id) }];
			return list ? listed([...crumbs, list], list.url, page) : listed(crumbs, entityUrl(kind, id), page);
		}
	}
}
