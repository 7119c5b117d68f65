/** An article's demands in brief beside the story, and in detail below it: both by demand. */
import { describe, expect, test } from 'vitest';
import type { Stance } from '../../src/model/schemas.ts';
import type { DemandReport } from '../../src/views/article/article.ts';
import { glanceOf, glanceParties, stancesInDetailOf } from '../../src/views/article/glance.ts';
import { actor, demand } from '../helpers/entries.ts';

/** A report of demand `id`, made by Valdoria of `asked`, with [party, stance] positions. */
const report = (id: string, positions: [string, Stance][] = [], asked: string[] = []): DemandReport => ({
	demand: demand(id, { title: id.toUpperCase(), by: 'valdoria', addressedTo: asked }),
	by: actor('valdoria', { name: 'Valdoria', kind: 'country' }),
	addressedTo: asked.map((party) => actor(party, { name: party, kind: 'country' })),
	positions: positions.map(([actorId, stance]) => ({ actorId, stance })),
});

describe('glanceOf', () => {
	/** Each line as a reader would say it: demand, who asks whom, each stance shown, and how many parties it leaves for below. */
	const said = ({ lines }: ReturnType<typeof glanceOf>) =>
		lines.map(
			(line) =>
				`${line.demand.id}: ${line.by?.data.name} asks ${line.addressedTo.map((party) => party.data.name).join(', ') || 'nobody named'}; ` +
				`${[...line.positions.map((p) => `${p.actorId} ${p.stance}`), ...line.unanswered.map((party) => `${party.id} silent`)].join(', ') || 'no stance'}` +
				`${line.morePositions ? `; +${line.morePositions}` : ''}`,
		);

	test('every demand, with who makes it, whom it is put to, and each party’s stance', () => {
		const glance = glanceOf([
			report(
				'a',
				[
					['ostmark', 'opposes'],
					['ligue', 'mixed'],
				],
				['ostmark'],
			),
			report('b'),
		]);
		expect(said(glance)).toEqual(['a: Valdoria asks ostmark; ostmark opposes, ligue mixed', 'b: Valdoria asks nobody named; no stance']);
	});

	test('a party asked but not heard from is said to be, after the stances, as room allows', () => {
		const glance = glanceOf([
			report('a', [['ostmark', 'opposes']], ['ostmark', 'ligue', 'kestrel']),
			report(
				'b',
				Array.from({ length: glanceParties - 1 }, (_, i): [string, Stance] => [`p${i}`, 'mixed']),
				['q1', 'q2'],
			),
		]);
		expect(said(glance)).toEqual([
			'a: Valdoria asks ostmark, ligue, kestrel; ostmark opposes, ligue silent, kestrel silent',
			`b: Valdoria asks q1, q2; ${Array.from({ length: glanceParties - 1 }, (_, i) => `p${i} mixed`).join(', ')}, q1 silent`,
		]);
	});

	test('a demand of many parties names the first few, and counts the rest for the details below the story', () => {
		const parties = Array.from({ length: glanceParties + 3 }, (_, i): [string, Stance] => [`p${i}`, 'opposes']);
		const glance = glanceOf(Array.from({ length: 6 }, (_, i) => report(`d${i}`, parties)));
		expect(glance.lines.map((line) => [line.demand.id, line.positions.length, line.morePositions])).toEqual(
			Array.from({ length: 6 }, (_, i) => [`d${i}`, glanceParties, 3]),
		);
	});

	test('the glance says whether any stance is reported, for the page’s key', () => {
		expect([glanceOf([report('a', [['x', 'supports']]), report('b')]).anyStance, glanceOf([report('b')]).anyStance]).toEqual([true, false]);
	});
});

describe('stancesInDetailOf', () => {
	test('the same demands in the same order as the glance, each with every stance', () => {
		const parties = Array.from({ length: glanceParties + 2 }, (_, i): [string, Stance] => [`p${i}`, 'supports']);
		const reports = [report('a', parties), report('b'), report('c', [['x', 'unclear']])];
		const details = stancesInDetailOf(reports);
		expect(details.demands.map(({ demand, positions }) => [demand.id, positions.length])).toEqual([
			['a', glanceParties + 2],
			['b', 0],
			['c', 1],
		]);
		expect(details.demands.map(({ demand }) => demand.id)).toEqual(glanceOf(reports).lines.map(({ demand }) => demand.id));
	});
});
