/**
 * The geometry of the stance charts: where marks fall on the time axis, which
 * dates the axis labels, which lanes and rows there are and in what order.
 */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/graph.ts';
import type { Article } from '../../src/model/entry.ts';
import type { Stance, Status } from '../../src/model/schemas.ts';
import { type Anchor, anchorOf, farBefore, fitLabels, labelWidth, percent, spanOf, ticksOf, trackWidths, xOf } from '../../src/views/entity/chart-axis.ts';
import { actorChart, type DemandChart, demandChart, demandRowsShown, laneText, partyLanesShown, stripX } from '../../src/views/entity/charts.ts';
import { actor, article, contentOf, demand, newsroom } from '../helpers/entries.ts';

/** Each tick as "x label", and the width class from which it is shown when that is not every width. */
const ticks = (start: string, end: string) =>
	ticksOf({ start, end }).map((tick) => `${tick.x.toFixed(2)} ${tick.label}${tick.tier > 0 ? ` (from ${trackWidths[tick.tier]} px)` : ''}`);

describe('the time axis', () => {
	test.each([
		['the start', '2025-01-01T00:00:00Z', 0],
		['the end', '2025-01-11T00:00:00Z', 1],
		['a quarter of the way', '2025-01-03T12:00:00Z', 0.25],
		['an offset, counted as its instant', '2025-01-06T01:00:00+01:00', 0.5],
		['before the span, clamped', '2024-12-01', 0],
	])('a date at %s', (_, date, x) => {
		expect(xOf({ start: '2025-01-01T00:00:00Z', end: '2025-01-11T00:00:00Z' }, date)).toBeCloseTo(x);
	});

	test('a span of one moment puts every mark in the middle', () => {
		expect(xOf({ start: '2025-03-12', end: '2025-03-12' }, '2025-03-12')).toBe(0.5);
	});

	test('the span runs from the earliest to the latest date, however they are written', () => {
		expect(spanOf(['2025-03-12', '2024-07-10', '2025-02-12T23:30:00-05:00'])).toEqual({ start: '2024-07-10', end: '2025-03-12' });
		expect(spanOf([])).toBeUndefined();
	});

	test.each([
		['one day: one tick, centred', '2025-03-12', '2025-03-12', ['0.50 12 Mar 2025']],
		[
			'a month: its ends, and the month that starts between them where there is room',
			'2025-02-12',
			'2025-03-12',
			['0.00 12 Feb 2025', '0.61 Mar 2025 (from 520 px)', '1.00 12 Mar 2025'],
		],
		['a fortnight in one month: only its ends', '2025-03-01', '2025-03-14', ['0.00 1 Mar 2025', '1.00 14 Mar 2025']],
		[
			'four months: months where there is room, none over the ends',
			'2025-01-20',
			'2025-05-20',
			['0.00 20 Jan 2025', '0.33 Mar 2025 (from 520 px)', '0.59 Apr 2025 (from 520 px)', '1.00 20 May 2025'],
		],
		[
			'eight months: quarters, then every month on the widest charts',
			'2024-07-10',
			'2025-03-12',
			[
				'0.00 10 Jul 2024',
				'0.22 Sept 2024 (from 780 px)',
				'0.34 Oct 2024 (from 520 px)',
				'0.47 Nov 2024 (from 780 px)',
				'0.59 Dec 2024 (from 780 px)',
				'0.71 2025 (from 520 px)',
				'1.00 12 Mar 2025',
			],
		],
		[
			'three years: a year on any chart, half-years on wider ones',
			'2022-09-30',
			'2025-03-12',
			['0.00 30 Sept 2022', '0.31 Jul 2023 (from 520 px)', '0.51 2024', '0.72 Jul 2024 (from 520 px)', '1.00 12 Mar 2025'],
		],
		[
			'twenty years: a five-year mark on any chart, decades between them wider',
			'2003-06-01',
			'2024-06-01',
			['0.00 1 Jun 2003', '0.31 2010 (from 520 px)', '0.55 2015', '0.79 2020 (from 520 px)', '1.00 1 Jun 2024'],
		],
		[
			'nine years: every other year from a phone of 360 px, every year wider; none over the ends',
			'2016-03-14',
			'2025-05-06',
			[
				'0.00 14 Mar 2016',
				'0.20 2018 (from 780 px)',
				'0.31 2019 (from 520 px)',
				'0.42 2020 (from 300 px)',
				'0.53 2021 (from 520 px)',
				'0.63 2022 (from 300 px)',
				'0.74 2023 (from 520 px)',
				'0.85 2024 (from 780 px)',
				'1.00 6 May 2025',
			],
		],
	])('%s', (_, start, end, expected) => {
		expect(ticks(start, end)).toEqual(expected);
	});

	test('at each width class, no two tick labels are closer than 12 px, and none leaves the track', () => {
		const spans = [
			['2025-02-12', '2025-03-12'],
			['2024-07-10', '2025-03-12'],
			['2016-03-14', '2025-05-06'],
			['1990-01-01', '2025-12-31'],
		];
		for (const [start, end] of spans) {
			const all = ticksOf({ start: start!, end: end! });
			trackWidths.forEach((track, tier) => {
				const shown = all
					.filter((tick) => tick.tier <= tier)
					.map((tick) => {
						const width = labelWidth(tick.label);
						const from = tick.x * track - (tick.anchor === 'start' ? 0 : tick.anchor === 'end' ? width : width / 2);
						return [from, from + width] as const;
					});
				expect(shown.every(([from, to]) => from >= 0 && to <= track)).toBe(true);
				expect(shown.slice(1).every(([from], i) => from >= shown[i]![1] + 12)).toBe(true);
			});
		}
	});

	test('fractions are SVG percentages', () => {
		expect([0, 0.375, 1 / 3, 1].map((x) => percent(x))).toEqual(['0%', '37.5%', '33.33%', '100%']);
	});

	test.each([
		[0, '0%', '100%'],
		[0.375, '37.5%', '62.5%'],
		[1, '100%', '0%'],
	])('right to left, the axis starts at the right: %s is %s left to right, %s right to left', (x, ltr, rtl) => {
		expect([percent(x, 'ltr'), percent(x, 'rtl')]).toEqual([ltr, rtl]);
	});
});

