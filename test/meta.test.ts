/**
 * What the fixture newsroom tells search engines and sharing platforms, built
 * with its own address in SITE_URL: a sitemap of exactly its published pages
 * with each explainer's last change, robots.txt naming it, an absolute
 * canonical link and Open Graph tags on every page, breadcrumbs, and no trace
 * of the placeholder address anywhere.
 */
import path from 'node:path';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { imageSize } from 'image-size';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { placeholderUrl } from '../src/config/site.ts';
import { htmlPages, isNoindex, pageTree, sharingProblems, sitemapEntries } from './helpers/meta.ts';
import { astroBuild, createSite, listFiles, readDist, type RunResult, type Site } from './helpers/site.ts';

const siteUrl = 'https://explainers.example.com';
let site: Site;
let build: RunResult;

beforeAll(async () => {
	site = createSite(path.join(import.meta.dirname, 'fixtures', 'newsroom'));
	build = await astroBuild(site, { SITE_URL: siteUrl });
});
afterAll(() => site.remove());

test('the fixture builds with its own address', () => {
	expect(build.code).toBe(0);
});

describe('the sitemap', () => {
	test('sitemap-index.xml lists exactly the published pages: every HTML page but the 404 page and any noindex page (the explainers’ history pages)', () => {
		const pages = htmlPages(site);
		const published = pages.filter((page) => !isNoindex(pageTree(site, page)));
		const histories = pages.filter((page) => page.endsWith('/history/'));
		expect(histories).toHaveLength(4);
		expect(pages.filter((page) => !published.includes(page)).toSorted()).toEqual(['/404.html', ...histories].toSorted());
		const listed = sitemapEntries(site, siteUrl).map(({ loc }) => decodeURI(loc));
		expect(listed.toSorted()).toEqual(published.map((page) => `${siteUrl}${page}`).toSorted());
		// Drafts are never built, so never listed.
		expect(listed.filter((loc) => loc.includes('draft'))).toEqual([]);
	});

	test('each explainer’s lastmod is its updated date or its latest correction, whichever is later; other pages have none', () => {
		const lastmods = Object.fromEntries(sitemapEntries(site, siteUrl).map(({ loc, lastmod }) => [new URL(loc).pathname, lastmod]));
		expect(lastmods).toMatchObject({
			// Published 1 March 2024 10:30 +01:00, corrected 5 March.
			'/articles/2024-03-01-ostmark-agrees/': '2024-03-05T00:00:00.000Z',
			// Updated and corrected on 6 February.
			'/articles/2024-02-05-talks-open/': '2024-02-06T00:00:00.000Z',
			// Never updated: its publication.
			'/articles/2024-01-10-valdoria-demands-withdrawal/': '2024-01-10T00:00:00.000Z',
		});
		expect(lastmods['/']).toBeUndefined();
		expect(lastmods['/actors/valdoria/']).toBeUndefined();
	});

	test('robots.txt names the sitemap at the site’s own address; the sitemap index points at its sitemaps there', () => {
		expect(readDist(site, 'robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}/sitemap-index.xml\n`);
		expect(sitemapEntries(site, siteUrl).length).toBeGreaterThan(20);
	});
});

describe('canonical links and sharing tags', () => {
	test('every page has its absolute canonical address, og:title, og:description, og:url, og:type, og:site_name, an og:image with size and alt, and twitter:card', () => {
		const pages = htmlPages(site);
		expect(pages.length).toBeGreaterThan(20);
		expect(pages.flatMap((page) => sharingProblems(site, page, siteUrl))).toEqual([]);
	});

	const tags = (page: string) =>
		Object.fromEntries(
			selectAll('meta[property], meta[name^="twitter:"]', pageTree(site, page)).map((meta) => [
				String(meta.properties.property ?? meta.properties.name),
				String(meta.properties.content),
			]),
		);

	test('an explainer is shared as an article, with its dates, its section and its lead picture', () => {
		expect(tags('/articles/2024-03-01-ostmark-agrees/')).toMatchObject({
			'og:type': 'article',
			'og:title': 'Ostmark agrees to withdraw its border troops',
			'og:url': `${siteUrl}/articles/2024-03-01-ostmark-agrees/`,
			'article:published_time': '2024-03-01T10:30:00+01:00',
			'article:modified_time': '2024-03-05',
			'article:section': 'Explainers',
			'og:image': `${siteUrl}/share-card.png`,
		});
		const withPicture = tags('/articles/2024-01-10-valdoria-demands-withdrawal/');
		expect(withPicture['og:image']).toMatch(new RegExp(`^${siteUrl}/_astro/.+\\.jpe?g$`));
		expect(withPicture).toMatchObject({ 'og:image:width': '1200', 'og:image:height': '675', 'og:image:alt': expect.stringContaining('guard huts') });
	});

	test('a page without a lead picture shares the site’s card: a 1200×630 PNG the build draws', () => {
		expect(tags('/actors/valdoria/')).toMatchObject({
			'og:type': 'website',
			'og:image': `${siteUrl}/share-card.png`,
			'og:image:width': '1200',
			'og:image:height': '630',
			'og:site_name': 'Dossier',
		});
		const card = imageSize(readFileSync(path.join(site.dist, 'share-card.png')));
		expect(card).toMatchObject({ type: 'png', width: 1200, height: 630 });
	});

	test('no file of the build names the placeholder address: every absolute URL comes from SITE_URL', () => {
		const isText = (file: string) => !/\.(jpe?g|png|webp|avif)$/.test(file);
		const files = listFiles(site.dist).filter(isText);
		expect(files.filter((file) => readDist(site, file).includes(new URL(placeholderUrl).host))).toEqual([]);
		const feed = readDist(site, 'rss.xml');
		expect(feed).toContain(`<link>${siteUrl}/</link>`);
	});
});

describe('breadcrumbs', () => {
	const trail = (page: string) => {
		const nav = selectAll('nav[aria-label="Breadcrumb"]', pageTree(site, page));
		expect(nav, page).toHaveLength(1);
		return selectAll('ol > li', nav[0]!).map((li) => {
			const link = selectAll('a', li)[0];
			const current = selectAll('[aria-current="page"]', li)[0];
			return link ? `${toString(link)} ${String(link.properties.href)}` : `${toString(current!)} (current)`;
		});
	};

	test.each([
		['/articles/2024-02-05-talks-open/', ['Home /', 'Explainers /articles/', 'Talks open: what each side now says about the border & the river (current)']],
		['/actors/zoe-norgaard/', ['Home /', 'Who’s who /actors/', 'Zoë Nørgaard (current)']],
		['/demands/river-treaty-restored/', ['Home /', 'Demands /demands/', 'The 1990 river treaty must be restored (current)']],
		['/topics/économie/', ['Home /', 'Topics /topics/', expect.stringMatching(/\(current\)$/)]],
		['/sources/', ['Home /', 'Sources (current)']],
		['/demands/', ['Home /', 'Demands (current)']],
		['/articles/', ['Home /', 'Explainers (current)']],
	])('%s: a list from the home page, the page itself current and not a link', (page, expected) => {
		expect(trail(page)).toEqual(expected);
	});

	test('the home page has none: it is where every trail starts', () => {
		expect(selectAll('nav[aria-label="Breadcrumb"]', pageTree(site, '/'))).toEqual([]);
	});
});
