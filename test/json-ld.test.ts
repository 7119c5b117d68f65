/**
 * schema.org JSON-LD: what search engines and aggregators read about each page,
 * and that no content can break out of the <script> element that carries it.
 */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../src/graph/graph.ts';
import { articleImage, articleThing, entityPageGraph, entityThing, serializeJsonLd } from '../src/outputs/head/json-ld.ts';
import type { EntityKind } from '../src/model/entities.ts';
import { entityHeader } from '../src/views/entity/entity.ts';
import { actor, article, contentOf, demand, source, topic } from './helpers/entries.ts';

const base = new URL('https://dossier.example.org/');

describe('serializeJsonLd', () => {
	const hostile = 'Ferry </script><script>alert(1)</script> <!-- deal --> & “quotes” \u2028line\u2029para \\ "end"';
	const json = serializeJsonLd({ '@type': 'NewsArticle', headline: hostile });

	test('writes no <, > or &, so nothing can close the script element or open a comment', () => {
		expect(json).not.toMatch(/[<>&]/);
		expect(json.toLowerCase()).not.toContain('</script');
		expect(json).not.toContain('<!--');
	});

	test('writes no raw line or paragraph separator', () => {
		expect(json).not.toMatch(/[\u2028\u2029]/);
	});

	test('parses back to exactly the original text', () => {
		expect(JSON.parse(json)).toEqual({ '@type': 'NewsArticle', headline: hostile });
	});

	test('escapes as \\u sequences', () => {
		expect(serializeJsonLd({ name: '<a&b>' })).toMatchInlineSnapshot(`"{"name":"\\u003ca\\u0026b\\u003e"}"`);
	});
});

