/**
 * The lead picture as one JPEG of at most 1200 px wide, for where the article
 * travels: sharing cards (og:image), feeds and JSON-LD. Pages show it through
 * astro:assets in more sizes and formats (LeadImage.astro). Imports
 * astro:assets, so only pages and routes may import this module.
 */
import { getImage } from 'astro:assets';
import type { Article } from '../../model/entry.ts';

export interface ShareImage {
	/** From the site's root: /_astro/… */
	src: string;
	width: number;
	height: number;
	alt: string;
	caption?: string;
	credit?: string;
}

const made = new Map<string, Promise<ShareImage | undefined>>();

async function make(article: Article): Promise<ShareImage | undefined> {
	const image = article.data.image;
	if (!image) return undefined;
	const result = await getImage({ src: image.src, width: Math.min(1200, image.src.width), format: 'jpeg', quality: 80 });
	const { width, height } = result.attributes as { width: number; height: number };
	return { src: result.src, width, height, alt: image.alt, caption: image.caption, credit: image.credit };
}

/** The article's sharing picture, made once per build whatever asks for it. */
export function shareImage(article: Article): Promise<ShareImage | undefined> {
	// Keyed by what the picture is too, so `astro dev` makes it again after an edit.
	const key = `${article.id} ${JSON.stringify(article.data.image ?? null)}`;
	let image = made.get(key);
	if (!image) made.set(key, (image = make(article)));
	return image;
}

/** The sharing pictures of several articles, by article id. */
export async function shareImages(articles: readonly Article[]): Promise<Map<string, ShareImage>> {
	const images = await Promise.all(articles.map(async (article) => [article.id, await shareImage(article)] as const));
	return new Map(images.filter((entry): entry is readonly [string, ShareImage] => entry[1] !== undefined));
}
