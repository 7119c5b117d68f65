/**
 * The feeds a reader can follow: the whole site's, and one per actor, demand,
 * source and topic, each with only its own published articles.
 */
import { describe, expect, test } from 'vitest';
import type { EntityKind } from '../src/model/entities.ts';
import { feedLimit, feedOptions } from '../src/outputs/feeds/feed-items.ts';
import { buildGraph } from '../src/graph/graph.ts';
import { entityFeeds, feedReport, siteFeed } from '../src/outputs/feeds/feeds.ts';
import { article, contentOf, ids, newsroom, newsroomIds, topic } from './helpers/entries.ts';

const { jan, feb, mar } = newsroomIds;
const graph = buildGraph(newsroom());

describe('entityFeeds', () => {
	const feeds = entityFeeds(graph);

	test('one feed per actor, demand, source and topic, titled with its name as its page shows it', () => {
		expect(feeds.map((feed) => `${feed.kind}/${feed.id}: ${feed.title}`).sort()).toEqual([
			'actors/asa-odegard: Dossier: Åsa Ødegård',
			'actors/harbour-league: Dossier: Harbour League',
			'actors/kestrel-union: Dossier: Kestrel Union',
			'actors/valmora: Dossier: Valmora',
			'demands/ferry-rights-restored: Dossier: Ferry rights must be restored',
			'demands/tariff-freeze: Dossier: Tariffs frozen at current levels',
			'sources/ministere-des-cotes: Dossier: Ministère des Côtes',
			'sources/wire-north: Dossier: Wire North',
			'topics/economie-bleue: Dossier: Économie bleue',
			'topics/ferry-dispute: Dossier: Ferry dispute',
		]);
	});

	test('each feed describes what it follows', () => {
		expect(feeds.find((f) => f.kind === 'topics' && f.id === 'economie-bleue')?.description).toBe('Explainers on Économie bleue, newest first.');
	});

	// Each of these the draft lists, cites or links too.
	test.each<[EntityKind, string, string, string[]]>([
		['actors', 'harbour-league', '/actors/harbour-league/rss.xml', [jan]],
		['actors', 'asa-odegard', '/actors/asa-odegard/rss.xml', [feb, jan]],
		['demands', 'tariff-freeze', '/demands/tariff-freeze/rss.xml', [feb]],
		['demands', 'ferry-rights-restored', '/demands/ferry-rights-restored/rss.xml', [mar, feb, jan]],
		['sources', 'ministere-des-cotes', '/sources/ministere-des-cotes/rss.xml', [mar, jan]],
		['sources', 'wire-north', '/sources/wire-north/rss.xml', [feb, jan]],
		['topics', 'economie-bleue', '/topics/economie-bleue/rss.xml', [feb]],
	])('%s %s: served at %s, with only its own published articles, newest first', (kind, id, path, articles) => {
		const feed = feeds.find((f) => f.kind === kind && f.id === id);
		expect(feed?.path).toBe(path);
		expect(feed?.page).toBe(`/${kind}/${id}/`);
		expect(ids(feed?.articles)).toEqual(articles);
	});

	test("an article that links an entity in its body is in that entity's feed", () => {
		const g = buildGraph(
			contentOf([article('links', { title: 'Links', summary: 'Links.', published: '2025-01-01' }, '<a href="/topics/x/">x</a>')], {
				topics: [topic('x', { title: 'X', kind: 'theme' }), topic('y', { title: 'Y', kind: 'theme' })],
			}),
		);
		expect(entityFeeds(g).map((feed) => [feed.id, ids(feed.articles)])).toEqual([
			['x', ['links']],
			['y', []],
		]);
	});

	test(`carries the latest ${feedLimit} articles of an entity mentioned in more, newest first`, () => {
		const many = Array.from({ length: 60 }, (_, i) =>
			article(`report-${String(i).padStart(2, '0')}`, {
				title: `Report ${i}`,
				summary: 'A report.',
				published: new Date(Date.UTC(2025, 0, 1 + i)),
				topics: ['x'],
			}),
		);
		const [feed] = entityFeeds(buildGraph(contentOf(many, { topics: [topic('x', { title: 'X', kind: 'theme' })] })));
		expect(feed?.articles).toHaveLength(feedLimit);
		expect([feed?.articles[0]?.id, feed?.articles.at(-1)?.id]).toEqual(['report-59', 'report-10']);
	});
});

