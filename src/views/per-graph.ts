/** Views computed once per graph and id: a route's build key and its page ask for the same view. */
import type { ContentGraph } from '../graph/graph.ts';

export function perGraph<View>(view: (graph: ContentGraph, id: string) => View): (graph: ContentGraph, id: string) => View {
	const cache = new WeakMap<ContentGraph, Map<string, View>>();
	return (graph, id) => {
		let views = cache.get(graph);
		if (!views) cache.set(graph, (views = new Map()));
		if (!views.has(id)) views.set(id, view(graph, id));
		return views.get(id)!;
	};
}
