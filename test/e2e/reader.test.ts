/**
 * A reader in a real browser, on the fixture newsroom: following links,
 * anchors and citations, using only the keyboard, on a phone, in dark mode.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';

const { url: site, pages } = inject('sites').fixture;
const talks = '/articles/2024-02-05-talks-open/';

let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());
beforeEach(async () => {
	page = await browser.newPage();
	return () => page.close();
});

const path = () => new URL(page.url()).pathname;
const hash = () => new URL(page.url()).hash;

test('home → article → actor → demand → source → topic, and back again', async () => {
	await page.goto(`${site}/`);
	await page.getByRole('link', { name: 'Talks open: what each side now says about the border & the river' }).first().click();
	await expect.poll(path).toBe(talks);
	await page.getByRole('region', { name: 'Who’s who' }).getByRole('link', { name: 'Zoë Nørgaard' }).click();
	await expect.poll(path).toBe('/actors/zoe-norgaard/');
	await page.getByRole('link', { name: 'Ostmark agrees to withdraw its border troops' }).click();
	await page
		.getByRole('region', { name: 'At a glance' })
		.getByRole('link', { name: /withdraw its troops from the northern border/ })
		.click();
	await expect.poll(path).toBe('/demands/border-troops-withdrawn/');
	await page.getByRole('link', { name: 'Valdoria', exact: true }).first().click();
	await expect.poll(path).toBe('/actors/valdoria/');
	await page.getByRole('link', { name: 'Talks open: what each side now says about the border & the river' }).first().click();
	await page.getByRole('region', { name: 'Sources' }).getByRole('link', { name: 'Valdorian Ministry of Foreign Affairs' }).click();
	await expect.poll(path).toBe('/sources/ministry-of-foreign-affairs/');
	await page.getByRole('link', { name: 'Statement on the opening of talks' }).click();
	await expect.poll(path).toBe(talks);
	await expect.poll(hash).toBe('#source-ministry');
	await page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: 'The river dispute' }).click();
	await expect.poll(path).toBe('/topics/river-dispute/');
	await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('The river dispute');

	await page.goBack();
	await expect.poll(path).toBe(talks);
	await page.goBack();
	await expect.poll(path).toBe('/sources/ministry-of-foreign-affairs/');
});

test('a heading anchor links to its own section', async () => {
	await page.goto(`${site}${talks}`);
	const anchor = page.getByRole('heading', { name: 'Where the talks stand' }).getByRole('link', { name: 'Where the talks stand' });
	await anchor.click();
	await expect.poll(hash).toBe('#where-the-talks-stand');
	await expect(page.locator('#where-the-talks-stand').isVisible()).resolves.toBe(true);
	const top = await page.locator('#where-the-talks-stand').evaluate((el) => el.getBoundingClientRect().top);
	expect(top).toBeLessThan(50);
});

test('printed, a section heading keeps its words, without the link’s colour or its "#"', async () => {
	await page.emulateMedia({ media: 'print' });
	await page.goto(`${site}${talks}`);
	const heading = page.getByRole('heading', { name: 'Where the talks stand' });
	await expect(heading.isVisible()).resolves.toBe(true);
	const look = await heading.locator('a').evaluate((link) => {
		const style = getComputedStyle(link);
		return {
			decoration: style.textDecorationLine,
			color: style.color === getComputedStyle(link.parentElement!).color,
			after: getComputedStyle(link, '::after').content,
		};
	});
	expect(look).toEqual({ decoration: 'none', color: true, after: 'none' });
});

test('a citation leads to its source, and the source leads back to the citation', async () => {
	await page.goto(`${site}${talks}`);
	await page.locator('.prose').getByRole('link', { name: 'Source 2', exact: true }).click();
	await expect.poll(hash).toBe('#source-ministry');
	const source = page.locator('#source-ministry');
	await expect(source.textContent()).resolves.toContain('Statement on the opening of talks');
	await expect(source.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
	await source.getByRole('link', { name: 'Back to citation 1 in the text' }).click();
	await expect.poll(hash).toBe('#cite-ministry-1');
});

describe('keyboard only', () => {
	const focused = () =>
		page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			const style = getComputedStyle(el);
			const box = el.getBoundingClientRect();
			return {
				text: el.textContent?.trim(),
				id: el.id,
				outline: `${style.outlineStyle} ${style.outlineWidth}`,
				visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
			};
		});

	test('the first Tab reaches a visible skip link, which moves focus to the content', async () => {
		await page.goto(`${site}${talks}`);
		await page.keyboard.press('Tab');
		const skip = await focused();
		expect(skip).toMatchObject({ text: 'Skip to content', visible: true });
		expect(skip.outline).not.toMatch(/^none/);
		await page.keyboard.press('Enter');
		await expect.poll(hash).toBe('#main');
		await page.keyboard.press('Tab');
		// The next stop is inside the article, not the site navigation.
		const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
		expect(next).toBe(true);
	});

	test('Tab goes through the header in reading order, and every focused link shows an outline', async () => {
		await page.goto(`${site}/`);
		const order: string[] = [];
		for (let i = 0; i < 8; i++) {
			await page.keyboard.press('Tab');
			const { text, outline, visible } = await focused();
			order.push(text ?? '');
			expect(visible).toBe(true);
			expect(outline).not.toMatch(/^none/);
		}
		expect(order.slice(0, 7)).toEqual(['Skip to content', 'Dossier', 'Explainers', 'Who’s who', 'Demands', 'Sources', 'Topics']);
	});
});

describe('on a 390 px phone', () => {
	beforeEach(() => page.setViewportSize({ width: 390, height: 844 }));

	test('no page scrolls sideways', async () => {
		const wide: string[] = [];
		for (const pathname of pages) {
			await page.goto(`${site}${pathname}`);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			if (width > 390) wide.push(`${pathname}: ${width}px`);
		}
		expect(wide).toEqual([]);
	});

	test('the stance matrix is a list the page scrolls: each demand, whom it is put to, and each party with its stance on one line', async () => {
		await page.goto(`${site}/demands/`);
		await expect(page.getByRole('region', { name: 'Latest stance of each side, by demand' }).isVisible()).resolves.toBe(false);
		const list = page.getByRole('list', { name: 'Latest stance of each side, by demand' });
		await expect(list.isVisible()).resolves.toBe(true);
		const entries = await list.locator(':scope > li').evaluateAll((items) =>
			items.map((item) => ({
				meta: item.querySelector('.meta')?.textContent?.replace(/\s+/g, ' ').trim(),
				// A party's name and what it said share a row: the tops of the two boxes meet.
				apart: [...item.querySelectorAll('dt')].filter(
					(dt) => Math.abs(dt.getBoundingClientRect().top - dt.nextElementSibling!.getBoundingClientRect().top) > 4,
				).length,
			})),
		);
		expect(entries.length).toBeGreaterThan(0);
		expect(entries.every(({ meta }) => /^by .+, put to .+/.test(meta ?? ''))).toBe(true);
		expect(entries.map(({ apart }) => apart)).toEqual(entries.map(() => 0));
	});

	test('wider, the stance matrix is a table whose header row and demand column stay in view as it scrolls', async () => {
		await page.setViewportSize({ width: 800, height: 800 });
		await page.goto(`${site}/demands/`);
		const region = page.getByRole('region', { name: 'Latest stance of each side, by demand' });
		await expect(region.isVisible()).resolves.toBe(true);
		const sticky = await region.evaluate((el) =>
			[el.querySelector('thead th:last-child'), el.querySelector('tbody th')].map((cell) => getComputedStyle(cell!).position),
		);
		expect(sticky).toEqual(['sticky', 'sticky']);
		// A scrolling region is reachable by keyboard, so it can be scrolled without a pointer.
		await expect(region.getAttribute('tabindex')).resolves.toBe('0');
	});

	test('a wide table scrolls inside its own region', async () => {
		await page.goto(`${site}${talks}`);
		const table = await page.locator('.prose table').evaluate((el) => ({
			scrolls: el.scrollWidth > el.clientWidth,
			overflow: getComputedStyle(el).overflowX,
			right: el.getBoundingClientRect().right,
		}));
		expect(table.scrolls).toBe(true);
		expect(table.overflow).toBe('auto');
		expect(table.right).toBeLessThanOrEqual(390);
	});
});

test('dark mode renders light text on a dark background', async () => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(`${site}${talks}`);
	const luminance = (rgb: string) => {
		const [r, g, b] = rgb
			.match(/\d+/g)!
			.map(Number)
			.map((c) => c / 255);
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const colors = await page.evaluate(() => ({
		background: getComputedStyle(document.body).backgroundColor,
		text: getComputedStyle(document.body).color,
	}));
	expect(luminance(colors.background)).toBeLessThan(0.15);
	expect(luminance(colors.text)).toBeGreaterThan(0.8);
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(luminance(light)).toBeGreaterThan(0.85);
});
