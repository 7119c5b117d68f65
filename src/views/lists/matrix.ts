/** The site-wide table of where each side stands on each demand. */
import type { Actor, ContentGraph, Demand, PositionRecord } from '../../graph/graph.ts';
import { byName, resolve } from '../summaries.ts';
import { currentStatus } from '../../graph/graph.ts';
import { latestByParty, makes } from '../stances.ts';
import { capped } from '../../model/paginate.ts';
import { type WrittenDate, latestOf } from '../../model/dates.ts';

/** Columns of the stance matrix: the parties with the most positions on the demands shown. */
const matrixColumns = 10;
/** Parties each demand's entry lists where the matrix becomes a list (phones); the rest are on its page. */
const listedParties = 6;

/** The day of a demand's latest change: a status reported or a stance taken; none when nothing is reported. */
export function latestChange(graph: ContentGraph, demand: string): WrittenDate | undefined {
	const dates = [
		...(graph.statusesByDemand.get(demand) ?? []).map(({ article }) => article.data.published),
		...(graph.positionsByDemand.get(demand) ?? []).map(({ date }) => date),
	];
	return dates.length ? latestOf(dates) : undefined;
}

/**
 * What the matrix says of one party and one demand: it makes it; it is asked
 * and has no stance reported; it is not asked and has none; or its latest
 * reported stance (which may be "unclear"), whether asked or not.
 */
export type MatrixCell = { kind: 'maker' } | { kind: 'no-stance' } | { kind: 'not-asked' } | { kind: 'stance'; position: PositionRecord; asked: boolean };

/** A party's cell on a demand, from its latest stance there, if any. */
export function cellOf(demand: Demand, actor: string, latest: PositionRecord | undefined): MatrixCell {
	if (makes(actor, demand)) return { kind: 'maker' };
	const asked = demand.data.addressedTo.includes(actor);
	if (latest) return { kind: 'stance', position: latest, asked };
	return asked ? { kind: 'no-stance' } : { kind: 'not-asked' };
}

/**
 * A row per demand, in the order given, and a column per party that is asked
 * or has taken a position on one of them (the most active, at most ten, so
 * that most of the table is in view on a laptop's screen). Parties that make some of these demands come
 * first, the most prolific first, so the demanding side reads before the
 * answering ones; the rest follow by name. Each row also lists its own
 * parties, whether they have a column or not: those it is put to in the
 * demand's order, then any other party with a stance, by name.
 */
export function stanceMatrix(graph: ContentGraph, demands: readonly Demand[]) {
	const latest = new Map(demands.map((demand) => [demand.id, latestByParty(graph.positionsByDemand.get(demand.id) ?? [])]));
	const activity = new Map<string, number>();
	for (const demand of demands) {
		for (const actor of new Set([...demand.data.addressedTo, ...latest.get(demand.id)!.keys()])) activity.set(actor, (activity.get(actor) ?? 0) + 1);
	}
	const alphabetical = byName('actors');
	const ranked = resolve(graph, 'actors', activity.keys()).sort((a, b) => activity.get(b.id)! - activity.get(a.id)! || alphabetical(a, b));
	const made = new Map<string, number>();
	for (const demand of demands) made.set(demand.data.by, (made.get(demand.data.by) ?? 0) + 1);
	const demandsMade = (actor: { id: string }) => made.get(actor.id) ?? 0;
	const actors = ranked.slice(0, matrixColumns).sort((a, b) => demandsMade(b) - demandsMade(a) || alphabetical(a, b));
	return {
		actors,
		/** Parties asked or with positions on these demands that have no column. */
		actorsNotShown: ranked.length - actors.length,
		rows: demands.map((demand) => {
			const stances = latest.get(demand.id)!;
			const addressees = resolve(graph, 'actors', demand.data.addressedTo);
			const others = resolve(graph, 'actors', stances.keys())
				.filter((actor) => !demand.data.addressedTo.includes(actor.id))
				.sort(alphabetical);
			const party = (actor: Actor) => ({ actor, cell: cellOf(demand, actor.id, stances.get(actor.id)) });
			const listed = capped([...addressees, ...others].map(party), listedParties);
			const isAsked = ({ actor }: { actor: Actor }) => demand.data.addressedTo.includes(actor.id);
			return {
				demand,
				by: graph.entities.actors.get(demand.data.by),
				addressees,
				status: currentStatus(graph, demand.id),
				changed: latestChange(graph, demand.id),
				cells: actors.map((actor) => cellOf(demand, actor.id, stances.get(actor.id))),
				/** The parties it is put to, then the others with a stance, at most `listedParties` in all, and how many more there are. */
				parties: { asked: listed.items.filter(isAsked), others: listed.items.filter((entry) => !isAsked(entry)), more: listed.more },
			};
		}),
	};
}

export type StanceMatrix = ReturnType<typeof stanceMatrix>;
