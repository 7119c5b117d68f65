/**
 * What each page shows, computed from a small fictional newsroom: the lists,
 * their order, and the history of demands and stances readers follow.
 */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../src/lib/graph.ts';
import {
	actorPage,
	actorsIndex,
	articlePage,
	demandPage,
	demandsIndex,
	homePage,
	sourcePage,
	sourcesIndex,
	topicPage,
	topicsIndex,
} from '../src/lib/pages.ts';
import type { Status } from '../src/lib/schemas.ts';
import { actor, article, demand, ids, newsroom, newsroomIds, source, topic } from './helpers/entries.ts';

const { jan, feb, mar, draft } = newsroomIds;
const graph = buildGraph(newsroom());

const get = <T>(map: ReadonlyMap<string, T>, id: string): T => {
	const entry = map.get(id);
	if (!entry) throw new Error(`no ${id} in the fixture`);
	return entry;
};
const articleEntry = (id: string) => get(graph.article, id);
const actorEntry = (id: string) => get(graph.actor, id);
const demandEntry = (id: string) => get(graph.demand, id);

const summaries = (list: { article: { id: string } }[]) => list.map((summary) => summary.article.id);
const stances = (history: { stance: string; article: { id: string } }[]) => history.map((p) => `${p.stance} @${p.article.id}`);

describe('the draft', () => {
	test('shows on no page', () => {
		const pages = [
			homePage(graph),
			...graph.articles.map((entry) => articlePage(graph, entry)),
			...[...graph.actor.values()].map((entry) => actorPage(graph, entry)),
			...[...graph.demand.values()].map((entry) => demandPage(graph, entry)),
			...[...graph.source.values()].map((entry) => sourcePage(graph, entry)),
			...[...graph.topic.values()].map((entry) => topicPage(graph, entry)),
			actorsIndex(graph),
			demandsIndex(graph),
			sourcesIndex(graph),
			topicsIndex(graph),
		];
		for (const page of pages) {
			const text = JSON.stringify(page);
			expect(text).not.toContain(draft);
			expect(text).not.toMatch(/secret plan|leaked memo|draft-only/i);
		}
	});
});

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
		expect(
			home.openDemands.map(({ demand, by, status }) => `${demand.id} by ${by?.data.name}: ${status?.status ?? 'no status'}`),
		).toEqual(['ferry-rights-restored by Valmora: accepted', 'tariff-freeze by Kestrel Union: no status']);
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
		const demands = [
			demand('tracked', { title: 'Tracked demand', by: 'someone' }),
			demand('untracked', { title: 'Untracked demand', by: 'someone' }),
		];
		return ids(homePage(buildGraph({ articles, actors: [], demands, sources: [], topics: [] })).openDemands.map((d) => d.demand));
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

describe('articlePage', () => {
	test('numbers sources in frontmatter order, keyed by `key` or else the source id, with their citation counts', () => {
		const page = articlePage(graph, articleEntry(jan), { wire: 2 });
		expect(
			page.sources.map(({ number, key, source, citedTimes }) => ({ number, key, source: source?.data.name, citedTimes })),
		).toEqual([
			{ number: 1, key: 'wire', source: 'Wire North', citedTimes: 2 },
			{ number: 2, key: 'ministere-des-cotes', source: 'Ministère des Côtes', citedTimes: 0 },
		]);
	});

	test('resolves its actors and topics', () => {
		const page = articlePage(graph, articleEntry(feb));
		expect(ids(page.actors)).toEqual(['valmora', 'kestrel-union']);
		expect(page.topics.map((t) => t.data.title)).toEqual(['Ferry dispute', 'Économie bleue']);
	});

	test.each([
		[jan, 'kestrel-union', 'opposes', 1, 'wire'],
		[feb, 'kestrel-union', 'mixed', 2, 'wire-b'],
		[feb, 'valmora', 'supports', undefined, undefined],
		[mar, 'kestrel-union', 'supports', 1, 'ministere-des-cotes'],
	])('at a glance, %s gives %s (%s) citation number %s', (id, actorId, stance, citationNumber, citationKey) => {
		const page = articlePage(graph, articleEntry(id));
		const ferry = page.atAGlance.find((entry) => entry.demand.id === 'ferry-rights-restored');
		const view = ferry?.positions.find((p) => p.actorId === actorId);
		expect(view).toMatchObject({ stance, citationNumber, citationKey });
		expect(view?.actor?.id).toBe(actorId);
	});

	test('at a glance, each demand comes with its author and the status this article reports', () => {
		const page = articlePage(graph, articleEntry(feb));
		expect(page.atAGlance.map(({ demand, by, status }) => [demand.id, by?.id, status])).toEqual([
			['ferry-rights-restored', 'valmora', 'under-negotiation'],
			['tariff-freeze', 'kestrel-union', undefined],
		]);
	});

	test('sorts corrections by date', () => {
		const page = articlePage(graph, articleEntry(mar));
		expect(page.corrections.map((c) => c.text)).toEqual(['The first correction.', 'The second correction.']);
		// The article's own list is left as the editor wrote it.
		expect(articleEntry(mar).data.corrections[0]?.text).toBe('The second correction.');
	});
});

