/**
 * The content graph: which articles, demands, positions, statuses and
 * citations each page can look up, in the order readers see them.
 */
import { describe, expect, test } from 'vitest';
import { type EntityKind, entityKindList } from '../src/model/entities.ts';
import { type ContentGraph, buildGraph, currentStatus, mentionedIn } from '../src/graph/graph.ts';
import { actor, article, demand, ids, newsroom, newsroomIds } from './helpers/entries.ts';

const { jan, feb, mar, draft } = newsroomIds;
const graph = buildGraph(newsroom());

/** A position as "actor stance @article", enough to read a history at a glance. */
const position = (p: { actor: string; stance: string; article: { id: string } }) => `${p.actor} ${p.stance} @${p.article.id}`;

const articleLists: [string, (g: ContentGraph) => string[]][] = [
	['articles', (g) => ids(g.articles)],
	['article lookup', (g) => [...g.article.keys()]],
	['listedIn.actors', (g) => [...g.listedIn.actors.values()].flatMap(ids)],
	['listedIn.demands', (g) => [...g.listedIn.demands.values()].flatMap(ids)],
	['listedIn.sources', (g) => [...g.listedIn.sources.values()].flatMap(ids)],
	['listedIn.topics', (g) => [...g.listedIn.topics.values()].flatMap(ids)],
	['positionsByDemand', (g) => [...g.positionsByDemand.values()].flat().map((p) => p.article.id)],
	['positionsByActor', (g) => [...g.positionsByActor.values()].flat().map((p) => p.article.id)],
	['statusesByDemand', (g) => [...g.statusesByDemand.values()].flat().map((s) => s.article.id)],
	['linkedFrom', (g) => entityKindList.flatMap((kind) => [...g.linkedFrom[kind].values()].flatMap(ids))],
	['mentions', (g) => entityKindList.flatMap((kind) => [...g.mentions[kind].values()].flatMap(ids))],
];

describe('drafts', () => {
	/** The newsroom, with a published article whose body links the pages the draft's body links. */
	const withLinks = () => {
		const content = newsroom();
		const linking = article(
			'linking',
			{ title: 'Linking', summary: 'Links.', published: '2025-05-01' },
			'<a href="/actors/asa-odegard/">a</a><a href="/demands/tariff-freeze/">d</a><a href="/topics/ferry-dispute/">t</a><a href="/sources/wire-north/">s</a>',
		);
		return buildGraph({ ...content, articles: [...content.articles, linking] });
	};

	test.each(articleLists)('are not in %s', (_, list) => {
		const found = list(withLinks());
		expect(found.length).toBeGreaterThan(0);
		expect(found).not.toContain(draft);
	});

	test('leave no trace of what only they report', () => {
		// Only the draft lists the Harbour League's position and the tariff freeze's status.
		expect(graph.positionsByActor.has('harbour-league')).toBe(false);
		expect(graph.statusesByDemand.has('tariff-freeze')).toBe(false);
		expect(currentStatus(graph, 'ferry-rights-restored')?.status).toBe('accepted');
		// Only the draft's body links anything.
		expect(entityKindList.map((kind) => graph.linkedFrom[kind].size)).toEqual([0, 0, 0, 0]);
	});
});

describe('an article scheduled for later', () => {
	/** The newsroom with its draft (of 2025-04-01, whose body links pages) set to be published instead. */
	const scheduledAt = (now: string) => {
		const content = newsroom();
		const articles = content.articles.map((entry) => (entry.id === draft ? { ...entry, data: { ...entry.data, draft: false } } : entry));
		return buildGraph({ ...content, articles }, new Date(now));
	};
	const lists = articleLists.filter(([name]) => name !== 'linkedFrom' && name !== 'mentions');

	test.each(lists)('is not in %s before its day begins in the site’s time zone', (_, list) => {
		expect(list(scheduledAt('2025-03-31T23:59:59Z'))).not.toContain(draft);
	});

	test.each(articleLists)('is in %s from then on', (_, list) => {
		expect(list(scheduledAt('2025-04-01T00:00:00Z'))).toContain(draft);
	});

	test('is previewed, as drafts are, until then', () => {
		expect([...scheduledAt('2025-03-31T23:59:59Z').previews.keys()]).toEqual([draft]);
		expect([...scheduledAt('2025-04-01T00:00:00Z').previews.keys()]).toEqual([]);
	});

	test('leaves no trace of what only it reports until then', () => {
		const before = scheduledAt('2025-03-31T12:00:00Z');
		expect(before.statusesByDemand.has('tariff-freeze')).toBe(false);
		expect(entityKindList.map((kind) => before.linkedFrom[kind].size)).toEqual([0, 0, 0, 0]);
		expect(currentStatus(scheduledAt('2025-04-02T00:00:00Z'), 'tariff-freeze')?.status).toBe('met');
	});
});

