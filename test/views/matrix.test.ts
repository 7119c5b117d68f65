/** The stance matrix: a row per demand, a column per party, each cell its latest stance, or whether the party is asked at all. */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/graph.ts';
import { type MatrixCell, stanceMatrix } from '../../src/views/lists/matrix.ts';
import { actor, article, contentOf, demand, ids, newsroom, newsroomIds } from '../helpers/entries.ts';
import { firstDemandsPage } from '../helpers/views.ts';

const { feb, mar } = newsroomIds;
const graph = buildGraph(newsroom());

const demandEntry = (id: string) => {
	const entry = graph.entities.demands.get(id);
	if (!entry) throw new Error(`no ${id} in the fixture`);
	return entry;
};

/** A cell as a reader tells it: who makes it, a stance (marked when the party is asked), asked with none, or not asked. */
const cellText = (cell: MatrixCell) =>
	cell.kind === 'maker'
		? 'maker'
		: cell.kind === 'stance'
			? `${cell.position.stance} @${cell.position.article.id}${cell.asked ? ', asked' : ''}`
			: cell.kind === 'no-stance'
				? 'asked, none'
				: '—';

describe('stanceMatrix', () => {
	const cells = (matrix: ReturnType<typeof stanceMatrix>) => matrix.rows.map((row) => [row.demand.id, row.status?.status, ...row.cells.map(cellText)]);

	test('the demands index: a column per party asked or with a position, makers first, then by name; each cell the latest position, or whether it is asked', () => {
		const { matrix } = firstDemandsPage(graph);
		// The Harbour League's only position is in the draft, but the ferry demand is put to it; Valmora makes the ferry
		// demand and is asked the tariff one. Kestrel Union and Valmora each make one of these demands, so they come first.
		expect(matrix.actors.map((a) => a.data.name)).toEqual(['Kestrel Union', 'Valmora', 'Åsa Ødegård', 'Harbour League']);
		expect(cells(matrix)).toEqual([
			['ferry-rights-restored', 'accepted', `supports @${mar}, asked`, 'maker', '—', 'asked, none'],
			['tariff-freeze', undefined, 'maker', 'asked, none', `unclear @${feb}`, '—'],
		]);
		expect(matrix.rows.map((row) => [row.by?.id, ids(row.addressees)])).toEqual([
			['valmora', ['kestrel-union', 'harbour-league']],
			['kestrel-union', ['valmora']],
		]);
	});

	test('each row lists its own parties, those it is put to first, whether they have a column or not', () => {
		const { matrix } = firstDemandsPage(graph);
		const named = (group: { actor: { data: { name: string } }; cell: MatrixCell }[]) => group.map(({ actor, cell }) => `${actor.data.name}: ${cellText(cell)}`);
		expect(matrix.rows.map((row) => [row.demand.id, named(row.parties.asked), named(row.parties.others)])).toEqual([
			['ferry-rights-restored', [`Kestrel Union: supports @${mar}, asked`, 'Harbour League: asked, none'], []],
			['tariff-freeze', ['Valmora: asked, none'], [`Åsa Ødegård: unclear @${feb}`]],
		]);
	});

	test('rows come in the order given, and columns only for the actors of those demands', () => {
		const matrix = stanceMatrix(graph, [demandEntry('tariff-freeze')]);
		expect(ids(matrix.actors)).toEqual(['asa-odegard', 'valmora']);
		expect(cells(matrix)).toEqual([['tariff-freeze', undefined, `unclear @${feb}`, 'asked, none']]);
		expect(stanceMatrix(graph, [demandEntry('tariff-freeze'), demandEntry('ferry-rights-restored')]).rows.map((r) => r.demand.id)).toEqual([
			'tariff-freeze',
			'ferry-rights-restored',
		]);
	});

	test('columns sort by name whatever the ids, and a position by an actor with no entry makes no column', () => {
		const d = demand('d', { title: 'D', by: 'someone' });
		const g = buildGraph(
			contentOf(
				[
					article('one', {
						title: 'One',
						summary: 'Answers.',
						published: '2025-01-01',
						demands: [
							{
								demand: 'd',
								positions: [
									{ actor: 'a-zed', stance: 'supports' },
									{ actor: 'ghost', stance: 'opposes' },
									{ actor: 'z-alpha', stance: 'mixed' },
								],
							},
						],
					}),
				],
				{ demands: [d], actors: [actor('a-zed', { name: 'Zed', kind: 'person' }), actor('z-alpha', { name: 'alpha', kind: 'person' })] },
			),
		);
		const matrix = stanceMatrix(g, [d]);
		expect(matrix.actors.map((a) => a.data.name)).toEqual(['alpha', 'Zed']);
		expect(cells(matrix)).toEqual([['d', undefined, 'mixed @one', 'supports @one']]);
		expect(matrix.rows[0]?.parties.others.map(({ actor }) => actor.data.name)).toEqual(['alpha', 'Zed']);
	});
});

describe('bounded lists, so no page grows with the newsroom', () => {
	test('the stance matrix has a column for each of the ten most active parties, by name, and counts the rest', () => {
		const names = ['Aaron', ...Array.from({ length: 10 }, (_, i) => `Party ${i + 1}`)];
		const actors = names.map((name, i) => actor(`p${i}`, { name, kind: 'group' }));
		const d1 = demand('d1', { title: 'One', by: 'someone' });
		const d2 = demand('d2', { title: 'Two', by: 'someone' });
		const report = article('report', {
			title: 'Report',
			summary: 'Everyone answers.',
			published: '2025-01-01',
			demands: [
				// Aaron, first by name, answers one demand; every other party answers both.
				{ demand: 'd1', positions: actors.map((a) => ({ actor: a.id, stance: 'supports' as const })) },
				{ demand: 'd2', positions: actors.slice(1).map((a) => ({ actor: a.id, stance: 'opposes' as const })) },
			],
		});
		const matrix = stanceMatrix(buildGraph(contentOf([report], { actors, demands: [d1, d2] })), [d1, d2]);
		expect(matrix.actors.map((a) => a.data.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Party ${i + 1}`));
		expect(matrix.actorsNotShown).toBe(1);
		expect(matrix.rows.map((row) => row.cells.length)).toEqual([10, 10]);
		// Each row's own list of parties is capped too, and counts the rest.
		expect(matrix.rows.map((row) => [row.parties.asked.length + row.parties.others.length, row.parties.more])).toEqual([
			[6, 5],
			[6, 4],
		]);
	});
});