describe('articleThing', () => {
	const valmora = actor('valmora', { name: 'Valmora', kind: 'country', aliases: ['the Valmoran government'] });
	const union = actor('kestrel-union', { name: 'Kestrel Union', kind: 'alliance', summary: 'A trading alliance.' });
	const deal = article('2025-03-20-ferry-deal', {
		title: 'Kestrel Union accepts the ferry deal',
		summary: 'The routes reopen in spring.',
		published: '2025-03-20',
		updated: '2025-03-22',
		byline: 'Harbour desk',
		actors: ['kestrel-union', 'valmora'],
		sources: [
			{ source: 'ministere-des-cotes', title: 'Accord signé', url: 'https://reports.example.net/accord', published: '2025-03-19' },
			{ source: 'wire-north', title: 'Deal done', url: 'https://reports.example.net/deal' },
		],
		corrections: [
			{ date: '2025-03-25', text: 'The second correction.' },
			{ date: '2025-03-21', text: 'The first correction.' },
		],
	});
	const thing = articleThing(deal, [union, valmora], base);

	test('is a NewsArticle with its @id, headline, description, address, language and dates', () => {
		expect(thing).toMatchObject({
			'@type': 'NewsArticle',
			'@id': 'https://dossier.example.org/articles/2025-03-20-ferry-deal/#article',
			mainEntityOfPage: 'https://dossier.example.org/articles/2025-03-20-ferry-deal/',
			inLanguage: 'en-GB',
			isPartOf: { '@id': 'https://dossier.example.org/#website' },
			headline: 'Kestrel Union accepts the ferry deal',
			description: 'The routes reopen in spring.',
			url: 'https://dossier.example.org/articles/2025-03-20-ferry-deal/',
			datePublished: '2025-03-20',
			// The latest correction, later than `updated`.
			dateModified: '2025-03-25',
		});
	});

	test('names the byline (a desk, by default) as author: part of the publisher, at its address; the publisher in full, with its logo', () => {
		expect(thing.author).toEqual({
			'@type': 'Organization',
			name: 'Harbour desk',
			url: 'https://dossier.example.org/',
			parentOrganization: { '@id': 'https://dossier.example.org/#organization' },
		});
		expect(thing.publisher).toMatchInlineSnapshot(`
			{
			  "@id": "https://dossier.example.org/#organization",
			  "@type": "NewsMediaOrganization",
			  "logo": {
			    "@id": "https://dossier.example.org/#logo",
			    "@type": "ImageObject",
			    "height": 512,
			    "url": "https://dossier.example.org/logo.png",
			    "width": 512,
			  },
			  "name": "Dossier",
			  "url": "https://dossier.example.org/",
			}
		`);
	});

	test.each([
		['a person', { byline: 'Ana Lima', bylineKind: 'person' as const }, { '@type': 'Person', name: 'Ana Lima' }],
		[
			'no byline: the publisher',
			{},
			{ '@type': 'NewsMediaOrganization', '@id': 'https://dossier.example.org/#organization', name: 'Dossier', url: 'https://dossier.example.org/' },
		],
	])('the author of an article by %s', (_, fields, author) => {
		expect(articleThing(article('a', { title: 'A', summary: 'A.', published: '2025-01-01', ...fields }), [], base).author).toEqual(author);
	});

	test("an article in another language than the site's is in its own language; the site's otherwise", () => {
		const inLanguage = (fields: { lang?: string }) =>
			articleThing(article('a', { title: 'A', summary: 'A.', published: '2025-01-01', ...fields }), [], base).inLanguage;
		expect(inLanguage({ lang: 'pl' })).toBe('pl');
		expect(inLanguage({})).toBe(thing.inLanguage);
	});

	test.each([
		[
			'the lead picture first',
			{ src: '/_astro/lead.jpg', width: 1200, height: 800, alt: 'Lead' },
			{ src: '/card.png', width: 1200, height: 630 },
			'/_astro/lead.jpg',
		],
		['else the card', undefined, { src: '/card.png', width: 1200, height: 630 }, '/card.png'],
		['else the site sharing picture', undefined, undefined, '/og-default.png'],
	])('its image: %s', (_, lead, card, src) => {
		const image = articleImage(base, lead, card, { src: '/og-default.png', width: 1200, height: 630 });
		expect(image).toMatchObject({ '@type': 'ImageObject', url: `https://dossier.example.org${src}` });
	});

	test("with no picture of its own and no site sharing picture set, its image is the card drawn from the site's name", () => {
		expect(articleImage(base)).toEqual({
			'@type': 'ImageObject',
			url: 'https://dossier.example.org/share-card.png',
			width: 1200,
			height: 630,
		});
	});

	test('is about its actors, each named with its type and page (the page describes the rest)', () => {
		expect(thing.about).toEqual([
			{
				'@type': 'Organization',
				'@id': 'https://dossier.example.org/actors/kestrel-union/#actor',
				name: 'Kestrel Union',
				url: 'https://dossier.example.org/actors/kestrel-union/',
			},
			{ '@type': 'Country', '@id': 'https://dossier.example.org/actors/valmora/#actor', name: 'Valmora', url: 'https://dossier.example.org/actors/valmora/' },
		]);
	});

	test('cites its sources', () => {
		expect(thing.citation).toEqual([
			{ '@type': 'CreativeWork', name: 'Accord signé', url: 'https://reports.example.net/accord', datePublished: '2025-03-19' },
			{ '@type': 'CreativeWork', name: 'Deal done', url: 'https://reports.example.net/deal' },
		]);
	});

	test('lists its corrections, oldest first', () => {
		expect(thing.correction).toEqual([
			{ '@type': 'CorrectionComment', text: 'The first correction.', datePublished: '2025-03-21' },
			{ '@type': 'CorrectionComment', text: 'The second correction.', datePublished: '2025-03-25' },
		]);
	});

	test('without update or corrections: modified when published, no corrections', () => {
		const plain = article('plain', { title: 'Plain', summary: 'Plain.', published: '2025-01-01' });
		const plainThing = articleThing(plain, [], base);
		expect(plainThing.dateModified).toBe(plainThing.datePublished);
		expect(plainThing.correction).toEqual([]);
		expect(plainThing.about).toEqual([]);
	});

	test('serializes to JSON that parses back to the same thing', () => {
		expect(JSON.parse(serializeJsonLd(thing))).toEqual(JSON.parse(JSON.stringify(thing)));
	});
});

