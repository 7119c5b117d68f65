/** What the list pages show: the home page, each kind's index, and the demands' index with its stance matrix. */
import { compareDates } from '../../model/dates.ts';
import { type EntityKind, entityKinds, entityUrl, indexUrl } from '../../model/entities.ts';
import { type ContentGraph, type Demand, closedStatuses, mentionedIn } from '../../graph/graph.ts';
import { capped, listPageSize, paginate } from '../../model/paginate.ts';
import { countOf, ui } from '../../i18n/index.ts';
import type { ActorData } from '../../model/schemas.ts';
import { latestChange, stanceMatrix } from './matrix.ts';
import { latestStances } from '../entity/positions.ts';
import { entitiesByName, resolve, summarise, summariseDemand } from '../summaries.ts';
import { urls } from '../../model/urls.ts';

/** Demands with their latest change, the latest first; those with none come last. The sort is stable: ties keep the order given. */
function byLatestChange<T extends { demand: Demand }>(graph: ContentGraph, items: readonly T[]) {
	const changed = items.map((item) => ({ ...item, changed: latestChange(graph, item.demand.id) }));
	return changed.sort((a, b) => (a.changed && b.changed ? compareDates(b.changed, a.changed) : a.changed ? -1 : b.changed ? 1 : 0));
}

/**
 * Open demands the home page shows, and parties in each one's stance strip; the rest are on the demands' pages.
 * Few enough that on a phone the list of explainers after them starts within the first three screens.
 */
const homeDemands = 3;
const stripParties = 3;

/**
 * The home page: the latest explainer as the lead, the open demands with the
 * latest change first, each with its status and a strip of where the parties
 * stand, and every explainer (paginated).
 */
export function homePage(graph: ContentGraph) {
	const latest = graph.articles[0];
	const openDemands = byLatestChange(
		graph,
		entitiesByName(graph, 'demands')
			.map((demand) => ({
				...summariseDemand(graph, demand),
				addressees: resolve(graph, 'actors', demand.data.addressedTo),
				stances: latestStances(graph, demand.id, stripParties),
			}))
			.filter(({ status }) => !status || !closedStatuses.has(status.status)),
	);
	return {
		articles: graph.articles.map((article) => summarise(graph, article)),
		lead: latest && summarise(graph, latest),
		openDemands: capped(openDemands, homeDemands),
	};
}

/** One line of an index page: an entity linked, with a short line about it. */
export interface IndexItem {
	href: string;
	label: string;
	meta?: string;
	summary?: string;
}

/** The line beside an entity on its index page, given how many explainers mention it (demands have their own index). */
export function indexMeta(kind: EntityKind, data: object, mentions: number): string | undefined {
	const words = ui.kinds[kind];
	if (!('indexMeta' in words)) return undefined;
	return countOf(mentions, words.indexMeta, kind === 'actors' ? { kind: ui.actorKinds[(data as ActorData).kind] } : {});
}

/** Every entity of a kind, by name, as its index page lists them. */
export function entityIndex<Kind extends EntityKind>(graph: ContentGraph, kind: Kind): IndexItem[] {
	const info = entityKinds[kind];
	return entitiesByName(graph, kind).map((entity) => ({
		href: entityUrl(kind, entity.id),
		label: info.name(entity.data),
		meta: indexMeta(kind, entity.data, mentionedIn(graph, kind, entity.id).length),
		summary: entity.data.summary,
	}));
}

/** The two orders of the demands' index: the latest change first on the index itself, and by name on pages of their own. */
export const demandOrders = ['latest', 'name'] as const;
export type DemandOrder = (typeof demandOrders)[number];
export const demandOrderUrl = (order: DemandOrder) => (order === 'latest' ? indexUrl('demands') : urls.demandsByName);

/**
 * The pages of the demands' index in one order: each lists its demands and
 * shows their stance matrix. The route's rest parameter says the order too:
 * `by-name`, `by-name/page/2`.
 */
export function demandsIndex(graph: ContentGraph, order: DemandOrder = 'latest') {
	const byName = entitiesByName(graph, 'demands').map((demand) => ({ demand }));
	const ordered = order === 'latest' ? byLatestChange(graph, byName) : byName;
	const base = demandOrderUrl(order);
	const prefix = base.slice(indexUrl('demands').length).replace(/\/$/, '');
	return paginate(
		ordered.map(({ demand }) => demand),
		base,
		listPageSize.demands,
	).map(({ items, param, ...page }) => ({
		...page,
		order,
		param: [prefix, param].filter(Boolean).join('/') || undefined,
		demands: items.map((demand) => summariseDemand(graph, demand)),
		matrix: stanceMatrix(graph, items),
	}));
}
