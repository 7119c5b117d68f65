/**
 * How a demand evolves, a day at a time: the day it was raised (only from its
 * firstRaised), and under each day each article once, with the status and the
 * changes of stance it reported; bounded on the demand page by days.
 */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/graph.ts';
import type { Article } from '../../src/model/entry.ts';
import type { Stance, Status } from '../../src/model/schemas.ts';
import { demandView } from '../../src/views/entity/entity.ts';
import { demandTimeline } from '../../src/views/entity/timeline.ts';
import { actor, article, contentOf, demand, newsroom, newsroomIds } from '../helpers/entries.ts';
import { line } from '../helpers/views.ts';

const { feb } = newsroomIds;
const graph = buildGraph(newsroom());

const demandEntry = (id: string) => {
	const entry = graph.entities.demands.get(id);
	if (!entry) throw new Error(`no ${id} in the fixture`);
	return entry;
};

describe('demandTimeline', () => {
	type Position = { actor: string; stance: Stance; date?: string };
	const reports = (id: string, published: string, entry: { status?: Status; positions?: Position[] }, draft = false) =>
		article(id, { title: id, summary: 'A report.', published, draft, demands: [{ demand: 'd', ...entry }] });
	const daysOf = (articles: Article[], firstRaised?: string) => {
		const d = demand('d', { title: 'D', by: 'someone', firstRaised });
		return demandTimeline(buildGraph(contentOf(articles, { demands: [d], actors: [actor('x', { name: 'X', kind: 'group' })] })), d);
	};
	const timelineOf = (articles: Article[], firstRaised?: string) => daysOf(articles, firstRaised).map(line);

	test('the tariff freeze has no firstRaised: no day says it was raised, not even the first report', () => {
		expect(demandTimeline(graph, demandEntry('tariff-freeze')).map(line)).toEqual([`2025-02-14 | @${feb}: Åsa Ødegård unclear`]);
	});

	test.each([
		['no article and no firstRaised: nothing', [], undefined, []],
		['only firstRaised', [], '2025-01-01', ['2025-01-01 | raised']],
		[
			'firstRaised before the first report',
			[reports('later', '2025-03-01', { status: 'restated' }), reports('first', '2025-02-01', { status: 'new' })],
			'2025-01-01',
			['2025-01-01 | raised', '2025-02-01 | @first: status new', '2025-03-01 | @later: status restated'],
		],
		[
			'no firstRaised: no "raised" entry, and an article with nothing to tell makes no day',
			[reports('later', '2025-03-01', {}), reports('first', '2025-02-01', { status: 'new' })],
			undefined,
			['2025-02-01 | @first: status new'],
		],
		[
			'firstRaised on a day an article reports: the day once, raised first',
			[reports('one', '2025-01-01', { status: 'new' })],
			'2025-01-01',
			['2025-01-01 | raised | @one: status new'],
		],
		[
			'a status repeated by a later article is told again, on its own day',
			[reports('one', '2025-01-01', { status: 'rejected' }), reports('two', '2025-02-01', { status: 'rejected' })],
			undefined,
			['2025-01-01 | @one: status rejected', '2025-02-01 | @two: status rejected'],
		],
		[
			'a stance is told when first taken and when it changes, not when restated',
			[
				reports('one', '2025-01-01', { positions: [{ actor: 'x', stance: 'supports' }] }),
				reports('two', '2025-02-01', { positions: [{ actor: 'x', stance: 'supports' }] }),
				reports('three', '2025-03-01', { positions: [{ actor: 'x', stance: 'opposes' }] }),
				reports('four', '2025-04-01', { positions: [{ actor: 'x', stance: 'supports' }] }),
			],
			undefined,
			['2025-01-01 | @one: X supports', '2025-03-01 | @three: X supports → opposes', '2025-04-01 | @four: X opposes → supports'],
		],
		[
			'an actor with no entry is named by its id',
			[reports('one', '2025-01-01', { positions: [{ actor: 'ghost', stance: 'mixed' }] })],
			'2025-01-01',
			['2025-01-01 | raised | @one: ghost mixed'],
		],
		[
			'one article on one day: its status and every stance under its title once',
			[
				reports('one', '2025-05-01', {
					status: 'new',
					positions: [
						{ actor: 'x', stance: 'opposes' },
						{ actor: 'y', stance: 'supports' },
					],
				}),
			],
			undefined,
			['2025-05-01 | @one: status new, X opposes, y supports'],
		],
		[
			'two articles on one day: each once, oldest first, whatever order they were loaded in',
			[
				reports('b-later', '2025-05-01T18:00:00Z', { status: 'rejected' }),
				reports('a-earlier', '2025-05-01T09:00:00Z', { positions: [{ actor: 'x', stance: 'opposes' }] }),
			],
			undefined,
			['2025-05-01 | @a-earlier: X opposes | @b-later: status rejected'],
		],
		[
			'an article that reports stances taken earlier is told under each of those days, and under its own for its status',
			[
				reports('wrap-up', '2025-03-13', {
					status: 'restated',
					positions: [
						{ actor: 'x', stance: 'mixed', date: '2025-02-12' },
						{ actor: 'y', stance: 'opposes', date: '2025-03-12' },
						{ actor: 'z', stance: 'opposes', date: '2025-03-12' },
					],
				}),
			],
			'2022-09-30',
			['2022-09-30 | raised', '2025-02-12 | @wrap-up: X mixed', '2025-03-12 | @wrap-up: y opposes, z opposes', '2025-03-13 | @wrap-up: status restated'],
		],
		[
			'drafts tell nothing',
			[
				reports('draft-first', '2025-01-01', { status: 'new', positions: [{ actor: 'x', stance: 'supports' }] }, true),
				reports('published', '2025-02-01', { status: 'restated', positions: [{ actor: 'x', stance: 'supports' }] }),
				reports('draft-last', '2025-03-01', { status: 'withdrawn', positions: [{ actor: 'x', stance: 'opposes' }] }, true),
			],
			undefined,
			['2025-02-01 | @published: status restated, X supports'],
		],
	] as [string, Article[], string | undefined, string[]][])('%s', (_, articles, firstRaised, expected) => {
		expect(timelineOf(articles, firstRaised)).toEqual(expected);
	});

	test('a busy demand: no date twice, each article once per date, days in order', () => {
		const same = (id: string, published: string, actors: string[]) =>
			reports(id, published, { status: 'restated', positions: actors.map((a, i) => ({ actor: a, stance: i % 2 ? 'opposes' : 'supports' })) });
		const days = daysOf(
			[
				same('three', '2025-03-13', ['a', 'b', 'c', 'd', 'e', 'f']),
				same('one', '2025-03-13T08:00:00+01:00', ['g', 'h']),
				same('two', '2025-03-12', ['a', 'i']),
				same('four', '2025-03-13', ['a']),
			],
			'2025-03-13',
		);
		const dates = days.map((day) => day.date);
		expect(dates).toEqual([...new Set(dates)].sort());
		for (const day of days) expect(day.reports.map((report) => report.article.id)).toEqual([...new Set(day.reports.map((report) => report.article.id))]);
		expect(days.map(line)).toMatchInlineSnapshot(`
			[
			  "2025-03-12 | @two: status restated, a supports, i opposes",
			  "2025-03-13 | raised | @three: status restated, b opposes, c supports, d opposes, e supports, f opposes | @four: status restated | @one: status restated, g supports, h opposes",
			]
		`);
	});

	test('a stance change names the stance before it', () => {
		const changes = demandTimeline(graph, demandEntry('ferry-rights-restored')).flatMap((day) =>
			day.reports.flatMap((report) => report.stances.map((change) => [change.position.actor, change.previous, change.position.stance])),
		);
		expect(changes).toEqual([
			['kestrel-union', undefined, 'opposes'],
			['kestrel-union', 'opposes', 'mixed'],
			['kestrel-union', 'mixed', 'supports'],
		]);
	});
});