describe('actorPage', () => {
	test('the Kestrel Union: demands made and received, its stance history, its articles', () => {
		const page = actorPage(graph, actorEntry('kestrel-union'));
		expect(page.demandsMade.map((d) => d.demand.id)).toEqual(['tariff-freeze']);
		expect(page.demandsReceived.map((d) => [d.demand.id, d.by?.id, d.status?.status])).toEqual([
			['ferry-rights-restored', 'valmora', 'accepted'],
		]);
		expect(summaries(page.articles)).toEqual([mar, feb, jan]);

		expect(page.positions).toHaveLength(1);
		const [ferry] = page.positions;
		expect(ferry?.demand?.id).toBe('ferry-rights-restored');
		expect(ferry?.actor?.id).toBe('kestrel-union');
		expect(stances([ferry!.latest])).toEqual([`supports @${mar}`]);
		expect(stances(ferry!.history)).toEqual([`opposes @${jan}`, `mixed @${feb}`, `supports @${mar}`]);
	});

	test('groups positions per demand', () => {
		const g = buildGraph({
			articles: [
				article('one', {
					title: 'One',
					summary: 'First.',
					published: '2025-01-01',
					demands: [
						{ demand: 'd1', positions: [{ actor: 'x', stance: 'opposes' }] },
						{ demand: 'd2', positions: [{ actor: 'x', stance: 'unclear' }] },
					],
				}),
				article('two', {
					title: 'Two',
					summary: 'Second.',
					published: '2025-02-01',
					demands: [{ demand: 'd1', positions: [{ actor: 'x', stance: 'supports' }] }],
				}),
			],
			actors: [actor('x', { name: 'X', kind: 'group' })],
			demands: [],
			sources: [],
			topics: [],
		});
		const page = actorPage(g, actor('x', { name: 'X', kind: 'group' }));
		const groups = page.positions.map((group) => [group.latest.demand, group.latest.stance, stances(group.history)]);
		// Order of the groups is checked on the demand page; here only what each holds.
		expect(groups.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
			['d1', 'supports', ['opposes @one', 'supports @two']],
			['d2', 'unclear', ['unclear @one']],
		]);
	});

	test('Åsa Ødegård: an article that reports only her position is among her articles', () => {
		const page = actorPage(graph, actorEntry('asa-odegard'));
		expect(summaries(page.articles)).toEqual([feb, jan]);
		expect(page.positions.map((group) => [group.demand?.id, group.latest.stance])).toEqual([['tariff-freeze', 'unclear']]);
		expect(page.demandsMade).toEqual([]);
		expect(page.demandsReceived).toEqual([]);
	});

	test('the Harbour League: a demand put to it, and no positions (only the draft reports one)', () => {
		const page = actorPage(graph, actorEntry('harbour-league'));
		expect(page.demandsReceived.map((d) => d.demand.id)).toEqual(['ferry-rights-restored']);
		expect(page.positions).toEqual([]);
		expect(summaries(page.articles)).toEqual([jan]);
	});
});

describe('demandPage', () => {
	const page = demandPage(graph, demandEntry('ferry-rights-restored'));

	test('names who made it, to whom, under which topics', () => {
		expect(page.by?.data.name).toBe('Valmora');
		expect(page.addressedTo.map((a) => a.data.name)).toEqual(['Kestrel Union', 'Harbour League']);
		expect(page.topics.map((t) => t.data.title)).toEqual(['Ferry dispute']);
	});

	test('tells the status history oldest first, ending with the current status', () => {
		expect(page.statusHistory.map((s) => `${s.status} @${s.article.id}`)).toEqual([
			`new @${jan}`,
			`under-negotiation @${feb}`,
			`accepted @${mar}`,
		]);
		const changes = page.statusHistory.slice(1).map((s, i) => `${page.statusHistory[i]!.status} → ${s.status}`);
		expect(changes).toEqual(['new → under-negotiation', 'under-negotiation → accepted']);
		expect(page.status).toBe(page.statusHistory.at(-1));
	});

	test('groups positions per actor, latest stance first and history oldest first', () => {
		expect(
			page.positions.map((group) => ({
				actor: group.actor?.data.name,
				latest: stances([group.latest])[0],
				history: stances(group.history),
			})),
		).toEqual([
			{
				actor: 'Kestrel Union',
				latest: `supports @${mar}`,
				history: [`opposes @${jan}`, `mixed @${feb}`, `supports @${mar}`],
			},
			{ actor: 'Valmora', latest: `supports @${feb}`, history: [`supports @${feb}`] },
		]);
	});

	test('lists its articles newest first', () => {
		expect(summaries(page.articles)).toEqual([mar, feb, jan]);
	});

	test('lists actors in the order the first article to report them lists them', () => {
		const g = buildGraph({
			articles: [
				article('answers', {
					title: 'Both answer',
					summary: 'Two answers.',
					published: '2025-01-01',
					demands: [
						{
							demand: 'd',
							positions: [
								{ actor: 'first', stance: 'supports' },
								{ actor: 'second', stance: 'opposes' },
							],
						},
					],
				}),
			],
			actors: [],
			demands: [],
			sources: [],
			topics: [],
		});
		const d = demand('d', { title: 'D', by: 'someone' });
		expect(demandPage(g, d).positions.map((group) => group.latest.actor)).toEqual(['first', 'second']);
	});

	test('a demand no article gives a status has no status and no history', () => {
		const tariff = demandPage(graph, demandEntry('tariff-freeze'));
		expect(tariff.status).toBeUndefined();
		expect(tariff.statusHistory).toEqual([]);
		expect(tariff.positions.map((group) => group.actor?.data.name)).toEqual(['Åsa Ødegård']);
		expect(summaries(tariff.articles)).toEqual([feb]);
	});

	test('an addressee that names no actor is left out', () => {
		const loose = demand('loose', { title: 'Loose', by: 'valmora', addressedTo: ['nobody', 'kestrel-union'] });
		expect(ids(demandPage(graph, loose).addressedTo)).toEqual(['kestrel-union']);
	});
});

