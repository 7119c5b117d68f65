/**
 * A newsroom in another language, in a browser: the Polish and the Arabic
 * fixtures, built with nothing but SITE_LOCALE and SITE_TIMEZONE. Dates,
 * counts, navigation, mentions and name order follow the language, and Arabic
 * runs right to left. Interface words come from the catalogues, so the tests
 * hold whatever wording translators settle on. What needs no browser (lang and
 * dir on every page, the feed, linked data, the search index) is in
 * test/locale-sites.test.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { catalogueOf, fill } from '../../src/i18n/index.ts';
import type { Catalogue, PluralMessage } from '../../src/i18n/catalogue.ts';
import { launchBrowser } from './browser.ts';
import type { SiteName } from './setup.ts';

const sites = inject('sites');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());

/** An actor on the index, by name, with the kind and the number of explainers it is in (1, 2 and 3, so the plural forms differ). */
interface ListedActor {
	name: string;
	kind: keyof Catalogue['actorKinds'];
	count: number;
	/** The plural category that count takes in the language: the form the line must use. */
	form: Intl.LDMLPluralRule;
}

interface Expected {
	site: SiteName;
	locale: string;
	/** An article, the date it was published on, and that date as readers of the language read it. */
	article: { id: string; datetime: string; shown: string };
	/** An article written with a date-time and an offset, shown on the calendar day written in it. */
	timed: { id: string; datetime: string; shown: string };
	actors: ListedActor[];
	/** An inflected form of an actor's name, listed under its forms, that the first article's body links. */
	inflected: { actor: string; text: string };
}

const languages: Expected[] = [
	{
		site: 'polish',
		locale: 'pl',
		article: { id: '2025-03-13-łódź-żąda-elektryfikacji', datetime: '2025-03-13', shown: '13 marca 2025' },
		timed: { id: '2025-04-02-żywiec-chce-zwrotu-opłat', datetime: '2025-04-02T08:15:00+02:00', shown: '2 kwietnia 2025' },
		actors: [
			{ name: 'Łódź', kind: 'government', count: 3, form: 'few' },
			{ name: 'Lublin', kind: 'government', count: 2, form: 'few' },
			{ name: 'Małgorzata Ślęzak', kind: 'person', count: 1, form: 'one' },
		],
		inflected: { actor: 'łódź', text: 'Łodzi' },
	},
	{
		site: 'arabic',
		locale: 'ar',
		// Plain `ar` writes Western digits in current ICU; the month is the Arabic name.
		article: { id: '2025-03-13-البلدية-تطالب-بفتح-المحطة', datetime: '2025-03-13', shown: '13 مارس 2025' },
		timed: { id: '2025-06-10-الوزارة-تطلب-تمويلا', datetime: '2025-06-10T09:00:00+03:00', shown: '10 يونيو 2025' },
		actors: [
			{ name: 'وزارة المياه', kind: 'government', count: 3, form: 'few' },
			{ name: 'بلدية الوادي', kind: 'government', count: 2, form: 'two' },
			{ name: 'AquaNet', kind: 'organization', count: 1, form: 'one' },
		],
		inflected: { actor: 'وزارة-المياه', text: 'لوزارة المياه' },
	},
];

describe.each(languages)('the $site site', ({ site: name, locale, article, timed, actors, inflected }) => {
	const { url } = sites[name];
	const ui = catalogueOf(locale);
	let page: Page;
	beforeAll(async () => {
		page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	});
	afterAll(() => page.close());

	test('dates are written in the language, on the day the author wrote', async () => {
		for (const { id, datetime, shown } of [article, timed]) {
			await page.goto(`${url}/articles/${id}/`);
			expect(await page.locator(`main time[datetime="${datetime}"]`).first().textContent()).toBe(shown);
		}
		// The same days as Intl writes them, so a change in ICU's data shows here and not as a wrong date.
		expect(new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2025-03-13T12:00:00Z'))).toBe(article.shown);
	});

	test('counts on the actors index take the plural form the language needs', async () => {
		await page.goto(`${url}/actors/`);
		const lines = await page.locator('main li').evaluateAll((items) => items.map((item) => item.textContent?.replace(/\s+/g, ' ') ?? ''));
		for (const { name, kind, count, form } of actors) {
			const message: PluralMessage = ui.kinds.actors.indexMeta;
			expect(new Intl.PluralRules(locale).select(count)).toBe(form);
			const line = fill(message[form]!, { kind: ui.actorKinds[kind], count: new Intl.NumberFormat(locale).format(count) });
			expect(lines.find((text) => text.includes(name))).toContain(line);
		}
	});

	test('the navigation is in the language', async () => {
		await page.goto(`${url}/`);
		const links = await page.locator('.site-header nav a').allTextContents();
		const kinds = ['actors', 'demands', 'sources', 'topics'] as const;
		expect(links.map((text) => text.trim())).toEqual([ui.nav.explainers, ...kinds.map((kind) => ui.kinds[kind].title), ui.nav.search]);
		expect(await page.locator('.skip-link').textContent()).toBe(ui.nav.skip);
	});

	test('a body links the first mention of an actor in an inflected form its forms list', async () => {
		await page.goto(`${url}/articles/${article.id}/`);
		const mention = page.locator('.prose a[href*="/actors/"]').filter({ hasText: inflected.text }).first();
		expect(decodeURIComponent((await mention.getAttribute('href')) ?? '')).toBe(`/actors/${inflected.actor}/`);
	});
});

test('the Polish actors index is in Polish alphabetical order: Lublin before Łódź, Łódź before Małgorzata', async () => {
	const page = await browser.newPage();
	await page.goto(`${sites.polish.url}/actors/`);
	const names = await page.locator('main ul li > a').allTextContents();
	await page.close();
	expect(names).toEqual(['Lublin', 'Łódź', 'Małgorzata Ślęzak', 'Rada Regionów', 'Żywiec']);
});

describe('the Arabic site runs right to left', () => {
	let page: Page;
	beforeAll(async () => {
		page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${sites.arabic.url}/`);
	});
	afterAll(() => page.close());

	test('the site name sits at the right, the navigation at the left, its first link rightmost', async () => {
		const name = (await page.locator('.site-name').boundingBox())!;
		const links = page.locator('.site-header nav a');
		const first = (await links.first().boundingBox())!;
		const last = (await links.last().boundingBox())!;
		expect(name.x + name.width).toBeGreaterThan(1280 / 2);
		expect(first.x).toBeGreaterThan(last.x);
		expect(name.x).toBeGreaterThan(first.x);
	});

	test('the skip link appears at the top right when a keyboard reaches it', async () => {
		await page.keyboard.press('Tab');
		const skip = (await page.locator('.skip-link:focus').boundingBox())!;
		expect(skip.y).toBeGreaterThanOrEqual(0);
		expect(1280 - (skip.x + skip.width)).toBeLessThan(20);
	});

	test('a heading starts at the right of its column and ends short of the left', async () => {
		await page.goto(`${sites.arabic.url}/articles/${languages[1]!.article.id}/`);
		const { text, block } = await page
			.locator('.prose h2')
			.first()
			.evaluate((heading) => {
				const words = document.createRange();
				words.selectNodeContents(heading);
				return { text: words.getBoundingClientRect().toJSON() as DOMRect, block: heading.getBoundingClientRect().toJSON() as DOMRect };
			});
		expect(Math.abs(block.right - text.right)).toBeLessThan(2);
		expect(text.left - block.left).toBeGreaterThan(100);
	});
});
