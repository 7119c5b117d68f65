/**
 * Demand charts at volume, in a real browser: on a demand with 150 parties and
 * 20 changes of status, one with long party names, the sample's, the fixture's
 * and the Arabic newsroom's, no two labels of a chart print over each other and
 * none leaves the chart, from 320 to 1280 px; the crowded chart draws a bounded
 * number of parties, says so, and stays about a screen high on a phone.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { partyLanesShown } from '../../src/views/entity/charts.ts';
import { crowdedAddressees, crowdedDemandId, crowdedParties, longNamesDemandId, writeCrowdedDemand } from '../helpers/crowded-demand.ts';
import { namesInLine } from '../../src/model/paginate.ts';
import { astroBuild, createSite, projectRoot, type Site } from '../helpers/site.ts';
import { launchBrowser } from './browser.ts';

const sites = inject('sites');
const widths = [320, 360, 768, 1280];

let browser: Browser;
let crowded: Site;
let server: Server;
let crowdedUrl: string;

beforeAll(async () => {
	crowded = createSite(path.join(projectRoot, 'test', 'fixtures', 'newsroom'));
	writeCrowdedDemand(crowded.contentDir);
	const build = await astroBuild(crowded);
	if (build.code !== 0) throw new Error(`The crowded site did not build:\n${build.output}`);
	const files = sirv(crowded.dist, { dev: false });
	server = createServer((req, res) => files(req, res));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	crowdedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	server?.close();
	crowded?.remove();
});

const demandPages = (pages: string[]) => pages.filter((page) => /^\/demands\/[^/]+\/$/.test(page));

/**
 * What is wrong with the charts on the page: pairs of labels (lane names, status labels, axis dates) whose
 * boxes overlap, labels outside their chart, and a page wider than the screen.
 */
const chartProblems = (page: Page) =>
	page.evaluate(() => {
		const problems: string[] = [];
		if (document.documentElement.scrollWidth > innerWidth) problems.push(`the page is ${document.documentElement.scrollWidth} px wide`);
		for (const figure of document.querySelectorAll('figure.chart:has(.lanes)')) {
			const chart = figure.getBoundingClientRect();
			const labels = [...figure.querySelectorAll('.lanes .name, .lanes svg text')]
				.map((label) => ({ text: label.textContent?.trim() ?? '', box: label.getBoundingClientRect() }))
				.filter(({ box }) => box.width > 0 && box.height > 0);
			for (const { text, box } of labels) {
				if (box.left < chart.left - 0.5 || box.right > chart.right + 0.5) problems.push(`"${text}" leaves the chart`);
			}
			labels.forEach((a, i) => {
				for (const b of labels.slice(i + 1)) {
					const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
					const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
					if (across > 0.5 && down > 0.5) problems.push(`"${a.text}" overlaps "${b.text}"`);
				}
			});
		}
		return problems;
	});

describe('no chart label prints over another or leaves its chart', () => {
	const cases = () => [
		...[crowdedDemandId, longNamesDemandId].map((id) => ({ name: 'crowded', url: crowdedUrl, pathname: `/demands/${id}/` })),
		...(['sample', 'fixture', 'arabic'] as const).flatMap((name) =>
			demandPages(sites[name].pages).map((pathname) => ({ name, url: sites[name].url, pathname })),
		),
	];

	test.each(widths)('at %i px', async (width) => {
		const page = await browser.newPage({ viewport: { width, height: 800 } });
		const found: string[] = [];
		let charts = 0;
		for (const { name, url, pathname } of cases()) {
			await page.goto(`${url}${pathname}`);
			charts += await page.locator('figure.chart .lanes').count();
			for (const problem of await chartProblems(page)) found.push(`${name} ${decodeURI(pathname)}: ${problem}`);
		}
		await page.close();
		expect(found).toEqual([]);
		// The crowded site's two, and the sample's, the fixture's and the Arabic newsroom's.
		expect(charts).toBeGreaterThan(4);
	});
});

describe('a demand with 150 parties', () => {
	test('draws a bounded number of them, says so and points to the list of all, and stays about a screen high at 360 px', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
		await page.goto(`${crowdedUrl}/demands/${crowdedDemandId}/`);
		const chart = await page.evaluate(() => {
			const figure = document.querySelector('figure.chart')!;
			return {
				partyLanes: figure.querySelectorAll('svg.track.party').length,
				statusMarks: figure.querySelectorAll('svg.track.status use').length,
				notes: [...figure.querySelectorAll(':scope > p')].map((note) => note.textContent!.replace(/\s+/g, ' ').trim()),
				links: [...figure.querySelectorAll(':scope > p a')].map((link) => link.getAttribute('href')),
				height: Math.round(figure.getBoundingClientRect().height),
			};
		});
		await page.close();
		expect(chart.partyLanes).toBe(partyLanesShown);
		expect(chart.statusMarks).toBe(20);
		expect(chart.notes).toEqual([
			'First raised on 14 March 2016, long before the changes shown here.',
			`This chart shows ${partyLanesShown} of ${crowdedParties} parties: those it is put to, then the latest reported. All are under Where each side stands.`,
			'Every change of status, with its date and its report, is under How its status changed.',
		]);
		expect(chart.links).toEqual(['#positions', '#timeline']);
		expect(chart.height).toBeLessThanOrEqual(800);
	});
});

describe('a demand put to 40 parties', () => {
	test('names the first few where it is listed, then how many more; its page folds the rest, all of them a tap away', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
		await page.goto(`${crowdedUrl}/demands/`);
		const line = await page.evaluate(
			(id) =>
				[...document.querySelectorAll('.demand-list > li')]
					.find((item) => item.querySelector(`a[href="/demands/${id}/"]`))!
					.querySelector('.who')!
					.textContent!.replace(/\s+/g, ' ')
					.trim(),
			crowdedDemandId,
		);
		expect(line).toMatch(new RegExp(`^by Harbour Workers’ Federation, put to ([^,]+, ){${namesInLine - 1}}[^,]+ and ${crowdedAddressees - namesInLine} more$`));
		await page.goto(`${crowdedUrl}/demands/${crowdedDemandId}/`);
		const addressedTo = page.locator('dt:text-is("Addressed to") + dd');
		const linksShown = () => addressedTo.locator('a').evaluateAll((links) => links.filter((link) => link.checkVisibility()).length);
		await expect(linksShown()).resolves.toBe(namesInLine);
		await addressedTo.getByText(`${crowdedAddressees - namesInLine} more`).click();
		await expect(linksShown()).resolves.toBe(crowdedAddressees);
		const wide = await page.evaluate(() => document.documentElement.scrollWidth);
		await page.close();
		expect(wide).toBeLessThanOrEqual(360);
	});
});
