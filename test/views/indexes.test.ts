/**
 * The list pages: the home page, each kind's index and /demands/, in the
 * order readers see them and bounded however large the newsroom grows.
 */
import { describe, expect, test } from 'vitest';
import type { EntityKind } from '../../src/model/entities.ts';
import { buildGraph } from '../../src/graph/graph.ts';
import type { Status } from '../../src/model/schemas.ts';
import { demandsIndex, entityIndex, homePage } from '../../src/views/lists/indexes.ts';
import { actor, article, contentOf, demand, ids, newsroom, newsroomIds, source, topic } from '../helpers/entries.ts';
import { firstDemandsPage, summaries } from '../helpers/views.ts';

const { jan, feb, mar } = newsroomIds;
const graph = buildGraph(newsroom());

describe('homePage', () => {
	const home = homePage(graph);

	test('lists articles newest first', () => {
		expect(summaries(home.articles)).toEqual([mar, feb, jan]);
	});

	test('shows at most three key actors, in the order the article lists them', () => {
		const january = home.articles.find((summary) => summary.article.id === jan);
		expect(january?.article.data.actors).toHaveLength(4);
		expect(ids(january?.keyActors)).toEqual(['asa-odegard', 'valmora', 'kestrel-union']);
		for (const summary of home.articles) expect(summary.keyActors.length).toBeLessThanOrEqual(3);
	});

	test('lists open demands with their author and current status, those without a status last', () => {
		expect(home.openDemands.items.map(({ demand, by, status }) => `${demand.id} by ${by?.data.name}: ${status?.status ?? 'no status'}`)).toEqual([
			'ferry-rights-restored by Valmora: accepted',
			'tariff-freeze by Kestrel Union: no status',
		]);
	});

	test('leads with the newest explainer', () => {
		expect(home.lead?.article.id).toBe(mar);
	});

	test("gives each open demand a strip of each party's latest stance, the most recent first", () => {
		expect(
			home.openDemands.items.map(({ demand, stances }) => [demand.id, stances.items.map(({ position, actor }) => `${actor?.data.name}: ${position.stance}`)]),
		).toMatchInlineSnapshot(`
			[
			  [
			    "ferry-rights-restored",
			    [
			      "Kestrel Union: supports",
			    ],
			  ],
			  [
			    "tariff-freeze",
			    [
			      "Åsa Ødegård: unclear",
			    ],
			  ],
			]
		`);
	});

	test('has no lead when nothing is published', () => {
		expect(homePage(buildGraph(contentOf([]))).lead).toBeUndefined();
	});

	/** A newsroom where one demand's statuses are `history`, oldest first, beside one never given a status. */
	const homeWith = (history: Status[]) => {
		const articles = history.map((status, i) =>
			article(`report-${i}`, {
				title: `Report ${i}`,
				summary: 'A report.',
				published: new Date(Date.UTC(2025, i, 1)),
				demands: [{ demand: 'tracked', status }],
			}),
		);
		const demands = [demand('tracked', { title: 'Tracked demand', by: 'someone' }), demand('untracked', { title: 'Untracked demand', by: 'someone' })];
		return ids(homePage(buildGraph(contentOf(articles, { demands }))).openDemands.items.map((d) => d.demand));
	};

	test.each<[string, boolean, Status[]]>([
		['met', false, ['new', 'met']],
		['withdrawn', false, ['new', 'withdrawn']],
		['accepted', true, ['new', 'accepted']],
		['rejected', true, ['new', 'rejected']],
		['under negotiation', true, ['under-negotiation']],
		['restated after being met', true, ['met', 'restated']],
		['with no status yet', true, []],
	])('a demand %s is open: %s', (_, open, history) => {
		expect(homeWith(history)).toEqual(open ? ['tracked', 'untracked'] : ['untracked']);
	});
});

