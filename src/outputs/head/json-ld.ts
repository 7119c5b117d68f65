/**
 * schema.org JSON-LD for search engines and news aggregators: NewsArticle for
 * explainers, and the type the entity registry gives each actor, demand,
 * source and topic. Nodes carry stable @ids (json-ld-nodes.ts), so a search
 * engine knows the actor an article is about is the one the actor's page describes.
 */
import { siteCard } from './open-graph.ts';
import { type SitePicture, site } from '../../config/site.ts';
import { type EntityDataOf, type EntityKind, type EntityOf, entityKinds, entityUrl, isDatedEvent } from '../../model/entities.ts';
import type { Actor } from '../../graph/graph.ts';
import type { Article } from '../../model/entry.ts';
import { nodeIds, organizationNode, pictureObject, publisherUrl, type Thing, trailedPage } from './json-ld-nodes.ts';
import type { Crumb } from '../../views/breadcrumbs.ts';
import { urls } from '../../model/urls.ts';
import { correctionsOf, lastModified } from '../../model/corrections.ts';
import type { ShareImage } from '../images/lead-share-image.ts';

/** What some kinds add to the name and page every entity has. */
const extras: { [Kind in EntityKind]?: (data: EntityDataOf[Kind]) => Thing } = {
	actors: (data) => (data.aliases.length ? { alternateName: data.aliases } : {}),
	// A source's own site says more about it than our page does.
	sources: (data) => (data.url ? { url: data.url } : {}),
	// An Event says when and where; the place's name is all the address an editor gives.
	topics: (data) =>
		isDatedEvent(data)
			? {
					startDate: data.startDate,
					...(data.endDate ? { endDate: data.endDate } : {}),
					location: { '@type': 'Place', name: data.location, address: data.location },
				}
			: {},
};

/** An entity named and linked: its type, @id, name and page. */
function entityRef<Kind extends EntityKind>(kind: Kind, entity: EntityOf<Kind>, base: URL): Thing {
	const info = entityKinds[kind];
	return {
		'@type': info.schemaType(entity.data),
		'@id': nodeIds.entity(kind, entity.id, base),
		name: info.name(entity.data),
		url: new URL(entityUrl(kind, entity.id), base).href,
	};
}

/** An entity as a node of its own: named, linked, with what its kind adds and its summary. */
export function entityThing<Kind extends EntityKind>(kind: Kind, entity: EntityOf<Kind>, base: URL): Thing {
	const { summary } = entity.data;
	return {
		...entityRef(kind, entity, base),
		...extras[kind]?.(entity.data),
		...(summary ? { description: summary } : {}),
	};
}

/** What an entity's page tells search engines: the entity, and the trail of links to its page. */
export const entityPageGraph = <Kind extends EntityKind>(kind: Kind, entity: EntityOf<Kind>, trail: Crumb[], base: URL): Thing =>
	trailedPage(trail, base, entityThing(kind, entity, base)).structuredData;

/** A picture as schema.org has it: its absolute address, size, caption and credit. */
const imageObject = (image: ShareImage, base: URL): Thing => ({
	'@type': 'ImageObject',
	url: new URL(image.src, base).href,
	width: image.width,
	height: image.height,
	...(image.caption ? { caption: image.caption } : {}),
	...(image.credit ? { creditText: image.credit } : {}),
});

/**
 * The article's picture for search engines: its lead picture, else its
 * sharing card, else the site's sharing picture (the newsroom's own, or the
 * card drawn from the site's name), so every NewsArticle has one.
 */
export function articleImage(base: URL, lead?: ShareImage, card?: SitePicture, siteImage: SitePicture = siteCard): Thing {
	if (lead) return imageObject(lead, base);
	return pictureObject(card ?? siteImage, base);
}

/**
 * Who wrote it: a desk is part of the newsroom (an Organization at the
 * site's address), a person is a Person, and no byline means the publisher.
 */
export function authorOf(article: Article, base: URL): Thing {
	const { byline, bylineKind } = article.data;
	const publisher = { '@id': nodeIds.organization(base) };
	if (!byline) return { '@type': 'NewsMediaOrganization', ...publisher, name: site.publisher.name, url: publisherUrl(base) };
	if (bylineKind === 'person') return { '@type': 'Person', name: byline };
	return { '@type': 'Organization', name: byline, url: publisherUrl(base), parentOrganization: publisher };
}

export function articleThing(article: Article, actors: readonly Actor[], base: URL, image?: ShareImage, card?: SitePicture): Thing {
	const { title, summary, published, sources, lang } = article.data;
	const url = new URL(urls.article(article.id), base).href;
	return {
		'@type': 'NewsArticle',
		'@id': nodeIds.article(article.id, base),
		headline: title,
		description: summary,
		url,
		mainEntityOfPage: url,
		inLanguage: lang ?? site.locale,
		isPartOf: { '@id': nodeIds.website(base) },
		datePublished: published,
		dateModified: lastModified(article),
		image: [articleImage(base, image, card)],
		author: authorOf(article, base),
		publisher: organizationNode(base),
		// Named and linked only: each actor's page carries the rest.
		about: actors.map((actor) => entityRef('actors', actor, base)),
		citation: sources.map((citation) => ({
			'@type': 'CreativeWork',
			name: citation.title,
			...(citation.url ? { url: citation.url } : {}),
			...(citation.published ? { datePublished: citation.published } : {}),
		})),
		correction: correctionsOf(article).map((correction) => ({
			'@type': 'CorrectionComment',
			text: correction.text,
			datePublished: correction.date,
		})),
	};
}

export type { Thing };

/**
 * JSON for a <script> element: `<`, `>` and `&` are written as \u escapes,
 * so no text in the content can close the element or open a comment.
 */
export function serializeJsonLd(data: Thing): string {
	return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
