/**
 * Pictures of stances, computed at build from the graph: the geometry only
 * (fractions of an axis, which shape goes where), so the components draw
 * without arithmetic and the tests read plain numbers.
 */
import { compareDates, type WrittenDate } from '../../model/dates.ts';
import { countOf, direction as siteDirection, fill, formatDate, ui } from '../../i18n/index.ts';
import type { Direction } from '../../config/locale.ts';
import type { Actor, ContentGraph, Demand, PositionRecord, StatusRecord } from '../../graph/graph.ts';
import type { Stance, Status } from '../../model/schemas.ts';
import { type Anchor, type Span, type Tick, anchorOf, farBefore, fitLabels, labelWidth, shortDate, spanOf, ticksOf, xOf } from './chart-axis.ts';
import { demandsPutTo, latestStance, stanceChanges, stancesBy } from '../stances.ts';

/**
 * The words under a status mark (what it is, and its date), with the narrowest width class (trackWidths)
 * that prints them: none for a mark too close to others to label, which the timeline dates.
 */
export interface MarkCaption {
	anchor: Anchor;
	tier: number | undefined;
}

/** A reported change on a lane: a new stance (with the position, for its report), a new status, or the day the demand was first raised. */
export type ChartMark = { date: WrittenDate; x: number } & (
	| { kind: 'stance'; stance: Stance; position: PositionRecord }
	| { kind: 'status'; status: Status; record: StatusRecord; caption: MarkCaption }
	| { kind: 'raised'; caption: MarkCaption }
);

/** A stance running from one change to the next, in the colour of the stance it starts with. */
export interface Segment {
	from: number;
	to: number;
	stance: Stance;
}

export type Lane = { marks: ChartMark[]; segments: Segment[] } & ({ kind: 'status' } | { kind: 'party'; actor: Actor });

export interface DemandChart {
	span: Span;
	ticks: Tick[];
	/** The status lane first (when any status is reported), then one lane per party, in the order they first took a stance. */
	lanes: Lane[];
	/** Parties left out: the chart keeps those the demand is put to, then those most recently reported. */
	more: number;
	/** The day the demand was first raised, when it is too long before the changes to share their axis. */
	raisedBefore?: WrittenDate;
}

/** Lanes of parties a chart draws, so that it stays about a screen high on a phone; the positions below list every party. */
export const partyLanesShown = 6;

/** Each status that differs from the one before it: a restated status is no change. */
const statusChanges = (records: readonly StatusRecord[]) => records.filter((record, i) => i === 0 || records[i - 1]!.status !== record.status);

/** The positions of one party on one demand that change its stance. */
const changesOf = (positions: readonly PositionRecord[]) => stanceChanges(positions).map((change) => change.position);

/**
 * What a demand's chart is drawn from, and all of it: equal inputs draw equal charts. The first page's build key
 * hashes these, which are cheaper to gather than the chart is to draw.
 */
export const demandChartInputs = (graph: ContentGraph, demand: Demand) => {
	const positions = graph.positionsByDemand.get(demand.id) ?? [];
	return {
		demand,
		statuses: graph.statusesByDemand.get(demand.id) ?? [],
		positions,
		parties: [...new Set(positions.map((position) => position.actor))].map((actor) => graph.entities.actors.get(actor) ?? null),
	};
};

/**
 * A demand's status and each party's stance over time. Marks sit at each
 * reported change: a status dated by the article that reports it, a stance by
 * the day it was taken. Positions of actors with no entry are left out.
 */
