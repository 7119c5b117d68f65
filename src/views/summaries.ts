/**
 * The small shapes lists show everywhere: an article with its key actors, a
 * demand with its author and current status; and the lookups they rest on.
 */
import { compareNames } from '../i18n/index.ts';
import { type EntityKind, type EntityOf, entityKinds } from '../model/entities.ts';
import { type Actor, type ContentGraph, type Demand, type StatusRecord, currentStatus } from '../graph/graph.ts';
import type { Article } from '../model/entry.ts';

/** Orders entities of one kind by the name readers see. */
export const byName =
	<Kind extends EntityKind>(kind: Kind) =>
	(a: EntityOf<Kind>, b: EntityOf<Kind>) =>
		compareNames(entityKinds[kind].name(a.data), entityKinds[kind].name(b.data));

/** Every entity of a kind, by name. */
export const entitiesByName = <Kind extends EntityKind>(graph: ContentGraph, kind: Kind): EntityOf<Kind>[] =>
	[...graph.entities[kind].values()].sort(byName(kind));

/** Looks ids up, dropping any that name nothing (the content check refuses those before a build). */
export function resolve<Kind extends EntityKind>(graph: ContentGraph, kind: Kind, ids: Iterable<string>): EntityOf<Kind>[] {
	return [...new Set(ids)].flatMap((id) => graph.entities[kind].get(id) ?? []);
}

/** An article as lists show it: with up to three of its actors. */
export interface ArticleSummary {
	article: Article;
	keyActors: Actor[];
}

export const summarise = (graph: ContentGraph, article: Article): ArticleSummary => ({
	article,
	keyActors: resolve(graph, 'actors', article.data.actors).slice(0, 3),
});

export interface DemandSummary {
	demand: Demand;
	by?: Actor;
	status?: StatusRecord;
}

export const summariseDemand = (graph: ContentGraph, demand: Demand): DemandSummary => ({
	demand,
	by: graph.entities.actors.get(demand.data.by),
	status: currentStatus(graph, demand.id),
});
