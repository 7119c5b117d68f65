/** Related reading: the explainers that share most with an article, found among a bounded window even in a large newsroom. */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/graph.ts';
import { articlePage } from '../../src/views/article/article.ts';
import { relatedArticles } from '../../src/views/article/related.ts';
import { article, contentOf, ids } from '../helpers/entries.ts';
import { summaries } from '../helpers/views.ts';

describe('relatedArticles', () => {
	// The subject covers two demands, two actors and two topics; each other article shares a different part of that.
	const shares = (id: string, published: string, demands: string[], actors: string[], topics: string[]) =>
		article(id, {
			title: id,
			summary: 'Related, or not.',
			published,
			demands: demands.map((d) => ({ demand: d })),
			actors,
			topics,
		});
	const subject = shares('subject', '2025-06-01', ['d1', 'd2'], ['a1', 'a2'], ['t1', 't2']);
	const others = [
		// Oldest of all, but shares the most demands.
		shares('two-demands', '2025-01-01', ['d1', 'd2'], [], []),
		shares('demand-two-actors', '2025-01-02', ['d1'], ['a1', 'a2'], []),
		shares('demand-actor-two-topics', '2025-01-03', ['d2'], ['a2'], ['t1', 't2']),
		shares('demand-actor-topic-newer', '2025-01-05', ['d1'], ['a1'], ['t1']),
		shares('demand-actor-topic-older', '2025-01-04', ['d2'], ['a2'], ['t2']),
		// Same day as the one above: the id decides.
		shares('demand-actor-topic-older-twin', '2025-01-04', ['d1'], ['a1'], ['t2']),
		// The newest, sharing every actor and topic but no demand.
		shares('actors-and-topics-only', '2025-07-01', [], ['a1', 'a2'], ['t1', 't2']),
		shares('unrelated', '2025-08-01', ['d3'], ['a3'], ['t3']),
	];
	const ranking = [
		'two-demands',
		'demand-two-actors',
		'demand-actor-two-topics',
		'demand-actor-topic-newer',
		'demand-actor-topic-older',
		'demand-actor-topic-older-twin',
		'actors-and-topics-only',
	];
	const g = buildGraph(contentOf([subject, ...others]));

	test('ranks by shared demands, then actors, then topics, then recency, leaving out what shares nothing', () => {
		expect(ids(relatedArticles(g, subject, 10))).toEqual(ranking);
	});

	test('lists at most five by default, on the article page too', () => {
		expect(ids(relatedArticles(g, subject))).toEqual(ranking.slice(0, 5));
		expect(summaries(articlePage(g, subject).related)).toEqual(ranking.slice(0, 5));
	});

	test.each([0, 1, 3, 7])('a limit of %i keeps the best that many, in rank order', (limit) => {
		expect(ids(relatedArticles(g, subject, limit))).toEqual(ranking.slice(0, limit));
		const reloaded = buildGraph(contentOf([...others].reverse().concat(subject)));
		expect(ids(relatedArticles(reloaded, subject, limit))).toEqual(ranking.slice(0, limit));
	});

	test('is the same whatever order the content was loaded in', () => {
		const reloaded = buildGraph(contentOf([...others].reverse().concat(subject)));
		expect(ids(relatedArticles(reloaded, subject, 10))).toEqual(ranking);
	});

	test('a demand listed twice counts once', () => {
		const twice = shares('twice', '2025-06-02', ['d1', 'd1', 'd2'], [], []);
		const h = buildGraph(contentOf([twice, ...others]));
		// Counted twice, d1 would put every article sharing it before those sharing d2.
		expect(ids(relatedArticles(h, twice, 10))).toEqual([
			'two-demands',
			'demand-actor-topic-newer',
			'demand-actor-topic-older',
			'demand-actor-topic-older-twin',
			'demand-actor-two-topics',
			'demand-two-actors',
		]);
	});

	test('sharing is mutual: an actor an article names only in a position is shared from either side', () => {
		// The graph counts an actor whose position an article reports among that article's actors (listedIn.actors).
		const reportsPosition = article('reports-position', {
			title: 'Reports a position',
			summary: 'Only a position.',
			published: '2025-01-02',
			demands: [{ demand: 'd9', positions: [{ actor: 'a1', stance: 'supports' }] }],
		});
		const listsActor = article('lists-actor', { title: 'Lists the actor', summary: 'Lists a1.', published: '2025-01-01', actors: ['a1'] });
		const h = buildGraph(contentOf([reportsPosition, listsActor]));
		expect(ids(relatedArticles(h, listsActor))).toEqual(['reports-position']);
		expect(ids(relatedArticles(h, reportsPosition))).toEqual(['lists-actor']);
	});

	test('an article sharing nothing has no related articles', () => {
		expect(relatedArticles(g, g.article.get('unrelated')!)).toEqual([]);
	});
});

describe('bounded lists, so no page grows with the newsroom', () => {
	test('related reading still finds a shared demand far off in time, among 500 articles sharing an actor', () => {
		const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i));
		const crowd = Array.from({ length: 500 }, (_, i) =>
			article(`crowd-${String(i).padStart(3, '0')}`, { title: `Crowd ${i}`, summary: 'Everyone.', published: day(i), actors: ['everywhere'] }),
		);
		const subject = article('subject', { title: 'Subject', summary: 'Here.', published: day(250), actors: ['everywhere'], demands: [{ demand: 'd' }] });
		const farOff = article('far-off', { title: 'Far off', summary: 'Long ago.', published: '2010-01-01', demands: [{ demand: 'd' }] });
		const related = ids(relatedArticles(buildGraph(contentOf([...crowd, subject, farOff])), subject));
		expect(related[0]).toBe('far-off');
		expect(related).toHaveLength(5);
	});
});