const reports = (id: string, published: string, entry: { status?: Status; positions?: { actor: string; stance: Stance; date?: string }[] }, demandId = 'd') =>
	article(id, { title: id, summary: 'A report.', published, demands: [{ demand: demandId, ...entry }] });
const parties = ['x', 'y', 'z'].map((id) => actor(id, { name: id.toUpperCase(), kind: 'group' }));
const d = demand('d', { title: 'D', by: 'maker', addressedTo: ['x'] });
const graphOf = (articles: Article[]) =>
	buildGraph(contentOf(articles, { demands: [d, demand('e', { title: 'E', by: 'maker', addressedTo: ['x'] })], actors: parties }));
const chartOf = (articles: Article[]) => demandChart(graphOf(articles), d);

/** Each lane as "name: x stance, …" and its segments as "from→to stance". */
const lanes = (chart: DemandChart | undefined) =>
	(chart?.lanes ?? []).map((lane) => {
		const name = lane.kind === 'status' ? 'status' : lane.actor.data.name;
		const marks = lane.marks.map((mark) => `${mark.x.toFixed(2)} ${mark.kind === 'status' ? mark.status : mark.kind === 'stance' ? mark.stance : 'raised'}`);
		const segments = lane.segments.map((s) => `${s.from.toFixed(2)}→${s.to.toFixed(2)} ${s.stance}`);
		return `${name}: ${marks.join(', ')}${segments.length ? ` | ${segments.join(', ')}` : ''}`;
	});

