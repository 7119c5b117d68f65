/**
 * Feed items as subscribers get them: full text that stays valid XML, with
 * corrections first, sources last and every link absolute.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rss from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import Parser from 'rss-parser';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { absolutizeLinks, feedItem, feedOptions, feedXml, removePageOnlyAids } from '../src/outputs/feeds/feed-items.ts';
import { markdownOptions } from '../src/markdown/pipeline.ts';
import { article } from './helpers/entries.ts';
import type { Article } from '../src/model/entry.ts';

const site = new URL('https://dossier.example.org');
const id = '2025-03-20-ferry-deal';
const articleUrl = `https://dossier.example.org/articles/${id}/`;

const body = [
	'<p>Valmora wants its ferries back<sup class="citation"><a href="#source-wire" id="cite-wire-1">[1]</a></sup>.</p>',
	'<p>Read <a href="../2025-01-10-ferry-demand/">the first piece</a>, about <a href="/actors/valmora/">Valmora</a>,',
	'see <a href="https://elsewhere.example.net/x?y=1#z">elsewhere</a> and write to <a href="mailto:desk@example.org">the desk</a>.</p>',
	'<p><img src="map.png" alt="Map of the ferry routes"></p>',
].join('\n');

const deal = article(
	id,
	{
		title: 'Kestrel Union accepts the ferry deal',
		summary: 'The routes reopen in spring.',
		published: '2025-03-20',
		sources: [
			{ key: 'wire', source: 'wire-north', title: 'Accord signé', url: 'https://reports.example.net/accord', note: 'Two officials' },
			{ source: 'ministere-des-cotes', title: 'Communiqué', url: 'https://reports.example.net/communique' },
		],
		corrections: [
			{ date: '2025-03-25', text: 'The second correction.' },
			{ date: '2025-03-21', text: 'The first correction.' },
		],
	},
	body,
);
const item = feedItem(deal, site);

describe('absolutizeLinks', () => {
	test.each([
		['a relative link', '../other/', 'https://dossier.example.org/articles/other/'],
		['a root-relative link', '/topics/ferry-dispute/', 'https://dossier.example.org/topics/ferry-dispute/'],
		['a fragment', '#source-wire', `${articleUrl}#source-wire`],
		['an external link', 'https://elsewhere.example.net/x?y=1#z', 'https://elsewhere.example.net/x?y=1#z'],
		['a mailto link', 'mailto:desk@example.org', 'mailto:desk@example.org'],
	])('%s: %s → %s', (_, href, absolute) => {
		const tree = h('div', [h('p', [h('a', { href }, 'link')]), h('img', { src: href })]);
		absolutizeLinks(tree, new URL(articleUrl));
		expect(toHtml(tree)).toBe(`<div><p><a href="${absolute}">link</a></p><img src="${absolute}"></div>`);
	});
});

describe('feedItem', () => {
	test('links to the article on the site', () => {
		expect(item.link).toBe(articleUrl);
	});

	test('describes the article by its summary and latest correction, and dates it by publication', () => {
		expect(item.description).toBe('<p>The routes reopen in spring. Corrected 25 March 2025: The second correction.</p>');
		expect(item.pubDate).toEqual(new Date('2025-03-20'));
	});

	test.each([
		['citation fragment', '#source-wire', `${articleUrl}#source-wire`],
		['relative link', '../2025-01-10-ferry-demand/', 'https://dossier.example.org/articles/2025-01-10-ferry-demand/'],
		['root-relative link', '/actors/valmora/', 'https://dossier.example.org/actors/valmora/'],
		['external link', 'https://elsewhere.example.net/x?y=1#z', 'https://elsewhere.example.net/x?y=1#z'],
		['mailto link', 'mailto:desk@example.org', 'mailto:desk@example.org'],
	])('in the content, a %s becomes %s', (_, relative, absolute) => {
		expect(item.content).toContain(`href="${absolute}"`);
		if (relative !== absolute) expect(item.content).not.toContain(`href="${relative}"`);
	});

	test('in the content, an image source becomes absolute', () => {
		expect(item.content).toContain(`src="${articleUrl}map.png"`);
	});

	test('gives corrections before the body and sources after it', () => {
		const corrections = item.content.indexOf('<h2>Corrections</h2>');
		const bodyStart = item.content.indexOf('Valmora wants its ferries back');
		const sourcesHeading = item.content.indexOf('<h2>Sources</h2>');
		expect(corrections).toBeGreaterThanOrEqual(0);
		expect(bodyStart).toBeGreaterThan(corrections);
		expect(sourcesHeading).toBeGreaterThan(bodyStart);
		expect(item.content.slice(sourcesHeading)).toContain('<li><a href="https://reports.example.net/accord">Accord signé</a>. Two officials</li>');
	});

	test('dates corrections and lists them oldest first, as the article page does', () => {
		const first = item.content.indexOf('21 March 2025: The first correction.');
		const second = item.content.indexOf('25 March 2025: The second correction.');
		expect(first).toBeGreaterThanOrEqual(0);
		expect(second).toBeGreaterThan(first);
	});

	test('a single correction is headed in the singular', () => {
		const one = article('one', {
			title: 'One',
			summary: 'One correction.',
			published: '2025-01-01',
			corrections: [{ date: '2025-01-02', text: 'Fixed a name.' }],
		});
		expect(feedItem(one, site).content).toContain('<h2>Correction</h2>');
	});

	test('an article without corrections or sources is just its body', () => {
		const plain = article('plain', { title: 'Plain', summary: 'Plain.', published: '2025-01-01' }, '<p>Just text.</p>');
		expect(feedItem(plain, site).content).toBe('<p>Just text.</p>');
	});

	test('a title with <, & and ]]> is returned unchanged, for the XML writer to escape; in the summary, which readers take for HTML, they are text', () => {
		const title = 'Tariffs < quotas & "fees" ]]> Åsa’s view';
		const tricky = article('tricky', { title, summary: 'Fish & <chips>.', published: '2025-01-01' });
		const { title: feedTitle, description } = feedItem(tricky, site);
		expect(feedTitle).toBe(title);
		expect(description).toBe('<p>Fish &#x26; &#x3C;chips>.</p>');
	});

	test('forbidden control characters are removed from the title, summary, body, corrections and sources', () => {
		const dirty = article(
			'dirty',
			{
				title: 'Bad\u0008 title',
				summary: 'Bad\u0000 summary',
				published: '2025-01-01',
				sources: [{ source: 's', title: 'Bad\u000B source', url: 'https://example.net/report' }],
				corrections: [{ date: '2025-01-02', text: 'Bad\uFFFE correction' }],
			},
			'<p>Bad\u0000 body ⛴️</p>',
		);
		const result = feedItem(dirty, site);
		expect(result.title).toBe('Bad title');
		expect(result.description).toBe('<p>Bad summary Corrected 2 January 2025: Bad correction</p>');
		expect(result.content).toContain('<p>Bad body ⛴️</p>');
		expect(result.content).toContain('Bad source');
		expect(result.content).toContain('Bad correction');
		// The control characters are the point of this pattern.
		// eslint-disable-next-line no-control-regex
		expect(result.content).not.toMatch(/[\u0000\u0008\u000B\uFFFE]/);
	});
});

describe('who, what and when, for feed readers', () => {
	const tagged = article('tagged', {
		title: 'Tagged',
		summary: 'Tagged.',
		published: '2025-03-20',
		updated: '2025-03-22',
		byline: 'Harbour & Ferries desk',
		topics: ['ferry-dispute', 'unnamed'],
		corrections: [{ date: '2025-03-25', text: 'Fixed.' }],
	});
	const names = { 'ferry-dispute': 'The ferry dispute' };

	test.each([
		['the byline as dc:creator, escaped', tagged, '<dc:creator>Harbour &amp; Ferries desk</dc:creator>'],
		['the publisher as dc:creator without a byline', deal, '<dc:creator>Dossier</dc:creator>'],
		['the latest correction, later than `updated`, as atom:updated', tagged, '<atom:updated>2025-03-25T00:00:00.000Z</atom:updated>'],
		[
			'`updated` as atom:updated',
			article('u', { title: 'U', summary: 'U.', published: '2025-03-20', updated: '2025-03-22' }),
			'<atom:updated>2025-03-22T00:00:00.000Z</atom:updated>',
		],
		[
			'publication as atom:updated when nothing changed since',
			article('p', { title: 'P', summary: 'P.', published: '2025-03-20' }),
			'<atom:updated>2025-03-20T00:00:00.000Z</atom:updated>',
		],
	])('an item carries %s', (_, entry, xml) => {
		expect(feedItem(entry, site).customData).toContain(xml);
	});

	test("an item's categories are its topics by name (by id when a name is not given)", () => {
		expect(feedItem(tagged, site, undefined, (id) => names[id as keyof typeof names] ?? id).categories).toEqual(['The ferry dispute', 'unnamed']);
	});

	const options = (articles: ReturnType<typeof article>[]) =>
		feedOptions({ title: 'T', description: 'D', path: '/rss.xml', page: '/', articles, site, lang: 'en', topicNames: names });

	test.each([
		['the newest change of any item (a correction)', [tagged, deal], 'Tue, 25 Mar 2025 00:00:00 GMT'],
		['the only item’s publication', [article('p', { title: 'P', summary: 'P.', published: '2025-01-02' })], 'Thu, 02 Jan 2025 00:00:00 GMT'],
	])("the channel's lastBuildDate is %s, never the clock", (_, articles, date) => {
		expect(options(articles).customData).toContain(`<lastBuildDate>${date}</lastBuildDate>`);
	});

	test('an empty feed has no lastBuildDate', () => {
		expect(options([]).customData).not.toContain('lastBuildDate');
	});

	test('the same content gives the same feed, byte for byte', async () => {
		const once = await (await rss(options([tagged, deal]))).text();
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(await (await rss(options([tagged, deal]))).text()).toBe(once);
	});

	test('the XML declares the dc namespace, and a feed reader reads creator, categories, update and lastBuildDate', async () => {
		const xml = await (await rss(options([tagged]))).text();
		expect(xml.match(/<rss\b[^>]*>/)?.[0]).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
		const feed = await new Parser({ customFields: { item: ['atom:updated'] } }).parseString(xml);
		expect(feed.lastBuildDate).toBe('Tue, 25 Mar 2025 00:00:00 GMT');
		expect(feed.items[0]).toMatchObject({
			creator: 'Harbour & Ferries desk',
			categories: ['The ferry dispute', 'unnamed'],
			'atom:updated': '2025-03-25T00:00:00.000Z',
		});
		const parsed = new XMLParser().parse(xml).rss.channel;
		expect(parsed.item['dc:creator']).toBe('Harbour & Ferries desk');
	});
});

describe('an article in another language than the site', () => {
	const polish = article(
		'polish',
		{
			title: 'Porozumienie promowe',
			summary: 'Trasy ruszą wiosną.',
			published: '2025-03-21',
			lang: 'pl',
			sources: [{ source: 'wire-north', title: 'Accord' }],
		},
		'<p>Promy wracają.</p>',
	);
	const arabic = article(
		'arabic',
		{ title: 'اتفاق العبارات', summary: 'تعود الرحلات في الربيع.', published: '2025-03-22', lang: 'ar' },
		'<p>تعود العبارات.</p>',
	);
	const options = (articles: Article[]) =>
		feedOptions({ title: 'Dossier', description: 'Explainers', path: '/rss.xml', page: '/', articles, site, lang: 'en-GB' });

	test('its story is wrapped in its language, with its direction where that differs; the Sources heading stays the site’s', () => {
		expect(feedItem(polish, site).content).toBe('<div lang="pl"><p>Promy wracają.</p></div><h2>Sources</h2><ol><li>Accord</li></ol>');
		expect(feedItem(arabic, site).content).toBe('<div lang="ar" dir="rtl"><p>تعود العبارات.</p></div>');
		expect(feedItem(deal, site).content).not.toContain('lang=');
	});

	test('its item carries xml:lang, which a feed reader applies to its title and content; the others none', async () => {
		const xml = await feedXml(options([arabic, polish, deal]));
		expect(xml.match(/<item[^>]*>/g)).toEqual(['<item xml:lang="ar">', '<item xml:lang="pl">', '<item>']);
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
		expect(parsed.rss.channel.item.map((item: Record<string, string>) => [item['@_xml:lang'], item.title])).toEqual([
			['ar', 'اتفاق العبارات'],
			['pl', 'Porozumienie promowe'],
			[undefined, 'Kestrel Union accepts the ferry deal'],
		]);
		expect((await new Parser().parseString(xml)).items.map((item) => item.title)).toEqual([
			'اتفاق العبارات',
			'Porozumienie promowe',
			'Kestrel Union accepts the ferry deal',
		]);
	});
});

describe('removePageOnlyAids', () => {
	test('drops heading anchors and screen-reader-only text, which feed readers would show as stray text', () => {
		const tree = fromHtml(
			'<h2 id="why"><a class="heading-anchor" href="#why">Why</a></h2>' +
				'<p>Said so<sup class="citation"><a href="#source-wire"><span aria-hidden="true">[1]</span><span class="sr-only">Source 1</span></a></sup>.</p>',
			{ fragment: true },
		);
		removePageOnlyAids(tree);
		expect(toHtml(tree)).toMatchInlineSnapshot(
			`"<h2 id="why">Why</h2><p>Said so<sup class="citation"><a href="#source-wire"><span aria-hidden="true">[1]</span></a></sup>.</p>"`,
		);
	});
});

describe('the feed as XML', () => {
	/** Declared in neither title, key nor source-id order, so any re-sorting shows. */
	const sources = [
		{ key: 'wire', source: 'wire-north', title: 'Talks begin', url: 'https://reports.example.net/talks' },
		{ source: 'ministere-des-cotes', title: 'Communiqué', url: 'https://reports.example.net/communique' },
		{ key: 'blog', source: 'alpha-desk', title: 'Analysis', url: 'https://reports.example.net/analysis' },
	];
	const markdown = 'Analysts doubt it [@blog]. The talks began [@wire]; the ministry agrees [@ministere-des-cotes; @wire].';

	const feedXml = async () => {
		const processor = await createMarkdownProcessor({ ...markdownOptions({ actors: {} }), syntaxHighlight: false });
		const { code } = await processor.render(markdown, { frontmatter: { sources } });
		const entry = article('2025-02-14-talks-open', { title: 'Talks open', summary: 'Both sides sit down.', published: '2025-02-14', sources }, code);
		const options = feedOptions({
			title: 'Dossier',
			description: 'Explainers',
			path: '/rss.xml',
			page: '/',
			articles: [entry],
			site,
			lang: 'en',
		});
		return (await rss(options)).text();
	};

	/** The one item's content, as a feed reader decodes it, parsed as HTML. */
	const itemContent = (xml: string) => {
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
		return fromHtml(String(parsed.rss.channel.item['content:encoded']), { fragment: true });
	};

	test('the rss element declares the atom namespace, and the channel links to itself with atom:link rel="self"', async () => {
		const xml = await feedXml();
		const rssTag = xml.match(/<rss\b[^>]*>/)?.[0] ?? '';
		expect(rssTag).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
		const selfLink = xml.match(/<atom:link\b[^>]*>/)?.[0] ?? '';
		expect(selfLink).toContain('rel="self"');
		expect(selfLink).toContain('href="https://dossier.example.org/rss.xml"');
	});

	test('the content ends with the sources as an ordered list, in the order of the frontmatter', async () => {
		const content = itemContent(await feedXml());
		const elements = content.children.filter((node): node is Element => node.type === 'element');
		expect(elements.at(-1)?.tagName).toBe('ol');
		expect(toString(elements.at(-2)!)).toBe('Sources');
		expect(selectAll('ol > li', elements.at(-1)).map((li) => toString(li))).toEqual(['Talks begin', 'Communiqué', 'Analysis']);
	});

	test('each [n] in the body points at the n-th entry of the Sources list', async () => {
		const content = itemContent(await feedXml());
		const items = selectAll('ol:last-child > li', content).map((li) => toString(li));
		const markers = selectAll('sup.citation a', content).map((a) => [String(a.properties.href).split('#source-')[1], toString(a)]);
		expect(markers).toEqual([
			['blog', '[3]'],
			['wire', '[1]'],
			['ministere-des-cotes', '[2]'],
			['wire', '[1]'],
		]);
		for (const [key, marker] of markers) {
			const n = Number(marker!.slice(1, -1));
			const cited = sources.find((citation) => (citation.key ?? citation.source) === key)!;
			expect(items[n - 1]).toBe(cited.title);
		}
	});
});

