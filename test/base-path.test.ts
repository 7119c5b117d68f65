/**
 * Builds the fixture newsroom under a base path, as a GitHub Pages project site
 * (https://owner.github.io/dossier/) needs, and checks that every link, feed,
 * sitemap entry, sharing card, search path and redirect stays under it.
 */
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { basePathFrom } from '../src/config/site.ts';
import { withBase, withoutBase } from '../src/config/base-path.ts';
import { brokenLinks, readPage } from './helpers/links.ts';
import { astroBuild, createSite, listFiles, readDist, type RunResult, type Site, readerPages } from './helpers/site.ts';
import { listFormerId, renamedActor } from './helpers/renames.ts';
import { nginxMapFile } from '../src/outputs/host-redirects.ts';

const fixture = path.join(import.meta.dirname, 'fixtures', 'newsroom');
const base = '/dossier/';
const siteUrl = 'https://owner.github.io/dossier';
const origin = 'https://owner.github.io';
const xml = new XMLParser({ isArray: (name) => ['sitemap', 'url', 'item'].includes(name) });

/** A URL is the site's own when root-relative or on its host; then it must be under the base. */
const outsideBase = (url: string) => {
	if (url.startsWith('/') && !url.startsWith('//')) return !url.startsWith(base);
	if (url.startsWith(`${origin}/`) || url === origin) return !url.startsWith(`${origin}${base}`);
	return false;
};

test('BASE_PATH is normalised to /x/, and paths take it once', () => {
	expect(basePathFrom('dossier')).toBe('/dossier/');
	expect(basePathFrom('/dossier')).toBe('/dossier/');
	expect(basePathFrom('/a/b/')).toBe('/a/b/');
	expect(basePathFrom('/')).toBe('/');
	expect(() => basePathFrom('https://example.org/x')).toThrow(/BASE_PATH/);
	expect(withBase('/articles/', base)).toBe('/dossier/articles/');
	expect(withBase('https://example.org/', base)).toBe('https://example.org/');
	expect(withBase('#notes', base)).toBe('#notes');
	expect(withoutBase('/dossier/articles/', base)).toBe('/articles/');
	expect(withoutBase('/dossier', base)).toBe('/');
	expect(withBase('/articles/')).toBe('/articles/');
});