describe('a demand chart', () => {
	test('nothing to chart: no chart', () => {
		expect(chartOf([reports('one', '2025-01-01', {})])).toBeUndefined();
	});

	test('a party whose stance changes twice: three marks and two segments; a restated stance is no mark', () => {
		const chart = chartOf([
			reports('one', '2025-01-01', { positions: [{ actor: 'x', stance: 'opposes' }] }),
			reports('two', '2025-01-21', { positions: [{ actor: 'x', stance: 'opposes' }] }),
			reports('three', '2025-01-31', { positions: [{ actor: 'x', stance: 'mixed' }] }),
			reports('four', '2025-03-02', { positions: [{ actor: 'x', stance: 'supports' }] }),
		]);
		expect(lanes(chart)).toEqual(['X: 0.00 opposes, 0.50 mixed, 1.00 supports | 0.00→0.50 opposes, 0.50→1.00 mixed']);
		const [lane] = chart!.lanes;
		expect(lane?.marks.map((mark) => (mark.kind === 'stance' ? mark.position.article.id : ''))).toEqual(['one', 'three', 'four']);
	});

	test('the day a demand was first raised starts the axis and the status lane, as it starts the timeline; alone, it makes no chart', () => {
		const raised = demand('d', { title: 'D', by: 'maker', addressedTo: ['x'], firstRaised: '2024-12-02' });
		const graph = buildGraph(
			contentOf([reports('one', '2025-01-01', { positions: [{ actor: 'x', stance: 'opposes' }] }), reports('two', '2025-01-31', { status: 'rejected' })], {
				demands: [raised],
				actors: parties,
			}),
		);
		const chart = demandChart(graph, raised);
		expect(lanes(chart)).toEqual(['status: 0.00 raised, 1.00 rejected', 'X: 0.50 opposes']);
		expect(laneText(chart!.lanes[0]!)).toBe('First raised on 2 December 2024, then Rejected from 31 January 2025.');
		expect(demandChart(buildGraph(contentOf([], { demands: [raised], actors: parties })), raised)).toBeUndefined();
	});

	test('the status lane comes first, dated by its reports; then parties in the order they first took a stance', () => {
		const chart = chartOf([
			reports('one', '2025-01-01', { status: 'new', positions: [{ actor: 'y', stance: 'supports' }] }),
			reports('two', '2025-01-11', { status: 'new', positions: [{ actor: 'x', stance: 'opposes', date: '2024-12-22' }] }),
			reports('three', '2025-01-21', { status: 'accepted', positions: [{ actor: 'z', stance: 'unclear' }] }),
		]);
		expect(lanes(chart)).toEqual(['status: 0.33 new, 1.00 accepted', 'X: 0.00 opposes', 'Y: 0.33 supports', 'Z: 1.00 unclear']);
		expect(chart?.span).toEqual({ start: '2024-12-22', end: '2025-01-21' });
	});

	test('a demand first raised long before its changes: noted apart, and the axis spans the changes', () => {
		const raised = demand('d', { title: 'D', by: 'maker', addressedTo: ['x'], firstRaised: '2019-02-01' });
		const graph = buildGraph(
			contentOf([reports('one', '2025-01-01', { positions: [{ actor: 'x', stance: 'opposes' }] }), reports('two', '2025-01-31', { status: 'rejected' })], {
				demands: [raised],
				actors: parties,
			}),
		);
		const chart = demandChart(graph, raised);
		expect(chart?.raisedBefore).toBe('2019-02-01');
		expect(chart?.span).toEqual({ start: '2025-01-01', end: '2025-01-31' });
		expect(lanes(chart)).toEqual(['status: 1.00 rejected', 'X: 0.00 opposes']);
	});

	test('status labels: the latest and the earliest on any chart, those between where they clear them, none over another', () => {
		const chart = chartOf(
			(
				[
					['2025-01-01', 'new'],
					['2025-01-02', 'under-negotiation'],
					['2025-01-03', 'rejected'],
					['2025-02-01', 'restated'],
					['2025-02-15', 'under-negotiation'],
					['2025-03-01', 'accepted'],
					['2025-03-02', 'met'],
				] as const
			).map(([day, status]) => reports(day, day, { status })),
		);
		const captions = chart?.lanes[0]?.marks.map((mark) =>
			mark.kind === 'status'
				? `${mark.x.toFixed(2)} ${mark.status}: ${mark.caption.tier === undefined ? 'unlabelled' : `from ${trackWidths[mark.caption.tier]} px`}, ${mark.caption.anchor}`
				: '',
		);
		expect(captions).toEqual([
			'0.00 new: from 264 px, start',
			'0.02 under-negotiation: unlabelled, start',
			'0.03 rejected: unlabelled, start',
			'0.52 restated: from 300 px, middle',
			'0.75 under-negotiation: from 780 px, middle',
			'0.98 accepted: unlabelled, end',
			'1.00 met: from 264 px, end',
		]);
	});

	test('one date: every mark centred, one tick', () => {
		const chart = chartOf([reports('one', '2025-03-12', { status: 'new', positions: [{ actor: 'x', stance: 'mixed' }] })]);
		expect(lanes(chart)).toEqual(['status: 0.50 new', 'X: 0.50 mixed']);
		expect(chart?.ticks.map((tick) => tick.label)).toEqual(['12 Mar 2025']);
	});

	test('actors with no entry are left out', () => {
		const chart = chartOf([
			reports('one', '2025-01-01', {
				positions: [
					{ actor: 'ghost', stance: 'supports' },
					{ actor: 'y', stance: 'opposes' },
				],
			}),
		]);
		expect(lanes(chart)).toEqual(['Y: 0.50 opposes']);
	});

	test(`at most ${partyLanesShown} parties, the most recently reported, and a count of the rest`, () => {
		const many = Array.from({ length: partyLanesShown + 2 }, (_, i) => actor(`p${i}`, { name: `P${i}`, kind: 'group' }));
		const articles = many.map((party, i) =>
			reports(`r${i}`, `2025-01-${String(i + 1).padStart(2, '0')}`, { positions: [{ actor: party.id, stance: 'supports' }] }),
		);
		const chart = demandChart(buildGraph(contentOf(articles, { demands: [d], actors: many })), d);
		expect(chart?.lanes.map((lane) => (lane.kind === 'party' ? lane.actor.id : 'status'))).toEqual(many.slice(2).map((party) => party.id));
		expect(chart?.more).toBe(2);
	});

	test('the parties a demand is put to keep their lanes, however long ago they were reported', () => {
		const many = Array.from({ length: partyLanesShown + 2 }, (_, i) => actor(`p${i}`, { name: `P${i}`, kind: 'group' }));
		const putToTheFirst = demand('d', { title: 'D', by: 'maker', addressedTo: ['p0'] });
		const articles = many.map((party, i) =>
			reports(`r${i}`, `2025-01-${String(i + 1).padStart(2, '0')}`, { positions: [{ actor: party.id, stance: 'supports' }] }),
		);
		const chart = demandChart(buildGraph(contentOf(articles, { demands: [putToTheFirst], actors: many })), putToTheFirst);
		expect(chart?.lanes.map((lane) => (lane.kind === 'party' ? lane.actor.id : 'status'))).toEqual(['p0', ...many.slice(3).map((party) => party.id)]);
		expect(chart?.more).toBe(2);
	});

	test('the fixture newsroom: the ferry demand moves new → under negotiation → accepted while the Kestrel Union comes round', () => {
		const graph = buildGraph(newsroom());
		expect(lanes(demandChart(graph, graph.entities.demands.get('ferry-rights-restored')!))).toEqual([
			// The demand was first raised before the first report of it.
			'status: 0.00 raised, 0.37 new, 0.69 under-negotiation, 1.00 accepted',
			'Kestrel Union: 0.37 opposes, 0.69 mixed, 1.00 supports | 0.37→0.69 opposes, 0.69→1.00 mixed',
		]);
	});
});