export function demandChart(graph: ContentGraph, demand: Demand): DemandChart | undefined {
	const statuses = statusChanges(graph.statusesByDemand.get(demand.id) ?? []);
	const byActor = stancesBy((graph.positionsByDemand.get(demand.id) ?? []).filter((position) => graph.entities.actors.has(position.actor)));
	const parties = [...byActor.entries()].map(([actor, positions]) => ({
		actor: graph.entities.actors.get(actor)!,
		stances: changesOf(positions),
	}));
	// The sides it is put to come first: their answers are what the demand waits on.
	const asked = new Set(demand.data.addressedTo);
	const shown = parties
		.toSorted((a, b) => Number(asked.has(b.actor.id)) - Number(asked.has(a.actor.id)) || compareDates(b.stances.at(-1)!.date, a.stances.at(-1)!.date))
		.slice(0, partyLanesShown)
		.sort((a, b) => compareDates(a.stances[0]!.date, b.stances[0]!.date));

	const statusDate = (record: StatusRecord) => record.article.data.published;
	const stanceDates = shown.flatMap((party) => party.stances.map((p) => p.date));
	const changes = spanOf([...statuses.map(statusDate), ...stanceDates]);
	if (!changes) return undefined;
	// The day it was raised starts the axis, as it starts the timeline, unless it would squeeze the changes into a corner.
	const raisedBefore = demand.data.firstRaised && farBefore(demand.data.firstRaised, changes) ? demand.data.firstRaised : undefined;
	const raised = raisedBefore ? undefined : demand.data.firstRaised;
	const span = raised ? spanOf([raised, changes.start, changes.end])! : changes;

	const stanceLane = (positions: PositionRecord[]) => ({
		marks: positions.map((position): ChartMark => ({ kind: 'stance', date: position.date, x: xOf(span, position.date), stance: position.stance, position })),
		segments: positions.slice(1).map((position, i) => ({ from: xOf(span, positions[i]!.date), to: xOf(span, position.date), stance: positions[i]!.stance })),
	});
	const statusMarks = captioned(
		[
			...(raised ? [{ kind: 'raised' as const, date: raised }] : []),
			...statuses.map((record) => ({ kind: 'status' as const, date: statusDate(record), status: record.status, record })),
		].map((mark) => ({ ...mark, x: xOf(span, mark.date) })),
	);
	return {
		span,
		ticks: ticksOf(span),
		lanes: [
			...(statusMarks.length > 0 ? [{ kind: 'status' as const, marks: statusMarks, segments: [] }] : []),
			...shown.map(({ actor, stances }): Lane => ({ kind: 'party', actor, ...stanceLane(stances) })),
		],
		more: parties.length - shown.length,
		...(raisedBefore ? { raisedBefore } : {}),
	};
}

type StatusMark = { date: WrittenDate; x: number } & ({ kind: 'status'; status: Status; record: StatusRecord } | { kind: 'raised' });

/** How wide a status mark's words are: its label over its date. */
const captionWidth = (mark: StatusMark) =>
	Math.max(labelWidth(mark.kind === 'status' ? ui.statuses[mark.status].label : ui.timeline.raised), labelWidth(shortDate(mark.date)));

/**
 * Status marks with their words, at the widths that have room: the latest first (where the demand stands),
 * then the earliest, then the others from the latest back, each where it does not print over one before it.
 */
function captioned(marks: StatusMark[]): ChartMark[] {
	if (marks.length === 0) return [];
	const anchors = marks.map((mark) => anchorOf(mark.x, captionWidth(mark)));
	const order = [marks.length - 1, ...(marks.length > 1 ? [0] : []), ...marks.map((_, i) => marks.length - 2 - i).filter((i) => i > 0)];
	const fitted = fitLabels(order.map((i) => ({ x: marks[i]!.x, width: captionWidth(marks[i]!), anchor: anchors[i]! })));
	const tiers = new Map(order.map((i, k) => [i, fitted[k]]));
	return marks.map((mark, i) => ({ ...mark, caption: { anchor: anchors[i]!, tier: tiers.get(i) } }));
}

/** One demand on an actor's stance chart: its changes of stance, oldest first, or none on record. */
export interface DemandRow {
	demand: Demand;
	/** The latest changes of stance, oldest first; empty for a demand the actor faces without a stance on record. */
	stances: PositionRecord[];
	/** Earlier changes left out. */
	earlier: number;
	latest?: PositionRecord;
}

/** Chips shown per demand on an actor's chart, and demands shown: six rows keep the chart about a screen high on a phone. */
export const chipsShown = 8;
export const demandRowsShown = 6;

