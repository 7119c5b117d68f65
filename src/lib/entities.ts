/**
 * The entity registry: what the site knows about each kind of thing an
 * explainer connects (actors, demands, sources, topics), said once. The graph,
 * views, validator, structured data, feeds and components ask here for a
 * kind's labels, display name, URLs, schema.org type and wording.
 */
import { withBase, withoutBase } from './base-path.ts';
import { actorKindLabel, countOf } from './format.ts';
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
	/** The noun in sentences and editors' messages: "actor". */
	singular: string;
	/** The index page's title and navigation label: "Actors". */
	plural: string;
	/** The name pages, links and feeds show. */
	name: (data: EntityDataOf[Kind]) => string;
	/** The schema.org type that describes it. */
	schemaType: (data: EntityDataOf[Kind]) => string;
	/** The index page's description. */
	indexDescription: string;
	/** The entity page's description when the entity has no summary. */
	pageDescription: (name: string) => string;
	/** The line beside an entity on its index page, given how many explainers mention it (demands have their own index). */
	indexMeta?: (data: EntityDataOf[Kind], mentions: number) => string;
	/** How its page's Follow link names it: "Follow {this} by RSS". */
	followName: (name: string) => string;
	/** The title of the list of explainers on its page. */
	mentionsTitle: string;
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
		plural: 'Actors',
		name: (data) => data.name,
		schemaType: (data) => actorType[data.kind],
		indexDescription: 'Every country, government, alliance, organization, person and group in our explainers.',
		pageDescription: (name) => `${name} in our explainers.`,
		indexMeta: (data, mentions) => `${actorKindLabel[data.kind]}, ${countOf(mentions, 'explainer')}`,
		followName: (name) => name,
		mentionsTitle: 'Mentioned in',
	},
	demands: {
		singular: 'demand',
		plural: 'Demands',
		name: (data) => data.title,
		// schema.org has no type for a demand.
		schemaType: () => 'Thing',
		indexDescription: 'Every demand in our explainers: who makes it, where it stands now, and where each side stands on it.',
		pageDescription: (name) => name,
		// A demand's title is a sentence: "Follow Ukraine must never join NATO by RSS" would not read.
		followName: () => 'this demand',
		mentionsTitle: 'Mentioned in',
	},
	sources: {
		singular: 'source',
		plural: 'Sources',
		name: (data) => data.name,
		schemaType: (data) => sourceType[data.kind],
		indexDescription: 'The outlets and originators of the reporting our explainers cite.',
		pageDescription: (name) => `Reporting by ${name} cited in our explainers.`,
		indexMeta: (_, mentions) => `cited in ${countOf(mentions, 'explainer')}`,
		followName: (name) => name,
		mentionsTitle: 'Cited in',
	},
	topics: {
		singular: 'topic',
		plural: 'Topics',
		name: (data) => data.title,
		schemaType: (data) => topicType[data.kind](data),
		indexDescription: 'Themes, places and events our explainers cover.',
		pageDescription: (name) => `Explainers about ${name}.`,
		indexMeta: (_, mentions) => countOf(mentions, 'explainer'),
		followName: (name) => name,
		mentionsTitle: 'Mentioned in',
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