describe("an actor's stance chart", () => {
	const rows = (articles: Article[], id = 'x') => {
		const graph = graphOf(articles);
		const chart = actorChart(graph, graph.entities.actors.get(id)!);
		return chart?.rows.map(
			(row) =>
				`${row.demand.id}: ${row.stances.map((p) => p.stance).join(' ') || 'none'}${row.latest ? ` (latest ${row.latest.stance} @${row.latest.article.id})` : ''}`,
		);
	};

	test('no stance on record: no chart, even for demands it faces', () => {
		expect(rows([reports('one', '2025-01-01', { status: 'new' })])).toBeUndefined();
	});

	test('demands with stances, most recently reported first, changes only; then demands it faces in silence', () => {
		expect(
			rows([
				reports('one', '2025-01-01', { positions: [{ actor: 'x', stance: 'opposes' }] }, 'e'),
				reports('two', '2025-01-05', { positions: [{ actor: 'x', stance: 'opposes' }] }, 'e'),
				reports('three', '2025-01-02', { positions: [{ actor: 'y', stance: 'supports' }] }, 'd'),
			]),
		).toEqual(['e: opposes (latest opposes @two)', 'd: none']);
		expect(
			rows(
				[
					reports('one', '2025-01-01', {
						positions: [
							{ actor: 'y', stance: 'supports' },
							{ actor: 'y', stance: 'mixed', date: '2025-01-02' },
						],
					}),
				],
				'y',
			),
		).toEqual(['d: supports mixed (latest mixed @one)']);
	});

	test(`at most ${demandRowsShown} demands, the most recently reported, and a count of the rest`, () => {
		const demands = Array.from({ length: demandRowsShown + 3 }, (_, i) => demand(`d${i}`, { title: `D${i}`, by: 'maker', addressedTo: ['x'] }));
		const articles = demands.map((entry, i) =>
			reports(`r${i}`, `2025-01-${String(i + 1).padStart(2, '0')}`, { positions: [{ actor: 'x', stance: 'supports' }] }, entry.id),
		);
		const graph = buildGraph(contentOf(articles, { demands, actors: parties }));
		const chart = actorChart(graph, graph.entities.actors.get('x')!);
		expect(chart?.rows.map((row) => row.demand.id)).toEqual(
			demands
				.slice(3)
				.map((entry) => entry.id)
				.reverse(),
		);
		expect(chart?.more).toBe(3);
	});

	test("a strip's changes run from the inline start: oldest at the left, or right to left at the right", () => {
		const xs = (direction: 'ltr' | 'rtl') => [0, 1, 2].map((i) => stripX(i, 3, direction));
		expect(xs('ltr')).toEqual([12, 36, 60]);
		expect(xs('rtl')).toEqual([60, 36, 12]);
	});

	test('positions on demands with no entry are left out', () => {
		expect(rows([reports('one', '2025-01-01', { positions: [{ actor: 'y', stance: 'supports' }] }, 'ghost-demand')], 'y')).toBeUndefined();
	});
});

