/** Breadcrumb trails, from the registry and the site's URLs: what the pages show and what BreadcrumbList structured data can be built from. */
import { describe, expect, test } from 'vitest';
import { type Place, breadcrumbTrail } from '../src/views/breadcrumbs.ts';
import { urls } from '../src/model/urls.ts';

const home = { name: 'Home', url: '/' };
const explainers = { name: 'Explainers', url: urls.articles };

describe('breadcrumbTrail', () => {
	test.each<[string, Place, { name: string; url: string }[]]>([
		[
			'an explainer',
			{ type: 'article', id: '2025-03-13-talks', title: 'Talks resume' },
			[home, explainers, { name: 'Talks resume', url: '/articles/2025-03-13-talks/' }],
		],
		['every explainer, by month', { type: 'explainers' }, [home, explainers]],
		['page 3 of every explainer', { type: 'explainers', page: 3 }, [home, explainers, { name: 'Page 3', url: '/articles/page/3/' }]],
		['a page under the home page', { type: 'page', name: 'Corrections', url: '/corrections/' }, [home, { name: 'Corrections', url: '/corrections/' }]],
		[
			'an actor',
			{ type: 'entity', kind: 'actors', id: 'russia', name: 'Russia' },
			[home, { name: 'Who’s who', url: '/actors/' }, { name: 'Russia', url: '/actors/russia/' }],
		],
		[
			'page 2 of an actor',
			{ type: 'entity', kind: 'actors', id: 'russia', name: 'Russia', page: 2 },
			[home, { name: 'Who’s who', url: '/actors/' }, { name: 'Russia', url: '/actors/russia/' }, { name: 'Page 2', url: '/actors/russia/page/2/' }],
		],
		[
			'page 1 of a demand, said outright',
			{ type: 'entity', kind: 'demands', id: 'ceasefire', name: 'A ceasefire', page: 1 },
			[home, { name: 'Demands', url: '/demands/' }, { name: 'A ceasefire', url: '/demands/ceasefire/' }],
		],
		[
			'a topic with a non-ASCII id',
			{ type: 'entity', kind: 'topics', id: 'économie', name: 'Économie' },
			[home, { name: 'Topics', url: '/topics/' }, { name: 'Économie', url: '/topics/économie/' }],
		],
		['an index', { type: 'index', kind: 'sources' }, [home, { name: 'Sources', url: '/sources/' }]],
		[
			'page 3 of an index',
			{ type: 'index', kind: 'sources', page: 3 },
			[home, { name: 'Sources', url: '/sources/' }, { name: 'Page 3', url: '/sources/page/3/' }],
		],
		['the home page', { type: 'home' }, [home]],
		['page 2 of the home page', { type: 'home', page: 2 }, [home, { name: 'Page 2', url: '/page/2/' }]],
	])('%s', (_, place, trail) => {
		expect(breadcrumbTrail(place)).toEqual(trail);
	});

	test('every trail starts at the home page and ends at the page itself, with root-relative URLs', () => {
		const trail = breadcrumbTrail({ type: 'entity', kind: 'sources', id: 'reuters', name: 'Reuters', page: 4 });
		expect(trail[0]).toEqual(home);
		expect(trail.at(-1)).toEqual({ name: 'Page 4', url: '/sources/reuters/page/4/' });
		expect(trail.every(({ url }) => url.startsWith('/') && url.endsWith('/'))).toBe(true);
	});
});
