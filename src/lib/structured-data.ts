/**
 * schema.org JSON-LD for search engines and news aggregators: NewsArticle for
 * explainers, and the fitting type for each actor, source, topic and demand.
 */
import { site } from '../config.ts';
import { correctionsOf, lastModified } from './corrections.ts';
import type { Actor, Article, Demand, Source, Topic } from './graph.ts';
import type { ActorData, SourceData, TopicData } from './schemas.ts';
import { urls } from './urls.ts';

type Thing = Record<string, unknown>;

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

const topicType: Record<TopicData['kind'], string> = { theme: 'DefinedTerm', place: 'Place', event: 'Event' };

const publisher = (base: URL): Thing => ({ '@type': 'NewsMediaOrganization', name: site.title, url: base.href });

/** An actor as a node: its type, name, page and other names. */
export function actorThing(actor: Actor, base: URL): Thing {
	return {
		'@type': actorType[actor.data.kind],
		name: actor.data.name,
		url: new URL(urls.actor(actor.id), base).href,
		...(actor.data.aliases.length ? { alternateName: actor.data.aliases } : {}),
		...(actor.data.summary ? { description: actor.data.summary } : {}),
	};
}

export function articleThing(article: Article, actors: readonly Actor[], base: URL): Thing {
	const { title, summary, published, byline, sources } = article.data;
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: title,
		description: summary,
		url: new URL(urls.article(article.id), base).href,
		datePublished: published.toISOString(),
		dateModified: lastModified(article).toISOString(),
		...(byline ? { author: { '@type': 'Organization', name: byline } } : {}),
		publisher: publisher(base),
		// Named and linked only: each actor's page carries the rest.
		about: actors.map((actor) => ({ '@type': actorType[actor.data.kind], name: actor.data.name, url: new URL(urls.actor(actor.id), base).href })),
		citation: sources.map((citation) => ({
			'@type': 'CreativeWork',
			name: citation.title,
			url: citation.url,
			...(citation.published ? { datePublished: citation.published.toISOString() } : {}),
		})),
		correction: correctionsOf(article).map((correction) => ({
			'@type': 'CorrectionComment',
			text: correction.text,
			datePublished: correction.date.toISOString(),
		})),
	};
}

export const actorPageThing = (actor: Actor, base: URL): Thing => ({ '@context': 'https://schema.org', ...actorThing(actor, base) });

export const sourceThing = (source: Source, base: URL): Thing => ({
	'@context': 'https://schema.org',
	'@type': sourceType[source.data.kind],
	name: source.data.name,
	url: source.data.url ?? new URL(urls.source(source.id), base).href,
	...(source.data.summary ? { description: source.data.summary } : {}),
});

export const topicThing = (topic: Topic, base: URL): Thing => ({
	'@context': 'https://schema.org',
	'@type': topicType[topic.data.kind],
	name: topic.data.title,
	url: new URL(urls.topic(topic.id), base).href,
	...(topic.data.summary ? { description: topic.data.summary } : {}),
});

/** A demand has no schema.org type of its own: it is described as a Thing. */
export const demandThing = (demand: Demand, base: URL): Thing => ({
	'@context': 'https://schema.org',
	'@type': 'Thing',
	name: demand.data.title,
	url: new URL(urls.demand(demand.id), base).href,
	...(demand.data.summary ? { description: demand.data.summary } : {}),
});

/**
 * JSON for a <script> element: `<`, `>` and `&` are written as \u escapes,
 * so no text in the content can close the element or open a comment.
 */
export function serializeJsonLd(data: Thing): string {
	return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
