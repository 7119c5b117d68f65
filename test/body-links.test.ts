/** Links in bodies: into the site they must reach a page the build writes; out of it they may use http, https or mailto. */
import { describe, expect, test } from 'vitest';
import { bodyLinks, linkProblem, type SiteMap } from '../src/check/rules/body-links.ts';
import { listPageSize } from '../src/model/paginate.ts';

const site: SiteMap = {
	ids: { actors: new Set(['russia', 'ukraine']), demands: new Set(['no-foreign-troops']), sources: new Set(['reuters']), topics: new Set(['économie']) },
	articles: new Map([
		['2025-03-13-list', { published: '2025-03-13' }],
		['2025-03-20-plan', { published: '2025-03-20', draft: true }],
		['2025-04-01-talks', { published: '2025-04-01T09:00:00+02:00' }],
	]),
	now: new Date('2025-03-25T12:00:00Z'),
	publicFiles: new Set(['/favicon.svg', '/robots.txt']),
	site: new URL('https://news.example.org'),
};
const published = { published: '2025-03-13' };
const draft = { published: '2025-03-20', draft: true };

describe('links that are fine', () => {
	test.each([
		'/',
		'/rss.xml',
		'/corrections/',
		'/articles/',
		'/data/',
		'/data/positions.csv',
		'/data/graph.json',
		'/favicon.svg',
		'/articles/2025-03-13-list/',
		'/articles/2025-03-13-list/#sources',
		'/actors/',
		'/actors/russia/',
		'/actors/russia/rss.xml',
		'/actors/russia/?from=feed',
		'/demands/no-foreign-troops/',
		'/demands/by-name/',
		'/topics/économie/',
		'/topics/%C3%A9conomie/',
		'#positions',
		'https://www.reuters.com/world/some-report/',
		'HTTPS://example.org/upper-case-scheme',
		'mailto:desk@example.org',
		'https://news.example.org/actors/ukraine/',
		'//cdn.example.org/file.pdf',
	])('%s', (href) => {
		expect(linkProblem(href, published, site)).toBeUndefined();
	});

	test('the later pages of lists exist as far as the published explainers fill them', () => {
		// One more than a page of /articles/: two pages of it, and two of the home page's shorter ones.
		const count = listPageSize.articles + 1;
		const big: SiteMap = { ...site, articles: new Map(Array.from({ length: count }, (_, i) => [`a-${i}`, { published: '2025-03-01' }])) };
		expect(['/page/2/', '/articles/page/2/', '/articles/page/3/', '/page/3/'].map((href) => linkProblem(href, published, big)?.message)).toEqual([
			undefined,
			undefined,
			'links to /articles/page/3/, where the site has no page',
			'links to /page/3/, where the site has no page',
		]);
	});

	test('a draft may link to a draft', () => {
		expect(linkProblem('/articles/2025-03-20-plan/', draft, site)).toBeUndefined();
	});

	test('a draft, or an article scheduled for the same moment or later, may link to a scheduled article', () => {
		for (const from of [draft, { published: '2025-04-01T07:00:00Z' }, { published: '2025-04-02' }])
			expect(linkProblem('/articles/2025-04-01-talks/', from, site), from.published).toBeUndefined();
	});
});

describe('a link to a scheduled article, which would lead nowhere until it is published', () => {
	test.each([
		['from a published article', published, 'remove the link until that article is published'],
		[
			'from an article scheduled before it',
			{ published: '2025-03-31' },
			'remove the link until that article is published, or schedule this article for then or later (`published: 2025-04-01T09:00:00+02:00`)',
		],
	])('%s is refused', (_, from, fix) => {
		expect(linkProblem('/articles/2025-04-01-talks/', from, site)).toEqual({
			message: 'links to /articles/2025-04-01-talks/, which is scheduled for 1 April 2025, 07:00 UTC and would be a broken link until then',
			fix,
		});
	});

	test('a scheduled article links to a draft as a published one would: refused', () => {
		expect(linkProblem('/articles/2025-03-20-plan/', { published: '2025-04-01' }, site)?.message).toBe(
			'links to /articles/2025-03-20-plan/, a draft, which is not published',
		);
	});

	test('is not counted towards the later pages of lists', () => {
		const onePage = new Map(Array.from({ length: listPageSize.home }, (_, i) => [`a-${i}`, { published: '2025-03-01' }]));
		const big: SiteMap = { ...site, articles: new Map([...onePage, ['later', { published: '2025-04-01' }]]) };
		expect(linkProblem('/page/2/', published, big)?.message).toBe('links to /page/2/, where the site has no page');
	});
});