describe('articles', () => {
	test('are newest first', () => {
		expect(ids(graph.articles)).toEqual([mar, feb, jan]);
	});

	test('published the same day are ordered by id, whatever order they were loaded in', () => {
		const sameDay = (id: string) => article(id, { title: id, summary: 'Same day.', published: '2025-05-01' });
		const later = article('later-that-day', { title: 'Later', summary: 'Evening.', published: '2025-05-01T18:00:00Z' });
		const build = (order: string[]) => ids(buildGraph({ articles: [...order.map(sameDay), later], actors: [], demands: [], sources: [], topics: [] }).articles);

		const expected = ['later-that-day', 'alpha', 'bravo', 'charlie'];
		expect(build(['charlie', 'alpha', 'bravo'])).toEqual(expected);
		expect(build(['bravo', 'charlie', 'alpha'])).toEqual(expected);
	});
});

describe('indexes', () => {
	const indexes = {
		'listedIn.actors': graph.listedIn.actors,
		'listedIn.demands': graph.listedIn.demands,
		'listedIn.sources': graph.listedIn.sources,
		'listedIn.topics': graph.listedIn.topics,
		demandsByAuthor: graph.demandsByAuthor,
		demandsByAddressee: graph.demandsByAddressee,
		demandsByTopic: graph.demandsByTopic,
	};

	test.each([
		['listedIn.actors', 'valmora', [mar, feb, jan]],
		['listedIn.actors', 'kestrel-union', [mar, feb, jan]],
		// February lists Åsa Ødegård only in a position, not in `actors`.
		['listedIn.actors', 'asa-odegard', [feb, jan]],
		['listedIn.actors', 'harbour-league', [jan]],
		['listedIn.demands', 'ferry-rights-restored', [mar, feb, jan]],
		['listedIn.demands', 'tariff-freeze', [feb]],
		// February cites Wire North twice and is listed once.
		['listedIn.sources', 'wire-north', [feb, jan]],
		['listedIn.sources', 'ministere-des-cotes', [mar, jan]],
		['listedIn.topics', 'ferry-dispute', [mar, feb, jan]],
		['listedIn.topics', 'economie-bleue', [feb]],
		['demandsByAuthor', 'valmora', ['ferry-rights-restored']],
		['demandsByAuthor', 'kestrel-union', ['tariff-freeze']],
		['demandsByAuthor', 'asa-odegard', []],
		['demandsByAddressee', 'kestrel-union', ['ferry-rights-restored']],
		['demandsByAddressee', 'harbour-league', ['ferry-rights-restored']],
		['demandsByAddressee', 'valmora', ['tariff-freeze']],
		['demandsByTopic', 'ferry-dispute', ['ferry-rights-restored']],
		['demandsByTopic', 'economie-bleue', ['tariff-freeze']],
	] as const)('%s of %s', (index, key, expected) => {
		expect(ids(indexes[index].get(key))).toEqual(expected);
	});

	test('positionsByDemand reads oldest article first', () => {
		const positions = graph.positionsByDemand.get('ferry-rights-restored') ?? [];
		expect(positions.map((p) => p.article.id)).toEqual([jan, feb, mar]);
		expect(positions.filter((p) => p.actor === 'kestrel-union').map(position)).toEqual([
			`kestrel-union opposes @${jan}`,
			`kestrel-union mixed @${feb}`,
			`kestrel-union supports @${mar}`,
		]);
		expect(graph.positionsByDemand.get('tariff-freeze')?.map(position)).toEqual([`asa-odegard unclear @${feb}`]);
	});

	test('positionsByActor reads oldest article first, across demands', () => {
		expect(graph.positionsByActor.get('kestrel-union')?.map(position)).toEqual([
			`kestrel-union opposes @${jan}`,
			`kestrel-union mixed @${feb}`,
			`kestrel-union supports @${mar}`,
		]);
		expect(graph.positionsByActor.get('asa-odegard')?.map((p) => p.demand)).toEqual(['tariff-freeze']);
	});

	test('positions keep their note and resolve their citation, by key or by source id', () => {
		const [january, february, march] = graph.positionsByActor.get('kestrel-union') ?? [];
		expect(january?.citation?.title).toBe('Valmora makes its demand');
		expect(february?.note).toBe('Open to a partial return.');
		expect(february?.citation?.title).toBe('Union signals flexibility');
		// `cite: ministere-des-cotes` names a citation without a key, by its source id.
		expect(march?.citation?.title).toBe('Accord signé');
		expect(graph.positionsByActor.get('valmora')?.[0]?.citation).toBeUndefined();
	});

	test('positions one article reports keep the order the article lists them in', () => {
		const reported = article('one-article', {
			title: 'Three parties answer',
			summary: 'Everyone answers at once.',
			published: '2025-06-01',
			demands: [
				{
					demand: 'd',
					positions: [
						{ actor: 'first', stance: 'supports' },
						{ actor: 'second', stance: 'opposes' },
						{ actor: 'third', stance: 'mixed' },
					],
				},
			],
		});
		const g = buildGraph({ articles: [reported], actors: [], demands: [], sources: [], topics: [] });
		expect(g.positionsByDemand.get('d')?.map((p) => p.actor)).toEqual(['first', 'second', 'third']);
	});

	test('statusesByDemand reads oldest first', () => {
		expect(graph.statusesByDemand.get('ferry-rights-restored')?.map((s) => `${s.status} @${s.article.id}`)).toEqual([
			`new @${jan}`,
			`under-negotiation @${feb}`,
			`accepted @${mar}`,
		]);
	});

	test('an addressee or topic listed twice lists the demand once', () => {
		const twice = demand('twice', { title: 'Twice', by: 'a', addressedTo: ['b', 'b'], topics: ['t', 't'] });
		const g = buildGraph({ articles: [], actors: [actor('b', { name: 'B', kind: 'group' })], demands: [twice], sources: [], topics: [] });
		expect(ids(g.demandsByAddressee.get('b'))).toEqual(['twice']);
		expect(ids(g.demandsByTopic.get('t'))).toEqual(['twice']);
	});
});