describe('entity types', () => {
	test.each([
		['a country actor', 'Country', () => entityThing('actors', actor('valmora', { name: 'Valmora', kind: 'country' }), base)],
		['a government actor', 'GovernmentOrganization', () => entityThing('actors', actor('cabinet', { name: 'Cabinet', kind: 'government' }), base)],
		['an alliance actor', 'Organization', () => entityThing('actors', actor('union', { name: 'Union', kind: 'alliance' }), base)],
		['an organization actor', 'Organization', () => entityThing('actors', actor('league', { name: 'League', kind: 'organization' }), base)],
		['a group actor', 'Organization', () => entityThing('actors', actor('crew', { name: 'Crew', kind: 'group' }), base)],
		['a person actor', 'Person', () => entityThing('actors', actor('asa', { name: 'Åsa Ødegård', kind: 'person' }), base)],
		['a newspaper source', 'NewsMediaOrganization', () => entityThing('sources', source('gazette', { name: 'Gazette', kind: 'newspaper' }), base)],
		['a wire-service source', 'NewsMediaOrganization', () => entityThing('sources', source('wire', { name: 'Wire', kind: 'wire-service' }), base)],
		['a broadcaster source', 'NewsMediaOrganization', () => entityThing('sources', source('radio', { name: 'Radio', kind: 'broadcaster' }), base)],
		['a magazine source', 'NewsMediaOrganization', () => entityThing('sources', source('weekly', { name: 'Weekly', kind: 'magazine' }), base)],
		['a government source', 'GovernmentOrganization', () => entityThing('sources', source('ministry', { name: 'Ministry', kind: 'government' }), base)],
		[
			'an international-organization source',
			'Organization',
			() => entityThing('sources', source('un', { name: 'UN', kind: 'international-organization' }), base),
		],
		['a think-tank source', 'Organization', () => entityThing('sources', source('tank', { name: 'Tank', kind: 'think-tank' }), base)],
		['an other source', 'Organization', () => entityThing('sources', source('blog', { name: 'Blog', kind: 'other' }), base)],
		['a place topic', 'Place', () => entityThing('topics', topic('harbour', { title: 'Harbour', kind: 'place' }), base)],
		[
			'an event topic with a start and a place',
			'Event',
			() => entityThing('topics', topic('summit', { title: 'Summit', kind: 'event', startDate: '2025-03-11', location: 'Jeddah' }), base),
		],
		['an event topic without a start', 'Thing', () => entityThing('topics', topic('dispute', { title: 'Dispute', kind: 'event', location: 'Jeddah' }), base)],
		[
			'an event topic without a place',
			'Thing',
			() => entityThing('topics', topic('dispute', { title: 'Dispute', kind: 'event', startDate: '2025-03-11' }), base),
		],
		['a theme topic', 'DefinedTerm', () => entityThing('topics', topic('economy', { title: 'Economy', kind: 'theme' }), base)],
		['a demand', 'Thing', () => entityThing('demands', demand('ferry', { title: 'Ferry', by: 'valmora' }), base)],
	])('%s is a %s', (_, type, thing) => {
		expect(thing()).toMatchObject({ '@type': type });
		// A node of its own; the page that carries it adds the @context (below).
		expect(thing()).not.toHaveProperty('@context');
	});

	test.each([
		[
			'an actor',
			'Valmora',
			'https://dossier.example.org/actors/valmora/',
			() => entityThing('actors', actor('valmora', { name: 'Valmora', kind: 'country' }), base),
		],
		[
			'a source with a home page',
			'Wire',
			'https://wire.example.net',
			() => entityThing('sources', source('wire', { name: 'Wire', kind: 'wire-service', url: 'https://wire.example.net' }), base),
		],
		[
			'a source without one',
			'Quiet',
			'https://dossier.example.org/sources/quiet/',
			() => entityThing('sources', source('quiet', { name: 'Quiet', kind: 'other' }), base),
		],
		[
			'a topic',
			'Dispute',
			'https://dossier.example.org/topics/dispute/',
			() => entityThing('topics', topic('dispute', { title: 'Dispute', kind: 'event' }), base),
		],
		['a demand', 'Ferry', 'https://dossier.example.org/demands/ferry/', () => entityThing('demands', demand('ferry', { title: 'Ferry', by: 'valmora' }), base)],
	])('%s: named %s, at %s', (_, name, url, thing) => {
		expect(thing()).toMatchObject({ name, url });
	});

	test('a demand is described by its summary', () => {
		const thing = entityThing('demands', demand('ferry', { title: 'Ferry', by: 'valmora', summary: 'Restore the routes.' }), base);
		expect(thing.description).toBe('Restore the routes.');
	});

	test.each([
		['an actor', () => entityThing('actors', actor('valmora', { name: 'Valmora', kind: 'country', summary: 'A harbour state.' }), base)],
		['a source', () => entityThing('sources', source('wire', { name: 'Wire', kind: 'wire-service', summary: 'A harbour state.' }), base)],
		['a topic', () => entityThing('topics', topic('dispute', { title: 'Dispute', kind: 'event', summary: 'A harbour state.' }), base)],
	])('%s is described by its summary too', (_, thing) => {
		expect(thing().description).toBe('A harbour state.');
	});

	test.each([
		['an actor', () => entityThing('actors', actor('valmora', { name: 'Valmora', kind: 'country' }), base)],
		['a demand', () => entityThing('demands', demand('ferry', { title: 'Ferry', by: 'valmora' }), base)],
		['a source', () => entityThing('sources', source('wire', { name: 'Wire', kind: 'wire-service' }), base)],
		['a topic', () => entityThing('topics', topic('dispute', { title: 'Dispute', kind: 'event' }), base)],
	])('%s without a summary has no description', (_, thing) => {
		expect(thing()).not.toHaveProperty('description');
	});

	test('an actor with other names lists them as alternateName, and one without has none', () => {
		const valmora = entityThing('actors', actor('valmora', { name: 'Valmora', kind: 'country', aliases: ['the Valmoran government'] }), base);
		expect(valmora.alternateName).toEqual(['the Valmoran government']);
		expect(entityThing('actors', actor('crew', { name: 'Crew', kind: 'group' }), base)).not.toHaveProperty('alternateName');
	});
});

describe("on an entity's page", () => {
	const graph = buildGraph(
		contentOf([], {
			actors: [actor('valmora', { name: 'Valmora', kind: 'country' })],
			demands: [demand('ferry', { title: 'Ferry', by: 'valmora' })],
			sources: [source('quiet', { name: 'Quiet', kind: 'other' })],
			topics: [topic('dispute', { title: 'Dispute', kind: 'event' })],
		}),
	);

	const pageOf = (kind: EntityKind, id: string) => {
		const { entity, trail } = entityHeader(graph, kind, id);
		return entityPageGraph(kind, entity, trail, base);
	};

	test.each([
		['an actor', 'Country', () => pageOf('actors', 'valmora')],
		['a demand', 'Thing', () => pageOf('demands', 'ferry')],
		['a source', 'Organization', () => pageOf('sources', 'quiet')],
		['a topic', 'Thing', () => pageOf('topics', 'dispute')],
	])('%s is a %s, in a @graph with the schema.org @context', (_, type, header) => {
		expect(header()).toMatchObject({ '@context': 'https://schema.org', '@graph': [{ '@type': type }, { '@type': 'BreadcrumbList' }] });
	});
});
