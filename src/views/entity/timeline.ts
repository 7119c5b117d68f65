/**
 * How a demand evolves, day by day: the day it was first raised (when its file
 * says so), and under each day each article once, with what it reported: the
 * demand's status, and each party's first stance or change of stance.
 */
import { dayOf, type WrittenDate } from '../../model/dates.ts';
import { type Actor, type ContentGraph, type Demand, byNewest } from '../../graph/graph.ts';
import type { Article } from '../../model/entry.ts';
import { listShown } from '../../model/paginate.ts';
import type { Status } from '../../model/schemas.ts';
import { type StanceChange, stanceChanges } from '../stances.ts';

/** A change of stance on the demand, with the party. */
export interface TimelineStance extends StanceChange {
	actor?: Actor;
}

/** What one article reported about the demand for one day. */
export interface DayReport {
	article: Article;
	/** The status the article gives the demand (dated by the article's publication). */
	status?: Status;
	/** Stances first taken or changed that day, in the order the article lists them. */
	stances: TimelineStance[];
}

/** One day of a demand's history. */
export interface TimelineDay {
	/** The calendar day, YYYY-MM-DD, as the editors wrote it. */
	date: WrittenDate;
	/** The demand was first raised that day: only its own `firstRaised` says so. */
	raised: boolean;
	/** Each article once, oldest first. */
	reports: DayReport[];
}

/** The demand's days, oldest first; a day with nothing to tell is not there. */
export function demandTimeline(graph: ContentGraph, demand: Demand): TimelineDay[] {
	const days = new Map<string, TimelineDay>();
	const dayAt = (date: WrittenDate) => {
		const key = dayOf(date);
		let day = days.get(key);
		if (!day) days.set(key, (day = { date: key, raised: false, reports: [] }));
		return day;
	};
	const reportIn = (date: WrittenDate, article: Article) => {
		const day = dayAt(date);
		let report = day.reports.find((entry) => entry.article === article);
		if (!report) day.reports.push((report = { article, stances: [] }));
		return report;
	};

	if (demand.data.firstRaised) dayAt(demand.data.firstRaised).raised = true;
	for (const record of graph.statusesByDemand.get(demand.id) ?? []) {
		reportIn(record.article.data.published, record.article).status = record.status;
	}
	for (const { position, previous } of stanceChanges(graph.positionsByDemand.get(demand.id) ?? [])) {
		reportIn(position.date, position.article).stances.push({ position, actor: graph.entities.actors.get(position.actor), previous });
	}

	const ordered = [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
	for (const day of ordered) day.reports.sort((a, b) => byNewest(b.article, a.article));
	return ordered;
}

/** A long timeline, bounded: `more` days are left out before `items[gapAt]`. */
export interface BoundedTimeline {
	items: TimelineDay[];
	more: number;
	gapAt: number;
}

/** The latest days of a long timeline; the day the demand was first raised, when known, still leads. */
export function boundedTimeline(days: TimelineDay[]): BoundedTimeline {
	if (days.length <= listShown) return { items: days, more: 0, gapAt: 0 };
	const lead = days[0]!.raised ? [days[0]!] : [];
	const items = [...lead, ...days.slice(-(listShown - lead.length))];
	return { items, more: days.length - items.length, gapAt: lead.length };
}