describe('index pages', () => {
	const rows = (kind: EntityKind) => entityIndex(graph, kind).map(({ href, label, meta }) => [href, label, meta]);

	test('actors, by name, with their kind and how many articles each appears in', () => {
		expect(rows('actors')).toEqual([
			['/actors/asa-odegard/', 'Åsa Ødegård', 'Person, 2 explainers'],
			['/actors/harbour-league/', 'Harbour League', 'Organisation, 1 explainer'],
			['/actors/kestrel-union/', 'Kestrel Union', 'Alliance, 3 explainers'],
			['/actors/valmora/', 'Valmora', 'Country, 3 explainers'],
		]);
	});

	test('demands, by title, with their current status', () => {
		expect(firstDemandsPage(graph).demands.map(({ demand, by, status }) => [demand.data.title, by?.data.name, status?.status])).toEqual([
			['Ferry rights must be restored', 'Valmora', 'accepted'],
			['Tariffs frozen at current levels', 'Kestrel Union', undefined],
		]);
	});

	test('sources, by name, counting each article once', () => {
		expect(rows('sources')).toEqual([
			['/sources/ministere-des-cotes/', 'Ministère des Côtes', 'cited in 2 explainers'],
			['/sources/wire-north/', 'Wire North', 'cited in 2 explainers'],
		]);
	});

	test('topics, by title, accents sorting with their letter', () => {
		expect(rows('topics')).toEqual([
			['/topics/economie-bleue/', 'Économie bleue', '1 explainer'],
			['/topics/ferry-dispute/', 'Ferry dispute', '3 explainers'],
		]);
	});

	test("each line carries the entity's summary, when it has one", () => {
		const g = buildGraph(
			contentOf([], { topics: [topic('told', { title: 'Told', kind: 'theme', summary: 'A theme.' }), topic('untold', { title: 'Untold', kind: 'theme' })] }),
		);
		expect(entityIndex(g, 'topics').map(({ label, summary }) => [label, summary])).toEqual([
			['Told', 'A theme.'],
			['Untold', undefined],
		]);
	});

	const shuffled = ['Zed', 'émile', 'Ørsted', 'Eagle', 'Alpha 10', 'oslo', 'Åsa', 'Alpha 9', 'ast'];
	const sorted = ['Alpha 9', 'Alpha 10', 'Åsa', 'ast', 'Eagle', 'émile', 'Ørsted', 'oslo', 'Zed'];
	const slug = (name: string) => `entry-${shuffled.indexOf(name)}`;

	test.each([
		[
			'entityIndex of actors',
			() => entityIndex(buildGraph(contentOf([], { actors: shuffled.map((name) => actor(slug(name), { name, kind: 'person' })) })), 'actors'),
		],
		[
			'entityIndex of demands',
			() => entityIndex(buildGraph(contentOf([], { demands: shuffled.map((title) => demand(slug(title), { title, by: 'a' })) })), 'demands'),
		],
		[
			'entityIndex of sources',
			() => entityIndex(buildGraph(contentOf([], { sources: shuffled.map((name) => source(slug(name), { name, kind: 'other' })) })), 'sources'),
		],
		[
			'entityIndex of topics',
			() => entityIndex(buildGraph(contentOf([], { topics: shuffled.map((title) => topic(slug(title), { title, kind: 'theme' })) })), 'topics'),
		],
	])('%s ignores case and accents and reads numbers as numbers', (_, index) => {
		expect(index().map((row) => row.label)).toEqual(sorted);
	});

	test('demandsIndex ignores case and accents and reads numbers as numbers', () => {
		const pages = demandsIndex(buildGraph(contentOf([], { demands: shuffled.map((title) => demand(slug(title), { title, by: 'a' })) })));
		expect(pages.flatMap((page) => page.demands).map((row) => row.demand.data.title)).toEqual(sorted);
	});
});

describe('bounded lists, so no page grows with the newsroom', () => {
	test('the home page shows three open demands and counts the rest', () => {
		const demands = Array.from({ length: 12 }, (_, i) => demand(`d${i}`, { title: `Demand ${i}`, by: 'someone' }));
		const { openDemands } = homePage(buildGraph(contentOf([], { demands })));
		expect(openDemands.items.map((d) => d.demand.data.title)).toEqual(Array.from({ length: 3 }, (_, i) => `Demand ${i}`));
		expect(openDemands.more).toBe(9);
	});

	test('the demands index is cut into pages of ten, by latest change and by name, each with the matrix of its own demands', () => {
		const demands = Array.from({ length: 11 }, (_, i) => demand(`d${i}`, { title: `Demand ${String(i + 1).padStart(2, '0')}`, by: 'someone' }));
		// Demand 01 changed last: it leads the pages by latest change and stays first by name.
		const report = article('report', { title: 'Report', summary: 'News.', published: '2025-02-01', demands: [{ demand: 'd0', status: 'new' }] });
		const older = article('older', { title: 'Older', summary: 'News.', published: '2025-01-01', demands: [{ demand: 'd10', status: 'new' }] });
		const g = buildGraph(contentOf([report, older], { demands }));
		const pages = (order: 'latest' | 'name') =>
			demandsIndex(g, order).map((page) => [
				page.param,
				page.matrix.rows.map((row) => row.demand.data.title).join(' '),
				page.pagination.prev,
				page.pagination.next,
			]);
		expect(pages('latest')).toEqual([
			[undefined, 'Demand 01 Demand 11 Demand 02 Demand 03 Demand 04 Demand 05 Demand 06 Demand 07 Demand 08 Demand 09', undefined, '/demands/page/2/'],
			['page/2', 'Demand 10', '/demands/', undefined],
		]);
		expect(pages('name')).toEqual([
			['by-name', 'Demand 01 Demand 02 Demand 03 Demand 04 Demand 05 Demand 06 Demand 07 Demand 08 Demand 09 Demand 10', undefined, '/demands/by-name/page/2/'],
			['by-name/page/2', 'Demand 11', '/demands/by-name/', undefined],
		]);
	});
});
