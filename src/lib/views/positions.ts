/** Stances grouped into histories: per party on a demand page, per demand on an actor page. */
import { citationKey, sourceAnchor } from '../citations.ts';
import { type Actor, type ContentGraph, type Demand, type PositionRecord, byNewest } from '../graph.ts';
import { capped, listShown } from '../paginate.ts';

/** The page and place that list the report of a stance: the article's numbered source entry, or the article itself. */
export const reportOf = (position: PositionRecord) => ({
	article: position.article,
	hash: position.citation ? sourceAnchor(citationKey(position.citation)) : undefined,
});

/** One actor's stance history on one demand, oldest first. */
export interface StanceHistory {
	demand?: Demand;
	actor?: Actor;
	latest: PositionRecord;
	/** The latest stances, oldest first, ending with `latest`. */
	history: PositionRecord[];
	/** Earlier stances left out of `history`. */
	earlierNotShown: number;
}

/** Earlier stances shown under each latest one; older ones are on the article pages. */
const historyShown = 10;

/** Positions grouped by actor or demand, most recently reported first, each with its latest stances (oldest first). */
export function groupPositions(
	graph: ContentGraph,
	positions: readonly PositionRecord[],
	keyOf: (position: PositionRecord) => string,
): { items: StanceHistory[]; more: number } {
	const groups = [...Map.groupBy(positions, keyOf).values()].map((history) => {
		const latest = history.at(-1)!;
		return {
			demand: graph.entities.demands.get(latest.demand),
			actor: graph.entities.actors.get(latest.actor),
			latest,
			history: history.slice(-(historyShown + 1)),
			earlierNotShown: Math.max(0, history.length - historyShown - 1),
		};
	});
	return capped(
		groups.sort((a, b) => byNewest(a.latest.article, b.latest.article)),
		listShown,
	);
}

/** A party's latest stance on a demand, with the party. */
export interface PartyStance {
	position: PositionRecord;
	actor?: Actor;
}

/** Each party's latest stance on a demand, the most recently stated first: the strip lists show beside a demand. */
export function latestStances(graph: ContentGraph, demandId: string, shown: number): { items: PartyStance[]; more: number } {
	const latest = new Map<string, PositionRecord>();
	for (const position of graph.positionsByDemand.get(demandId) ?? []) latest.set(position.actor, position);
	const items = [...latest.values()].reverse().map((position) => ({ position, actor: graph.entities.actors.get(position.actor) }));
	return capped(items, shown);
}
