/**
 * Ways to read what the views compute, shared by the view tests: each turns a
 * list into the short lines an assertion compares.
 */
import { instantOf, type WrittenDate } from '../../src/model/dates.ts';
import type { ContentGraph } from '../../src/graph/graph.ts';
import { demandsIndex } from '../../src/views/lists/indexes.ts';
import type { TimelineDay } from '../../src/views/entity/timeline.ts';

/** The ids of the articles a list of summaries (or mentions) shows, in order. */
export const summaries = (list: readonly { article: { id: string } }[]) => list.map((summary) => summary.article.id);

/** Stances as "stance @article", in order. */
export const stances = (history: readonly { stance: string; article: { id: string } }[]) => history.map((p) => `${p.stance} @${p.article.id}`);

/** The changes of status a demand's timeline tells, with the article of each, newest first. */
export const statusEvents = (timeline: readonly TimelineDay[]) => timeline.flatMap((day) => day.reports.map(({ article, status }) => ({ status, article })));

/** A date as its day, YYYY-MM-DD. */
export const day = (date: WrittenDate) => instantOf(date).toISOString().slice(0, 10);

/** The first page of /demands/: what most tests of the index read. */
export const firstDemandsPage = (g: ContentGraph) => {
	const [first] = demandsIndex(g);
	if (!first) throw new Error('the demands index has no first page');
	return first;
};

/**
 * A timeline day as one line: its day once, then "raised" if the demand was
 * first raised that day, then each article once with the status it gave:
 * `2025-02-01 | raised | @one: status new | @two: status rejected`.
 */
export function line(day: TimelineDay): string {
	const reports = day.reports.map(({ article, status }) => `@${article.id}: status ${status}`);
	return [day.date, ...(day.raised ? ['raised'] : []), ...reports].join(' | ');
}