describe('bounded lists, so no page grows with the newsroom', () => {
	const month = (i: number) => new Date(Date.UTC(2020, i, 1));
	const monthly = (n: number) =>
		Array.from({ length: n }, (_, i) =>
			article(`report-${String(i).padStart(2, '0')}`, {
				title: `Report ${i}`,
				summary: 'A report.',
				published: month(i),
				demands: [{ demand: 'd', status: 'restated' }],
			}),
		);

	test('a demand timeline keeps the day it was raised, then its latest 49 days, and counts the days in between', () => {
		const d = demand('d', { title: 'D', by: 'someone', firstRaised: '2019-06-01' });
		const { timeline } = demandView(buildGraph(contentOf(monthly(60), { demands: [d] })), 'd');
		expect(timeline.items).toHaveLength(50);
		expect(timeline.more).toBe(11);
		expect(timeline.gapAt).toBe(1);
		expect(timeline.items.slice(0, 2).map(line)).toEqual(['2019-06-01 | raised', '2020-12-01 | @report-11: status restated']);
		expect(line(timeline.items.at(-1)!)).toBe('2024-12-01 | @report-59: status restated');
	});

	test('without firstRaised, the latest 50 days, the earlier ones counted before them', () => {
		const { timeline } = demandView(buildGraph(contentOf(monthly(60), { demands: [demand('d', { title: 'D', by: 'someone' })] })), 'd');
		expect([timeline.items.length, timeline.more, timeline.gapAt]).toEqual([50, 10, 0]);
		expect(line(timeline.items[0]!)).toBe('2020-11-01 | @report-10: status restated');
	});

	test('one day with many articles is one day: it is not cut', () => {
		const d = demand('d', { title: 'D', by: 'someone' });
		const sameDay = Array.from({ length: 60 }, (_, i) =>
			article(`r-${String(i).padStart(2, '0')}`, {
				title: `R ${i}`,
				summary: 'A report.',
				published: '2025-03-13',
				demands: [{ demand: 'd', status: 'restated' }],
			}),
		);
		const { timeline } = demandView(buildGraph(contentOf(sameDay, { demands: [d] })), 'd');
		expect([timeline.items.length, timeline.more, timeline.items[0]?.reports.length]).toEqual([1, 0, 60]);
	});
});
