/** The stance rules every page, feed and data file reads: the latest stance, changes of stance, who makes a demand and who is asked. */
import { describe, expect, test } from 'vitest';
import { buildGraph, type PositionRecord } from '../../src/graph/graph.ts';
import { articleSchema } from '../../src/model/schemas.ts';
import type { Stance } from '../../src/model/schemas.ts';
import { addresseeRank, demandsMadeBy, demandsPutTo, latestByParty, makes, stanceChanges, stancesBy } from '../../src/views/stances.ts';
import { actor, article, contentOf, demand, ids } from '../helpers/entries.ts';

/** One stance as a report gives it: the article (its id and publication), the party, the stance, and the day it was taken if not the article's. */
type Row = [articleId: string, published: string, party: string, stance: Stance, date?: string];

const d = demand('d', { title: 'D', by: 'maker', addressedTo: ['second', 'first'] });

/** Demand d's positions in the graph's order, from rows given in any order. */
function positionsOf(rows: Row[]): PositionRecord[] {
	const articles = [...Map.groupBy(rows, ([id]) => id).entries()].map(([id, reported]) =>
		article(id, {
			title: id,
			summary: 'S.',
			published: reported[0]![1],
			demands: [{ demand: 'd', positions: reported.map(([, , party, stance, date]) => ({ actor: party, stance, date })) }],
		}),
	);
	return buildGraph(contentOf(articles, { demands: [d] })).positionsByDemand.get('d') ?? [];
}

const said = (position: PositionRecord | undefined) => position && `${position.actor} ${position.stance} @${position.article.id}`;

describe('latestByParty: the stance each party holds now', () => {
	test.each<[string, Row[], string[]]>([
		[
			'one stance each, parties in the order they first took one',
			[
				['one', '2025-01-01', 'x', 'supports'],
				['one', '2025-01-01', 'y', 'opposes'],
			],
			['x supports @one', 'y opposes @one'],
		],
		[
			'a restated or changed stance replaces the earlier one; the party keeps its place',
			[
				['one', '2025-01-01', 'x', 'supports'],
				['one', '2025-01-01', 'y', 'opposes'],
				['two', '2025-02-01', 'x', 'mixed'],
			],
			['x mixed @two', 'y opposes @one'],
		],
		[
			'a stance reported later but taken earlier is not the latest',
			[
				['one', '2025-02-01', 'x', 'opposes'],
				['two', '2025-03-01', 'x', 'supports', '2025-01-15'],
			],
			['x opposes @one'],
		],
		[
			'two stances taken the same day: the later report',
			[
				['one', '2025-01-05', 'x', 'opposes'],
				['two', '2025-03-01', 'x', 'supports', '2025-01-05'],
			],
			['x supports @two'],
		],
		[
			'a time on the day comes after the day alone',
			[
				['one', '2025-01-05T18:00:00+01:00', 'x', 'opposes'],
				['two', '2025-03-01', 'x', 'supports', '2025-01-05'],
			],
			['x opposes @one'],
		],
		[
			'in one article, the one the editor wrote last',
			[
				['one', '2025-01-01', 'x', 'opposes'],
				['one', '2025-01-01', 'x', 'mixed'],
			],
			['x mixed @one'],
		],
	])('%s', (_name, rows, expected) => {
		expect([...latestByParty(positionsOf(rows)).values()].map(said)).toEqual(expected);
	});

	test('stancesBy groups the same positions, oldest first, by party or by any key', () => {
		const positions = positionsOf([
			['one', '2025-01-01', 'x', 'supports'],
			['two', '2025-02-01', 'y', 'opposes'],
			['three', '2025-03-01', 'x', 'mixed'],
		]);
		expect([...stancesBy(positions)].map(([party, group]) => [party, group.map(said)])).toEqual([
			['x', ['x supports @one', 'x mixed @three']],
			['y', ['y opposes @two']],
		]);
		expect([...stancesBy(positions, (p) => p.article.id).keys()]).toEqual(['one', 'two', 'three']);
	});
});

describe('stanceChanges: a party’s first stance and each change, not a restatement', () => {
	const changes = (rows: Row[]) =>
		stanceChanges(positionsOf(rows)).map(
			({ position, previous }) => `${position.actor} ${previous ? `${previous} → ` : ''}${position.stance} @${position.article.id}`,
		);

	test.each<[string, Row[], string[]]>([
		['a first stance has nothing before it', [['one', '2025-01-01', 'x', 'supports']], ['x supports @one']],
		[
			'a restated stance is no change',
			[
				['one', '2025-01-01', 'x', 'supports'],
				['two', '2025-02-01', 'x', 'supports'],
			],
			['x supports @one'],
		],
		[
			'a change says what it changes from, even after a restatement',
			[
				['one', '2025-01-01', 'x', 'supports'],
				['two', '2025-02-01', 'x', 'supports'],
				['three', '2025-03-01', 'x', 'opposes'],
			],
			['x supports @one', 'x supports → opposes @three'],
		],
		[
			'each party by its own earlier stance, in the order taken',
			[
				['one', '2025-01-01', 'x', 'supports'],
				['one', '2025-01-01', 'y', 'supports'],
				['two', '2025-02-01', 'y', 'supports'],
				['two', '2025-02-01', 'x', 'mixed'],
			],
			['x supports @one', 'y supports @one', 'x supports → mixed @two'],
		],
		[
			'by the day taken, not the day reported',
			[
				['one', '2025-02-01', 'x', 'opposes'],
				['two', '2025-03-01', 'x', 'supports', '2025-01-15'],
			],
			['x supports @two', 'x supports → opposes @one'],
		],
	])('%s', (_name, rows, expected) => {
		expect(changes(rows)).toEqual(expected);
	});
});

describe('who makes a demand and who is asked', () => {
	const e = demand('e', { title: 'E', by: 'first', addressedTo: ['maker', 'first', 'maker'] });
	const graph = buildGraph(contentOf([], { demands: [d, e], actors: ['maker', 'first', 'second'].map((id) => actor(id, { name: id, kind: 'group' })) }));

	test('the demands a party makes, and those put to it, each once', () => {
		expect([ids(demandsMadeBy(graph, 'maker')), ids(demandsMadeBy(graph, 'first')), ids(demandsMadeBy(graph, 'second'))]).toEqual([['d'], ['e'], []]);
		expect([ids(demandsPutTo(graph, 'maker')), ids(demandsPutTo(graph, 'first')), ids(demandsPutTo(graph, 'second'))]).toEqual([['e'], ['d', 'e'], ['d']]);
		expect([makes('maker', d), makes('first', d)]).toEqual([true, false]);
	});

	test('a party’s place among those asked: the demand’s order, then everyone else', () => {
		expect(['second', 'first', 'maker', 'other'].map((party) => addresseeRank(d, party))).toEqual([0, 1, 2, 2]);
		expect(addresseeRank(undefined, 'first')).toBe(0);
	});

	test('the schema refuses a stance by the maker, so no view has one to leave out', () => {
		const schema = articleSchema({ makers: new Map([['d', 'maker']]) });
		const entry = (party: string) => ({
			title: 'T',
			summary: 'S.',
			published: '2025-01-01',
			demands: [{ demand: 'd', positions: [{ actor: party, stance: 'supports' }] }],
		});
		expect(schema.safeParse(entry('first')).success).toBe(true);
		const refused = schema.safeParse(entry('maker'));
		expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
			['demands.0.positions.0.actor', '"maker" makes the demand "d" (its `by`), so it takes no stance on it'],
		]);
	});
});
