/** The entity registry: URLs, names and wording every page and feed asks it for. */
import { describe, expect, test } from 'vitest';
import { entityFeedUrl, entityKindList, entityKinds, entityName, entityUrl, indexUrl, isEntityKind, parseEntityUrl } from '../src/model/entities.ts';
import { nounCount, nounFor } from '../src/check/english-counts.ts';
import { actor, demand, source, topic } from './helpers/entries.ts';
import { indexMeta } from '../src/views/lists/indexes.ts';

describe('URLs', () => {
	test.each([
		['actors', 'russia', '/actors/', '/actors/russia/', '/actors/russia/rss.xml'],
		['demands', 'no-foreign-troops', '/demands/', '/demands/no-foreign-troops/', '/demands/no-foreign-troops/rss.xml'],
		['sources', 'reuters', '/sources/', '/sources/reuters/', '/sources/reuters/rss.xml'],
		['topics', 'économie', '/topics/', '/topics/économie/', '/topics/économie/rss.xml'],
	] as const)('%s/%s', (kind, id, index, page, feed) => {
		expect([indexUrl(kind), entityUrl(kind, id), entityFeedUrl(kind, id)]).toEqual([index, page, feed]);
		expect(parseEntityUrl(entityUrl(kind, id))).toEqual({ kind, id });
	});

	test.each([
		['/actors/russia/', { kind: 'actors', id: 'russia' }],
		['/actors/russia/#positions', { kind: 'actors', id: 'russia' }],
		['/actors/russia/page/2/', { kind: 'actors', id: 'russia' }],
		['/actors/russia/rss.xml', { kind: 'actors', id: 'russia' }],
		['/topics/%C3%A9conomie/', { kind: 'topics', id: 'économie' }],
		['/actors/russia', undefined],
		['/actors/russia?x=1', undefined],
		['/actors/', undefined],
		['/articles/some-article/', undefined],
		['/people/russia/', undefined],
		['/topics/%E0%A4%A/', undefined],
	])('the link %s points at %j', (href, expected) => {
		expect(parseEntityUrl(href)).toEqual(expected);
	});

	test('only the four kinds are kinds', () => {
		expect(entityKindList).toEqual(['actors', 'demands', 'sources', 'topics']);
		expect(['actors', 'articles', 'toString', 'constructor'].map(isEntityKind)).toEqual([true, false, false, false]);
	});
});

describe('names and types', () => {
	test.each([
		['actors', actor('x', { name: 'Ostmark', kind: 'government' }), 'Ostmark', 'GovernmentOrganization'],
		['demands', demand('x', { title: 'Open the strait', by: 'ostmark' }), 'Open the strait', 'Thing'],
		['sources', source('x', { name: 'Harbour Wire', kind: 'wire-service' }), 'Harbour Wire', 'NewsMediaOrganization'],
		['topics', topic('x', { title: 'The strait', kind: 'place' }), 'The strait', 'Place'],
	] as const)('%s are named by their %s', (kind, entity, name, type) => {
		expect(entityName(kind, entity)).toBe(name);
		expect(entityKinds[kind].schemaType(entity.data as never)).toBe(type);
	});

	test('index lines count explainers in the right form', () => {
		const ostmark = actor('ostmark', { name: 'Ostmark', kind: 'country' }).data;
		expect([0, 1, 2].map((n) => indexMeta('actors', ostmark, n))).toEqual(['Country, 0 explainers', 'Country, 1 explainer', 'Country, 2 explainers']);
		expect(indexMeta('sources', source('w', { name: 'W', kind: 'other' }).data, 1)).toBe('cited in 1 explainer');
		expect(indexMeta('demands', demand('x', { title: 'Open the strait', by: 'ostmark' }).data, 1)).toBeUndefined();
	});
});

describe('plurals', () => {
	test.each([
		[0, 'problem', '0 problems'],
		[1, 'problem', '1 problem'],
		[1, 'warning', '1 warning'],
		[12, 'file', '12 files'],
	] as const)('%i %s', (n, noun, expected) => {
		expect(nounCount(n, noun)).toBe(expected);
		expect(nounFor(n, noun)).toBe(expected.replace(/^\d+ /, ''));
	});
});