/** What an actor's chart is drawn from, and all of it, as `demandChartInputs` is for a demand's. */
export const actorChartInputs = (graph: ContentGraph, actor: Actor) => {
	const positions = graph.positionsByActor.get(actor.id) ?? [];
	return {
		positions,
		demands: [...new Set(positions.map((position) => position.demand))].map((demand) => graph.entities.demands.get(demand) ?? null),
		putTo: demandsPutTo(graph, actor.id),
	};
};

/**
 * An actor's stance across the demands it has taken positions on or faces.
 *
 * A strip of stance chips per demand, in order of change, rather than a shared
 * time axis: demands run on unrelated clocks (one since 2022, another since
 * last week), so a shared axis squeezes most rows into one point and spreads
 * the rest, while what a reader asks of an actor is where it stands on each
 * demand and whether it has moved. Order answers that in the width of a phone;
 * the dates are in each row's text alternative and in the positions below.
 * Rows: demands with a stance, most recently reported first, then demands the
 * actor faces with none on record. Unknown demands are left out.
 */
export function actorChart(graph: ContentGraph, actor: Actor): { rows: DemandRow[]; more: number } | undefined {
	const byDemand = stancesBy(
		(graph.positionsByActor.get(actor.id) ?? []).filter((position) => graph.entities.demands.has(position.demand)),
		(position) => position.demand,
	);
	const withStances = [...byDemand.values()]
		.map((positions) => ({ stances: changesOf(positions), latest: latestStance(positions) }))
		.sort((a, b) => compareDates(b.latest.date, a.latest.date) || a.latest.demand.localeCompare(b.latest.demand))
		.map(({ stances, latest }): DemandRow => ({
			demand: graph.entities.demands.get(latest.demand)!,
			stances: stances.slice(-chipsShown),
			earlier: Math.max(0, stances.length - chipsShown),
			latest,
		}));
	if (withStances.length === 0) return undefined;
	const silent = demandsPutTo(graph, actor.id)
		.filter((demand) => !byDemand.has(demand.id))
		.map((demand): DemandRow => ({ demand, stances: [], earlier: 0 }));
	const rows = [...withStances, ...silent];
	return { rows: rows.slice(0, demandRowsShown), more: Math.max(0, rows.length - demandRowsShown) };
}

/** The width of one change on a strip of an actor's chart, in px. */
export const stripStep = 24;

/** Where a strip of `count` changes puts its `i`th, oldest first from the inline start: the left, or right to left the right. */
export const stripX = (i: number, count: number, direction: Direction = siteDirection) => ((direction === 'rtl' ? count - 1 - i : i) + 0.5) * stripStep;

/** What a mark says: "Opposes", "Being negotiated", "First raised". */
export const markLabel = (mark: ChartMark) =>
	mark.kind === 'stance' ? ui.stances[mark.stance].text : mark.kind === 'status' ? ui.statuses[mark.status].label : ui.timeline.raised;

/** A mark in words: "Opposes from 10 January 2025", "First raised on 17 December 2021". */
const markText = (mark: ChartMark) =>
	fill(mark.kind === 'raised' ? ui.charts.markOn : ui.charts.markFrom, { mark: markLabel(mark), date: formatDate(mark.date) });

/** Changes in words, in order: "Supports from 2 May 2024, then Opposes from 10 January 2025". */
const inOrder = (changes: string[]) => changes.join(ui.charts.then);

/** What a lane shows, in words: the text alternative of its picture. */
export const laneText = (lane: Lane) => fill(ui.charts.changes, { changes: inOrder(lane.marks.map(markText)) });

/** What a row of an actor's chart shows, in words. */
export function rowText(row: DemandRow): string {
	if (row.stances.length === 0) return ui.charts.noStance;
	const changes = inOrder(row.stances.map((p) => fill(ui.charts.markFrom, { mark: ui.stances[p.stance].text, date: formatDate(p.date) })));
	return row.earlier > 0 ? countOf(row.earlier, ui.charts.earlierThen, { changes }) : fill(ui.charts.changes, { changes });
}
