/**
 * How a demand's status changed, day by day: the day it was first raised (when
 * its file says so), and each day an article gave it a status other than the
 * one before. Stances are not told here: the demand's page lists each party's
 * stances once, under "Where each side stands".
 */
import { dayOf, type WrittenDate } from '../../model/dates.ts';
import type { ContentGraph, Demand } from '../../graph/graph.ts';
import type { Article } from '../../model/entry.ts';
import type { Status } from '../../model/schemas.ts';

/** An article that gave the demand a new status (dated by the article's publication). */
export interface DayReport {
	article: Article;
	status: Status;
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

/** The demand's days, newest first, so that a page can show the latest few; a day with no change of status is not there. */
export function demandTimeline(graph: ContentGraph, demand: Demand): TimelineDay[] {
	const days = new Map<string, TimelineDay>();
	const dayAt = (date: WrittenDate) => {
		const key = dayOf(date);
		let day = days.get(key);
		if (!day) days.set(key, (day = { date: key, raised: false, reports: [] }));
		return day;
	};
	if (demand.data.firstRaised) dayAt(demand.data.firstRaised).raised = true;
	// Records come oldest first: a status the same as the one before it is no change.
	let previous: Status | undefined;
	for (const record of graph.statusesByDemand.get(demand.id) ?? []) {
		if (record.status !== previous) dayAt(record.article.data.published).reports.push({ article: record.article, status: record.status });
		previous = record.status;
	}
	return [...days.values()].sort((a, b) => b.date.localeCompare(a.date));
}
