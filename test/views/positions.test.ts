/**
 * Stance histories as entity pages group them, bounded so that no page grows
 * with the newsroom. What each group holds, and their order, are read on the
 * actor and demand pages (entity.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/lib/graph.ts';
import { actorView } from '../../src/lib/views/entity.ts';
import { actor, article, contentOf } from '../helpers/entries.ts';

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
		const [group] = actorView(buildGraph(contentOf(reports, { actors: [x] })), 'x').positions.items;
		expect(group?.history).toHaveLength(11);
		expect(group?.history[0]?.article.id).toBe('report-04');
		expect(group?.history.at(-1)).toBe(group?.latest);
		expect(group?.earlierNotShown).toBe(4);
	});

	test("an actor's positions show the 50 most recently reported demands and count the rest", () => {
		const reports = Array.from({ length: 55 }, (_, i) =>
			article(`report-${String(i).padStart(2, '0')}`, {
				title: `Report ${i}`,
				summary: 'A report.',
				published: month(i),
				demands: [{ demand: `d${i}`, positions: [{ actor: 'x', stance: 'supports' }] }],
			}),
		);
		const { positions } = actorView(buildGraph(contentOf(reports, { actors: [x] })), 'x');
		expect(positions.items).toHaveLength(50);
		expect(positions.more).toBe(5);
		expect([positions.items[0]?.latest.demand, positions.items.at(-1)?.latest.demand]).toEqual(['d54', 'd5']);
	});
});