describe('currentStatus', () => {
	test('is the status the latest article reports', () => {
		const status = currentStatus(graph, 'ferry-rights-restored');
		expect(status?.status).toBe('accepted');
		expect(status?.article.id).toBe(mar);
	});

	test('is undefined for a demand no article gives a status', () => {
		// February covers the tariff freeze without a status; the draft's `met` does not count.
		expect(graph.listedIn.demands.has('tariff-freeze')).toBe(true);
		expect(currentStatus(graph, 'tariff-freeze')).toBeUndefined();
	});

	test('is not reset by a later article that covers the demand without a status', () => {
		const base = { summary: 'About the demand.' };
		const g = buildGraph({
			articles: [
				article('first', { ...base, title: 'First', published: '2025-01-01', demands: [{ demand: 'd', status: 'rejected' }] }),
				article('second', { ...base, title: 'Second', published: '2025-02-01', demands: [{ demand: 'd' }] }),
			],
			actors: [],
			demands: [],
			sources: [],
			topics: [],
		});
		expect(currentStatus(g, 'd')?.status).toBe('rejected');
	});
});

describe('linkedFrom', () => {
	const linksOf = (html: string) => {
		const g = buildGraph({
			articles: [article('body', { title: 'Body', summary: 'Links.', published: '2025-01-01' }, html)],
			actors: [],
			demands: [],
			sources: [],
			topics: [],
		});
		return entityKindList.flatMap((kind) => [...g.linkedFrom[kind].keys()].map((id) => `${kind}/${id}`));
	};

	test.each([
		['a link to a topic page', '<a href="/topics/ferry-dispute/">x</a>', ['topics/ferry-dispute']],
		[
			'links to each kind of page',
			'<a href="/actors/a/">a</a> <a href="/demands/d/">d</a> <a href="/sources/s/">s</a> <a href="/topics/t/">t</a>',
			['actors/a', 'demands/d', 'sources/s', 'topics/t'],
		],
		['a link to a section of a page, as the page', '<a href="/actors/valmora/#positions">x</a>', ['actors/valmora']],
		['the same page linked twice, once', '<a href="/topics/t/">x</a> and <a href="/topics/t/">again</a>', ['topics/t']],
		['a link to a percent-encoded id, as the id it decodes to', '<a href="/topics/%C3%A9conomie/">x</a>', ['topics/économie']],
		[
			'the same page linked encoded and as written, once',
			'<a href="/topics/%C3%A9conomie/">x</a> and <a href="/topics/économie/">again</a>',
			['topics/économie'],
		],
		['a link whose percent-encoding is broken, not at all', '<a href="/topics/%E0%A4%A/">x</a>', []],
		['a link to an article, not at all', '<a href="/articles/2025-01-10-ferry-demand/">x</a>', []],
		['a link to an index page, not at all', '<a href="/topics/">x</a>', []],
		['a link elsewhere, not at all', '<a href="https://elsewhere.example.net/topics/t/">x</a>', []],
		['a body without links, nothing', '<p>Plain text about /topics/t/.</p>', []],
	])('indexes %s', (_, html, paths) => {
		expect(linksOf(html)).toEqual(paths);
	});

	test('an article without a rendered body links nothing', () => {
		const g = buildGraph({
			articles: [article('unrendered', { title: 'Unrendered', summary: 'No HTML.', published: '2025-01-01' })],
			actors: [],
			demands: [],
			sources: [],
			topics: [],
		});
		expect(entityKindList.map((kind) => g.linkedFrom[kind].size)).toEqual([0, 0, 0, 0]);
	});
});

