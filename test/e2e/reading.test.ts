/**
 * The reading experience in a real browser: the story starts within the
 * first screen, stances never appear without their key, and a timeline gives
 * each date once. On the fixture, the fixture with a heavy article, and the sample.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { heavyArticleId } from '../helpers/heavy-article.ts';
import { launchBrowser } from './browser.ts';

const sites = inject('sites');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Where the first paragraph of the story may start at most, from the top of the page, per screen. */
const screens = [
	{ width: 360, height: 740, firstParagraphBy: 1100 },
	{ width: 1280, height: 800, firstParagraphBy: 800 },
];

const articlePages = (pages: string[]) => pages.filter((page) => /^\/articles\/[^/]+\/$/.test(page));

test('the heavy fixture article is there to be measured', () => {
	expect(articlePages(sites.heavy.pages)).toContain(`/articles/${heavyArticleId}/`);
});

describe.each(Object.entries(sites))('the %s site', (_, { url, pages }) => {
	let page: Page;
	beforeAll(async () => {
		page = await browser.newPage();
	});
	afterAll(() => page.close());

	test.each(screens)('at $width×$height, every article starts its story within $firstParagraphBy px', async ({ width, height, firstParagraphBy }) => {
		await page.setViewportSize({ width, height });
		const late: string[] = [];
		for (const pathname of articlePages(pages)) {
			await page.goto(`${url}${pathname}`);
			const top = await page.evaluate(() => {
				const first = document.querySelector('.prose > p');
				return first ? first.getBoundingClientRect().top + scrollY : 0;
			});
			if (top > firstParagraphBy) late.push(`${pathname}: ${Math.round(top)} px`);
		}
		expect(late).toEqual([]);
	});

	test('every display of stances has the key to them beside it, once for neighbouring sections', async () => {
		await page.setViewportSize({ width: 1280, height: 800 });
		const keyless: string[] = [];
		for (const pathname of pages) {
			await page.goto(`${url}${pathname}`);
			const found = await page.evaluate(() =>
				[...document.querySelectorAll('.stance')]
					// The key itself, and the glossary that explains it, are not displays that need one.
					.filter((stance) => !stance.closest('.stance-legend, .glossary'))
					// The key sits in the same section, or in the one just before it (a demand's timeline follows its positions).
					.filter((stance) => {
						const area = stance.closest('section, figure, main');
						return !area?.querySelector('.stance-legend') && !area?.previousElementSibling?.querySelector('.stance-legend');
					})
					.map((stance) => stance.closest('section, figure, main')?.querySelector('h2, h3, figcaption')?.textContent?.trim() ?? '(untitled)'),
			);
			for (const region of new Set(found)) keyless.push(`${pathname}: ${region}`);
		}
		expect(keyless).toEqual([]);
	});

	test('a demand timeline gives each date once, and each article once a date', async () => {
		const repeated: string[] = [];
		let daysSeen = 0;
		for (const pathname of pages.filter((p) => /^\/demands\/[^/]+\/$/.test(p))) {
			await page.goto(`${url}${pathname}`);
			const days = await page.evaluate(() =>
				[...document.querySelectorAll('.timeline > li.day')].map((day) => ({
					date: day.querySelector('.date time')?.getAttribute('datetime') ?? '',
					articles: [...day.querySelectorAll('a[href^="/articles/"]')].map((a) => a.getAttribute('href')),
				})),
			);
			daysSeen += days.length;
			const dates = days.map((day) => day.date);
			if (new Set(dates).size !== dates.length) repeated.push(`${pathname}: ${dates.join(', ')}`);
			for (const day of days) if (new Set(day.articles).size !== day.articles.length) repeated.push(`${pathname} on ${day.date}: ${day.articles.join(', ')}`);
		}
		expect(daysSeen).toBeGreaterThan(0);
		expect(repeated).toEqual([]);
	});
});
