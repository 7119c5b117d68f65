/**
 * The one place pages get content from: every collection is loaded and the
 * graph built once per build, then shared by every page and feed.
 */
import { type CollectionEntry, getCollection, render } from 'astro:content';
import { currentHandover } from '../check/handover.ts';
import { withBodyFromFile } from '../markdown/stored-bodies-fs.ts';
import type { Entry } from '../model/entry.ts';
import { type ContentGraph, buildGraph } from './graph.ts';

let graph: Promise<ContentGraph> | undefined;

/** An entry whose body's HTML is read from its file when a page or feed shows it. */
const withBody = <E extends Entry<unknown>>(entry: E): E => (entry.rendered ? { ...entry, rendered: withBodyFromFile(entry.rendered) } : entry);

export function getGraph(): Promise<ContentGraph> {
	graph ??= Promise.all([getCollection('articles'), getCollection('actors'), getCollection('demands'), getCollection('sources'), getCollection('topics')]).then(
		// Published as of the moment the content check judged, so that the build log, the check and the pages agree.
		([articles, actors, demands, sources, topics]) =>
			buildGraph(
				{
					articles: articles.map(withBody),
					actors: actors.map(withBody),
					demands: demands.map(withBody),
					sources: sources.map(withBody),
					topics: topics.map(withBody),
				},
				currentHandover().publishedAt(),
			),
	);
	return graph;
}

/** The record of the explainers' changes, read from Git as the build began (src/check/git-history-fs.ts). */
export const getHistory = () => currentHandover().history();

/** The body of an entry the graph holds, as a component. The graph keeps copies of the collections' own entries, which render as such. */
export async function bodyOf(entry: Entry<unknown>) {
	const { Content } = await render(entry as CollectionEntry<'articles'>);
	return Content;
}
