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
import { astroBuild, checkContent, createSite, listFiles, readDist, type RunResult, type Site } from './helpers/site.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');

const languages = [
	{
		fixture: 'newsroom-pl',
		env: { SITE_LOCALE: 'pl', SITE_TIMEZONE: 'Europe/Warsaw' },
		direction: 'ltr',
		// Published 2025-05-20: midnight in Warsaw (summer time, UTC+2) is 22:00 UTC the day before.
		pubDate: 'Mon, 19 May 2025 22:00:00 GMT',
	},
	{
		fixture: 'newsroom-ar',
		env: { SITE_LOCALE: 'ar', SITE_TIMEZONE: 'Asia/Beirut' },
		direction: 'rtl',
		// Published 2025-06-20: midnight in Beirut (summer time, UTC+3) is 21:00 UTC the day before.
		pubDate: 'Thu, 19 Jun 2025 21:00:00 GMT',
	},
] as const;

describe.each(languages)('the $fixture fixture, built with $env.SITE_LOCALE', ({ fixture, env, direction, pubDate }) => {
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
		const pages = listFiles(site.dist).filter((file) => file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(20);
		for (const page of pages) expect(readDist(site, page), page).toMatch(new RegExp(`<html lang="${locale}" dir="${direction}"`));
	});

	test('the feed is in the language, and a day written without an offset begins at midnight in the time zone', () => {
		const feed = readDist(site, 'rss.xml');
		expect(feed).toContain(`<language>${locale}</language>`);
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
});
