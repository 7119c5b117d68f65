/**
 * The one place pages get content from: every collection is loaded and the
 * graph built once per build, then shared by every page and feed.
 */
import { getCollection } from 'astro:content';
import { buildGraph, type ContentGraph } from './graph.ts';

let graph: Promise<ContentGraph> | undefined;

export function getGraph(): Promise<ContentGraph> {
	graph ??= Promise.all([
		getCollection('articles'),
		getCollection('actors'),
		getCollection('demands'),
		getCollection('sources'),
		getCollection('topics'),
	]).then(([articles, actors, demands, sources, topics]) => buildGraph({ articles, actors, demands, sources, topics }));
	return graph;
}
