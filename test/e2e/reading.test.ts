/**
 * The reading experience in a real browser: the story starts within the
 * first screen, a page that shows stances has one key to them, a byline never
 * leaves its separator at a line's end, and a timeline gives each date once.
 * On the fixture, the fixture with a heavy and a busy article, and the sample.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { busyArticleId, heavyArticleId } from '../helpers/heavy-article.ts';
import { launchBrowser } from './browser.ts';

const sites = inject('sites');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Where the first paragraph of the story may start at most, from the top of the page, per screen. */
const screens = [
	{ width: 360, height: 740, firstParagraphBy: 900 },
	{ width: 1280, height: 800, firstParagraphBy: 800 },
];

const articlePages = (pages: string[]) => pages.filter((page) => /^\/articles\/[^/]+\/$/.test(page));

test('the heavy and busy fixture articles are there to be measured', () => {
	expect(articlePages(sites.heavy.pages)).toEqual(expect.arrayContaining([`/articles/${heavyArticleId}/`, `/articles/${busyArticleId}/`]));
});

test('at 360 px, the busy article (a 90-character headline, a 200-character summary, a byline, a correction, four demands of five parties) shows the first line of its story on the first screen of 640 px', async () => {
	const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
	await page.goto(`${sites.heavy.url}/articles/${busyArticleId}/`);
	const firstLine = await page.evaluate(() => {
		const range = document.createRange();
		range.selectNodeContents(document.querySelector('.prose > p')!);
		return Math.round(range.getClientRects()[0]!.bottom + scrollY);
	});
	await page.close();
	expect(firstLine).toBeLessThanOrEqual(640);
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

	test('a page that shows stances has one key to them, before or at the first', async () => {
		await page.setViewportSize({ width: 1280, height: 800 });
		const wrong: string[] = [];
		for (const pathname of pages) {
			await page.goto(`${url}${pathname}`);
			const found = await page.evaluate(() => {
				const keys = [...document.querySelectorAll('.stance-legend')];
				// The key itself, and the glossary that explains it, are not displays that need one.
				const first = [...document.querySelectorAll('.stance')].find((stance) => !stance.closest('.stance-legend, .glossary'));
				if (!first) return keys.length > 1 ? `${keys.length} keys and no stance` : '';
				if (keys.length !== 1) return `${keys.length} keys`;
				const keyFirst = keys[0]!.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING;
				return keyFirst
					? ''
					: `the key after the first stance, in ${first.closest('section, figure, main')?.querySelector('h2, h3, figcaption')?.textContent?.trim()}`;
			});
			if (found) wrong.push(`${pathname}: ${found}`);
		}
		expect(wrong).toEqual([]);
	});

	test("at 320 to 420 px, no line of an article's byline ends with its separator", async () => {
		const dangling: string[] = [];
		for (const width of [320, 340, 360, 380, 400, 420]) {
			await page.setViewportSize({ width, height: 640 });
			for (const pathname of articlePages(pages)) {
				await page.goto(`${url}${pathname}`);
				const ends = await page.evaluate(() => {
					const meta = document.querySelector('.article-header .meta');
					if (!meta) return 0;
					// Each "·" against the next character that is not a space: on one line, or the "·" ends a line.
					const text = document.createTreeWalker(meta, NodeFilter.SHOW_TEXT);
					const glyphs: { char: string; top: number }[] = [];
					for (let node = text.nextNode(); node; node = text.nextNode()) {
						for (let i = 0; i < node.textContent!.length; i++) {
							const range = document.createRange();
							range.setStart(node, i);
							range.setEnd(node, i + 1);
							const rect = range.getClientRects()[0];
							if (rect && node.textContent![i]!.trim()) glyphs.push({ char: node.textContent![i]!, top: rect.top });
						}
					}
					return glyphs.filter((glyph, i) => glyph.char === '·' && glyphs[i + 1] && Math.abs(glyphs[i + 1]!.top - glyph.top) > 2).length;
				});
				if (ends > 0) dangling.push(`${pathname} at ${width} px`);
			}
		}
		expect(dangling).toEqual([]);
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
