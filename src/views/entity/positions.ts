/** Stances grouped into histories: per party on a demand page, per demand on an actor page. */
import { citationKey, sourceAnchor } from '../../model/citations.ts';
import { entityName } from '../../model/entities.ts';
import { type Actor, type ContentGraph, type Demand, type PositionRecord, byNewest } from '../../graph/graph.ts';
import type { Article } from '../../model/entry.ts';
import { capped } from '../../model/paginate.ts';
import { addresseeRank, latestByParty, latestStance, type StanceKey, stancesBy } from '../stances.ts';

/** The page and place that list the report of a stance: the article's numbered source entry, or the article itself. */
export const reportOf = (position: PositionRecord) => ({
	article: position.article,
	hash: position.citation ? sourceAnchor(citationKey(position.citation)) : undefined,
});

/** A stance with the name of the outlet that reports it, for a short "Reuters" in place of the report's title. */
export interface ReportedStance extends PositionRecord {
	/** The cited source's name; none when the article cites no report for the stance. */
	sourceName?: string;
}

/** One actor's stance history on one demand. */
export interface StanceHistory {
	demand?: Demand;
	actor?: Actor;
	latest: ReportedStance;
	/** The latest stances, oldest first, ending with `latest`. */
	history: ReportedStance[];
	/** The stances before `latest` that are shown, newest first: empty when the party has taken only one. */
	earlier: ReportedStance[];
	/** Earlier stances left out of `history`. */
	earlierNotShown: number;
}

/** Earlier stances shown under each latest one; older ones are on the article pages. */
const historyShown = 10;

/** A stance with the name of the outlet its citation names. */
export const withSource = (graph: ContentGraph, position: PositionRecord): ReportedStance => {
	const cited = position.citation?.source;
	const source = cited === undefined ? undefined : graph.entities.sources.get(cited);
	return { ...position, sourceName: source ? entityName('sources', source) : cited };
};

/** Positions grouped by actor or demand, most recently reported first, each with its latest stances. */
export function stanceHistories(graph: ContentGraph, positions: readonly PositionRecord[], keyOf: StanceKey): StanceHistory[] {
	const groups = [...stancesBy(positions, keyOf).values()].map((all): StanceHistory => {
		const history = all.slice(-(historyShown + 1)).map((position) => withSource(graph, position));
		const latest = latestStance(history);
		return {
			demand: graph.entities.demands.get(latest.demand),
			actor: graph.entities.actors.get(latest.actor),
			latest,
			history,
			earlier: history.slice(0, -1).reverse(),
			earlierNotShown: Math.max(0, all.length - historyShown - 1),
		};
	});
	return groups.sort((a, b) => byNewest(a.latest.article, b.latest.article));
}

/** The article that reports every stance shown in these histories, when it is one and the same. */
export function sharedArticle(histories: readonly StanceHistory[]): Article | undefined {
	const articles = new Set(histories.flatMap((group) => group.history.map((position) => position.article)));
	return articles.size === 1 && histories.every((group) => group.earlierNotShown === 0) ? [...articles][0] : undefined;
}

/** A party's latest stance on a demand, with the party. */
export interface PartyStance {
	position: PositionRecord;
	actor?: Actor;
}

/**
 * Each party's latest stance on a demand, as the strip beside a demand shows
 * them: the parties it is addressed to first (their answer matters most), in
 * the demand's order, then the others, the latest to take a first stance on
 * it first (a party's later stances leave its place as it was).
 */
export function latestStances(graph: ContentGraph, demandId: string, shown: number): { items: PartyStance[]; more: number } {
	const demand = graph.entities.demands.get(demandId);
	const items = [...latestByParty(graph.positionsByDemand.get(demandId) ?? []).values()]
		.reverse()
		.sort((a, b) => addresseeRank(demand, a.actor) - addresseeRank(demand, b.actor))
		.map((position) => ({ position, actor: graph.entities.actors.get(position.actor) }));
	return capped(items, shown);
}
