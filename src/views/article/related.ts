/** Related reading: the explainers that share most with an article. */
import { type ContentGraph, articleActors, byNewest } from '../../graph/graph.ts';
import type { Article } from '../../model/entry.ts';

/** Articles on each side of an article that related reading looks at, per shared entity. */
const relatedWindow = 200;

/**
 * Articles of an entity list published nearest to `article`. An actor in every
 * article would otherwise make related reading cost grow with the square of
 * the newsroom.
 */
function nearInTime(list: readonly Article[], article: Article): readonly Article[] {
	if (list.length <= 2 * relatedWindow) return list;
	const at = positionIn(list, article);
	return list.slice(Math.max(0, at - relatedWindow), at + relatedWindow + 1);
}

/** Where `article` sits in a newest-first list (or would), found by halving: an actor in every article makes the list long. */
function positionIn(list: readonly Article[], article: Article): number {
	let [low, high] = [0, list.length];
	while (low < high) {
		const middle = (low + high) >> 1;
		if (byNewest(list[middle]!, article) < 0) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** How many demands, actors and topics another article shares with this one. */
type Score = [number, number, number];

/**
 * Up to `limit` other articles, ranked by shared demands, then shared actors,
 * then shared topics, then recency.
 */
export function relatedArticles(graph: ContentGraph, article: Article, limit = 5): Article[] {
	if (limit < 1) return [];
	const shared = new Map<Article, Score>();
	const count = (ids: Iterable<string>, index: ReadonlyMap<string, Article[]>, slot: 0 | 1 | 2) => {
		for (const id of new Set(ids)) {
			for (const other of nearInTime(index.get(id) ?? [], article)) {
				if (other.id === article.id) continue;
				const score = shared.get(other) ?? [0, 0, 0];
				score[slot]++;
				shared.set(other, score);
			}
		}
	};
	count(
		article.data.demands.map((entry) => entry.demand),
		graph.listedIn.demands,
		0,
	);
	count(articleActors(article), graph.listedIn.actors, 1);
	count(article.data.topics, graph.listedIn.topics, 2);
	// Only the best few are wanted: keeping them in order as the scores go by costs far less than sorting every candidate.
	const ranked = ([a, x]: [Article, Score], [b, y]: [Article, Score]) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || byNewest(a, b);
	const best: [Article, Score][] = [];
	for (const candidate of shared) {
		if (best.length === limit && ranked(candidate, best.at(-1)!) >= 0) continue;
		const at = best.findIndex((other) => ranked(candidate, other) < 0);
		best.splice(at === -1 ? best.length : at, 0, candidate);
		if (best.length > limit) best.pop();
	}
	return best.map(([other]) => other);
}
