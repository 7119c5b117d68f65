/**
 * Per-article cards in a built site (CARDS=1): an explainer without a lead
 * picture shares its own card, one with a picture keeps it, JSON-LD says the
 * same, and a second build draws no card again.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jsonLdNodes } from './helpers/json-ld-validator.ts';
import { astroBuild, createSite, listFiles, readDist, type RunResult, type Site } from './helpers/site.ts';

const siteUrl = 'https://explainers.example.com';
const env = { SITE_URL: siteUrl, CARDS: '1' };
let site: Site;
let build: RunResult;

/** The ids of cards drawn so far, from the card cache's log. */
const drawn = () => {
	try {
		return readFileSync(path.join(site.root, 'node_modules/.astro/dossier-cards/drawn.log'), 'utf8').trim().split('\n').filter(Boolean);
	} catch {
		return [];
	}
};

beforeAll(async () => {
	site = createSite(path.join(import.meta.dirname, 'fixtures', 'newsroom'));
	build = await astroBuild(site, env);
});
afterAll(() => site.remove());

const ogImage = (page: string) => readDist(site, `${page}index.html`).match(/<meta property="og:image" content="([^"]+)"/)?.[1];
const ldImage = (page: string) => {
	const article = jsonLdNodes(readDist(site, `${page}index.html`)).find((node) => node['@type'] === 'NewsArticle');
	return (article?.image as { url: string }[] | undefined)?.[0]?.url;
};

describe('cards on', () => {
	test('the fixture builds', () => {
		expect(build.code, build.output).toBe(0);
	});

	test('an explainer without a lead picture shares its own card: absolute address, a 1200×630 PNG in the build, the same in JSON-LD', () => {
		const page = '/articles/2024-03-01-ostmark-agrees/';
		expect(ogImage(page)).toBe(`${siteUrl}${page}card.png`);
		expect(readDist(site, `${page}index.html`)).toMatch(/<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">/);
		expect(imageSize(readFileSync(path.join(site.dist, page, 'card.png')))).toMatchObject({ type: 'png', width: 1200, height: 630 });
		expect(ldImage(page)).toBe(ogImage(page));
	});

	test('an explainer with a lead picture keeps it, and gets no card', () => {
		const page = '/articles/2024-01-10-valdoria-demands-withdrawal/';
		expect(ogImage(page)).toMatch(new RegExp(`^${siteUrl}/_astro/.+\\.jpe?g$`));
		expect(ldImage(page)).toBe(ogImage(page));
		expect(listFiles(site.dist)).not.toContain('articles/2024-01-10-valdoria-demands-withdrawal/card.png');
	});

	test('only published explainers get cards, each drawn once; a second build draws none', async () => {
		const cards = listFiles(site.dist).filter((file) => file.endsWith('/card.png'));
		expect(cards.length).toBeGreaterThan(0);
		expect(cards.some((file) => file.includes('draft'))).toBe(false);
		expect(drawn()).toHaveLength(cards.length);
		const again = await astroBuild(site, env);
		expect(again.code, again.output).toBe(0);
		expect(drawn()).toHaveLength(cards.length);
		expect(listFiles(site.dist).filter((file) => file.endsWith('/card.png'))).toEqual(cards);
	});

	test('a cold build (no output, no Astro caches) takes every card from the card cache', async () => {
		const astroCache = path.join(site.root, 'node_modules/.astro');
		const astroCaches = readdirSync(astroCache)
			.filter((entry) => entry !== 'dossier-cards')
			.map((entry) => path.join(astroCache, entry));
		for (const dir of [site.dist, path.join(site.root, '.astro'), ...astroCaches]) rmSync(dir, { recursive: true, force: true });
		const before = drawn().length;
		const cold = await astroBuild(site, env);
		expect(cold.code, cold.output).toBe(0);
		expect(drawn()).toHaveLength(before);
		expect(imageSize(readFileSync(path.join(site.dist, 'articles/2024-03-01-ostmark-agrees/card.png')))).toMatchObject({ width: 1200, height: 630 });
	});
});