describe("an entity's feed: lean items", () => {
	const report = (entry: Article) => `<p>Reported about ${entry.id}</p>`;
	const options = (articles: Article[], fullText = false) =>
		feedOptions({
			title: 'Dossier: Valmora',
			description: 'D',
			path: '/actors/valmora/rss.xml',
			page: '/actors/valmora/',
			articles,
			site,
			lang: 'en-GB',
			report,
			fullText,
		});
	const odd = article(
		'odd',
		{ title: 'Fish & <chips> "quoted" ⛴️ اتفاق العبارات ]]>', summary: 'Tariffs < quotas & "fees" ⛴️.', published: '2025-03-23', topics: ['x'] },
		'<p>The full story.</p>',
	);

	test('an item is the summary as HTML, then what the article reports about the entity; no full text', () => {
		const [item] = options([deal]).items;
		expect(item).toMatchObject({ title: 'Kestrel Union accepts the ferry deal', link: articleUrl, pubDate: new Date('2025-03-20') });
		expect(item?.description).toMatchInlineSnapshot(
			`"<p>The routes reopen in spring. Corrected 25 March 2025: The second correction.</p><p>Reported about 2025-03-20-ferry-deal</p>"`,
		);
		expect(item).not.toHaveProperty('content');
	});

	test('the full text comes back when the site asks for it (site.fullTextEntityFeeds)', () => {
		const [item] = options([deal], true).items;
		expect(item?.content).toBe(feedItem(deal, site).content);
		expect(item?.description).toContain('<p>Reported about 2025-03-20-ferry-deal</p>');
	});

	test('the shared part of an item is built once: every feed gets the same categories and extras, its own report', () => {
		const other = feedOptions({
			...options([deal]),
			path: '/topics/x/rss.xml',
			page: '/topics/x/',
			articles: [deal],
			report: () => '<p>Other</p>',
			site,
			lang: 'en-GB',
			title: 'T',
		});
		const [a, b] = [options([deal]).items[0]!, other.items[0]!];
		expect(a.categories).toBe(b.categories);
		expect(a.customData).toBe(b.customData);
		expect(b.description.endsWith('<p>Other</p>')).toBe(true);
	});

	test('an article in another language: its summary carries its language, its item xml:lang', async () => {
		const arabic = article('arabic', { title: 'اتفاق', summary: 'تعود الرحلات.', published: '2025-03-22', lang: 'ar' });
		const xml = await feedXml(options([arabic]));
		expect(xml).toContain('<item xml:lang="ar">');
		expect(new XMLParser().parse(xml).rss.channel.item.description).toBe('<p lang="ar" dir="rtl">تعود الرحلات.</p><p>Reported about arabic</p>');
	});

	test('a title and summary with &, <, >, quotes, emoji and right-to-left text stay well-formed, and parse back as written', async () => {
		const xml = await feedXml(options([odd, deal]));
		expect(XMLValidator.validate(xml)).toBe(true);
		const feed = await new Parser().parseString(xml);
		expect(feed.items[0]?.title).toBe('Fish & <chips> "quoted" ⛴️ اتفاق العبارات ]]>');
		expect(feed.items[0]?.content).toBe('<p>Tariffs &#x3C; quotas &#x26; "fees" ⛴️.</p><p>Reported about odd</p>');
		expect(feed.items.map((item) => item['content:encoded'])).toEqual([undefined, undefined]);
		expect(xml).not.toContain('The full story.');
	});
});
