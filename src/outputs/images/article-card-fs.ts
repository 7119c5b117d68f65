/**
 * A sharing card per explainer: a 1200×630 PNG with its headline, dek, date
 * and the site's name, drawn at build like the site's card (site-card.ts:
 * SVG through sharp, text in the building machine's fonts), for articles
 * without a lead picture. Each card is kept in a cache by a hash of what it
 * shows, so a later build, even one without Astro's other caches, draws only
 * new or changed cards.
 *
 * The card lays text out line by line from the left, so it cannot set a
 * right-to-left language: for those (or a headline with right-to-left text)
 * the article shares the site's picture instead.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { site } from '../../config/site.ts';
import { writeWhole } from '../../check/whole-files-fs.ts';
import { fill, formatDate, ui } from '../../i18n/index.ts';
import type { Article } from '../../model/entry.ts';
import { escapeXml, wrapWords } from './site-card.ts';
import { urls } from '../../model/urls.ts';
import { directionOf } from '../../config/locale.ts';

/** Bump when the drawing changes, so every cached card is drawn again. */
export const cardRendererVersion = 1;

export const cardSize = { width: 1200, height: 630 } as const;

/** What a card shows. */
export interface CardText {
	title: string;
	summary: string;
	/** The date as readers see it, already formatted in the site's language. */
	date: string;
	siteTitle: string;
}

const rtlText =
	/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;

/** Whether a text holds any letter of a right-to-left script. */
export const hasRtlText = (text: string) => rtlText.test(text);

/**
 * Whether this card can be drawn correctly: not for a right-to-left site
 * language, nor when any of its text is right to left (the layout has no
 * bidirectional support); the caller then shares the site's picture.
 */
export const canDrawCard = (lang: string, card: CardText) =>
	directionOf(lang) === 'ltr' && ![card.title, card.summary, card.date, card.siteTitle].some(hasRtlText);

/** The cache key: a hash of everything drawn and of the drawing's version. */
export const cardKey = (card: CardText) =>
	createHash('sha1')
		.update(JSON.stringify([cardRendererVersion, card.title, card.summary, card.date, card.siteTitle]))
		.digest('base64url');

/** `lines`, the last one ending in an ellipsis when text was cut. */
function clip(lines: string[], max: number): string[] {
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	kept[max - 1] = `${kept[max - 1]!.replace(/[\s,;:.–—-]+$/, '')}…`;
	return kept;
}

/**
 * The headline's size and lines: as large as fits in three lines, smaller for
 * longer headlines (about 0.6 em a letter in a bold serif).
 */
export function titleLayout(title: string): { size: number; lines: string[] } {
	const measure = 1008;
	const perLine = (size: number) => Math.floor(measure / (0.6 * size));
	for (const size of [72, 64, 56, 50]) {
		const lines = wrapWords(title, perLine(size));
		if (lines.length <= 3) return { size, lines };
	}
	return { size: 50, lines: clip(wrapWords(title, perLine(50)), 4) };
}

/** The card as SVG: the site's name above, the headline, the dek under it, the date at the foot. */
export function articleCardSvg(card: CardText): string {
	const title = titleLayout(card.title);
	const titleTop = 150;
	const titleLines = title.lines.map(
		(line, i) =>
			`<text x="96" y="${titleTop + title.size + i * Math.round(title.size * 1.15)}" font-family="serif" font-weight="700" font-size="${title.size}" fill="#1b1b1b">${escapeXml(line)}</text>`,
	);
	const dekTop = titleTop + title.size + (title.lines.length - 1) * Math.round(title.size * 1.15) + 64;
	const dekRoom = Math.max(1, Math.min(3, Math.floor((540 - dekTop) / 40) + 1));
	const dekLines = clip(wrapWords(card.summary, 56), dekRoom).map(
		(line, i) => `<text x="96" y="${dekTop + i * 40}" font-family="sans-serif" font-size="30" fill="#555049">${escapeXml(line)}</text>`,
	);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${cardSize.width}" height="${cardSize.height}" viewBox="0 0 1200 630">`,
		'<rect width="1200" height="630" fill="#fdfcfa"/>',
		'<rect width="1200" height="16" fill="#a4260b"/>',
		`<text x="96" y="100" font-family="sans-serif" font-weight="700" font-size="30" fill="#a4260b">${escapeXml(card.siteTitle)}</text>`,
		...titleLines,
		...dekLines,
		'<rect x="96" y="552" width="1008" height="2" fill="#d9d4cc"/>',
		`<text x="96" y="592" font-family="sans-serif" font-size="26" fill="#555049">${escapeXml(card.date)}</text>`,
		'</svg>',
	].join('');
}

/** The card as a PNG, freshly drawn. */
export const drawArticleCard = (card: CardText): Promise<Buffer> =>
	sharp(Buffer.from(articleCardSvg(card)))
		.png({ compressionLevel: 3 })
		.toBuffer();

/** Where drawn cards are kept between builds: beside Astro's own cache, never in the output. */
export const defaultCardCache = () => path.resolve('node_modules/.astro/dossier-cards');

/**
 * The card as a PNG, from the cache when a card with the same key was drawn
 * before; each card drawn is logged, one key a line, in `drawn.log` in the
 * cache folder (how tests and benchmarks count them).
 */
export async function articleCardPng(card: CardText, cacheDir = defaultCardCache()): Promise<Buffer> {
	const key = cardKey(card);
	const file = path.join(cacheDir, `${key}.png`);
	try {
		return readFileSync(file);
	} catch {
		// Not drawn yet.
	}
	const png = await drawArticleCard(card);
	mkdirSync(cacheDir, { recursive: true });
	// Whole, so a build stopped halfway never leaves half a card in the cache.
	writeWhole(file, png);
	appendFileSync(path.join(cacheDir, 'drawn.log'), `${key}\n`);
	return png;
}

/** An article's card: what it shows and the picture pages point to. */
export interface ArticleCard {
	text: CardText;
	picture: { src: string; width: number; height: number; alt: string };
}

/** The card's address: beside the article's page. */
export const articleCardUrl = (id: string) => `${urls.article(id)}card.png`;

/**
 * The card an article shares, if it gets one: only when cards are on
 * (`site.cards`), for a published article without a lead picture (which it
 * shares instead), and when the card can be drawn in the site's language;
 * otherwise nothing, and the article shares the site's picture.
 */
export function articleCardOf(
	article: Article,
	{ enabled = site.cards, lang = site.locale, siteTitle = site.title }: { enabled?: boolean; lang?: string; siteTitle?: string } = {},
): ArticleCard | undefined {
	const { title, summary, published, image, draft } = article.data;
	if (!enabled || image || draft) return undefined;
	const text: CardText = { title, summary, date: formatDate(published), siteTitle };
	if (!canDrawCard(lang, text)) return undefined;
	return { text, picture: { src: articleCardUrl(article.id), ...cardSize, alt: fill(ui.sharing.articleCard, { title, summary }) } };
}
