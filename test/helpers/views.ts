/**
 * Ways to read what the views compute, shared by the view tests: each turns a
 * list into the short lines an assertion compares.
 */
import { instantOf, type WrittenDate } from '../../src/lib/dates.ts';
import type { ContentGraph } from '../../src/lib/graph.ts';
import { demandsIndex } from '../../src/lib/views/indexes.ts';
import type { TimelineEvent } from '../../src/lib/views/timeline.ts';

/** The ids of the articles a list of summaries (or mentions) shows, in order. */
export const summaries = (list: readonly { article: { id: string } }[]) => list.map((summary) => summary.article.id);

/** Stances as "stance @article", in order. */
export const stances = (history: readonly { stance: string; article: { id: string } }[]) => history.map((p) => `${p.stance} @${p.article.id}`);

/** The status events of a demand's timeline: its status history, oldest first. */
export const statusEvents = (timeline: readonly TimelineEvent[]) => timeline.flatMap((event) => (event.kind === 'status' ? [event] : []));

/** A date as its day, YYYY-MM-DD. */
export const day = (date: WrittenDate) => instantOf(date).toISOString().slice(0, 10);

/** The first page of /demands/: what most tests of the index read. */
export const firstDemandsPage = (g: ContentGraph) => {
	const [first] = demandsIndex(g);
	if (!first) throw new Error('the demands index has no first page');
	return first;
};

/** A timeline event as one line a reader would see: its day, and what happened. */
export function line(event: TimelineEvent): string {
	switch (event.kind) {
		case 'raised':
			return `${day(event.date)} raised${event.article ? ` @${event.article.id}` : ''}`;
		case 'status':
			return `${day(event.date)} status ${event.status} @${event.article.id}`;
		case 'stance': {
			const who = event.actor?.data.name ?? event.position.actor;
			const change = event.previous ? `${event.previous} → ${event.position.stance}` : event.position.stance;
			return `${day(event.date)} ${who} ${change} @${event.position.article.id}`;
		}
	}
}
