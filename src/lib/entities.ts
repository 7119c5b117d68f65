/**
 * The entity registry: what the site knows about each kind of thing an
 * explainer connects (actors, demands, sources, topics), said once. The graph,
 * views, validator, structured data, feeds and components ask here for a
 * kind's name in editors' messages, display name, URLs and schema.org type;
 * what readers call it, in their language, is in the interface catalogue.
 */
import { withBase, withoutBase } from './base-path.ts';
import type { Entry } from './graph.ts';
import type { ActorData, DemandData, SourceData, TopicData } from './schemas.ts';

/** Each kind's frontmatter, as its schema hands it over. */
export interface EntityDataOf {
	actors: ActorData;
	demands: DemandData;
	sources: SourceData;
	topics: TopicData;
}

export type EntityKind = keyof EntityDataOf;

/** An entity as Astro's collections hand it over. */
export type EntityOf<Kind extends EntityKind> = Entry<EntityDataOf[Kind]>;

export interface EntityKindInfo<Kind extends EntityKind> {
	/** The noun in editors' messages and search filters: "actor". Readers' words for it are in the interface catalogue. */
	singular: string;
	/** The name pages, links and feeds show. */
	name: (data: EntityDataOf[Kind]) => string;
	/** The schema.org type that describes it. */
	schemaType: (data: EntityDataOf[Kind]) => string;
}

const actorType: Record<ActorData['kind'], string> = {
	country: 'Country',
	government: 'GovernmentOrganization',
	alliance: 'Organization',
	organization: 'Organization',
	person: 'Person',
	group: 'Organization',
};

const sourceType: Record<SourceData['kind'], string> = {
	'wire-service': 'NewsMediaOrganization',
	newspaper: 'NewsMediaOrganization',
	broadcaster: 'NewsMediaOrganization',
	magazine: 'NewsMediaOrganization',
	government: 'GovernmentOrganization',
	'international-organization': 'Organization',
	'think-tank': 'Organization',
	other: 'Organization',
};

/** An event is an Event only with the start and place search engines require of one; until then, a Thing. */
export const isDatedEvent = (data: TopicData): data is TopicData & { startDate: string; location: string } =>
	data.kind === 'event' && Boolean(data.startDate && data.location);

const topicType: Record<TopicData['kind'], (data: TopicData) => string> = {
	theme: () => 'DefinedTerm',
	place: () => 'Place',
	event: (data) => (isDatedEvent(data) ? 'Event' : 'Thing'),
};

export const entityKinds: { readonly [Kind in EntityKind]: EntityKindInfo<Kind> } = {
	actors: {
		singular: 'actor',
		name: (data) => data.name,
		schemaType: (data) => actorType[data.kind],
	},
	demands: {
		singular: 'demand',
		name: (data) => data.title,
		// schema.org has no type for a demand.
		schemaType: () => 'Thing',
	},
	sources: {
		singular: 'source',
		name: (data) => data.name,
		schemaType: (data) => sourceType[data.kind],
	},
	topics: {
		singular: 'topic',
		name: (data) => data.title,
		schemaType: (data) => topicType[data.kind](data),
	},
};

/** The kinds in the order the site lists them. */
export const entityKindList = Object.keys(entityKinds) as EntityKind[];

/** Narrows a string (a route parameter, a collection name) to a kind. */
export const isEntityKind = (value: string): value is EntityKind => Object.hasOwn(entityKinds, value);

/** An entity's page from the site's root, without the base path: what editors write in bodies (/actors/russia/). */
export const entityPath = (kind: EntityKind, id: string) => `/${kind}/${id}/`;

/** The index page of a kind: /actors/ (under the base path, as every URL below). */
export const indexUrl = (kind: EntityKind) => withBase(`/${kind}/`);

/** An entity's page: /actors/russia/. */
export const entityUrl = (kind: EntityKind, id: string) => withBase(entityPath(kind, id));

/** The feed of the explainers connected to an entity: /actors/russia/rss.xml. */
export const entityFeedUrl = (kind: EntityKind, id: string) => `${entityUrl(kind, id)}rss.xml`;

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

/** An entity's display name, for code that holds an entity of any kind. */
export const entityName = (kind: EntityKind, entity: EntityOf<EntityKind>): string =>
	(entityKinds[kind].name as (data: EntityDataOf[EntityKind]) => string)(entity.data);
