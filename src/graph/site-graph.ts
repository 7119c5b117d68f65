/**
 * The one place pages get content from: every collection is loaded and the
 * graph built once per build, then shared by every page and feed.
 */
import { type CollectionEntry, getCollection, render } from 'astro:content';
import { currentHandover } from '../check/handover.ts';
import type { Entry } from '../model/entry.ts';
import { type ContentGraph, buildGraph } from './graph.ts';

let graph: Promise<ContentGraph> | undefined;

export function getGraph(): Promise<ContentGraph> {
	graph ??= Promise.all([getCollection('articles'), getCollection('actors'), getCollection('demands'), getCollection('sources'), getCollection('topics')]).then(
		// Published as of the moment the content check judged, so that the build log, the check and the pages agree.
		([articles, actors, demands, sources, topics]) => buildGraph({ articles, actors, demands, sources, topics }, currentHandover().publishedAt()),
	);
	return graph;
}

/** The record of the explainers' changes, read from Git as the build began (src/check/git-history-fs.ts). */
export const getHistory = () => currentHandover().history();

/** The body of an entry the graph holds, as a component. The graph keeps the collections' own entries, so they render as such. */
export async function bodyOf(entry: Entry<unknown>) {
	const { Content } = await render(entry as CollectionEntry<'articles'>);
	return Content;
}
