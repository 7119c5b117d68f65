/**
 * schema.org JSON-LD for search engines and news aggregators: NewsArticle for
 * explainers, and the type the entity registry gives each actor, demand,
 * source and topic.
 */
import { site } from '../config.ts';
import { type EntityDataOf, type EntityKind, type EntityOf, entityKinds, entityUrl } from './entities.ts';
import type { Actor, Article } from './graph.ts';
import { urls } from './urls.ts';
import { correctionsOf, lastModified } from './corrections.ts';
import type { ShareImage } from './share-image.ts';

type Thing = Record<string, unknown>;

const publisher = (base: URL): Thing => ({ '@type': 'NewsMediaOrganization', name: site.title, url: base.href });

/** What some kinds add to the name and page every entity has. */
const extras: { [Kind in EntityKind]?: (data: EntityDataOf[Kind]) => Thing } = {
	actors: (data) => (data.aliases.length ? { alternateName: data.aliases } : {}),
	// A source's own site says more about it than our page does.
	sources: (data) => (data.url ? { url: data.url } : {}),
};

/** An entity named and linked: its type, name and page. */
function entityRef<Kind extends EntityKind>(kind: Kind, entity: EntityOf<Kind>, base: URL): Thing {
	const info = entityKinds[kind];
	return { '@type': info.schemaType(entity.data), name: info.name(entity.data), url: new URL(entityUrl(kind, entity.id), base).href };
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

/** A picture as schema.org has it: its absolute address, size, caption and credit. */
const imageObject = (image: ShareImage, base: URL): Thing => ({
	'@type': 'ImageObject',
	url: new URL(image.src, base).href,
	width: image.width,
	height: image.height,
	...(image.caption ? { caption: image.caption } : {}),
	...(image.credit ? { creditText: image.credit } : {}),
});

export function articleThing(article: Article, actors: readonly Actor[], base: URL, image?: ShareImage): Thing {
	const { title, summary, published, byline, sources } = article.data;
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: title,
		description: summary,
		url: new URL(urls.article(article.id), base).href,
		datePublished: published,
		dateModified: lastModified(article),
		...(image ? { image: [imageObject(image, base)] } : {}),
		...(byline ? { author: { '@type': 'Organization', name: byline } } : {}),
		publisher: publisher(base),
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

/**
 * JSON for a <script> element: `<`, `>` and `&` are written as \u escapes,
 * so no text in the content can close the element or open a comment.
 */
export function serializeJsonLd(data: Thing): string {
	return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
