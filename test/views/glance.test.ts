/** An article's demands in brief above the story, and by party below it. */
import { describe, expect, test } from 'vitest';
import type { Stance } from '../../src/model/schemas.ts';
import type { DemandReport } from '../../src/views/article/article.ts';
import { glanceLimits, glanceOf, partyStancesOf, stancesByParty } from '../../src/views/article/glance.ts';
import { demand } from '../helpers/entries.ts';

/** A report of demand `id` with [party, stance, note?, cite?] positions. */
const report = (id: string, positions: [string, Stance, string?, string?][] = []): DemandReport => ({
	demand: demand(id, { title: id.toUpperCase(), by: 'maker' }),
	positions: positions.map(([actorId, stance, note, citationKey]) => ({ actorId, stance, note, citationKey, citationNumber: citationKey ? 1 : undefined })),
});

describe('glanceOf', () => {
	/** Each line as [demand, parties shown on narrow screens, on wide ones, left out on narrow, on wide]. */
	const view = ({ lines }: ReturnType<typeof glanceOf>) =>
		lines.map((line) => [
			line.wideOnly ? `(${line.demand.id})` : line.demand.id,
			line.positions.filter((p) => !p.wideOnly).length,
			line.positions.length,
			line.morePositions.narrow,
			line.morePositions.wide,
		]);

	test('a short article is shown whole at every width', () => {
		const glance = glanceOf([report('a', [['x', 'supports']]), report('b')]);
		expect(view(glance)).toEqual([
			['a', 1, 1, 0, 0],
			['b', 0, 0, 0, 0],
		]);
		expect(glance.moreDemands).toEqual({ narrow: 0, wide: 0 });
	});

	test('a heavy article is cut, more on narrow screens than on wide ones, and counts the demands and parties each leaves for below the story', () => {
		const parties = Array.from({ length: 7 }, (_, i): [string, Stance] => [`p${i}`, 'opposes']);
		const glance = glanceOf(Array.from({ length: 6 }, (_, i) => report(`d${i}`, parties)));
		const { narrow, wide } = glanceLimits;
		expect(view(glance)).toEqual(
			Array.from({ length: wide.demands }, (_, i) => [
				i < narrow.demands ? `d${i}` : `(d${i})`,
				narrow.parties,
				wide.parties,
				7 - narrow.parties,
				7 - wide.parties,
			]),
		);
	});
});

describe('stancesByParty', () => {
	const view = (reports: DemandReport[]) =>
		stancesByParty(reports).map(({ actorId, stances }) => [
			actorId,
			stances.map((s) => `${s.stance} on ${s.demands.map((d) => d.id).join('+')}${s.note ? ` (${s.note})` : ''}`),
		]);

	test('the same stance, note and source on several demands is said once, with those demands', () => {
		const silent = 'Has not answered.';
		expect(
			view([
				report('a', [
					['kyiv', 'no-response', silent, 'wire'],
					['nato', 'opposes'],
				]),
				report('b', [['kyiv', 'no-response', silent, 'wire']]),
				report('c', [
					['kyiv', 'no-response', 'Another reason.', 'wire'],
					['nato', 'mixed'],
				]),
			]),
		).toEqual([
			['kyiv', ['no-response on a+b (Has not answered.)', 'no-response on c (Another reason.)']],
			['nato', ['opposes on a', 'mixed on c']],
		]);
	});

	test('the same stance from different sources stays apart, so each keeps its citation', () => {
		expect(view([report('a', [['x', 'supports', undefined, 'one']]), report('b', [['x', 'supports', undefined, 'two']])])).toEqual([
			['x', ['supports on a', 'supports on b']],
		]);
	});
});

describe('partyStancesOf', () => {
	const reports: DemandReport[] = [{ ...report('a', [['x', 'supports']]), status: 'rejected' }, report('b'), { ...report('c'), status: 'met' }];

	test('the statuses an article reports, in its order, and the demands no party takes a stance on', () => {
		const { parties, statuses, silent } = partyStancesOf(reports);
		expect(parties.map(({ actorId }) => actorId)).toEqual(['x']);
		expect(statuses.map(({ demand, status }) => `${demand.id} ${status}`)).toEqual(['a rejected', 'c met']);
		expect(silent.map(({ id }) => id)).toEqual(['b', 'c']);
	});

	test('the glance says whether any stance is reported, for its key', () => {
		expect([glanceOf(reports).anyStance, glanceOf([report('b')]).anyStance]).toEqual([true, false]);
	});
});
