/**
 * A generated newsroom larger than one page of anything: lists are paginated,
 * pages and feeds stay bounded, and the generator writes content that passes
 * the contract.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../scripts/bench/corpus.ts';
import { listPageSize } from '../src/model/paginate.ts';
import { historySegment } from '../src/model/urls.ts';
import { brokenLinks } from './helpers/links.ts';
import { sitemapEntries } from './helpers/meta.ts';
import { astroBuild, checkContent, createSite, listFiles, readDist, type RunResult, type Site, readerPages, readerFiles } from './helpers/site.ts';

const articles = 130;
let corpus: string;
let site: Site;
let build: RunResult;

beforeAll(async () => {
	corpus = mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
	writeCorpus({ articles, dir: corpus, seed: 7 });
	site = createSite(corpus);
	build = await astroBuild(site);
});
afterAll(() => {
	site.remove();
	rmSync(corpus, { recursive: true, force: true });
});

const page = (url: string) => fromHtml(readDist(site, `${url.replace(/^\//, '')}index.html`));
const links = (url: string, selector: string) => selectAll(selector, page(url)).map((a) => a.properties.href);

describe('the generated newsroom', () => {
	test('is the same for the same seed', () => {
		const again = mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
		writeCorpus({ articles, dir: again, seed: 7 });
		const files = listFiles(corpus);
		expect(listFiles(again)).toEqual(files);
		expect(files.every((file) => readFileSync(path.join(again, file), 'utf8') === readFileSync(path.join(corpus, file), 'utf8'))).toBe(true);
		rmSync(again, { recursive: true });
	});

	test('follows the content contract and builds', async () => {
		expect((await checkContent(site.root)).code).toBe(0);
		expect(build.code).toBe(0);
		expect(listFiles(corpus).filter((file) => file.startsWith('articles/'))).toHaveLength(articles);
	});
});

describe('bounded pages', () => {
	test(`the home page lists ${listPageSize.home} explainers and links to the next page; later pages link both ways`, () => {
		// The newest leads the page; the list goes on with the next ones.
		expect(links('/', '#lead-title a')).toHaveLength(1);
		expect(links('/', '#latest + ol h3 a')).toHaveLength(listPageSize.home - 1);
		expect(links('/', 'a[rel="next"]')).toEqual(['/page/2/']);
		expect(links('/page/2/', 'a[rel="prev"]')).toEqual(['/']);
		expect(links('/page/2/', 'a[rel="next"]')).toEqual(['/page/3/']);
		const last = listFiles(site.dist).filter((file) => /^page\/\d+\/index\.html$/.test(file)).length + 1;
		expect(links(`/page/${last}/`, 'a[rel="next"]')).toEqual([]);
		expect(links(`/page/${last}/`, '#latest + ol h3 a').length).toBeGreaterThan(0);
	});

	test(`/articles/ lists every explainer once, ${listPageSize.articles} to a page, months newest first, a split month continued`, () => {
		const published = listFiles(corpus).filter((file) => file.startsWith('articles/') && !/^draft: true$/m.test(readFileSync(path.join(corpus, file), 'utf8')));
		const last = Math.ceil(published.length / listPageSize.articles);
		const urls = ['/articles/', ...Array.from({ length: last - 1 }, (_, i) => `/articles/page/${i + 2}/`)];
		expect(links('/articles/', 'a[rel="next"]')).toEqual(['/articles/page/2/']);
		expect(links('/articles/page/2/', 'a[rel="prev"]')).toEqual(['/articles/']);
		expect(links(urls.at(-1)!, 'a[rel="next"]')).toEqual([]);
		// Three pages on, the ends are a link away as well.
		const ends = selectAll('nav.pages .ends a', page('/articles/page/3/')).map((a) => [a.properties.href, toString(a)]);
		expect(ends).toEqual([
			['/articles/', 'First page'],
			[urls.at(-1), `Last page (${last})`],
		]);
		const perPage = urls.map((url) => links(url, 'main h3 a'));
		expect(perPage.map((list) => list.length)).toEqual([
			...urls.slice(1).map(() => listPageSize.articles),
			published.length - (last - 1) * listPageSize.articles,
		]);
		expect(new Set(perPage.flat()).size).toBe(published.length);
		const headings = urls.flatMap((url) =>
			selectAll('main h2', page(url)).map((h2) => ({
				month: String(selectAll('time', h2)[0]?.properties.dateTime),
				continued: /\(continued\)$/.test(toString(h2)),
			})),
		);
		const months = headings.map(({ month }) => month);
		expect(months).toEqual(months.toSorted().reverse());
		// Each month is headed once, except where a page starts in the middle of it.
		const firstOnPage = new Set(urls.map((url) => String(selectAll('main h2 time', page(url))[0]?.properties.dateTime)));
		expect(headings.filter(({ continued }) => continued).length).toBeGreaterThan(0);
		for (const [i, { month, continued }] of headings.entries()) expect(continued).toBe(i > 0 && headings[i - 1]!.month === month && firstOnPage.has(month));
	});

	test('entity pages show the latest 4 explainers of Mentioned in, and the older ones 12 to a page after it', () => {
		const paginated = listFiles(site.dist).filter((file) => /^(actors|demands|sources|topics)\/(?!by-name\/)[^/]+\/page\/2\/index\.html$/.test(file));
		expect(paginated.length).toBeGreaterThan(0);
		const mentions = '#mentioned-in + ol h3 a';
		for (const file of paginated) {
			const first = `/${file.replace('page/2/index.html', '')}`;
			expect(links(first, mentions)).toHaveLength(4);
			expect(links(first, 'a[rel="next"]')).toEqual([`${first}page/2/`]);
			expect(links(`${first}page/2/`, mentions).length).toBeLessThanOrEqual(12);
			if (links(`${first}page/2/`, 'a[rel="next"]').length > 0) expect(links(`${first}page/2/`, mentions)).toHaveLength(12);
		}
	});

	test('no list on any page is longer than 50, and the matrix has at most 10 columns of parties', () => {
		for (const file of readerPages(site.dist)) {
			const tree = fromHtml(readDist(site, file));
			for (const list of selectAll('main ol, main ul', tree)) expect(selectAll(':scope > li', list).length, file).toBeLessThanOrEqual(50);
			// Besides the demands' column.
			for (const row of selectAll('.matrix thead tr', tree)) expect(selectAll('th', row).length - 1, file).toBeLessThanOrEqual(10);
		}
	});

	test('later pages of a list carry breadcrumbs ending in their page number, and the sitemap lists every page', () => {
		const trail = (url: string) => selectAll('nav[aria-label="Breadcrumb"] li > :is(a, [aria-current="page"])', page(url)).map((step) => toString(step));
		expect(trail('/page/2/')).toEqual(['Home', 'Page 2']);
		const entityPage = listFiles(site.dist).find((file) => /^(actors|demands|sources|topics)\/(?!by-name\/)[^/]+\/page\/2\/index\.html$/.test(file))!;
		expect(trail(`/${entityPage.replace('index.html', '')}`)).toEqual([
			'Home',
			expect.stringMatching(/^(Who’s who|Demands|Sources|Topics)$/),
			expect.any(String),
			'Page 2',
		]);
		// Every page but the 404 page and the explainers' history pages, which search engines are told not to list.
		const pages = readerFiles(site.dist).filter((file) => file.endsWith('.html') && file !== '404.html' && !file.endsWith(`/${historySegment}/index.html`));
		expect(sitemapEntries(site, 'https://dossier.example.org')).toHaveLength(pages.length);
	});

	test('feeds carry at most 50 items', async () => {
		const feeds = listFiles(site.dist).filter((file) => file.endsWith('rss.xml'));
		const counts = await Promise.all(feeds.map(async (file) => (await new Parser().parseString(readDist(site, file))).items.length));
		expect(Math.max(...counts)).toBe(50);
	});

	test('every link, pagination included, resolves', () => {
		expect(brokenLinks(site.dist, 'https://dossier.example.org')).toEqual([]);
	});

	test('the largest page stays small', () => {
		const sizes = readerPages(site.dist).map((file) => statSync(path.join(site.dist, file)).size);
		expect(Math.max(...sizes)).toBeLessThan(250_000);
	});
});
