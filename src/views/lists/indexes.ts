/** What the list pages show: the home page, each kind's index, and the demands' index with its stance matrix. */
import { glanceOf } from '../article/glance.ts';
import { instantOf } from '../../model/dates.ts';
import { type EntityKind, entityKinds, entityUrl, indexUrl } from '../../model/entities.ts';
import { type ContentGraph, closedStatuses, mentionedIn } from '../../graph/graph.ts';
import { capped, paginate } from '../../model/paginate.ts';
import { articlePageOf } from '../article/article.ts';
import { countOf, ui } from '../../i18n/index.ts';
import type { ActorData } from '../../model/schemas.ts';
import { stanceMatrix } from './matrix.ts';
import { latestStances } from '../entity/positions.ts';
import { entitiesByName, summarise, summariseDemand } from '../summaries.ts';

/** When a demand's current status was reported, as a number to sort by; never reported sorts last. */
const reportedAt = ({ status }: { status?: { article: { data: { published: string } } } }) => (status ? instantOf(status.article.data.published).getTime() : 0);

/** Open demands the home page shows, and parties in each one's stance strip; the rest are on the demands' pages. */
const homeDemands = 10;
const stripParties = 4;

/**
 * The home page: the latest explainer as the lead, with the demands it
 * covers in brief, then every explainer (paginated), and the open demands,
 * each with its status and a strip of where the parties stand.
 */
export function homePage(graph: ContentGraph) {
	const latest = graph.articles[0];
	const openDemands = entitiesByName(graph, 'demands')
		.map((demand) => ({ ...summariseDemand(graph, demand), stances: latestStances(graph, demand.id, stripParties) }))
		.filter(({ status }) => !status || !closedStatuses.has(status.status))
		// Most recently reported first; the sort is stable, so ties stay in name order.
		.sort((a, b) => reportedAt(b) - reportedAt(a));
	return {
		articles: graph.articles.map((article) => summarise(graph, article)),
		lead: latest && { ...summarise(graph, latest), glance: glanceOf(articlePageOf(graph, latest.id).atAGlance) },
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

/** The pages of the demands' index: each lists its demands and shows their stance matrix. */
export function demandsIndex(graph: ContentGraph) {
	return paginate(entitiesByName(graph, 'demands'), indexUrl('demands')).map(({ items, ...page }) => ({
		...page,
		demands: items.map((demand) => summariseDemand(graph, demand)),
		matrix: stanceMatrix(graph, items),
	}));
}
