/**
 * Builds the synthetic newsroom in test/fixtures into a throwaway project and
 * checks what readers and subscribers get: every page, links both ways, the
 * feed, no draft anywhere, no JavaScript.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import Papa from 'papaparse';
import Parser from 'rss-parser';
import { report, validateSite } from './helpers/json-ld-validator.ts';
import { site as siteConfig } from '../src/config/site.ts';
import { readContentFiles } from '../src/check/content-files-fs.ts';
import { buildGraph } from '../src/graph/graph.ts';
import { headersFile } from '../src/outputs/http-headers.ts';
import { positionColumns } from '../src/outputs/open-data/fields.ts';
import { positionRows } from '../src/outputs/open-data/files.ts';
import { schemas } from '../src/model/schemas.ts';
import { paths } from '../src/model/urls.ts';
import { brokenLinks, readPage } from './helpers/links.ts';
import { astroBuild, checkContent, createSite, listFiles, readDist, type RunResult, type Site, readerPages, readerFiles } from './helpers/site.ts';

const fixture = path.join(import.meta.dirname, 'fixtures', 'newsroom');
const site_url = 'https://dossier.example.org';

const articles = {
	hostile: '2023-12-01-hostile-input',
	withdrawal: '2024-01-10-valdoria-demands-withdrawal',
	talks: '2024-02-05-talks-open',
	agrees: '2024-03-01-ostmark-agrees',
};

/** The items of an RSS document, with their HTML content. */
const feedItems = (xml: string): { link: string; content: string }[] =>
	new XMLParser({ isArray: (name) => name === 'item' })
		.parse(xml)
		.rss.channel.item.map((item: Record<string, string>) => ({ link: item.link, content: item['content:encoded'] }));

const blocks = new Set(['p', 'li', 'div', 'section', 'h1', 'h2', 'h3', 'h4', 'ol', 'ul', 'tr', 'td', 'th', 'caption', 'dt', 'dd', 'table', 'nav', 'aside']);

/** Text as a reader sees it: block elements apart, whitespace folded. */
function readableText(node: ElementContent | Root): string {
	const text = (n: ElementContent | Root): string =>
		n.type === 'text'
			? n.value
			: 'children' in n
				? n.children.map((child) => (child.type === 'element' && blocks.has(child.tagName) ? ` ${text(child)} ` : text(child as ElementContent))).join('')
				: '';
	return text(node).replace(/\s+/g, ' ').trim();
}

const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1]!);

