/**
 * Stance histories as entity pages group them, bounded so that no page grows
 * with the newsroom; what a card shows once (the source in short, earlier
 * stances only where there are some, the article once for the list); and the
 * actor page telling each stance once. Order is read in entity.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/graph.ts';
import type { Article } from '../../src/model/entry.ts';
import type { Stance } from '../../src/model/schemas.ts';
import { actorStances, actorView, demandView } from '../../src/views/entity/entity.ts';
import { latestStances } from '../../src/views/entity/positions.ts';
import { actor, article, contentOf, demand, source } from '../helpers/entries.ts';
import { stances } from '../helpers/views.ts';

const month = (i: number) => new Date(Date.UTC(2020, i, 1));
const stanceOf = (i: number) => (i % 2 ? 'opposes' : 'supports') as 'opposes' | 'supports';
const x = actor('x', { name: 'X', kind: 'group' });

describe('bounded lists, so no page grows with the newsroom', () => {
	test('a stance history keeps the latest stance and ten before it, and counts the earlier ones', () => {
		const reports = Array.from({ length: 15 }, (_, i) =>
			article(`report-${String(i).padStart(2, '0')}`, {
				title: `Report ${i}`,
				summary: 'A report.',
				published: month(i),
				demands: [{ demand: 'd', positions: [{ actor: 'x', stance: stanceOf(i) }] }],
			}),
		);
		const [group] = actorStances(buildGraph(contentOf(reports, { actors: [x], demands: [demand('d', { title: 'D', by: 'y' })] })), 'x').map(
			({ stance }) => stance,
		);
		expect(group?.history).toHaveLength(11);
		expect(group?.history[0]?.article.id).toBe('report-04');
		expect(group?.history.at(-1)).toBe(group?.latest);
		expect(group?.earlierNotShown).toBe(4);
	});

	test("an actor's page shows its stances on the three most recently reported demands and links to all of them", () => {
		const reports = Array.from({ length: 55 }, (_, i) =>
			article(`report-${String(i).padStart(2, '0')}`, {
				title: `Report ${i}`,
				summary: 'A report.',
				published: month(i),
				demands: [{ demand: `d${i}`, positions: [{ actor: 'x', stance: 'supports' }] }],
			}),
		);
		const demands = Array.from({ length: 55 }, (_, i) => demand(`d${i}`, { title: `D${i}`, by: 'y' }));
		const g = buildGraph(contentOf(reports, { actors: [x], demands }));
		const { stances: shown } = actorView(g, 'x');
		expect([shown.items.map((d) => d.demand.id), shown.total, shown.href]).toEqual([['d54', 'd53', 'd52'], 55, '/actors/x/stances/']);
		const all = actorStances(g, 'x');
		expect([all.length, all[0]?.demand.id, all.at(-1)?.demand.id]).toEqual([55, 'd54', 'd0']);
	});
});

describe('where each side stands, each thing said once', () => {
	type Position = { actor: string; stance: Stance; cite?: string };
	const reports = (id: string, published: string, positions: Position[]) =>
		article(id, {
			title: `Title of ${id}`,
			summary: 'A report.',
			published,
			demands: [{ demand: 'd', positions }],
			sources: [
				{ key: 'wire', source: 'wire', title: 'A long report title that no card repeats', url: 'https://wire.example.net/report' },
				{ key: 'ghost', source: 'unknown-outlet', title: 'A report by an outlet with no file' },
			],
		});
	const pageOf = (articles: Article[]) =>
		demandView(
			buildGraph(
				contentOf(articles, {
					demands: [demand('d', { title: 'D', by: 'maker', addressedTo: ['x'] })],
					sources: [source('wire', { name: 'Wire', kind: 'wire-service' })],
				}),
			),
			'd',
		).positions;
	/** A card as one line: party, latest stance, its source in short, and the earlier stances, if any. */
	const card = (group: ReturnType<typeof pageOf>['items'][number]) =>
		[
			group.latest.actor,
			group.latest.stance,
			group.latest.sourceName ?? '-',
			...(group.earlier.length ? [`earlier: ${stances(group.earlier).join(', ')}`] : []),
		].join(' ');

	test.each([
		[
			'one article: its stances, no earlier ones, the article said once for the list',
			[
				reports('one', '2025-03-13', [
					{ actor: 'x', stance: 'mixed', cite: 'wire' },
					{ actor: 'y', stance: 'opposes' },
				]),
			],
			['x mixed Wire', 'y opposes -'],
			'one',
		],
		[
			'a party that changed: its earlier stances, newest first; two articles, so each card names its own',
			[reports('one', '2025-01-01', [{ actor: 'x', stance: 'opposes' }]), reports('two', '2025-02-01', [{ actor: 'x', stance: 'supports', cite: 'wire' }])],
			['x supports Wire earlier: opposes @one'],
			undefined,
		],
		[
			'a source with no file is named by its id',
			[reports('one', '2025-01-01', [{ actor: 'x', stance: 'unclear', cite: 'ghost' }])],
			['x unclear unknown-outlet'],
			'one',
		],
	] as [string, Article[], string[], string | undefined][])('%s', (_, articles, cards, reportedIn) => {
		const positions = pageOf(articles);
		expect(positions.items.map(card)).toEqual(cards);
		expect(positions.reportedIn?.id).toBe(reportedIn);
	});

	test('a party with one stance has no earlier stances: the card shows none', () => {
		const [only] = pageOf([reports('one', '2025-01-01', [{ actor: 'x', stance: 'supports' }])]).items;
		expect(only?.earlier).toEqual([]);
		expect(only?.history).toEqual([only?.latest]);
	});

	test('earlier stances left out of the card leave the list without one shared article', () => {
		const many = Array.from({ length: 12 }, (_, i) =>
			reports(`r-${String(i).padStart(2, '0')}`, `2025-01-${String(i + 1).padStart(2, '0')}`, [{ actor: 'x', stance: stanceOf(i) }]),
		);
		const positions = pageOf(many);
		expect([positions.items[0]?.earlier.length, positions.items[0]?.earlierNotShown, positions.reportedIn]).toEqual([10, 1, undefined]);
	});
});

