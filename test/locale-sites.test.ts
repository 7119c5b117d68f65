/**
 * The Polish and Arabic fixture newsrooms pass the content check and build
 * with nothing but SITE_LOCALE and SITE_TIMEZONE set: pages, the feed, linked
 * data and the search index are in the site's language, and days written
 * without an offset begin at midnight in the site's time zone.
 */
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { catalogueOf } from '../src/i18n/index.ts';
import { astroBuild, checkContent, createSite, listFiles, readDist, type RunResult, type Site, readerPages } from './helpers/site.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');

const languages = [
	{
		fixture: 'newsroom-pl',
		env: { SITE_LOCALE: 'pl', SITE_TIMEZONE: 'Europe/Warsaw' },
		direction: 'ltr',
		// Łódź's forms link its mentions; its page and its linked data never show them as names.
		actor: { id: 'łódź', form: 'Łodzi' },
		// Published 2025-05-20: midnight in Warsaw (summer time, UTC+2) is 22:00 UTC the day before.
		pubDate: 'Mon, 19 May 2025 22:00:00 GMT',
	},
	{
		fixture: 'newsroom-ar',
		env: { SITE_LOCALE: 'ar', SITE_TIMEZONE: 'Asia/Beirut' },
		direction: 'rtl',
		actor: { id: 'الاتحاد-الأوروبي', form: 'للاتحاد الأوروبي' },
		// Published 2025-06-20: midnight in Beirut (summer time, UTC+3) is 21:00 UTC the day before.
		pubDate: 'Thu, 19 Jun 2025 21:00:00 GMT',
	},
] as const;

describe.each(languages)('the $fixture fixture, built with $env.SITE_LOCALE', ({ fixture, env, direction, actor, pubDate }) => {
	const locale = env.SITE_LOCALE;
	let site: Site;
	let check: RunResult;
	let build: RunResult;
	beforeAll(async () => {
		site = createSite(path.join(fixtures, fixture));
		check = await checkContent(site.root);
		build = await astroBuild(site, env);
	});
	afterAll(() => site?.remove());

	test('passes the content check and builds', () => {
		expect(check.output).toContain('Content OK');
		expect(build.code, build.output).toBe(0);
	});

	test('every page names the language and its direction', () => {
		const pages = readerPages(site.dist);
		expect(pages.length).toBeGreaterThan(20);
		for (const page of pages) expect(readDist(site, page), page).toMatch(new RegExp(`<html lang="${locale}" dir="${direction}"`));
	});

	test('the feed is in the language, and a day written without an offset begins at midnight in the time zone', () => {
		const feed = readDist(site, 'rss.xml');
		expect(feed).toContain(`<language>${locale}</language>`);
		// Items of a right-to-left site say their direction themselves, for readers that ignore <language>.
		expect(/dir=(&quot;|")rtl/.test(feed)).toBe(direction === 'rtl');
		expect(feed).toContain(`<pubDate>${pubDate}</pubDate>`);
	});

	test("entity feeds report stances and statuses in the language's words", () => {
		const { feed, stances } = catalogueOf(locale);
		const descriptions = listFiles(site.dist)
			.filter((file) => /^demands\/[^/]+\/rss\.xml$/.test(file))
			.flatMap((file) => new XMLParser({ isArray: (name) => name === 'item' }).parse(readDist(site, file)).rss.channel.item ?? [])
			.map((item: { description: string }) => item.description)
			.join('\n');
		expect(descriptions).toContain(`<strong>${feed.stances}</strong>`);
		expect(Object.values(stances).some(({ text }) => descriptions.includes(`: ${text}`))).toBe(true);
	});

	test('linked data and the search index are in the language', () => {
		const articles = listFiles(site.dist).filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
		expect(articles).toHaveLength(3);
		for (const article of articles) {
			const languages = new Set(readDist(site, article).match(/"inLanguage":"[^"]*"/g));
			expect(languages, article).toEqual(new Set([`"inLanguage":"${locale}"`]));
		}
		expect(Object.keys(JSON.parse(readDist(site, 'pagefind/pagefind-entry.json')).languages)).toEqual([locale]);
	});

	test("an actor's forms of its name link mentions, and are shown nowhere as names", () => {
		const articles = listFiles(site.dist).filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
		expect(articles.some((article) => readDist(site, article).includes(`>${actor.form}</a>`))).toBe(true);
		const page = readDist(site, `actors/${actor.id}/index.html`);
		// The line under the actor's name (its kind and other names), and its other names in the linked data.
		const namesLine = /<main[^>]*>.*?<p class="muted[^"]*"[^>]*>(.*?)<\/p>/s.exec(page)![1]!;
		const alternateNames = /"alternateName":(\[[^\]]*\])/.exec(page)?.[1] ?? '[]';
		expect(namesLine).not.toContain(actor.form);
		expect(JSON.parse(alternateNames)).not.toContain(actor.form);
	});
});