describe('a fixture newsroom builds into a cross-linked site', () => {
	let site: Site;
	let build: RunResult;

	beforeAll(async () => {
		site = createSite(fixture);
		build = await astroBuild(site);
	});
	afterAll(() => site.remove());

	const page = (url: string) => readDist(site, `${url.replace(/^\//, '')}index.html`);

	test('the build succeeds', () => {
		expect(build.output).not.toMatch(/error/i);
		expect(build.code).toBe(0);
	});

	test('every URL family of the contract is written', () => {
		const files = listFiles(site.dist);
		const expected = [
			'index.html',
			'404.html',
			'rss.xml',
			...Object.values(articles).map((id) => `articles/${id}/index.html`),
			'actors/index.html',
			...['valdoria', 'ostmark', 'ligue-des-regions', 'zoe-norgaard'].map((id) => `actors/${id}/index.html`),
			'demands/index.html',
			'demands/border-troops-withdrawn/index.html',
			'demands/river-treaty-restored/index.html',
			'sources/index.html',
			...['daily-courier', 'ministry-of-foreign-affairs', 'wire-one'].map((id) => `sources/${id}/index.html`),
			'topics/index.html',
			'topics/river-dispute/index.html',
			'topics/north-border/index.html',
			// An id may use lowercase letters of any script.
			'topics/économie/index.html',
			'topics/économie/rss.xml',
		];
		expect(files).toEqual(expect.arrayContaining(expected));
	});

	test('the build writes _headers for the hosts that read one, with the security headers and the feeds’ type', () => {
		expect(readDist(site, '_headers')).toBe(headersFile());
		expect(readDist(site, '_headers')).toContain("/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: frame-ancestors 'none'");
		expect(readDist(site, '_headers')).toContain('/rss.xml\n  Content-Type: application/rss+xml; charset=utf-8');
	});

	test('the draft appears nowhere, not even its citation', () => {
		const leaks = listFiles(site.dist).filter((file) => {
			const text = readFileSync(path.join(site.dist, file), 'utf8');
			return /secret plan|draft-secret-plan|draft-only/i.test(text);
		});
		expect(leaks).toEqual([]);
	});

	test('no page but the search page ships JavaScript (its own script and Pagefind’s bundle)', () => {
		// The web editor (admin/) is a program for editors, not a page for readers.
		const files = readerFiles(site.dist);
		expect(files.filter((file) => /\.m?js$/.test(file) && !file.startsWith('pagefind/'))).toEqual([expect.stringMatching(/^_astro\/search\.[^/]*\.js$/)]);
		const withScripts = files
			.filter((file) => file.endsWith('.html'))
			.filter((file) => selectAll('script:not([type="application/ld+json"])', fromHtml(readDist(site, file))).length > 0);
		expect(withScripts).toEqual(['search/index.html']);
	});

	test.each([
		['article → actor', `/articles/${articles.withdrawal}/`, '/actors/valdoria/'],
		['actor → article', '/actors/valdoria/', `/articles/${articles.withdrawal}/`],
		['article → demand', `/articles/${articles.talks}/`, '/demands/river-treaty-restored/'],
		['demand → article', '/demands/river-treaty-restored/', `/articles/${articles.talks}/`],
		['article → source', `/articles/${articles.talks}/`, '/sources/ministry-of-foreign-affairs/'],
		['source → article', '/sources/ministry-of-foreign-affairs/', `/articles/${articles.talks}/#source-ministry`],
		['article → topic', `/articles/${articles.agrees}/`, '/topics/north-border/'],
		['topic → article', '/topics/north-border/', `/articles/${articles.agrees}/`],
		['demand → author', '/demands/river-treaty-restored/', '/actors/ostmark/'],
		['author → demand', '/actors/ostmark/', '/demands/river-treaty-restored/'],
		['demand → addressee', '/demands/river-treaty-restored/', '/actors/ligue-des-regions/'],
		['addressee → demand', '/actors/ligue-des-regions/', '/demands/river-treaty-restored/'],
		['topic → demand', '/topics/river-dispute/', '/demands/river-treaty-restored/'],
		['demand → topic', '/demands/river-treaty-restored/', '/topics/river-dispute/'],
		['home → article', '/', `/articles/${articles.agrees}/`],
		['home → open demand', '/', '/demands/river-treaty-restored/'],
		['actor index → actor', '/actors/', '/actors/zoe-norgaard/'],
		['source index → source', '/sources/', '/sources/wire-one/'],
		['topic index → topic', '/topics/', '/topics/river-dispute/'],
		['demand index → demand', '/demands/', '/demands/border-troops-withdrawn/'],
	])('%s', (_, from, to) => {
		expect(hrefs(page(from))).toContain(to);
	});

	test('every internal link and #fragment of every page resolves', () => {
		expect(brokenLinks(site.dist, site_url)).toEqual([]);
	});

	describe('/articles/ and the open data', () => {
		/** The fixture's content graph, read from its files as the content check reads them: what the site was built from. */
		const contentGraph = () => {
			const entries = readContentFiles(site.root)
				.filter((file) => !file.format)
				.map((file) => ({ collection: file.collection, entry: { id: file.id, data: schemas[file.collection]().parse(file.data) } }));
			const of = <T>(collection: string) => entries.filter((e) => e.collection === collection).map((e) => e.entry) as T[];
			return buildGraph({ articles: of('articles'), actors: of('actors'), demands: of('demands'), sources: of('sources'), topics: of('topics') });
		};

		test('/articles/ lists every published explainer newest first, under a heading per month', () => {
			const tree = fromHtml(page('/articles/'));
			expect(selectAll('main h2 time', tree).map((time) => time.properties.dateTime)).toEqual(['2024-03', '2024-02', '2024-01', '2023-12']);
			expect(selectAll('main h2', tree).map(readableText)).toEqual(['March 2024', 'February 2024', 'January 2024', 'December 2023']);
			const listed = selectAll('main h3 a', tree).map((a) => a.properties.href);
			expect(listed).toEqual([articles.agrees, articles.talks, articles.withdrawal, articles.hostile].map((id) => `/articles/${id}/`));
			expect(hrefs(page('/'))).toEqual(expect.arrayContaining(['/articles/', '/data/']));
		});

		test('positions.csv has one row per position of the content, as the graph holds them, read back by a CSV parser', () => {
			const csv = readFileSync(path.join(site.dist, 'data', 'positions.csv'));
			expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const { data, errors, meta } = Papa.parse<Record<string, string>>(csv.toString('utf8'), { header: true, skipEmptyLines: true });
			expect(errors).toEqual([]);
			expect(meta.fields).toEqual(positionColumns.map(({ name }) => name));
			const graph = contentGraph();
			const positions = [...graph.positionsByDemand.values()].flat();
			expect(data).toHaveLength(positions.length);
			expect(positions.length).toBeGreaterThan(3);
			expect(data).toEqual(positionRows(graph, { ...siteConfig, url: site_url }));
			expect(data.map((row) => row.article_url)).not.toContainEqual(expect.stringContaining('secret-plan'));
		});

		test('graph.json and demands.json parse, carry the licence, and hold the same positions and every entity', () => {
			const graph = contentGraph();
			const full = JSON.parse(readDist(site, 'data/graph.json'));
			const demands = JSON.parse(readDist(site, 'data/demands.json'));
			for (const data of [full, demands]) expect(data).toMatchObject({ schemaVersion: 1, licence: siteConfig.licence });
			expect(full.edges.filter((edge: { type: string }) => edge.type === 'position')).toHaveLength([...graph.positionsByDemand.values()].flat().length);
			expect(full.articles.map((a: { id: string }) => a.id)).toEqual(graph.articles.map((a) => a.id));
			expect(full.topics.map((t: { id: string }) => t.id)).toContain('économie');
			expect(demands.demands.map((d: { id: string }) => d.id)).toEqual(['border-troops-withdrawn', 'river-treaty-restored']);
		});

		test('/data/ links each file and documents every column of positions.csv and the licence', () => {
			const html = page('/data/');
			expect(hrefs(html)).toEqual(expect.arrayContaining(['/data/positions.csv', '/data/demands.json', '/data/graph.json', siteConfig.licence.url]));
			const names = selectAll('main th code', fromHtml(html)).map(readableText);
			for (const { name } of positionColumns) expect(names).toContain(name);
		});
	});

	test('the home page leads with the latest explainer and lists only open demands', () => {
		const home = page('/');
		expect(home.indexOf(articles.agrees)).toBeLessThan(home.indexOf(articles.talks));
		expect(home.indexOf(articles.talks)).toBeLessThan(home.indexOf(articles.withdrawal));
		expect(home).toContain('/demands/river-treaty-restored/');
	});

	/** The text of a page's element, as a reader sees it: blocks apart, whitespace folded. */
	const textOf = (url: string, selector: string) => readableText(select(selector, fromHtml(page(url)))!);
	/** Where each phrase first appears in a text, so that order can be asserted. */
	const inOrder = (text: string, phrases: string[]) => {
		const at = phrases.map((phrase) => text.indexOf(phrase));
		expect(
			at.every((i) => i >= 0),
			`all of ${phrases.join(', ')} in: ${text}`,
		).toBe(true);
		expect(at).toEqual([...at].sort((a, b) => a - b));
	};

	test('a demand page tells its changes of status a day at a time, newest first, and each stance once, under its party', () => {
		const url = '/demands/border-troops-withdrawn/';
		const timeline = textOf(url, '#timeline ~ ol');
		inOrder(timeline, [
			'1 March 2024 Accepted, reported in Ostmark agrees to withdraw its border troops',
			'5 February 2024 Being negotiated, reported in Talks open: what each side now says about the border & the river',
			'10 January 2024 Put forward, reported in Valdoria demands that Ostmark pull back its border troops',
			'2 November 2023 First raised',
		]);
		// Stances are told once, under "Where each side stands", not again in the timeline.
		expect(timeline).not.toMatch(/Opposes|Mixed|Supports/);
		const days = selectAll('#timeline ~ ol > li', fromHtml(page(url)));
		const dates = days.map((day) => selectAll('time', day).map((time) => String(time.properties.dateTime)));
		expect(dates).toEqual([['2024-03-01'], ['2024-02-05'], ['2024-01-10'], ['2023-11-02']]);
		for (const day of days) {
			const articleLinks = selectAll('a[href^="/articles/"]', day).map((a) => String(a.properties.href));
			expect(articleLinks).toEqual([...new Set(articleLinks)]);
		}
		expect(textOf(url, '.facts')).toContain('Current status Accepted');
		expect(textOf(url, '.facts')).toContain('First raised 2 November 2023');
		const cards = selectAll('#positions ~ ul > li', fromHtml(page(url))).map(readableText);
		// Valdoria makes the demand: it is named as its author, with no stance card of its own.
		expect(cards.map((card) => card.split(' ')[0])).toEqual(['Ostmark']);
		expect(textOf(url, '.facts')).toContain('Demanded by Valdoria');
		const ostmark = cards[0]!;
		// The latest stance says what it moved from; the earlier ones follow, each with its date and source.
		expect(ostmark).toMatch(/^Ostmark ✓ Supports, moved from ◐ Mixed 1 March 2024, Wire One, in Ostmark agrees to withdraw its border troops Earlier stances:/);
		inOrder(ostmark, ['5 February 2024: ◐ Mixed', '10 January 2024: ✕ Opposes']);
		// The source is named in short, not by the report's title.
		expect(ostmark).not.toContain('Ostmark to pull back troops');
	});

	test('a demand whose stances come from one article names it once, and says nothing of earlier stances it does not have', () => {
		const url = '/demands/river-treaty-restored/';
		const cards = selectAll('#positions ~ ul > li', fromHtml(page(url))).map(readableText);
		expect(cards).toEqual(['Ligue des Régions ✓ Supports 5 February 2024, Valdorian Ministry of Foreign Affairs', 'Valdoria ○ No response 5 February 2024']);
		expect(textOf(url, '#positions ~ ul + p')).toBe('All reported in Talks open: what each side now says about the border & the river.');
		expect(page(url)).not.toContain('Earlier stances');
		// No firstRaised: no day says the demand was raised, and the explainer's date is not passed off as that day.
		expect(textOf(url, '#timeline ~ ol')).not.toMatch(/raised/i);
		expect(textOf(url, '.facts')).not.toContain('First raised');
	});

	test('an actor page states each stance once, beside the demand it faces, and lists no demand twice', () => {
		const url = '/actors/ostmark/';
		// Each stance once, besides the keys to stances, which show every stance.
		// "Moved from" names the stance before the latest, which is told in full under "Earlier stances".
		const main = textOf(url, 'main').replaceAll(/, moved from \S+ \S+/g, '');
		const keys = selectAll('.stance-legend', fromHtml(page(url)))
			.map(readableText)
			.join(' ');
		for (const stance of ['✓ Supports', '◐ Mixed', '✕ Opposes']) expect(main.split(stance).length - keys.split(stance).length).toBe(1);
		expect(textOf(url, '#demands-made + ul')).toBe('The 1990 river treaty must be restored Put forward');
		const faced = textOf(url, '#positions ~ ul');
		expect(faced).toMatch(
			/^Ostmark must withdraw its troops from the northern border by Valdoria Accepted Ostmark: ✓ Supports, moved from ◐ Mixed 1 March 2024, Wire One/,
		);
		inOrder(faced, ['Earlier stances:', '5 February 2024: ◐ Mixed', '10 January 2024: ✕ Opposes']);
		// One list of its stances, the demands put to it and the others together.
		expect(selectAll('main section h2', fromHtml(page(url))).map(readableText)).toEqual([
			'Stances at a glance',
			'What it demands',
			'Its stance on each demand',
			'Mentioned in',
		]);
		// Lists name each demand once (the chart above them is a picture of the same demands).
		const demandLinks = selectAll('main section:not([aria-labelledby="stance-chart"]) a[href^="/demands/"]', fromHtml(page(url)))
			.map((a) => String(a.properties.href))
			.filter((href) => !href.includes('#'));
		expect(demandLinks).toEqual([...new Set(demandLinks)]);
		inOrder(textOf(url, '#mentioned-in + ol'), ['1 March 2024', '5 February 2024', '10 January 2024', '1 December 2023']);
	});

	test('an actor with no stance on a demand it faces says so', () => {
		expect(textOf('/actors/ligue-des-regions/', '#positions ~ ul')).toMatch(
			/The 1990 river treaty must be restored by Ostmark Put forward Ligue des Régions: ✓ Supports/,
		);
		expect(textOf('/actors/valdoria/', '#positions ~ ul')).toContain('Valdoria: ○ No response');
	});

	test('the site-wide matrix shows each party’s latest stance per demand, with caption and header cells', () => {
		const table = select('.matrix table', fromHtml(page('/demands/')))!;
		expect(toString(select('caption', table)!)).toBe('Latest stance of each side, by demand');
		const headers = selectAll('thead th', table).map((th) => [th.properties.scope, toString(th)]);
		expect(headers).toEqual([
			['col', 'Demand'],
			// The parties that make these demands first, then the others.
			['col', 'Ostmark'],
			['col', 'Valdoria'],
			['col', 'Ligue des Régions'],
		]);
		const rows = selectAll('tbody tr', table).map((tr) => selectAll('th, td', tr).map((cell) => toString(cell).replace(/\s+/g, ' ').trim()));
		expect(rows).toEqual([
			// Ligue des Régions is not asked the first demand and has said nothing on it; the second is put to both others.
			[
				'Ostmark must withdraw its troops from the northern border by Valdoria, put to Ostmark Accepted latest change 1 March 2024',
				'✓ Supports',
				'Their demand',
				'not asked',
			],
			[
				'The 1990 river treaty must be restored by Ostmark, put to Valdoria and Ligue des Régions Put forward latest change 5 February 2024',
				'Their demand',
				'○ No response',
				'✓ Supports',
			],
		]);
		expect(selectAll('tbody th', table).every((th) => th.properties.scope === 'row')).toBe(true);
		// The cells of the sides each demand is put to are marked, whatever they hold.
		const marked = selectAll('tbody tr', table).map((tr) =>
			selectAll('td', tr).map((td) => ((td.properties.className as string[] | undefined) ?? []).includes('asked')),
		);
		expect(marked).toEqual([
			[true, false, false],
			[false, true, true],
		]);
		// A stance links to the numbered source entry of the explainer that reports it, never to an outside page.
		expect(select('tbody tr td:nth-of-type(1) a', table)?.properties.href).toBe('/articles/2024-03-01-ostmark-agrees/#source-wire-one');
	});

	test('corrections: dated at the top of the article, moving its updated date, and listed site-wide newest first', () => {
		const url = `/articles/${articles.agrees}/`;
		expect(textOf(url, '.corrections')).toBe('Correction 5 March 2024: The withdrawal takes sixty days, not six weeks.');
		expect(textOf(url, '.article-header .meta')).toContain('Published 1 March 2024 · Updated 5 March 2024');
		const list = textOf('/corrections/', 'main ol.corrections');
		inOrder(list, ['5 March 2024, Ostmark agrees', '6 February 2024, Talks open']);
		expect(hrefs(page('/corrections/'))).toContain(url);
	});

	test('articles have related explainers, reading time and, with three sections, a table of contents', () => {
		const withdrawal = `/articles/${articles.withdrawal}/`;
		expect(textOf(withdrawal, '.toc')).toBe('Contents What Valdoria wants What Ostmark says What comes next');
		expect(select('.toc', fromHtml(page(`/articles/${articles.talks}/`)))).toBeUndefined();
		expect(textOf(withdrawal, '.article-header .meta')).toContain('1 min read');
		const related = selectAll('.related h3 a', fromHtml(page(withdrawal))).map((a) => a.properties.href);
		// Shared demand first (newest first among equals), then shared actors.
		expect(related).toEqual([`/articles/${articles.agrees}/`, `/articles/${articles.talks}/`, `/articles/${articles.hostile}/`]);
	});

	test('"Mentioned in" lists articles that list an entity and articles that only link to it', () => {
		const mentions = selectAll('#mentioned-in + ol h3 a', fromHtml(page('/topics/river-dispute/'))).map((a) => a.properties.href);
		expect(mentions).toEqual([`/articles/${articles.agrees}/`, `/articles/${articles.talks}/`, `/articles/${articles.hostile}/`]);
	});

	test('actor names in article bodies link to their pages, once each', () => {
		const body = select('.prose', fromHtml(page(`/articles/${articles.talks}/`)))!;
		const links = selectAll('a[href^="/actors/"]', body).map((a) => a.properties.href);
		expect(links).toEqual(['/actors/zoe-norgaard/', '/actors/ostmark/', '/actors/valdoria/', '/actors/ligue-des-regions/']);
	});

	test("every page's JSON-LD passes the offline validator (schema.org, Adobe's rules, Google's table) with no error or warning", async () => {
		const pages = await validateSite(readerFiles(site.dist), (file) => readDist(site, file));
		expect(pages.length).toBeGreaterThan(20);
		expect(report(pages)).toMatchInlineSnapshot(`
			"/404.html (1 page)
			  no issues
			/corrections/ (1 page)
			  no issues
			/data/ (1 page)
			  no issues
			/search/ (1 page)
			  no issues
			actors entity (4 pages)
			  no issues
			actors index (1 page)
			  no issues
			article (4 pages)
			  no issues
			article history (4 pages)
			  no issues
			articles index (1 page)
			  no issues
			demands entity (2 pages)
			  no issues
			demands index (1 page)
			  no issues
			demands index by name (1 page)
			  no issues
			home (1 page)
			  no issues
			sources entity (3 pages)
			  no issues
			sources index (1 page)
			  no issues
			topics entity (3 pages)
			  no issues
			topics index (1 page)
			  no issues"
		`);
	});

	test('structured data describes each article and entity, and survives hostile titles', () => {
		// The page's own node comes first in its @graph; the trail follows.
		const jsonLd = (url: string) => JSON.parse(toString(select('script[type="application/ld+json"]', fromHtml(page(url)))!))['@graph'][0];
		expect(jsonLd(`/articles/${articles.agrees}/`)).toMatchObject({
			'@type': 'NewsArticle',
			headline: 'Ostmark agrees to withdraw its border troops',
			// As the editor wrote them: a date-time keeps its offset, a day stays a day.
			datePublished: '2024-03-01T10:30:00+01:00',
			dateModified: '2024-03-05',
			publisher: { name: 'Dossier' },
			about: [
				{ '@type': 'Country', name: 'Ostmark' },
				{ '@type': 'Country', name: 'Valdoria' },
				{ '@type': 'Person', name: 'Zoë Nørgaard' },
			],
			citation: [{ name: 'Ostmark to pull back troops', url: 'https://wire.example.com/pull-back' }],
			correction: [{ '@type': 'CorrectionComment', text: 'The withdrawal takes sixty days, not six weeks.' }],
		});
		expect(jsonLd(`/articles/${articles.talks}/`).author).toEqual({
			'@type': 'Organization',
			name: 'Fixture desk',
			url: `${site_url}/`,
			parentOrganization: { '@id': `${site_url}/#organization` },
		});
		expect(jsonLd(`/articles/${articles.hostile}/`).headline).toBe(`Ostmark's "red lines" <b>& the ]]> clause</b>`);
		const scripts = selectAll('script', fromHtml(page(`/articles/${articles.hostile}/`)));
		expect(scripts).toHaveLength(1);
		expect(toString(scripts[0]!)).not.toMatch(/[<>&]/);
		expect(jsonLd('/actors/ligue-des-regions/')).toMatchObject({ '@type': 'Organization', name: 'Ligue des Régions' });
		expect(jsonLd('/sources/daily-courier/')).toMatchObject({ '@type': 'NewsMediaOrganization', url: 'https://courier.example.com' });
		expect(jsonLd('/topics/north-border/')).toMatchObject({ '@type': 'Place', name: 'Northern border' });
	});

	describe('pictures', () => {
		const withdrawal = () => fromHtml(page(`/articles/${articles.withdrawal}/`));

		test('the lead picture sits under the headline in AVIF, WebP and JPEG, sized, described, fetched first and credited', () => {
			const figure = select('.article-header + figure.lead-image', withdrawal())!;
			expect(selectAll('picture source', figure).map((source) => source.properties.type)).toEqual(['image/avif', 'image/webp']);
			const img = select('picture img', figure)!;
			const { alt, width, height, loading, fetchPriority, srcSet, sizes } = img.properties;
			expect({ alt, width, height, loading, fetchPriority }).toEqual({
				alt: 'Two Ostmark guard huts on the north bank, across the river from Valdoria',
				width: 1200,
				height: 675,
				loading: 'eager',
				fetchPriority: 'high',
			});
			expect(String(srcSet).match(/\d+w/g)).toEqual(['400w', '800w', '1200w']);
			expect(sizes).toBeTruthy();
			expect(toString(select('figcaption', figure)!)).toBe("The border post at the centre of Valdoria's demand. Drawing: Fixture desk");
			// An article without a lead picture has no figure.
			expect(select('figure', fromHtml(page(`/articles/${articles.talks}/`)))).toBeUndefined();
		});

		test('lists show it as a small lazy thumbnail with an empty alt, beside the headline that names the article', () => {
			const item = selectAll('.articles li', fromHtml(page('/'))).find((li) => toString(li).includes('Valdoria demands that Ostmark'))!;
			const { alt, loading, width, height } = select('img', item)!.properties;
			expect({ alt, loading, width, height }).toEqual({ alt: '', loading: 'lazy', width: 320, height: 180 });
		});

		test('sharing cards, JSON-LD and feeds get it as one JPEG with an absolute address', () => {
			const head = select('head', withdrawal())!;
			const meta = (selector: string) => String(select(selector, head)?.properties.content);
			const jpeg = meta('meta[property="og:image"]');
			expect(jpeg).toMatch(new RegExp(`^${site_url}/_astro/ostmark-border-post\\.[\\w-]+\\.jpe?g$`));
			expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
			const jsonLd = JSON.parse(toString(select('script[type="application/ld+json"]', head)!))['@graph'][0];
			expect(jsonLd.image).toEqual([
				{ '@type': 'ImageObject', url: jpeg, width: 1200, height: 675, caption: expect.any(String), creditText: 'Drawing: Fixture desk' },
			]);
			const items = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(readDist(site, 'rss.xml')).rss.channel.item;
			const item = items.find((entry: { link: string }) => entry.link.includes(articles.withdrawal));
			expect(item['media:content']).toMatchObject({ '@_url': jpeg, '@_medium': 'image', '@_width': '1200' });
			expect(item['content:encoded']).toMatch(new RegExp(`^<figure><img src="${jpeg.replace(/[.]/g, '\\.')}" alt="Two Ostmark guard huts`));
			expect(readDist(site, 'topics/north-border/rss.xml')).toContain(`<media:content url="${jpeg}"`);
		});

		test('a body picture from public/ has its width and height, loads lazily, and is absolute in the feed', () => {
			const img = select('.prose img', withdrawal())!;
			const { src, alt, width, height, loading, decoding } = img.properties;
			expect({ src, alt, width, height, loading, decoding }).toEqual({
				src: '/images/river-crossings.png',
				alt: 'Map of the river and the crossing the troops guard',
				width: 640,
				height: 360,
				loading: 'lazy',
				decoding: 'async',
			});
			expect(listFiles(site.dist)).toContain('images/river-crossings.png');
			expect(readDist(site, 'rss.xml')).toContain(`&lt;img src=&quot;${site_url}/images/river-crossings.png&quot;`);
		});
	});

	test('an article shows dates, byline, the at-a-glance panel, a correction and a numbered source list', () => {
		const html = page(`/articles/${articles.talks}/`);
		expect(html).toContain('<time datetime="2024-02-05">5 February 2024</time>');
		expect(html).toContain('Updated <time datetime="2024-02-06">');
		expect(html).toMatch(/By <bdi[^>]*>Fixture desk<\/bdi>/);
		expect(html).toContain('At a glance');
		expect(html).toContain('misspelled the name');
		expect(html).toContain('<li id="source-daily-courier"');
		expect(html).toContain('<li id="source-ministry"');
		expect(html).toContain('href="#source-ministry" id="cite-ministry-1"><span aria-hidden="true">[2]</span><span class="sr-only">Source 2</span>');
		expect(html).toContain('href="#cite-ministry-1"');
		expect(html).toContain('<code>[@not-a-key]</code>');
		expect(html).toContain('[@also-not-a-key]');
		expect(html).toContain('<table>');
		expect(html).toContain('Talks open: what each side now says about the border &amp; the river');
	});

	test('every page has exactly one top-level heading', () => {
		const pages = readerPages(site.dist);
		const wrong = pages.filter((file) => selectAll('h1', fromHtml(readDist(site, file))).length !== 1);
		expect(pages.length).toBeGreaterThan(20);
		expect(wrong).toEqual([]);
	});

	test('each heading of a body links to its own section, its text the link', () => {
		const html = page(`/articles/${articles.withdrawal}/`);
		expect(html).toContain('<h2 id="what-valdoria-wants"><a class="heading-anchor" href="#what-valdoria-wants">What Valdoria wants</a></h2>');
	});

	test('non-ASCII names keep their letters', () => {
		// The name as written; its Latin spelling only in an attribute for search.
		expect(page('/actors/zoe-norgaard/')).toMatch(/<h1[^>]*>Zoë Nørgaard<span data-search-folded="Zoe Norgaard"[^>]*><\/span><\/h1>/);
		expect(page('/actors/ligue-des-regions/')).toContain('Ligue des Régions');
	});

	test('every page advertises the feed', () => {
		const pages = readerPages(site.dist);
		const without = pages.filter(
			(file) => !readDist(site, file).includes(`<link rel="alternate" type="application/rss+xml" title="Dossier: all explainers" href="${site_url}/rss.xml">`),
		);
		expect(without).toEqual([]);
	});

	describe('hostile input', () => {
		const title = `Ostmark's "red lines" <b>& the ]]> clause</b>`;
		const summary = 'Why <script>alert("x")</script> & ]]> must reach readers as plain text.';
		const tree = () => fromHtml(page(`/articles/${articles.hostile}/`));
		const text = (selector: string) => toString(select(selector, tree())!);

		test('titles and summaries come out escaped and intact', () => {
			expect(text('h1')).toBe(title);
			expect(text('title')).toBe(`${title} · Dossier`);
			expect(select('meta[name=description]', tree())?.properties.content).toBe(summary);
			expect(text('.dek')).toBe(summary);
			expect(text('#source-wire-one > a')).toBe('Ostmark lists its <red lines> & more');
		});

		test('scripts, event handlers, iframes and styles from the body are gone; the rest stays', () => {
			const body = select('.prose', tree())!;
			const elements = selectAll('*', body);
			expect(elements.map((el) => el.tagName)).not.toEqual(expect.arrayContaining(['script']));
			for (const tag of ['script', 'iframe', 'style', 'object', 'embed']) expect(selectAll(tag, body)).toEqual([]);
			expect(elements.flatMap((el) => Object.keys(el.properties).filter((name) => /^on|^style$/i.test(name)))).toEqual([]);
			expect(toString(body)).not.toContain('pwned');
			expect(toString(body)).toContain('A quoted statement stays.');
			expect(select('img', body)?.properties).toMatchObject({ src: 'https://wire.example.com/map.png', alt: 'Map of the river' });
		});

		test('no javascript:, vbscript: or data: URL reaches any href or src, in pages or the feed', () => {
			const feedLinks = feedItems(readDist(site, 'rss.xml')).flatMap((item) => readPage(item.content).links);
			const pageLinks = readerPages(site.dist).flatMap((file) => readPage(readDist(site, file)).links);
			expect([...pageLinks, ...feedLinks].filter((url) => /^\s*(javascript|vbscript|data):/i.test(url))).toEqual([]);
			expect(feedLinks.length).toBeGreaterThan(10);
		});

		test('characters XML 1.0 forbids reach no page and no feed', () => {
			// The control characters are the point of this pattern.
			// eslint-disable-next-line no-control-regex
			const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
			// Pictures and Pagefind's index files (gzipped, WebAssembly) are binary: only text is XML's business. The web editor (admin/) is no page of the site.
			const isText = (file: string) => !/\.(jpe?g|png|webp|avif|pagefind|pf_\w+)$/.test(file);
			const withForbidden = readerFiles(site.dist).filter((file) => isText(file) && forbidden.test(readDist(site, file)));
			expect(withForbidden).toEqual([]);
			expect(text('.prose')).toContain('The sequence ]]> must not break the feed');
		});
	});

	describe('entity feeds', () => {
		const entities = [
			['actors', 'valdoria'],
			['actors', 'zoe-norgaard'],
			['demands', 'border-troops-withdrawn'],
			['sources', 'ministry-of-foreign-affairs'],
			['topics', 'river-dispute'],
		] as const;

		test.each(entities)('/%s/%s/rss.xml is well-formed, self-linked and lists only that entity’s articles', async (kind, id) => {
			const xml = readDist(site, `${kind}/${id}/rss.xml`);
			expect(XMLValidator.validate(xml)).toBe(true);
			const feed = await new Parser().parseString(xml);
			expect(feed.link).toBe(`${site_url}/${kind}/${id}/`);
			const listed = selectAll('#mentioned-in ~ * h3 a, #mentioned-in + ul > li > a', fromHtml(page(`/${kind}/${id}/`))).map((a) => a.properties.href);
			expect(feed.items.map((item) => new URL(item.link!).pathname)).toEqual(listed);
			expect(feed.items.length).toBeGreaterThan(0);
			// Issue 12: a deterministic lastBuildDate, and each item's creator and last change.
			expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
			expect(feed.lastBuildDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
			expect(feed.items.every((item) => item.creator)).toBe(true);
			expect(xml.match(/<atom:updated>/g)).toHaveLength(feed.items.length);
		});

		test.each(entities)('/%s/%s/rss.xml carries lean items: the summary and what the article reports about it, no full text, links absolute', (kind, id) => {
			const xml = readDist(site, `${kind}/${id}/rss.xml`);
			const items = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml).rss.channel.item as Array<Record<string, string>>;
			expect(items.map((item) => item['content:encoded'])).toEqual(items.map(() => undefined));
			const links = items.flatMap((item) => readPage(item.description!).links);
			expect(links.filter((url) => !/^https?:\/\//.test(url))).toEqual([]);
			// The site's feed has the full text; an entity's feed stays well under it.
			expect(xml.length).toBeLessThan(readDist(site, 'rss.xml').length);
		});

		test.each([
			[
				'demands/border-troops-withdrawn',
				articles.talks,
				['Status in this explainer: Being negotiated', 'Ostmark: Mixed — Would move some units if the river treaty returns. (source: The Daily Courier)'],
			],
			['actors/valdoria', articles.agrees, ['What it demands', 'Ostmark must withdraw its troops from the northern border: Accepted']],
			['sources/ministry-of-foreign-affairs', articles.talks, ['Reports this explainer cites', 'Statement on the opening of talks']],
			['topics/river-dispute', articles.talks, ['Who’s involved: Valdoria, Ostmark', 'Also filed under: Northern border']],
		])('in %s, the item of %s says %j', (feed, id, lines) => {
			const items = new XMLParser({ isArray: (name) => name === 'item' }).parse(readDist(site, `${feed}/rss.xml`)).rss.channel.item as Array<
				Record<string, string>
			>;
			const description = items.find((item) => item.link === `${site_url}/articles/${id}/`)!.description!;
			for (const line of lines) expect(readableText(fromHtml(description, { fragment: true }))).toContain(line);
		});

		test('every page with a feed advertises it and shows a Follow link', () => {
			for (const [kind, id] of entities) {
				const html = page(`/${kind}/${id}/`);
				expect(html).toContain(`<link rel="alternate" type="application/rss+xml" title="Dossier: `);
				expect(html).toContain(`href="${site_url}/${kind}/${id}/rss.xml"`);
				expect(select(`a[href="/${kind}/${id}/rss.xml"]`, fromHtml(html))).toBeDefined();
			}
			const expected = ['actors', 'demands', 'sources', 'topics'].flatMap((kind) =>
				listFiles(path.join(site.dist, kind))
					// An entity's own pages, not the index in another order beside them.
					.filter((file) => file.endsWith('/index.html') && !`/${kind}/${file}`.startsWith(paths.demandsByName))
					.map((file) => `${kind}/${file.replace('index.html', 'rss.xml')}`),
			);
			expect(listFiles(site.dist).filter((file) => /^(actors|demands|sources|topics)\/.+\/rss\.xml$/.test(file))).toEqual(expected.sort());
		});

		test('a corrected article’s item says so, and keeps its publication date', async () => {
			const feed = await new Parser().parseString(readDist(site, 'rss.xml'));
			const corrected = feed.items.find((item) => item.link?.endsWith(`/${articles.agrees}/`))!;
			expect(corrected.contentSnippet ?? corrected.content).toBeDefined();
			expect(corrected.isoDate).toBe('2024-03-01T09:30:00.000Z');
			expect(readDist(site, 'rss.xml')).toContain(
				'A month of talks ends with Ostmark accepting Valdoria&apos;s first demand. Corrected 5 March 2024: The withdrawal takes sixty days, not six weeks.',
			);
		});
	});

	describe('the feed, as a feed reader reads it', () => {
		test('parses with a real feed parser, every item with guid, RFC 822 date, a link that exists and absolute URLs only', async () => {
			const feed = await new Parser().parseString(readDist(site, 'rss.xml'));
			expect(feed.items).toHaveLength(4);
			for (const item of feed.items) {
				expect(item.guid).toBe(item.link);
				expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/);
				expect(listFiles(site.dist)).toContain(`${new URL(item.link!).pathname.slice(1)}index.html`);
				const content = item['content:encoded'] as string;
				expect(content).not.toMatch(/<script/i);
				expect(readPage(content).links.filter((url) => !/^(https?|mailto):/.test(url))).toEqual([]);
			}
			expect(feed.items.at(-1)?.title).toBe(`Ostmark's "red lines" <b>& the ]]> clause</b>`);
		});
	});

	describe('the feed', () => {
		const feed = () => {
			const xml = readDist(site, 'rss.xml');
			expect(XMLValidator.validate(xml)).toBe(true);
			const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml);
			return parsed.rss.channel;
		};

		test('is well-formed and lists the published explainers, newest first', () => {
			const channel = feed();
			expect(channel.item.map((item: { link: string }) => item.link)).toEqual(
				[articles.agrees, articles.talks, articles.withdrawal, articles.hostile].map((id) => `${site_url}/articles/${id}/`),
			);
		});

		test('points at itself and gives each item a stable guid, an RFC 822 date and the summary', () => {
			const channel = feed();
			expect(channel['atom:link']).toMatchObject({ '@_href': `${site_url}/rss.xml`, '@_rel': 'self' });
			for (const item of channel.item) {
				expect(item.guid['#text']).toBe(item.link);
				expect(item.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
			}
			expect(channel.item[1].title).toBe('Talks open: what each side now says about the border & the river');
			expect(channel.item[1].description).toBe(
				"<p>Negotiators met in a neutral city; Ostmark added a demand of its own. Corrected 6 February 2024: An earlier version misspelled the name of Ostmark's chief negotiator.</p>",
			);
		});

		test('carries full text with only absolute links, the correction and the sources', () => {
			const content: string = feed().item[1]['content:encoded'];
			expect(content).toContain(`<a href="${site_url}/actors/zoe-norgaard/">Zoë Nørgaard</a> led`);
			expect(content).toContain('misspelled the name');
			expect(content).toContain('https://courier.example.com/2024/02/talks');
			expect(content).toContain(`href="${site_url}/articles/${articles.withdrawal}/"`);
			expect(content).toContain(`href="${site_url}/articles/${articles.talks}/#source-ministry"`);
			expect(content).not.toMatch(/(href|src)="(?!https?:)/);
		});
	});
});

describe('a build with broken content', () => {
	const broken = async (edit: (site: Site) => void) => {
		const site = createSite(fixture);
		edit(site);
		const [build, check] = [await astroBuild(site), await checkContent(site.root)];
		const dist = listFiles(site.dist);
		site.remove();
		return { build, check, dist };
	};
	const editFile = (site: Site, file: string, from: string | RegExp, to: string) => {
		const target = path.join(site.contentDir, file);
		const text = readFileSync(target, 'utf8');
		expect(text).toMatch(from);
		writeFileSync(target, text.replace(from, to));
	};

	test('fails on one problem, naming the file, the field and the fix, and writes nothing', async () => {
		const { build, check, dist } = await broken((site) =>
			editFile(site, `articles/${articles.agrees}.md`, 'actors: [ostmark, valdoria', 'actors: [ostmark, valdorai'),
		);
		for (const { code, output } of [build, check]) {
			expect(code).not.toBe(0);
			expect(output).toContain(`src/content/articles/${articles.agrees}.md`);
			expect(output).toContain('actors[1] (2nd actor, line 6): refers to actor "valdorai"');
			// The refusal ends with the report and one line, not a crash report.
			expect(output).not.toMatch(/unhandled error|stack trace/i);
			expect(output.trim().split('\n').at(-1)).toMatch(/^The content has 1 problem, listed above./);
			expect(output).toContain('fix: did you mean "valdoria"?');
		}
		expect(dist).toEqual([]);
	});

	test('reports problems in two files at once', async () => {
		const { build, check } = await broken((site) => {
			editFile(site, `articles/${articles.withdrawal}.md`, 'stance: opposes', 'stance: against');
			editFile(site, `articles/${articles.talks}.md`, 'updated: 2024-02-06', 'updated: 2024-01-01');
		});
		for (const { code, output } of [build, check]) {
			expect(code).not.toBe(0);
			expect(output).toContain('found 2 content problems in 2 files');
			expect(output).toMatch(/demands\[0\]\.positions\[0\]\.stance \(1st demand, 1st position, line \d+\): "against" is not an allowed value/);
			expect(output).toContain('fix: set `stance` to one of: supports | opposes | mixed | no-response | unclear');
			expect(output).toMatch(new RegExp(`src/content/articles/${articles.talks}\\.md\\n {2}updated \\(line \\d+\\): must not be before \`published\``));
		}
	});
});

describe('a failed build', () => {
	/** Every file of the site with a hash of its bytes. */
	const snapshot = (site: Site) =>
		Object.fromEntries(
			listFiles(site.dist).map((file) => [
				file,
				createHash('sha256')
					.update(readFileSync(path.join(site.dist, file)))
					.digest('hex'),
			]),
		);

	test('leaves the previous site exactly as it was, whether the content is bad or the build crashes', async () => {
		const site = createSite(fixture);
		try {
			expect((await astroBuild(site)).code).toBe(0);
			const good = snapshot(site);
			expect(Object.keys(good).length).toBeGreaterThan(20);

			const article = path.join(site.contentDir, 'articles', `${articles.agrees}.md`);
			const text = readFileSync(article, 'utf8');
			writeFileSync(article, text.replace('stance: supports', 'stance: maybe'));
			expect((await astroBuild(site)).code).not.toBe(0);
			expect(snapshot(site)).toEqual(good);

			// Valid content, but a page that throws halfway through writing the site.
			writeFileSync(article, text);
			writeFileSync(path.join(site.root, 'src', 'pages', 'crash.astro'), '---\nthrow new Error("boom");\n---\n');
			const crashed = await astroBuild(site);
			expect(crashed.code).not.toBe(0);
			expect(crashed.output).toContain('boom');
			expect(snapshot(site)).toEqual(good);
		} finally {
			site.remove();
		}
	});
});