describe('the fixture newsroom built under /dossier/', () => {
	let site: Site;
	let build: RunResult;

	beforeAll(async () => {
		site = createSite(fixture);
		// With an actor renamed, the redirect pages are among the pages checked, and the hosts' files have their lines.
		listFormerId(site.contentDir, 'actors', renamedActor.id, renamedActor.formerId);
		build = await astroBuild(site, { SITE_URL: siteUrl, BASE_PATH: base, CARDS: undefined });
	}, 240_000);

	afterAll(() => site?.remove());

	test('builds', () => {
		expect(build.code, build.output).toBe(0);
	});

	const htmlFiles = () => readerPages(site.dist);

	test('every href and src of every page is under the base', () => {
		expect(htmlFiles().length).toBeGreaterThan(20);
		const outside = htmlFiles().flatMap((file) =>
			readPage(readDist(site, file))
				.links.filter(outsideBase)
				.map((link) => `${file}: ${link}`),
		);
		expect(outside).toEqual([]);
	});

	test('the link checker finds no broken internal link, resolving under the base', () => {
		expect(brokenLinks(site.dist, siteUrl, base)).toEqual([]);
	});

	test('bodies: editors’ links, actor mentions and pictures take the base', () => {
		const article = readDist(site, 'articles/2024-01-10-valdoria-demands-withdrawal/index.html');
		expect(article).toMatch(/href="\/dossier\/actors\/[^"]+\/"/);
		expect(article).toContain('src="/dossier/images/river-crossings.png"');
		expect(article).not.toMatch(/(href|src)="\/dossier\/dossier\//);
	});

	test('canonical links and og:url are the page’s address under the base', () => {
		for (const file of htmlFiles().filter((name) => name !== '404.html')) {
			const tree = fromHtml(readDist(site, file));
			const canonical = select('link[rel="canonical"]', tree)?.properties.href;
			if (canonical === undefined) continue;
			// A redirect page, at a renamed file's old address, names the page it leads to.
			const refresh = select('meta[http-equiv="refresh"]', tree)?.properties.content;
			const address = refresh ? String(refresh).replace(/^\d+; url=/, '') : `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
			const expected = new URL(address, origin).href;
			expect(canonical, file).toBe(expected);
			expect(select('meta[property="og:url"]', tree)?.properties.content, file).toBe(expected);
			const image = String(select('meta[property="og:image"]', tree)?.properties.content);
			expect(image.startsWith(`${origin}${base}`), `${file}: ${image}`).toBe(true);
		}
	});

	test('the home page is titled by the site’s name alone, as at the root of a domain', () => {
		const home = fromHtml(readDist(site, 'index.html'));
		expect(toString(select('title', home)!)).toBe('Dossier');
		expect(select('meta[property="og:title"]', home)?.properties.content).toBe('Dossier');
	});

	test('every feed link, item and picture is under the base, with no base doubled', () => {
		const feeds = listFiles(site.dist).filter((file) => file.endsWith('rss.xml'));
		expect(feeds.length).toBeGreaterThan(5);
		for (const file of feeds) {
			const text = readDist(site, file);
			const urls = [...text.matchAll(/(?:href|src|url)="([^"]*)"|<link>([^<]*)<\/link>|<guid[^>]*>([^<]*)<\/guid>/g)].map((match) =>
				(match[1] ?? match[2] ?? match[3])!.replaceAll('&amp;', '&'),
			);
			expect(urls.length, file).toBeGreaterThan(0);
			expect(urls.filter(outsideBase), file).toEqual([]);
			expect(text, file).not.toContain('/dossier/dossier/');
			// Bodies inside the feed, as escaped HTML: their links too.
			const escaped = [...text.matchAll(/(?:href|src)=&quot;([^&]*)&quot;|(?:href|src)="([^"]*)"/g)].map((match) => (match[1] ?? match[2])!);
			expect(escaped.filter(outsideBase), file).toEqual([]);
		}
		expect(readDist(site, 'rss.xml')).toContain(`<link>${origin}${base}articles/2024-01-10-valdoria-demands-withdrawal/</link>`);
	});

	test('sitemap entries and robots.txt are under the base', () => {
		const index = xml.parse(readDist(site, 'sitemap-index.xml')).sitemapindex.sitemap as { loc: string }[];
		const entries = index.flatMap(({ loc }) => {
			expect(loc.startsWith(`${origin}${base}`), loc).toBe(true);
			return xml.parse(readDist(site, new URL(loc).pathname.slice(base.length))).urlset.url as { loc: string; lastmod?: string }[];
		});
		expect(entries.length).toBeGreaterThan(10);
		expect(entries.filter(({ loc }) => !loc.startsWith(`${origin}${base}`))).toEqual([]);
		// Explainers keep their lastmod, matched on paths with the base.
		expect(entries.find(({ loc }) => loc.endsWith('/articles/2024-01-10-valdoria-demands-withdrawal/'))?.lastmod).toBeTruthy();
		expect(readDist(site, 'robots.txt')).toContain(`Sitemap: ${origin}${base}sitemap-index.xml`);
	});

	test('search loads Pagefind and builds result URLs under the base', () => {
		const search = fromHtml(readDist(site, 'search/index.html'));
		const root = select('[data-search]', search)!;
		expect(root.properties.dataSearch).toBe(`${base}pagefind/pagefind.js`);
		expect(root.properties.dataSearchBase).toBe(base);
		expect(listFiles(site.dist)).toContain('pagefind/pagefind.js');
	});

	test('_headers patterns are under the base', () => {
		const patterns = readDist(site, '_headers')
			.split('\n')
			.filter((line) => line.startsWith('/'));
		expect(patterns.length).toBeGreaterThan(3);
		expect(patterns.filter((pattern) => !pattern.startsWith(base))).toEqual([]);
	});

	test('a renamed actor’s old page redirects under the base, on the page the build writes there and in the hosts’ files', () => {
		const { id, formerId } = renamedActor;
		const page = readDist(site, `actors/${formerId}/index.html`);
		expect(page).toContain(`<meta http-equiv="refresh" content="0; url=/dossier/actors/${id}/">`);
		expect(page).toContain(`<link rel="canonical" href="https://owner.github.io/dossier/actors/${id}/">`);
		expect(
			readDist(site, '_redirects')
				.split('\n')
				.filter((line) => line.startsWith('/')),
		).toEqual([
			`/dossier/actors/${formerId}/ /dossier/actors/${id}/ 301`,
			`/dossier/actors/${formerId}/rss.xml /dossier/actors/${id}/rss.xml 301`,
			`/dossier/actors/${formerId}/* /dossier/actors/${id}/:splat 301`,
		]);
		expect(readDist(site, nginxMapFile)).toContain(`"~^/dossier/actors/${formerId}(?:/(.*))?$" "/dossier/actors/${id}/$1";`);
	});

	test('JSON-LD addresses are under the base', () => {
		const jsonLd = readDist(site, 'index.html').match(/<script type="application\/ld\+json">([^<]*)<\/script>/)?.[1];
		expect(jsonLd).toBeTruthy();
		const addresses = [...jsonLd!.matchAll(/"(https:\/\/owner\.github\.io[^"]*)"/g)].map((match) => match[1]!);
		expect(addresses.length).toBeGreaterThan(0);
		expect(addresses.filter(outsideBase)).toEqual([]);
	});
});