describe('sourcePage', () => {
	test.each([
		['wire-north', [`${feb}: Talks begin`, `${feb}: Union signals flexibility`, `${jan}: Valmora makes its demand`]],
		['ministere-des-cotes', [`${mar}: Accord signé`, `${jan}: Communiqué du ministère`]],
	])('%s lists every citation of it, newest article first', (id, expected) => {
		const page = sourcePage(graph, get(graph.source, id));
		expect(page.citations.map(({ article, citation }) => `${article.id}: ${citation.title}`)).toEqual(expected);
	});

	test('a source nobody cites has no citations', () => {
		expect(sourcePage(graph, source('quiet', { name: 'Quiet', kind: 'other' })).citations).toEqual([]);
	});
});

describe('topicPage', () => {
	test.each([
		['ferry-dispute', [mar, feb, jan], ['ferry-rights-restored']],
		['economie-bleue', [feb], ['tariff-freeze']],
	])('%s lists its articles and demands', (id, articles, demands) => {
		const page = topicPage(graph, get(graph.topic, id));
		expect(summaries(page.articles)).toEqual(articles);
		expect(page.demands.map((d) => d.demand.id)).toEqual(demands);
	});
});

describe('index pages', () => {
	test('actors, by name, with how many articles each appears in', () => {
		expect(actorsIndex(graph).map(({ actor, articleCount }) => [actor.data.name, articleCount])).toEqual([
			['Åsa Ødegård', 2],
			['Harbour League', 1],
			['Kestrel Union', 3],
			['Valmora', 3],
		]);
	});

	test('demands, by title, with their current status', () => {
		expect(demandsIndex(graph).map(({ demand, by, status }) => [demand.data.title, by?.data.name, status?.status])).toEqual([
			['Ferry rights must be restored', 'Valmora', 'accepted'],
			['Tariffs frozen at current levels', 'Kestrel Union', undefined],
		]);
	});

	test('sources, by name, counting each article once', () => {
		expect(sourcesIndex(graph).map(({ source, articleCount }) => [source.data.name, articleCount])).toEqual([
			['Ministère des Côtes', 2],
			['Wire North', 2],
		]);
	});

	test('topics, by title, accents sorting with their letter', () => {
		expect(topicsIndex(graph).map(({ topic, articleCount }) => [topic.data.title, articleCount])).toEqual([
			['Économie bleue', 1],
			['Ferry dispute', 3],
		]);
	});

	const shuffled = ['Zed', 'émile', 'Ørsted', 'Eagle', 'Alpha 10', 'oslo', 'Åsa', 'Alpha 9', 'ast'];
	const sorted = ['Alpha 9', 'Alpha 10', 'Åsa', 'ast', 'Eagle', 'émile', 'Ørsted', 'oslo', 'Zed'];
	const slug = (name: string) => `entry-${shuffled.indexOf(name)}`;

	test.each([
		['actorsIndex', () => actorsIndex(buildGraph({ articles: [], actors: shuffled.map((name) => actor(slug(name), { name, kind: 'person' })), demands: [], sources: [], topics: [] })).map((row) => row.actor.data.name)],
		['demandsIndex', () => demandsIndex(buildGraph({ articles: [], actors: [], demands: shuffled.map((title) => demand(slug(title), { title, by: 'a' })), sources: [], topics: [] })).map((row) => row.demand.data.title)],
		['sourcesIndex', () => sourcesIndex(buildGraph({ articles: [], actors: [], demands: [], sources: shuffled.map((name) => source(slug(name), { name, kind: 'other' })), topics: [] })).map((row) => row.source.data.name)],
		['topicsIndex', () => topicsIndex(buildGraph({ articles: [], actors: [], demands: [], sources: [], topics: shuffled.map((title) => topic(slug(title), { title, kind: 'theme' })) })).map((row) => row.topic.data.title)],
	])('%s ignores case and accents and reads numbers as numbers', (_, names) => {
		expect(names()).toEqual(sorted);
	});
});