describe('links that are refused', () => {
	test.each([
		['javascript:alert(1)', 'a javascript: address', 'link to a web address'],
		['JaVaScRiPt:alert(1)', 'a javascript: address', 'link to a web address'],
		['data:text/html,hi', 'a data: address', 'link to a web address'],
		['ftp://files.example.org/x', 'a ftp: address', 'link to a web address'],
		['/demands/tram-drivers-payrise/', 'there is no demand "tram-drivers-payrise"', 'existing ones include "no-foreign-troops"'],
		['/actors/rusia/', 'there is no actor "rusia"', 'did you mean "russia"? The page would be at /actors/rusia/'],
		['/articles/2025-03-13-lst/', 'there is no article "2025-03-13-lst"', 'did you mean "2025-03-13-list"?'],
		['/articles/2025-03-20-plan/', 'a draft, which is not published', 'remove the link until that article is published'],
		['/actors/russia', 'page addresses end with /', 'write /actors/russia/'],
		['/people/russia/', 'where the site has no page', 'check the address'],
		['/actors/russia/page/9/', 'where the site has no page', 'check the address'],
		['/articles/page/2/', 'where the site has no page', 'check the address'],
		['/data/positions.json', 'where the site has no page', 'check the address'],
		['https://news.example.org/actors/rusia/', 'there is no actor "rusia"', 'did you mean "russia"?'],
		['../actors/russia/', 'is a relative link', "write it from the site's root, e.g. /actors/russia/"],
		['./russia/', 'is a relative link', "write it from the site's root, e.g. /russia/"],
	])('%s', (href, message, fix) => {
		expect(linkProblem(href, published, site)).toEqual({ message: expect.stringContaining(message), fix: expect.stringContaining(fix) });
	});
});

describe("links to the preview on the editor's own machine are refused, with the path on the site", () => {
	test.each([
		['http://localhost:4321/articles/2025-03-13-list/', '/articles/2025-03-13-list/'],
		['http://localhost:4321/articles/2025-03-13-list/#sources', '/articles/2025-03-13-list/#sources'],
		['HTTP://LOCALHOST:4321/actors/russia/', '/actors/russia/'],
		['https://localhost/actors/russia/', '/actors/russia/'],
		['http://localhost./actors/russia/', '/actors/russia/'],
		['http://dossier.localhost:4321/actors/russia/', '/actors/russia/'],
		['http://127.0.0.1:4321/actors/russia/?from=feed', '/actors/russia/?from=feed'],
		['http://127.1.2.3:8080/actors/russia/', '/actors/russia/'],
		['http://[::1]:4321/actors/russia/', '/actors/russia/'],
		['http://[0:0:0:0:0:0:0:1]/actors/russia/', '/actors/russia/'],
		['http://[::ffff:127.0.0.1]:4321/actors/russia/', '/actors/russia/'],
		['http://0.0.0.0:4321/actors/russia/', '/actors/russia/'],
		['http://192.168.1.20:4321/actors/russia/', '/actors/russia/'],
		['http://newsroom-laptop:4321/', '/'],
		['//localhost:4321/actors/russia/', '/actors/russia/'],
	])('%s', (href, path) => {
		expect(linkProblem(href, published, site)).toEqual({
			message: 'is an address on your own machine (the preview), which readers cannot reach',
			fix: `write the address from the site's root: ${path}`,
		});
	});

	test.each(['http://localhost.example.org/x', 'https://128.0.0.1/x', 'https://example.org:43210/x', 'mailto:someone@localhost'])('%s is not local', (href) => {
		expect(linkProblem(href, published, site)).toBeUndefined();
	});

	test('a site whose own address is local keeps the rule for links into the site', () => {
		const local: SiteMap = { ...site, site: new URL('http://localhost:4321') };
		expect(linkProblem('http://localhost:4321/actors/russia/', published, local)).toBeUndefined();
		expect(linkProblem('http://localhost:4321/actors/rusia/', published, local)?.message).toBe('links to /actors/rusia/, but there is no actor "rusia"');
	});
});

test('every link of a body is found with its line, raw HTML links included; images and code are not links', () => {
	const body = [
		'First [a](/actors/russia/).',
		'',
		'![map](map.png) and `[b](/x/)`',
		'',
		'Raw <a href="/topics/économie/">c</a>.',
		'',
		'[d][ref]',
		'',
		'[ref]: https://example.org/d',
	].join('\n');
	expect(bodyLinks(body)).toEqual([
		{ href: '/actors/russia/', line: 1 },
		{ href: '/topics/économie/', line: 5 },
		{ href: 'https://example.org/d', line: 9 },
	]);
});
