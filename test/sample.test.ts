/**
 * The sample site, built as a newcomer builds it: it must build, link
 * correctly to every page and fragment, and give feed readers a valid feed.
 */
import path from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { site as settings } from '../src/config/site.ts';
import { readContentFiles } from '../src/check/content-files-fs.ts';
import { articleSchema } from '../src/model/schemas.ts';
import { report, validateSite } from './helpers/json-ld-validator.ts';
import { brokenLinks } from './helpers/links.ts';
import { htmlPages, isNoindex, pageTree, sharingProblems, sitemapEntries } from './helpers/meta.ts';
import { astroBuild, createSite, listFiles, projectRoot, readDist, type RunResult, type Site } from './helpers/site.ts';

let site: Site;
let build: RunResult;

beforeAll(async () => {
	site = createSite(path.join(projectRoot, 'src', 'content'));
	build = await astroBuild(site);
});
afterAll(() => site.remove());

test('the sample site builds', () => {
	expect(build.code).toBe(0);
});

test('every internal link and #fragment of the sample site resolves', () => {
	expect(listFiles(site.dist).length).toBeGreaterThan(10);
	expect(brokenLinks(site.dist, 'https://dossier.example.org')).toEqual([]);
});

test("every page's JSON-LD passes the offline validator with no error or warning", async () => {
	const pages = await validateSite(listFiles(site.dist), (file) => readDist(site, file));
	expect(report(pages)).not.toMatch(/ERROR|WARNING/);
});

test('the sample feed parses and lists every published explainer', async () => {
	const feed = await new Parser().parseString(readDist(site, 'rss.xml'));
	const articles = listFiles(site.dist).filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
	expect(feed.items.map((item) => new URL(item.link!).pathname.slice(1) + 'index.html').sort()).toEqual(articles);
});

test('the sample models careful sourcing: few positions without a stance, and no citation of a bare home page', () => {
	const articles = readContentFiles(projectRoot)
		.filter((file) => file.collection === 'articles')
		.map((file) => articleSchema().parse(file.data))
		.filter((article) => !article.draft);
	const positions = articles.flatMap((article) => article.demands.flatMap((entry) => entry.positions));
	const vague = positions.filter((position) => position.stance === 'unclear' || position.stance === 'no-response');
	expect(positions.length).toBeGreaterThan(4);
	expect(vague.length / positions.length).toBeLessThan(0.25);
	const citationUrls = articles.flatMap((article) => article.sources.flatMap((citation) => (citation.url ? [new URL(citation.url)] : [])));
	expect(citationUrls.filter((url) => url.pathname.replace(/\/+$/, '') === '' && !url.search)).toEqual([]);
});

test('the sample’s own words use typographic quotes and apostrophes, in titles, summaries, notes and bodies alike', () => {
	/** Every text a reader sees: frontmatter values (not ids, dates or addresses) and the body without code, link targets or citation keys. */
	const texts = (value: unknown): string[] =>
		typeof value === 'string'
			? [value]
			: Array.isArray(value)
				? value.flatMap(texts)
				: value && typeof value === 'object'
					? Object.values(value).flatMap(texts)
					: [];
	const straight = readContentFiles(projectRoot).flatMap((file) =>
		[...texts(file.data), file.body.replace(/`[^`]*`|\]\([^)]*\)|\[@[^\]]*\]/g, '')]
			.filter((text) => /['"]/.test(text))
			.map((text) => `${file.path}: ${text.slice(0, 80)}`),
	);
	expect(straight).toEqual([]);
});

test('every stance in the matrix links to a numbered source entry on an explainer page', () => {
	const cells = selectAll('.matrix tbody td a', fromHtml(readDist(site, 'demands/index.html'))).map((a) => String(a.properties.href));
	expect(cells.length).toBeGreaterThan(0);
	expect(cells.filter((href) => !/^\/articles\/[^/]+\/#source-[^/]+$/.test(href))).toEqual([]);
});

test('every sample page has its absolute canonical address and the Open Graph tags; the sitemap lists exactly the published pages', () => {
	const pages = htmlPages(site);
	expect(pages.length).toBeGreaterThan(20);
	expect(pages.flatMap((page) => sharingProblems(site, page, settings.url))).toEqual([]);
	const published = pages.filter((page) => !isNoindex(pageTree(site, page))).map((page) => new URL(page, `${settings.url}/`).href);
	expect(
		sitemapEntries(site, settings.url)
			.map(({ loc }) => loc)
			.toSorted(),
	).toEqual(published.toSorted());
});