describe('the actor page tells each stance once', () => {
	const reports = (id: string, published: string, entries: { demand: string; stance: Stance }[]) =>
		article(id, {
			title: id,
			summary: 'A report.',
			published,
			demands: entries.map(({ demand: d, stance }) => ({ demand: d, positions: [{ actor: 'x', stance }] })),
		});
	const content = contentOf(
		[
			reports('one', '2025-01-01', [
				{ demand: 'faced', stance: 'opposes' },
				{ demand: 'other', stance: 'supports' },
			]),
			reports('two', '2025-02-01', [{ demand: 'faced', stance: 'mixed' }]),
		],
		{
			actors: [x],
			demands: [
				demand('faced', { title: 'Faced', by: 'y', addressedTo: ['x'] }),
				demand('silent', { title: 'Silent', by: 'y', addressedTo: ['x'] }),
				demand('other', { title: 'Other', by: 'y', addressedTo: ['z'] }),
			],
		},
	);
	const page = actorView(buildGraph(content), 'x');

	test('one list: the demands it has answered, the latest first, then those put to it with no stance', () => {
		expect(page.stances.items.map((d) => [d.demand.id, d.stance ? stances([d.stance.latest])[0] : 'no stance'])).toEqual([
			['faced', 'mixed @two'],
			['other', 'supports @one'],
			['silent', 'no stance'],
		]);
	});

	test('every stance it took shows once: as a latest stance or an earlier one, on one demand only', () => {
		const shown = page.stances.items.flatMap(({ stance }) =>
			stance ? [stance.latest, ...stance.earlier].map((p) => `${p.demand} ${p.stance} @${p.article.id}`) : [],
		);
		expect(shown.sort()).toEqual(['faced mixed @two', 'faced opposes @one', 'other supports @one']);
	});
});

describe('latestStances', () => {
	test('the parties a demand is addressed to come first, in its order, then the others, the most recent first', () => {
		const d = demand('d', { title: 'D', by: 'maker', addressedTo: ['second', 'first'] });
		const parties = ['first', 'second', 'early', 'late'].map((id) => actor(id, { name: id, kind: 'group' }));
		const said = (id: string, published: string, positions: [string, Stance][]) =>
			article(id, { title: id, summary: 'S.', published, demands: [{ demand: 'd', positions: positions.map(([a, stance]) => ({ actor: a, stance })) }] });
		const graph = buildGraph(
			contentOf(
				[
					said('one', '2025-01-01', [
						['early', 'supports'],
						['first', 'opposes'],
					]),
					said('two', '2025-02-01', [
						['second', 'mixed'],
						['late', 'unclear'],
						['first', 'mixed'],
					]),
				],
				{ demands: [d], actors: parties },
			),
		);
		const { items, more } = latestStances(graph, 'd', 3);
		expect(items.map(({ position, actor: a }) => `${a?.id}: ${position.stance}`)).toEqual(['second: mixed', 'first: mixed', 'late: unclear']);
		expect(more).toBe(1);
	});
});