describe('mentionedIn', () => {
	const base = { summary: 'About topic x.' };
	const g = buildGraph({
		articles: [
			article('lists', { ...base, title: 'Lists', published: '2025-01-01', topics: ['x'] }),
			article('links', { ...base, title: 'Links', published: '2025-03-01' }, '<p><a href="/topics/x/">X</a></p>'),
			article('lists-and-links', { ...base, title: 'Both', published: '2025-02-01', topics: ['x'] }, '<a href="/topics/x/">X</a>'),
			article('links-the-actor-x', { ...base, title: 'Actor', published: '2025-04-01' }, '<a href="/actors/x/">X</a>'),
			article('draft', { ...base, title: 'Draft', published: '2025-05-01', draft: true }, '<a href="/topics/x/">X</a>'),
		],
		actors: [],
		demands: [],
		sources: [],
		topics: [],
	});

	test('lists the articles that list the entity or link its page, each once, newest first', () => {
		expect(ids(mentionedIn(g, 'topics', 'x'))).toEqual(['links', 'lists-and-links', 'lists']);
	});

	test('a link to a percent-encoded id counts for the id it decodes to', () => {
		const encoded = buildGraph({
			articles: [
				article('lists', { ...base, title: 'Lists', published: '2025-01-01', topics: ['économie'] }),
				article('links-encoded', { ...base, title: 'Encoded', published: '2025-02-01' }, '<a href="/topics/%C3%A9conomie/">Économie</a>'),
			],
			actors: [],
			demands: [],
			sources: [],
			topics: [],
		});
		expect(ids(encoded.linkedFrom.topics.get('économie'))).toEqual(['links-encoded']);
		expect(ids(mentionedIn(encoded, 'topics', 'économie'))).toEqual(['links-encoded', 'lists']);
		expect(encoded.linkedFrom.topics.has('%C3%A9conomie')).toBe(false);
	});

	test.each<[EntityKind, string, string[]]>([
		['actors', 'x', ['links-the-actor-x']],
		['demands', 'x', []],
		['sources', 'x', []],
	])('a link counts only for the kind of page it links: %s %s', (kind, id, expected) => {
		expect(ids(mentionedIn(g, kind, id))).toEqual(expected);
	});

	test.each<[EntityKind, string, string[]]>([
		['actors', 'asa-odegard', [feb, jan]],
		['demands', 'tariff-freeze', [feb]],
		['sources', 'wire-north', [feb, jan]],
		['topics', 'ferry-dispute', [mar, feb, jan]],
	])('without body links, %s %s is mentioned where it is listed, and never in the draft that links it', (kind, id, expected) => {
		expect(ids(mentionedIn(graph, kind, id))).toEqual(expected);
	});
});
