/**
 * The kinds of entity an explainer connects, with the noun editors' messages use
 * for each and the URLs of their pages: the part of the entity registry
 * (entities.ts, which re-exports all of this) that needs no schema, so the
 * schemas' reference fields can ask it.
 */
import { withBase, withoutBase } from '../config/base-path.ts';

/** The noun in editors' messages and search filters: "actor". Readers' words for it are in the interface catalogue. */
export const entityNouns = { actors: 'actor', demands: 'demand', sources: 'source', topics: 'topic' } as const;

export type EntityKind = keyof typeof entityNouns;

/** The kinds in the order the site lists them. */
export const entityKindList = Object.keys(entityNouns) as EntityKind[];

/** Narrows a string (a route parameter, a collection name) to a kind. */
export const isEntityKind = (value: string): value is EntityKind => Object.hasOwn(entityNouns, value);

/** An entity's page from the site's root, without the base path: what editors write in bodies (/actors/russia/). */
export const entityPath = (kind: EntityKind, id: string) => `/${kind}/${id}/`;

/** The index page of a kind: /actors/ (under the base path, as every URL below). */
export const indexUrl = (kind: EntityKind) => withBase(`/${kind}/`);

/** An entity's page: /actors/russia/. */
export const entityUrl = (kind: EntityKind, id: string) => withBase(entityPath(kind, id));

/** One of an entity's own lists, in full, on pages of its own: /actors/russia/stances/. */
export const entityListUrl = (kind: EntityKind, id: string, list: string) => `${entityUrl(kind, id)}${list}/`;

/** The feed of the explainers connected to an entity, from the site's root, without the base path: /actors/russia/rss.xml. */
export const entityFeedPath = (kind: EntityKind, id: string) => `${entityPath(kind, id)}rss.xml`;

/** The feed of the explainers connected to an entity: /actors/russia/rss.xml. */
export const entityFeedUrl = (kind: EntityKind, id: string) => withBase(entityFeedPath(kind, id));

/**
 * The entity a root-relative link points at (/actors/russia/, also with a
 * fragment or a later page, and with or without the base path), or undefined for any other link.
 */
export function parseEntityUrl(href: string): { kind: EntityKind; id: string } | undefined {
	const [, kind, id, ...rest] = withoutBase(href.split(/[?#]/, 1)[0]!).split('/');
	if (!kind || !id || !rest.length || !isEntityKind(kind)) return undefined;
	try {
		return { kind, id: decodeURIComponent(id) };
	} catch {
		return undefined;
	}
}
