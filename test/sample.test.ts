/**
 * The sample site, built as a newcomer builds it: it must build, link
 * correctly to every page and fragment, and give feed readers a valid feed.
 */
import path from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { brokenLinks } from './helpers/links.ts';
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

test('the sample feed parses and lists every published explainer', async () => {
	const feed = await new Parser().parseString(readDist(site, 'rss.xml'));
	const articles = listFiles(site.dist).filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
	expect(feed.items.map((item) => new URL(item.link!).pathname.slice(1) + 'index.html').sort()).toEqual(articles);
});
