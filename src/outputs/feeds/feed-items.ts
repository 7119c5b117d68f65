/**
 * Feed items for subscribers. The site's feed carries each article's full HTML, its corrections and
 * its sources; an actor's, demand's, source's or topic's feed carries lean items: the summary and
 * what the article reports about that entity (entity-report.ts). Every link is made absolute so feed
 * readers can follow it.
 */
import { getRssString } from '@astrojs/rss';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { site as settings } from '../../config/site.ts';
import { contentLanguage } from '../../model/content-language.ts';
import { correctionsOf, lastModified } from '../../model/corrections.ts';
import { instantOf } from '../../model/dates.ts';
import { countOf, fill, formatDate, ui } from '../../i18n/index.ts';
import type { Article } from '../../model/entry.ts';
import type { ArticleData } from '../../model/schemas.ts';
import type { ShareImage } from '../images/lead-share-image.ts';
import { withoutForbiddenChars } from '../../model/forbidden-chars.ts';
import { urls } from '../../model/urls.ts';

const parser = unified().use(rehypeParse, { fragment: true });

const urlAttributes = ['href', 'src'] as const;

/** Rewrites relative and fragment links against `base`, in place. */
export function absolutizeLinks(tree: Root | Element, base: URL) {
	visit(tree, 'element', (node: Element) => {
		for (const attribute of urlAttributes) {
			const value = node.properties[attribute];
			if (typeof value === 'string') node.properties[attribute] = new URL(value, base).href;
		}
	});
}

/**
 * Removes reading aids that rely on the site's stylesheet, in place:
 * screen-reader-only text, which feed readers would show as stray text, and
 * the links that make headings link to themselves, whose text stays.
 */
export function removePageOnlyAids(tree: Root) {
	visit(tree, 'element', (node: Element, index, parent) => {
		const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
		if (!parent || index === undefined) return;
		if (classes.includes('sr-only')) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		if (classes.includes('heading-anchor')) {
			parent.children.splice(index, 1, ...node.children);
			return [SKIP, index];
		}
	});
}

export interface FeedItem {
	title: string;
	link: string;
	pubDate: Date;
	description: string;
	/** The full text, in the site's feed (and entity feeds when `site.fullTextEntityFeeds` is on); lean items have none. */
	content?: string;
	/** The article's topics, by name. */
	categories: string[];
	/** The byline as dc:creator, the last change as atom:updated, and the lead picture (Media RSS) when there is one. */
	customData: string;
	/** The article's language, when it is not the site's (feedXml marks the item with it). */
	lang?: string;
}

/** The lead picture at the top of the item, with its caption and credit, in the article's language (`own`). */
const leadFigure = (image: ShareImage, own: { lang?: string; dir?: string }) =>
	h('figure', own, [
		h('img', { src: image.src, alt: image.alt, width: image.width, height: image.height }),
		image.caption || image.credit ? h('figcaption', [image.caption ?? '', image.caption && image.credit ? ' ' : '', image.credit ?? '']) : '',
	]);

