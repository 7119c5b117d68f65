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
import { demand, newsroom, newsroomIds } from '../helpers/entries.ts';

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
	[
		'a new demand put to a party with stances on others',
		(c) => c.demands.push(demand('port-fees-cut', { title: 'Port fees cut', by: 'valmora', addressedTo: ['kestrel-union'], topics: [] })),
	],
	['a demand retitled', (c) => (entryOf(c.demands, 'ferry-rights-restored').data.title = 'Ferry routes reopened')],
];

/** For each actor and demand on both sides of an edit, whether its first page's view, its chart, its key and its chart's inputs changed. */
function changes(edit: (content: Newsroom) => void) {
	const before = buildGraph(asStored(newsroom()), now);
	const edited = newsroom();
	edit(edited);
	const after = buildGraph(asStored(edited), now);
	return (['actors', 'demands'] as const).flatMap((kind) =>
		[...before.entities[kind].keys()]
			.filter((id) => after.entities[kind].has(id))
			.map((id) => {
				const [view, key] = [firstPageViews[kind], firstPageKeyViews[kind]].map((of) => [of(before, id), of(after, id)] as const);
				const differ = ([a, b]: readonly [unknown, unknown]) => cacheKey([a]) !== cacheKey([b]);
				return {
					page: `${kind}/${id}`,
					view: differ(view!),
					chart: differ([view![0].chart, view![1].chart]),
					key: differ(key!),
					inputs: differ([key![0].chart, key![1].chart]),
				};
			}),
	);
}

test.each(edits)('%s: every actor’s and demand’s first page whose view changed has a new key', (_, edit) => {
	const pages = changes(edit);
	expect(pages.filter((page) => page.view)).not.toEqual([]);
	expect(pages.filter((page) => page.view && !page.key).map((page) => page.page)).toEqual([]);
});

// The sections beside a chart change with most edits that change it: the chart's inputs must cover it on their own.
test.each(edits)('%s: every chart that changed has new inputs', (_, edit) => {
	expect(
		changes(edit)
			.filter((page) => page.chart && !page.inputs)
			.map((page) => page.page),
	).toEqual([]);
});

test('the edits change charts, of both kinds', () => {
	const changed = edits.flatMap(([, edit]) =>
		changes(edit)
			.filter((page) => page.chart)
			.map((page) => page.page.split('/')[0]),
	);
	expect(new Set(changed)).toEqual(new Set(['actors', 'demands']));
});

test('the key view holds no chart: what the keys spare is drawing them', () => {
	const graph = buildGraph(asStored(newsroom()), now);
	const demand = firstPageKeyViews.demands(graph, 'ferry-rights-restored');
	expect(Object.keys(demand.chart)).toEqual(['demand', 'statuses', 'positions', 'parties']);
	expect(firstPageViews.demands(graph, 'ferry-rights-restored').chart?.lanes.length).toBeGreaterThan(0);
});