describe('siteFeed', () => {
	test('is served at /rss.xml, follows the home page, and carries every published article, newest first', () => {
		const feed = siteFeed(graph);
		expect([feed.path, feed.page, ids(feed.articles)]).toEqual(['/rss.xml', '/', [mar, feb, jan]]);
	});
});

describe('feedOptions', () => {
	const site = new URL('https://dossier.example.org');
	const many = Array.from({ length: 60 }, (_, i) =>
		article(`report-${String(i).padStart(2, '0')}`, { title: `Report ${i}`, summary: 'A report.', published: new Date(Date.UTC(2025, 0, 1 + i)) }),
	);
	const options = feedOptions({
		title: 'Dossier: Valmora',
		description: 'Explainers on Valmora, newest first.',
		path: '/actors/valmora/rss.xml',
		page: '/actors/valmora/',
		articles: buildGraph(contentOf(many)).articles,
		site,
		lang: 'en',
	});

	test(`carries the latest ${feedLimit} items of 60, newest first`, () => {
		expect(feedLimit).toBe(50);
		expect(options.items).toHaveLength(feedLimit);
		expect(options.items[0]?.title).toBe('Report 59');
		expect(options.items.at(-1)?.title).toBe('Report 10');
	});

	test('links the channel to the page the feed follows, and itself by an atom self link', () => {
		expect(options.site).toBe('https://dossier.example.org/actors/valmora/');
		expect(options.customData).toContain('<atom:link href="https://dossier.example.org/actors/valmora/rss.xml" rel="self" type="application/rss+xml"/>');
		expect(options.customData).toContain('<language>en</language>');
	});
});

describe('feedReport: what an article reports about the entity whose feed carries it', () => {
	const named = (kind: string, id: string, name: string) => ({ name, path: `/${kind}/${id}/` });
	const article = (id: string) => graph.article.get(id)!;

	test.each<[string, EntityKind, string, string, unknown]>([
		[
			"a demand: its status here and each party's stance, with note and cited outlet",
			'demands',
			'ferry-rights-restored',
			feb,
			{
				kind: 'demands',
				status: 'under-negotiation',
				stances: [{ actor: named('actors', 'kestrel-union', 'Kestrel Union'), stance: 'mixed', note: 'Open to a partial return.', source: 'Wire North' }],
			},
		],
		[
			'an actor: its positions here, and the status of demands put to it',
			'actors',
			'kestrel-union',
			mar,
			{
				kind: 'actors',
				positions: [
					{
						demand: named('demands', 'ferry-rights-restored', 'Ferry rights must be restored'),
						stance: 'supports',
						note: undefined,
						source: 'Ministère des Côtes',
					},
				],
				made: [],
				faced: [{ demand: named('demands', 'ferry-rights-restored', 'Ferry rights must be restored'), status: 'accepted' }],
			},
		],
		[
			'an actor: the status of a demand it makes',
			'actors',
			'valmora',
			jan,
			{
				kind: 'actors',
				positions: [],
				made: [{ demand: named('demands', 'ferry-rights-restored', 'Ferry rights must be restored'), status: 'new' }],
				faced: [],
			},
		],
		[
			'a source: its citations here, with title, address and date',
			'sources',
			'wire-north',
			feb,
			{
				kind: 'sources',
				citations: [
					{ title: 'Talks begin', url: 'https://reports.example.net/talks-begin', published: undefined },
					{ title: 'Union signals flexibility', url: 'https://reports.example.net/flexibility', published: undefined },
				],
			},
		],
		[
			'a topic: the actors and the other topics of the article',
			'topics',
			'ferry-dispute',
			feb,
			{
				kind: 'topics',
				actors: [named('actors', 'valmora', 'Valmora'), named('actors', 'kestrel-union', 'Kestrel Union'), named('actors', 'asa-odegard', 'Åsa Ødegård')],
				topics: [named('topics', 'economie-bleue', 'Économie bleue')],
			},
		],
	])('%s', (_, kind, id, articleId, report) => {
		expect(feedReport(graph, kind, id, article(articleId))).toEqual(report);
	});

	test('a draft reports nothing into a published feed: its positions and statuses are not in the graph', () => {
		expect(feedReport(graph, 'demands', 'ferry-rights-restored', graph.previews.get(newsroomIds.draft)!)).toEqual({
			kind: 'demands',
			status: undefined,
			stances: [],
		});
	});
});
