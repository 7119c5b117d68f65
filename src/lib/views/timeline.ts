/** How a demand evolves: a dated list of when it was raised, its statuses and the changes of stance on it. */
import { compareDates, type WrittenDate } from '../dates.ts';
import type { Actor, Article, ContentGraph, Demand, PositionRecord } from '../graph.ts';
import { listShown } from '../paginate.ts';
import type { Stance, Status } from '../schemas.ts';

/** One dated step in a demand's history. */
export type TimelineEvent =
	| { kind: 'raised'; date: WrittenDate; article?: Article }
	| { kind: 'status'; date: WrittenDate; status: Status; article: Article }
	| { kind: 'stance'; date: WrittenDate; position: PositionRecord; actor?: Actor; previous?: Stance };

const eventOrder = { raised: 0, status: 1, stance: 2 } as const;

/**
 * When a demand was first raised (its `firstRaised`, or else the first article
 * that reports it), each article's status for it, and each change of stance,
 * oldest first.
 */
export function demandTimeline(graph: ContentGraph, demand: Demand): TimelineEvent[] {
	const reports = graph.listedIn.demands.get(demand.id) ?? [];
	const first = reports.at(-1);
	const raisedOn = demand.data.firstRaised ?? first?.data.published;
	const events: TimelineEvent[] = raisedOn ? [{ kind: 'raised', date: raisedOn, article: demand.data.firstRaised ? undefined : first }] : [];
	for (const record of graph.statusesByDemand.get(demand.id) ?? []) {
		events.push({ kind: 'status', date: record.article.data.published, status: record.status, article: record.article });
	}
	const lastStance = new Map<string, Stance>();
	for (const position of graph.positionsByDemand.get(demand.id) ?? []) {
		const previous = lastStance.get(position.actor);
		lastStance.set(position.actor, position.stance);
		if (previous === position.stance) continue;
		events.push({
			kind: 'stance',
			date: position.date,
			position,
			actor: graph.entities.actors.get(position.actor),
			previous,
		});
	}
	// Events of the same moment (one article's status and stances) read raised, status, stance.
	return events.sort((a, b) => compareDates(a.date, b.date) || eventOrder[a.kind] - eventOrder[b.kind]);
}

/** The latest events of a long timeline; the first (when the demand was raised) always leads. */
export function boundedTimeline(events: TimelineEvent[]): { items: TimelineEvent[]; more: number } {
	if (events.length <= listShown) return { items: events, more: 0 };
	return { items: [events[0]!, ...events.slice(-(listShown - 1))], more: events.length - listShown };
}
