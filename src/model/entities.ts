/**
 * The entity registry: what the site knows about each kind of thing an
 * explainer connects (actors, demands, sources, topics), said once, with the
 * kinds, their nouns and URLs from entity-kinds.ts. The graph,
 * views, validator, structured data, feeds and components ask here for a
 * kind's name in editors' messages, display name, URLs and schema.org type;
 * what readers call it, in their language, is in the interface catalogue.
 */
import type { Entry } from './entry.ts';
import { type EntityKind, entityNouns } from './entity-kinds.ts';
import type { ActorData, DemandData, SourceData, TopicData } from './schemas.ts';

/** Each kind's frontmatter, as its schema hands it over. */
export interface EntityDataOf {
	actors: ActorData;
	demands: DemandData;
	sources: SourceData;
	topics: TopicData;
}

export * from './entity-kinds.ts';

/** An entity as Astro's collections hand it over. */
export type EntityOf<Kind extends EntityKind> = Entry<EntityDataOf[Kind]>;

export interface EntityKindInfo<Kind extends EntityKind> {
	/** The noun in editors' messages and search filters (entity-kinds.ts). */
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

/** The field that holds each kind's display name. */
export const nameFields = { actors: 'name', demands: 'title', sources: 'name', topics: 'title' } as const satisfies {
	readonly [Kind in EntityKind]: keyof EntityDataOf[Kind];
};

export const entityKinds: { readonly [Kind in EntityKind]: EntityKindInfo<Kind> } = {
	actors: {
		singular: entityNouns.actors,
		name: (data) => data[nameFields.actors],
		schemaType: (data) => actorType[data.kind],
	},
	demands: {
		singular: entityNouns.demands,
		name: (data) => data[nameFields.demands],
		// schema.org has no type for a demand.
		schemaType: () => 'Thing',
	},
	sources: {
		singular: entityNouns.sources,
		name: (data) => data[nameFields.sources],
		schemaType: (data) => sourceType[data.kind],
	},
	topics: {
		singular: entityNouns.topics,
		name: (data) => data[nameFields.topics],
		schemaType: (data) => topicType[data.kind](data),
	},
};

/** An entity's display name, for code that holds an entity of any kind. */
export const entityName = (kind: EntityKind, entity: EntityOf<EntityKind>): string =>
	(entityKinds[kind].name as (data: EntityDataOf[EntityKind]) => string)(entity.data);
