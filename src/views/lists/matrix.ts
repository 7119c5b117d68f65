/** The site-wide table of where each side stands on each demand. */
import type { ContentGraph, Demand } from '../../graph/graph.ts';
import { byName, resolve } from '../summaries.ts';
import { currentStatus } from '../../graph/graph.ts';
import { latestByParty, makes } from '../stances.ts';

/** Columns of the stance matrix: the parties with the most positions on the demands shown. */
const matrixColumns = 12;

/**
 * A row per demand, a column per actor that has taken a position on one of
 * them (the most active, at most a dozen, so the table stays readable), and
 * each actor's latest position. Parties that make some of these demands come
 * first, the most prolific first, so the demanding side reads before the
 * answering ones; the rest follow by name.
 */
export function stanceMatrix(graph: ContentGraph, demands: readonly Demand[]) {
	const latest = new Map(demands.map((demand) => [demand.id, latestByParty(graph.positionsByDemand.get(demand.id) ?? [])]));
	const activity = new Map<string, number>();
	for (const stances of latest.values()) {
		for (const actor of stances.keys()) activity.set(actor, (activity.get(actor) ?? 0) + 1);
	}
	const alphabetical = byName('actors');
	const ranked = resolve(graph, 'actors', activity.keys()).sort((a, b) => activity.get(b.id)! - activity.get(a.id)! || alphabetical(a, b));
	const made = new Map<string, number>();
	for (const demand of demands) made.set(demand.data.by, (made.get(demand.data.by) ?? 0) + 1);
	const demandsMade = (actor: { id: string }) => made.get(actor.id) ?? 0;
	const actors = ranked.slice(0, matrixColumns).sort((a, b) => demandsMade(b) - demandsMade(a) || alphabetical(a, b));
	return {
		actors,
		/** Parties with positions on these demands that have no column. */
		actorsNotShown: ranked.length - actors.length,
		rows: demands.map((demand) => ({
			demand,
			by: graph.entities.actors.get(demand.data.by),
			status: currentStatus(graph, demand.id),
			// The maker's cell says it makes the demand, where another party's says where it stands.
			cells: actors.map((actor) => (makes(actor.id, demand) ? ('maker' as const) : latest.get(demand.id)!.get(actor.id))),
		})),
	};
}

export type StanceMatrix = ReturnType<typeof stanceMatrix>;
