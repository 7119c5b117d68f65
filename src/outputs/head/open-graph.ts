/**
 * The tags a page carries for where it is shared (Open Graph, read by most
 * platforms, and the Twitter/X card type): title, description, address,
 * type, site name and picture, and for an explainer its dates and section.
 * Every address is absolute, from the site's one address setting.
 */
import { site } from '../../config/site.ts';
import { explainersName } from '../../views/breadcrumbs.ts';
import type { WrittenDate } from '../../model/dates.ts';
import { openGraphLocale } from '../../config/locale.ts';
import { urls } from '../../model/urls.ts';
import { fill, siteDescription, ui } from '../../i18n/index.ts';

/** A picture for sharing: its address from the site's root, size and alt text. */
export interface SharePicture {
	src: string;
	width: number;
	height: number;
	alt: string;
}

/**
 * The picture shared for pages without a lead picture: the newsroom's own
 * (`site.shareImage`), else the card drawn at build from the site's name (site-card.ts).
 */
export const siteCard: SharePicture = {
	...(site.shareImage ? { ...site.shareImage, src: urls.publicFile(site.shareImage.src) } : { src: urls.shareCard, width: 1200, height: 630 }),
	alt: fill(ui.sharing.siteCard, { site: site.title, description: siteDescription }),
};

export interface SharedPage {
	title: string;
	description: string;
	/** The page's canonical address; none for pages search engines should not list. */
	url?: URL;
	image?: SharePicture;
	/** An explainer's dates, as written. */
	article?: { published: WrittenDate; modified: WrittenDate };
}

/** Each tag as `property` (Open Graph's attribute) or `name` (Twitter's) and its content. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** The site's locale as Open Graph writes it, worked out once: every page has it. */
const siteLocale = openGraphLocale(site.locale);

export function openGraphTags(page: SharedPage, base: URL): MetaTag[] {
	const image = page.image ?? siteCard;
	const og = (property: string, content: string | number): MetaTag => ({ property, content: String(content) });
	return [
		og('og:title', page.title),
		og('og:description', page.description),
		...(page.url ? [og('og:url', page.url.href)] : []),
		og('og:type', page.article ? 'article' : 'website'),
		og('og:site_name', site.title),
		og('og:locale', siteLocale),
		...(page.article
			? [og('article:published_time', page.article.published), og('article:modified_time', page.article.modified), og('article:section', explainersName)]
			: []),
		og('og:image', new URL(image.src, base).href),
		og('og:image:width', image.width),
		og('og:image:height', image.height),
		og('og:image:alt', image.alt),
		{ name: 'twitter:card', content: 'summary_large_image' },
	];
}
