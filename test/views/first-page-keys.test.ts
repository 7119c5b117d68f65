/**
 * An entity's first page is keyed for incremental builds by what its charts are drawn from, not by the charts:
 * whatever edit changes what an actor's or a demand's first page shows must change its key, or a rebuild would
 * keep the page as it was.
 */
import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { buildGraph, type ContentSet } from '../../src/graph/graph.ts';
import { cacheKey } from '../../src/routing/cache-key.ts';
import { firstPageKeyViews, firstPageViews } from '../../src/views/entity/entity.ts';
import { newsroom, newsroomIds } from '../helpers/entries.ts';

const now = new Date('2025-06-01T00:00:00Z');
type Newsroom = ReturnType<typeof newsroom>;

/** The newsroom's entries as Astro hands them over: each with its collection and the digest of its data. */
function asStored(content: Newsroom): ContentSet {
	const stored = <Entry extends { id: string; data: unknown }>(collection: string, entries: readonly Entry[]) =>
		entries.map((entry) => ({ ...entry, collection, digest: createHash('sha1').update(JSON.stringify(entry.data)).digest('hex') }));
	return {
		articles: stored('articles', content.articles),
		actors: stored('actors', content.actors),
		demands: stored('demands', content.demands),
		sources: stored('sources', content.sources),
		topics: stored('topics', content.topics),
	};
}

const articleOf = (content: Newsroom, id: string) => content.articles.find((article) => article.id === id)!;
const entryOf = <Entry extends { id: string }>(entries: Entry[], id: string) => entries.find((entry) => entry.id === id)!;

const edits: [string, (content: Newsroom) => void][] = [
	['a stance changed', (c) => (articleOf(c, newsroomIds.jan).data.demands[0]!.positions[0]!.stance = 'mixed')],
	['the day a stance was taken given', (c) => (articleOf(c, newsroomIds.feb).data.demands[0]!.positions[0]!.date = '2025-01-20')],
	['a status changed', (c) => (articleOf(c, newsroomIds.feb).data.demands[0]!.status = 'rejected')],
	['an article dated later', (c) => (articleOf(c, newsroomIds.feb).data.published = '2025-03-25')],
	[
		'a position by a party with none before',
		(c) => articleOf(c, newsroomIds.mar).data.demands[0]!.positions.push({ actor: 'harbour-league', stance: 'opposes' }),
	],
	['an actor renamed', (c) => (entryOf(c.actors, 'kestrel-union').data.name = 'Kestrel Workers’ Union')],
	['an actor’s file deleted', (c) => c.actors.splice(c.actors.indexOf(entryOf(c.actors, 'kestrel-union')), 1)],
	['a demand first raised earlier', (c) => (entryOf(c.demands, 'ferry-rights-restored').data.firstRaised = '2020-01-01')],
	['a demand put to another side', (c) => entryOf(c.demands, 'tariff-freeze').data.addressedTo.push('harbour-league')],
	['a demand retitled', (c) => (entryOf(c.demands, 'ferry-rights-restored').data.title = 'Ferry routes reopened')],
];

test.each(edits)('%s: every actor’s and demand’s first page whose view changed has a new key', (_, edit) => {
	const before = buildGraph(asStored(newsroom()), now);
	const edited = newsroom();
	edit(edited);
	const after = buildGraph(asStored(edited), now);
	const changed: string[] = [];
	const missed: string[] = [];
	for (const kind of ['actors', 'demands'] as const) {
		for (const id of before.entities[kind].keys()) {
			if (!after.entities[kind].has(id)) continue;
			const viewChanged = cacheKey(firstPageViews[kind](before, id)) !== cacheKey(firstPageViews[kind](after, id));
			const keyChanged = cacheKey(firstPageKeyViews[kind](before, id)) !== cacheKey(firstPageKeyViews[kind](after, id));
			if (viewChanged) changed.push(`${kind}/${id}`);
			if (viewChanged && !keyChanged) missed.push(`${kind}/${id}`);
		}
	}
	expect(changed).not.toEqual([]);
	expect(missed).toEqual([]);
});

test('the key view holds no chart: what the keys spare is drawing them', () => {
	const graph = buildGraph(asStored(newsroom()), now);
	const demand = firstPageKeyViews.demands(graph, 'ferry-rights-restored');
	expect(Object.keys(demand.chart)).toEqual(['demand', 'statuses', 'positions', 'parties']);
	expect(firstPageViews.demands(graph, 'ferry-rights-restored').chart?.lanes.length).toBeGreaterThan(0);
});
