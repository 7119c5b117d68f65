/**
 * The demands in brief, read in a real browser: each stance chip stays on the
 * line of its party's name at every width from 320 to 1280 px, in the glance
 * and in the details below the story; and on paper the glance is whole, with
 * no link or count that means nothing printed. On the fixture with a heavy and
 * a busy article (parties of long names, and of two and three words), the
 * sample, and the Arabic newsroom's home page, right to left.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { busyArticleId, heavyArticleId } from '../helpers/heavy-article.ts';
import { launchBrowser } from './browser.ts';

const sites = inject('sites');

let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launchBrowser();
	page = await browser.newPage();
});
afterAll(() => browser.close());

const widths = [320, 340, 360, 380, 400, 420, 480, 600, 768, 1024, 1280];
const pagesWithStances = [
	['heavy', `/articles/${busyArticleId}/`],
	['heavy', `/articles/${heavyArticleId}/`],
	['heavy', '/'],
	['sample', '/articles/2025-03-13-russia-hands-us-list-of-demands/'],
	['arabic', '/'],
] as const;

/**
 * Every chip that is not with its party's name, as "name (chip)". A name and
 * its chip are a row of a small table, in the glance and below the story: the
 * chip must sit beside the name, level with it.
 */
const chipsApart = () =>
	[...document.querySelectorAll('.stance-rows .party-stance')].flatMap((row) => {
		// A party asked and not heard from has words in place of a chip: they too sit beside its name.
		const chip = row.querySelector('.stance') ?? row.querySelector('dd')!;
		const box = chip.getBoundingClientRect();
		const range = document.createRange();
		range.selectNodeContents(row.querySelector('dt')!);
		const name = range.getBoundingClientRect();
		const level = box.top < name.bottom && box.bottom > name.top;
		const beside = getComputedStyle(row).direction === 'rtl' ? box.right <= name.left + 1 : box.left >= name.right - 1;
		return level && beside ? [] : [`${range.toString().trim()} (${chip.textContent?.trim()})`];
	});

describe.each(pagesWithStances)('on the %s site’s %s', (site, pathname) => {
	test.each(widths)('at %i px, every chip stays with its party’s name', async (width) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(`${sites[site].url}${pathname}`);
		// Folded on narrow screens: opened, as a reader opens it.
		await page.evaluate(() => document.querySelectorAll('.glance details').forEach((details) => ((details as HTMLDetailsElement).open = true)));
		const found = await page.evaluate(chipsApart);
		expect(found).toEqual([]);
	});
});

test('the busy article’s glance names who makes each demand and whom it is put to, then each party with its stance', async () => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(`${sites.heavy.url}/articles/${busyArticleId}/`);
	const first = await page.evaluate(() => {
		const line = document.querySelector('.glance .lines > li')!;
		return {
			asks: line.querySelector('.asks')?.textContent?.trim(),
			status: line.querySelector('.status-here')?.textContent?.replace(/\s+/g, ' ').trim(),
			stances: [...line.querySelectorAll('.party-stance')].map(
				(row) => `${row.querySelector('dt')?.textContent?.trim()}: ${row.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim()}`,
			),
		};
	});
	expect(first).toEqual({
		asks: 'Valdoria asks this of Ostmark',
		status: 'Status: Being negotiated',
		stances: ['Northern Harbour Towns: ✓ Supports', 'Basin Committee: ✕ Opposes', 'Coastal Affairs Office: ◐ Mixed', 'Fishing League: ○ No response'],
	});
});

test('at 360 px the glance is folded above the story, and at 1280 open beside it', async () => {
	const seen: Record<number, boolean> = {};
	for (const width of [360, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(`${sites.heavy.url}/articles/${busyArticleId}/`);
		seen[width] = await page.evaluate(() => (document.querySelector('.glance .lines') as HTMLElement).checkVisibility());
	}
	expect(seen).toEqual({ 360: false, 1280: true });
});

test('printed, the glance is whole, without its link to the details below', async () => {
	await page.setViewportSize({ width: 800, height: 1100 });
	await page.emulateMedia({ media: 'print' });
	const printed: string[] = [];
	// Explainers have a glance; the home page shows its demands as a list of its own.
	for (const [site, pathname] of pagesWithStances.filter(([, pathname]) => pathname.startsWith('/articles/'))) {
		await page.goto(`${sites[site].url}${pathname}`);
		const glance = await page.evaluate(() => {
			const lines = [...document.querySelectorAll<HTMLElement>('.glance .lines > li')];
			return {
				printed: lines.filter((line) => line.checkVisibility()).length,
				all: lines.length,
				// A link to the details below the story: on paper there is nothing to follow.
				screenOnly: [...document.querySelectorAll<HTMLElement>('.glance a')]
					.filter((a) => a.checkVisibility() && a.getAttribute('href')?.endsWith('#stances-and-sources'))
					.map((a) => a.innerText),
			};
		});
		if (glance.printed !== glance.all || glance.all === 0) printed.push(`${pathname}: ${glance.printed} of ${glance.all} demands printed`);
		for (const link of glance.screenOnly) printed.push(`${pathname}: ${link}`);
	}
	await page.emulateMedia({ media: 'screen' });
	expect(printed).toEqual([]);
});
