/**
 * An article's demands, two ways, both by demand so that a reader finds each
 * in the same order in both: a summary above or beside the story (who makes
 * each demand and of whom, its status here, and its parties' stances), and
 * the details below the story (each stance with its note and source).
 *
 * By demand rather than by party, because that is the question the site
 * answers (who demands what of whom), and how an article records it: each
 * demand with the stances on it.
 */
import type { Actor } from '../../graph/graph.ts';
import type { DemandReport } from './article.ts';

/**
 * How many parties the summary names per demand. Every demand is in it, so
 * that who makes it and its status are said once on the page; on phones it
 * is folded away above the story, and a reader opens it.
 */
export const glanceParties = 4;

export interface GlanceLine extends DemandReport {
	/** Parties of this demand left out of the summary, for the details below the story. */
	morePositions: number;
	/** Parties it is put to of whom the article reports no stance, as many as the summary has room for: a silence is news too. */
	unanswered: Actor[];
}

/** The summary above or beside the story: every demand, each with its first parties' stances and the asked parties that gave none, and whether any stance is reported at all. */
export function glanceOf(reports: readonly DemandReport[]): { lines: GlanceLine[]; anyStance: boolean } {
	return {
		anyStance: reports.some((report) => report.positions.length > 0),
		lines: reports.map((report) => {
			const positions = report.positions.slice(0, glanceParties);
			const answered = new Set(report.positions.map((position) => position.actorId));
			return {
				...report,
				positions,
				morePositions: Math.max(0, report.positions.length - glanceParties),
				unanswered: report.addressedTo.filter((party) => !answered.has(party.id)).slice(0, glanceParties - positions.length),
			};
		}),
	};
}

/** The details below the story: each demand's stances in full, with their notes and sources; and whether any is reported. */
export const stancesInDetailOf = (reports: readonly DemandReport[]) => ({
	demands: reports.map(({ demand, positions }) => ({ demand, positions })),
	anyStance: reports.some((report) => report.positions.length > 0),
});

export type Glance = ReturnType<typeof glanceOf>;
export type StancesInDetail = ReturnType<typeof stancesInDetailOf>;