describe('labels along a track', () => {
	test.each([
		['a date', '12 Sept 2022', 93],
		['a year', '2024', 34],
		['a status', 'Being negotiated', 128],
	])('the width of %s is estimated generously: %s, %s px', (_, text, width) => {
		expect(labelWidth(text)).toBe(width);
	});

	test.each([
		['at the start: its start there', 0.05, 'start'],
		['in the middle', 0.5, 'middle'],
		['at the end: its end there', 0.95, 'end'],
	])('a label 100 px wide %s', (_, x, anchor) => {
		expect(anchorOf(x, 100)).toBe(anchor);
	});

	/** Labels 100 px wide at each x, most important first: the narrowest track (px) that prints each, or "none". */
	const printedFrom = (labels: readonly (readonly [number, Anchor])[]) =>
		fitLabels(labels.map(([x, anchor]) => ({ x, width: 100, anchor }))).map((tier) => (tier === undefined ? 'none' : trackWidths[tier]));

	test.each([
		[
			'far apart: all, at any width',
			[
				[1, 'end'],
				[0, 'start'],
			],
			[264, 264],
		],
		[
			'three: the middle one needs a wider chart',
			[
				[1, 'end'],
				[0, 'start'],
				[0.5, 'middle'],
			],
			[264, 264, 520],
		],
		[
			'a day apart: the first given wins, the other is never printed',
			[
				[0.5, 'middle'],
				[0.501, 'middle'],
			],
			[264, 'none'],
		],
		[
			'clustered near the end: the latest, and of the two before it the one that clears it, on the widest charts',
			[
				[1, 'end'],
				[0.8, 'middle'],
				[0.7, 'middle'],
				[0, 'start'],
			],
			[264, 'none', 780, 264],
		],
	] as const)('%s', (_, labels, expected) => {
		expect(printedFrom(labels)).toEqual(expected);
	});
});

describe('the day a demand was first raised', () => {
	test.each([
		['a month before a month of changes: on the axis', '2024-12-01', false],
		['a year before a month of changes: noted apart', '2024-01-01', true],
		['the day of the first change', '2025-01-01', false],
	])('%s', (_, raised, apart) => {
		expect(farBefore(raised, { start: '2025-01-01', end: '2025-02-01' })).toBe(apart);
	});
});
