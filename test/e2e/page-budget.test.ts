/**
 * Every page has a length budget that does not grow with the newsroom: built
 * from generated newsrooms of 300 and 1,000 explainers (three parties in nine
 * of ten of them, where pages grow most), no home, index or entity page is
 * taller than 6,000 px at 360 px, about nine screens of a phone, footer
 * included; and the home page shows the latest explainers and the open
 * demands within its first three screens. Explainers themselves are exempt:
 * a story is as long as its editor writes it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { astroBuild, createSite, listFiles, type Site } from '../helpers/site.ts';
import { launchBrowser } from './browser.ts';

const phone = { width: 360, height: 640 };
/** The tallest a page may be, in CSS pixels at 360 px wide. */
const budget = 6000;
/** Where the home page's latest explainers and open demands must have shown their first entry by. */
const firstScreens = 3 * phone.height;

/**
 * Which budgeted group a page's path belongs to. Explainers are exempt, and so
 * is the open data's documentation: as long as the data has fields, the same
 * for every newsroom.
 */
function groupOf(pathname: string): 'home' | 'entity' | 'index' | 'exempt' {
	if (pathname === '/' || /^\/page\/\d+\/$/.test(pathname)) return 'home';
	if (/^\/articles\/(?!page\/)[^/]+\/$/.test(pathname) || pathname === '/data/') return 'exempt';
	// The demands by name are an index in another order, not a demand.
	if (/^\/(actors|sources|topics|demands)\/(?!page\/|by-name\/)[^/]+\//.test(pathname)) return 'entity';
	return 'index';
}

test('pages are grouped by what they are', () => {
	const groups = {
		'/': 'home',
		'/page/2/': 'home',
		'/articles/': 'index',
		'/articles/page/3/': 'index',
		'/articles/2025-01-01-x/': 'exempt',
		'/actors/': 'index',
		'/actors/page/2/': 'index',
		'/actors/a/': 'entity',
		'/actors/a/page/2/': 'entity',
		'/demands/d/': 'entity',
		'/demands/by-name/page/2/': 'index',
		'/corrections/': 'index',
		'/corrections/page/2/': 'index',
		'/search/': 'index',
		'/data/': 'exempt',
	};
	expect(Object.fromEntries(Object.keys(groups).map((pathname) => [pathname, groupOf(pathname)]))).toEqual(groups);
});

function serve(dir: string): Promise<Server> {
	const files = sirv(dir, { dev: false, etag: false });
	const server = createServer((req, res) =>
		files(req, res, () => {
			res.statusCode = 404;
			res.end();
		}),
	);
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launchBrowser();
	page = await browser.newPage({ viewport: phone });
});
afterAll(() => browser.close());

/** Each page's height at 360 px, by group. */
async function measure(url: string, pages: string[]) {
	const heights: Record<'home' | 'entity' | 'index', [string, number][]> = { home: [], entity: [], index: [] };
	for (const pathname of pages) {
		const group = groupOf(pathname);
		if (group === 'exempt') continue;
		await page.goto(`${url}${pathname}`);
		heights[group].push([pathname, await page.evaluate(() => document.documentElement.scrollHeight)]);
	}
	return heights;
}

const overBudget = (heights: [string, number][]) => heights.filter(([, height]) => height > budget).map(([pathname, height]) => `${pathname}: ${height} px`);

describe.each([300, 1000])('a newsroom of %i explainers', (articles) => {
	let site: Site;
	let server: Server;
	let url: string;
	let heights: Awaited<ReturnType<typeof measure>>;
	beforeAll(async () => {
		const corpus = mkdtempSync(path.join(tmpdir(), 'dossier-budget-'));
		writeCorpus({ articles, dir: corpus, hubs: 3 });
		site = createSite(corpus);
		rmSync(corpus, { recursive: true, force: true });
		const build = await astroBuild(site);
		if (build.code !== 0) throw new Error(`The ${articles}-explainer newsroom did not build:\n${build.output}`);
		server = await serve(site.dist);
		url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		const pages = listFiles(site.dist)
			.filter((file) => file.endsWith('.html') && file !== '404.html')
			.map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
		heights = await measure(url, pages);
	}, 1_200_000);
	afterAll(() => {
		server?.close();
		site?.remove();
	});

	test('every page of each group was measured', () => {
		expect(heights.home.length).toBeGreaterThan(1);
		expect(heights.index.map(([pathname]) => pathname)).toEqual(
			expect.arrayContaining(['/actors/', '/sources/', '/topics/', '/demands/', '/articles/', '/corrections/']),
		);
		expect(heights.entity.length).toBeGreaterThan(articles / 2);
	});

	test.each(['home', 'index', 'entity'] as const)(`no %s page is taller than ${budget} px at 360 px`, (group) => {
		// One line per page over the budget, so that a failure lists them all.
		expect(overBudget(heights[group]).join('\n')).toBe('');
	});

	test(`the home page shows its latest explainers and open demands within ${firstScreens} px`, async () => {
		await page.goto(`${url}/`);
		const firstEntries = await page.evaluate(() =>
			Object.fromEntries(
				['latest', 'open-demands'].map((section) => {
					const entry = document.querySelector(`[aria-labelledby="${section}"] li`);
					return [section, entry ? Math.round(entry.getBoundingClientRect().bottom + scrollY) : undefined];
				}),
			),
		);
		expect(firstEntries.latest).toBeLessThanOrEqual(firstScreens);
		expect(firstEntries['open-demands']).toBeLessThanOrEqual(firstScreens);
	});
});
