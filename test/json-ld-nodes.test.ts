/**
 * The JSON-LD every page shares (src/outputs/head/json-ld-nodes.ts): event topics, breadcrumb
 * trails, and each kind of page's nodes through the offline validator.
 */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../src/graph/graph.ts';
import { breadcrumbTrail } from '../src/views/breadcrumbs.ts';
import { breadcrumbList, organizationNode, pageGraph, websiteNode } from '../src/outputs/head/json-ld-nodes.ts';
import { articleThing, entityPageGraph, entityThing, serializeJsonLd } from '../src/outputs/head/json-ld.ts';
import { entityHeader } from '../src/views/entity/entity.ts';
import { article, contentOf, topic } from './helpers/entries.ts';
import { validatePage } from './helpers/json-ld-validator.ts';

const base = new URL('https://dossier.example.org/');

describe('an event topic', () => {
	test('a theme or place with event fields is not an Event', () => {
		expect(entityThing('topics', topic('t', { title: 'T', kind: 'theme', startDate: '2025-03-11', location: 'Jeddah' }), base)['@type']).toBe('DefinedTerm');
	});

	test('with a start, an end and a place: an Event whose location is a Place named and addressed by it', () => {
		const summit = topic('summit', { title: 'Summit', kind: 'event', startDate: '2025-03-11', endDate: '2025-03-12', location: 'Jeddah, Saudi Arabia' });
		expect(entityThing('topics', summit, base)).toMatchObject({
			'@type': 'Event',
			startDate: '2025-03-11',
			endDate: '2025-03-12',
			location: { '@type': 'Place', name: 'Jeddah, Saudi Arabia', address: 'Jeddah, Saudi Arabia' },
		});
	});

	test.each([['an event ending before it starts', { kind: 'event', startDate: '2025-03-11', endDate: '2025-03-10' }, 'must not be before `startDate`']])(
		'the contract refuses %s',
		(_, fields, message) => {
			expect(() => topic('t', { title: 'T', ...fields } as Parameters<typeof topic>[1])).toThrow(message);
		},
	);
});

describe('breadcrumbs as schema.org sees them (the trails themselves: breadcrumbs.test.ts)', () => {
	test('a trail becomes a BreadcrumbList of absolute addresses, numbered from 1', () => {
		expect(breadcrumbList(breadcrumbTrail({ type: 'article', id: 'a', title: 'A' }), base)).toMatchInlineSnapshot(`
			{
			  "@id": "https://dossier.example.org/articles/a/#breadcrumb",
			  "@type": "BreadcrumbList",
			  "itemListElement": [
			    {
			      "@type": "ListItem",
			      "item": "https://dossier.example.org/",
			      "name": "Home",
			      "position": 1,
			    },
			    {
			      "@type": "ListItem",
			      "item": "https://dossier.example.org/articles/",
			      "name": "Explainers",
			      "position": 2,
			    },
			    {
			      "@type": "ListItem",
			      "item": "https://dossier.example.org/articles/a/",
			      "name": "A",
			      "position": 3,
			    },
			  ],
			}
		`);
	});

	test('the first home page has no trail above it, so no BreadcrumbList', () => {
		expect(breadcrumbList(breadcrumbTrail({ type: 'home' }), base)).toBeUndefined();
	});
});

describe('the offline validator on each kind of node', () => {
	const page = (data: Record<string, unknown>) => `<html><head><script type="application/ld+json">${serializeJsonLd(data)}</script></head></html>`;
	const errors = async (url: string, data: Record<string, unknown>) =>
		(await validatePage(url, page(data))).filter((issue) => issue.severity === 'ERROR').map((issue) => `${issue.type}: ${issue.message}`);
	const plain = article('plain', { title: 'Plain', summary: 'Plain.', published: '2025-01-01' });
	const byPerson = article('by-person', { title: 'By a person', summary: 'Plain.', published: '2025-01-01', byline: 'Ana Lima', bylineKind: 'person' });

	test.each([
		[
			'an article without a byline or picture',
			'/articles/plain/',
			() => pageGraph(articleThing(plain, [], base), breadcrumbList(breadcrumbTrail({ type: 'article', id: plain.id, title: 'Plain' }), base)),
		],
		[
			'an article by a person',
			'/articles/by-person/',
			() => pageGraph(articleThing(byPerson, [], base), breadcrumbList(breadcrumbTrail({ type: 'article', id: byPerson.id, title: 'B' }), base)),
		],
		[
			'a dated event',
			'/topics/summit/',
			() =>
				pageGraph(
					entityThing('topics', topic('summit', { title: 'Summit', kind: 'event', startDate: '2025-03-11', location: 'Jeddah' }), base),
					breadcrumbList(breadcrumbTrail({ type: 'entity', kind: 'topics', id: 'summit', name: 'Summit' }), base),
				),
		],
		[
			'an undated event',
			'/topics/dispute/',
			() => {
				const { entity, trail } = entityHeader(buildGraph(contentOf([], { topics: [topic('dispute', { title: 'D', kind: 'event' })] })), 'topics', 'dispute');
				return entityPageGraph('topics', entity, trail, base);
			},
		],
		['the home page', '/', () => pageGraph(websiteNode(base), organizationNode(base))],
	])('%s: no errors', async (_, url, data) => {
		expect(await errors(url, data())).toEqual([]);
	});

	test('an Event without its start and place would fail, so none is written', async () => {
		expect(await errors('/404.html', { '@context': 'https://schema.org', '@type': 'Event', name: 'X' })).toEqual([
			'Event: Required attribute "startDate" is missing',
			'Event: Required attribute "location" is missing',
			'Event: Required attribute "location.address" is missing',
		]);
	});
});
