/**
 * An article's demands, two ways: a compact summary above the story (a line
 * per demand, its status and its parties' stances), and the details below it,
 * by party, each stance said once with the demands it applies to.
 */
import type { Actor, Demand } from '../../graph/graph.ts';
import type { Stance } from '../../model/schemas.ts';
import type { DemandReport, PositionView } from './article.ts';

/**
 * How much the summary shows: beside the story on wide screens there is
 * room for more; above it on narrow ones it must stay within about a screen.
 */
export const glanceLimits = {
	wide: { demands: 4, parties: 4 },
	narrow: { demands: 2, parties: 2 },
};

/** What one screen width leaves out. */
interface LeftOut {
	wide: number;
	narrow: number;
}

export interface GlanceLine extends Omit<DemandReport, 'positions'> {
	/** Only shown on wide screens. */
	wideOnly: boolean;
	positions: (PositionView & { wideOnly: boolean })[];
	/** Parties of this demand left out of the line. */
	morePositions: LeftOut;
}

const leftOut = (count: number, what: 'demands' | 'parties'): LeftOut => ({
	wide: Math.max(0, count - glanceLimits.wide[what]),
	narrow: Math.max(0, count - glanceLimits.narrow[what]),
});

/** The summary above or beside the story: the first demands, each with its first parties' stances, and what each width leaves out. */
export function glanceOf(reports: readonly DemandReport[]): { lines: GlanceLine[]; moreDemands: LeftOut; anyStance: boolean } {
	return {
		anyStance: reports.some((report) => report.positions.length > 0),
		lines: reports.slice(0, glanceLimits.wide.demands).map((report, d) => ({
			...report,
			wideOnly: d >= glanceLimits.narrow.demands,
			positions: report.positions.slice(0, glanceLimits.wide.parties).map((position, p) => ({ ...position, wideOnly: p >= glanceLimits.narrow.parties })),
			morePositions: leftOut(report.positions.length, 'parties'),
		})),
		moreDemands: leftOut(reports.length, 'demands'),
	};
}

/** One stance a party takes in an article, with every demand it takes it on (same stance, note and source). */
export interface StanceOnDemands extends Pick<PositionView, 'stance' | 'note' | 'citationKey' | 'citationNumber'> {
	demands: Demand[];
}

export interface PartyStances {
	actor?: Actor;
	actorId: string;
	stances: StanceOnDemands[];
}

/**
 * The stances an article reports, by party, in the order parties first
 * appear. A party that takes the same stance, for the same reason and on the
 * same source, on several demands has it said once, with those demands.
 */
export function stancesByParty(reports: readonly DemandReport[]): PartyStances[] {
	const parties = new Map<string, PartyStances>();
	for (const { demand, positions } of reports) {
		for (const position of positions) {
			const party = parties.get(position.actorId) ?? { actor: position.actor, actorId: position.actorId, stances: [] };
			parties.set(position.actorId, party);
			const same = party.stances.find((s) => sameStance(s, position));
			if (same) same.demands.push(demand);
			else {
				const { stance, note, citationKey, citationNumber } = position;
				party.stances.push({ stance, note, citationKey, citationNumber, demands: [demand] });
			}
		}
	}
	return [...parties.values()];
}

/** Where each party stands in an article, below the story: its stances by party, the statuses it reports, and the demands no party takes a stance on. */
export const partyStancesOf = (reports: readonly DemandReport[]) => ({
	parties: stancesByParty(reports),
	statuses: reports.flatMap(({ demand, status }) => (status ? [{ demand, status }] : [])),
	silent: reports.filter((report) => report.positions.length === 0).map((report) => report.demand),
});

export type Glance = ReturnType<typeof glanceOf>;
export type PartyStancesView = ReturnType<typeof partyStancesOf>;

const sameStance = (a: { stance: Stance; note?: string; citationKey?: string }, b: typeof a) =>
	a.stance === b.stance && a.note === b.note && a.citationKey === b.citationKey;
