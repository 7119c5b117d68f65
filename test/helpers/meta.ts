/**
 * What a built site tells search engines and sharing platforms: its sitemap,
 * its pages' canonical links and Open Graph tags, read back from dist/.
 */
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { expect } from 'vitest';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { readDist, type Site, readerPages } from './site.ts';

const xml = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });

/** A site file for an absolute URL of the site. */
const fileOf = (url: string) =>
	decodeURI(new URL(url).pathname)
		.replace(/^\//, '')
		.replace(/(^|\/)$/, '$1index.html');

/** Every entry of the sitemap, following the index to each sitemap it lists. */
export function sitemapEntries(site: Site, siteUrl: string): { loc: string; lastmod?: string }[] {
	const index = xml.parse(readDist(site, 'sitemap-index.xml')).sitemapindex.sitemap as { loc: string }[];
	return index.flatMap(({ loc }) => {
		expect(loc.startsWith(`${siteUrl}/`), loc).toBe(true);
		return xml.parse(readDist(site, fileOf(loc))).urlset.url as { loc: string; lastmod?: string }[];
	});
}

/** Every HTML page the build wrote, by its path: /, /actors/russia/, /404.html. */
export const htmlPages = (site: Site) => readerPages(site.dist).map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);

export const pageTree = (site: Site, page: string): Root => fromHtml(readDist(site, page.endsWith('.html') ? page : path.posix.join(page, 'index.html')));

/** Whether a page asks search engines not to list it. */
export const isNoindex = (tree: Root) => /noindex/.test(String(select('meta[name="robots"]', tree)?.properties.content ?? ''));

const metaContent = (tree: Root, key: string) => select(`meta[property="${key}"], meta[name="${key}"]`, tree)?.properties.content as string | undefined;

/**
 * What is wrong with a page's canonical link and sharing tags, as lines
 * ("/x/: no og:url"); none when all are there, absolute and on `siteUrl`.
 * Pages search engines should not list (the 404 page) still name their own address.
 */
export function sharingProblems(site: Site, page: string, siteUrl: string): string[] {
	const tree = pageTree(site, page);
	const problems: string[] = [];
	const expectTag = (key: string, test: (value: string) => boolean = Boolean) => {
		const value = metaContent(tree, key);
		if (value === undefined || !test(value)) problems.push(`${page}: ${key} is ${JSON.stringify(value)}`);
	};
	const onSite = (value: string) => value.startsWith(`${siteUrl}/`);
	const address = new URL(page, `${siteUrl}/`).href;
	const canonical = select('link[rel="canonical"]', tree)?.properties.href as string | undefined;
	if (canonical !== address) problems.push(`${page}: canonical is ${canonical}, not ${address}`);
	expectTag('og:url', (value) => value === address);
	for (const key of ['og:title', 'og:description', 'og:site_name', 'og:image:alt']) expectTag(key);
	expectTag('og:image', onSite);
	expectTag('og:image:width', (value) => Number(value) > 0);
	expectTag('og:image:height', (value) => Number(value) > 0);
	expectTag('twitter:card', (value) => value === 'summary_large_image');
	const isArticle = /^\/articles\/[^/]+\/$/.test(page);
	expectTag('og:type', (value) => value === (isArticle ? 'article' : 'website'));
	if (isArticle) {
		for (const key of ['article:published_time', 'article:modified_time']) expectTag(key, (value) => /^\d{4}-\d{2}-\d{2}/.test(value));
		expectTag('article:section');
	}
	return problems;
}