// Named entities: @astrojs/rss re-reads customData and would escape the & of a numeric one again (&amp;#38;).
const entities: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };
const escapeXml = (text: string) => text.replace(/[<>&"]/g, (char) => entities[char]!);

/** The lead picture as Media RSS: its absolute address, size and alt text. */
const mediaContent = (image: ShareImage, site: URL) =>
	`<media:content url="${escapeXml(new URL(image.src, site).href)}" medium="image" type="image/jpeg" width="${image.width}" height="${image.height}">` +
	`<media:description type="plain">${escapeXml(withoutForbiddenChars(image.alt))}</media:description></media:content>`;

const correctionsNotice = (corrections: ArticleData['corrections']) =>
	h('aside', [
		h('h2', countOf(corrections.length, ui.feed.corrections)),
		h(
			'ul',
			corrections.map((c) => h('li', `${formatDate(c.date)}: ${c.text}`)),
		),
	]);

const sourcesList = (sources: ArticleData['sources']) => [
	h('h2', ui.feed.sources),
	h(
		'ol',
		sources.map((citation) =>
			h('li', [citation.url ? h('a', { href: citation.url }, citation.title) : citation.title, citation.note ? `. ${citation.note}` : '']),
		),
	),
];

/** The summary, followed by the latest correction when there is one, so feed readers see that the article changed. */
function description(summary: string, corrections: ArticleData['corrections']): string {
	const latest = corrections.at(-1);
	return latest ? fill(ui.feed.correctedSummary, { summary, date: formatDate(latest.date), text: latest.text }) : summary;
}

/** When the article last changed (its `updated` date or latest correction), as an instant. */
export const changedAt = (article: Article) => instantOf(lastModified(article));

/** Who wrote it, the last change and the picture, in the namespaces feedOptions declares. */
const itemExtras = (article: Article, site: URL, image?: ShareImage) =>
	`<dc:creator>${escapeXml(withoutForbiddenChars(article.data.byline ?? settings.publisher.name))}</dc:creator>` +
	`<atom:updated>${changedAt(article).toISOString()}</atom:updated>` +
	(image ? mediaContent(image, site) : '');

interface SharedItem {
	/** Everything but the full text. */
	item: FeedItem;
	/** The description as HTML, in the article's language: what lean items begin with. */
	summaryHtml: string;
}

// The part of an article's item that every feed it appears in shares (title, link, dates, categories, summary, picture) is built once.
const sharedItems = new WeakMap<Article, { key: string; shared: SharedItem }>();
// So is its full text, for the feeds that carry it.
const fullTexts = new WeakMap<Article, { key: string; content: string }>();

function sharedItem(article: Article, site: URL, image?: ShareImage, topicName: (id: string) => string = (id) => id): SharedItem {
	const categories = article.data.topics.map((id) => withoutForbiddenChars(topicName(id)));
	const key = JSON.stringify([site.origin, image?.src, categories]);
	const cached = sharedItems.get(article);
	if (cached?.key === key) return cached.shared;
	const { title, summary, published } = article.data;
	const own = contentLanguage(article.data.lang);
	// As HTML, which is what feed readers take a description for: a summary's "&" or "<" is then text, not markup.
	const summaryHtml = toHtml(h('p', own, withoutForbiddenChars(description(summary, correctionsOf(article)))));
	const item: FeedItem = {
		title: withoutForbiddenChars(title),
		link: new URL(urls.article(article.id), site).href,
		// Feeds want an instant: a day is the start of that day in the site's time zone.
		pubDate: instantOf(published),
		description: summaryHtml,
		categories,
		customData: itemExtras(article, site, image),
		...(own.lang ? { lang: own.lang } : {}),
	};
	const shared = { item, summaryHtml };
	sharedItems.set(article, { key, shared });
	return shared;
}

/** The article's full text for feeds: lead picture, corrections, the story in its language, then its sources; links absolute. */
function fullText(article: Article, site: URL, image?: ShareImage): string {
	const key = JSON.stringify([site.origin, image?.src]);
	const cached = fullTexts.get(article);
	if (cached?.key === key) return cached.content;
	const link = new URL(urls.article(article.id), site);
	const { sources } = article.data;
	const corrections = correctionsOf(article);
	const tree = parser.parse(article.rendered?.html ?? '');
	removePageOnlyAids(tree);
	// The story in its own language, when it is not the site's: feed readers show the item's HTML, and read its lang and dir.
	const own = contentLanguage(article.data.lang);
	if (own.lang) tree.children = [h('div', own, tree.children as Element[])];
	if (corrections.length) tree.children.unshift(correctionsNotice(corrections));
	if (image) tree.children.unshift(leadFigure(image, own));
	if (sources.length) tree.children.push(...sourcesList(sources));
	// A right-to-left site says so in the item too: feed readers lay out its HTML by itself, whatever <language> says.
	if (settings.direction === 'rtl') tree.children = [h('div', { dir: 'rtl' }, tree.children as Element[])];
	absolutizeLinks(tree, link);
	const content = withoutForbiddenChars(toHtml(tree));
	fullTexts.set(article, { key, content });
	return content;
}

/** One feed item per article, with its full text, its lead picture when it has one and its topics by name. */
export function feedItem(article: Article, site: URL, image?: ShareImage, topicName: (id: string) => string = (id) => id): FeedItem & { content: string } {
	return { ...sharedItem(article, site, image, topicName).item, content: fullText(article, site, image) };
}

/**
 * A lean item, for the feed of an actor, demand, source or topic: the shared part, and as its description the summary
 * followed by `report`, the HTML of what the article reports about that entity (entity-report.ts); no full text.
 */
export function leanItem(article: Article, site: URL, report: string, image?: ShareImage, topicName?: (id: string) => string): FeedItem {
	const { item, summaryHtml } = sharedItem(article, site, image, topicName);
	return { ...item, description: summaryHtml + report };
}

/**
 * The feed's XML. RSS has no element for an item's language: an item in another language than the
 * feed's carries xml:lang, which XML readers and feed parsers (feedparser) apply to its title, description and content.
 */
export async function feedXml(options: ReturnType<typeof feedOptions>): Promise<string> {
	const xml = await getRssString(options);
	// Items are written in order, and no text of theirs holds a bare <item> (the builder escapes it).
	let index = 0;
	return xml.replace(/<item>/g, () => {
		const lang = options.items[index++]?.lang;
		return lang ? `<item xml:lang="${lang}">` : '<item>';
	});
}

/** An RSS response, as @astrojs/rss gives one. */
export const feedResponse = async (options: ReturnType<typeof feedOptions>) =>
	new Response(await feedXml(options), { headers: { 'Content-Type': 'application/xml' } });

/** Feeds carry the latest items only, so no feed grows without bound. */
export const feedLimit = 50;

/** Everything @astrojs/rss needs for a feed of `articles` (newest first), served at `path`, following the page at `page`. */
export function feedOptions({
	title,
	description,
	path,
	page,
	articles,
	site,
	lang,
	images = new Map(),
	topicNames = {},
	report,
	fullText: withFullText = true,
}: {
	title: string;
	description: string;
	path: string;
	page: string;
	articles: readonly Article[];
	site: URL;
	lang: string;
	/** Lead pictures by article id (lead-share-image.ts). */
	images?: ReadonlyMap<string, ShareImage>;
	/** Topics' names by id, for each item's categories; a topic not named here is given by its id. */
	topicNames?: Readonly<Record<string, string>>;
	/** What each article reports about the entity the feed follows, as HTML after the summary (an entity's feed). */
	report?: (article: Article) => string;
	/** Whether items carry the article's full text; the site's feed always does, an entity's feed when `site.fullTextEntityFeeds` says so. */
	fullText?: boolean;
}) {
	const latest = articles.slice(0, feedLimit);
	// The newest change of what the feed carries, not the clock: an unchanged feed rebuilds byte for byte.
	const lastBuild = latest.map(changedAt).reduce<Date | undefined>((newest, date) => (!newest || date > newest ? date : newest), undefined);
	return {
		title: withoutForbiddenChars(title),
		description: withoutForbiddenChars(description),
		// The channel's link: the page a reader of this feed would visit.
		site: new URL(page, site).href,
		xmlns: { atom: 'http://www.w3.org/2005/Atom', media: 'http://search.yahoo.com/mrss/', dc: 'http://purl.org/dc/elements/1.1/' },
		customData:
			`<language>${lang}</language>` +
			(lastBuild ? `<lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>` : '') +
			`<atom:link href="${new URL(path, site).href}" rel="self" type="application/rss+xml"/>`,
		items: latest.map((article) => {
			const image = images.get(article.id);
			const topicName = (id: string) => topicNames[id] ?? id;
			if (!report) return feedItem(article, site, image, topicName);
			const item = leanItem(article, site, report(article), image, topicName);
			return withFullText ? { ...item, content: fullText(article, site, image) } : item;
		}),
	};
}
