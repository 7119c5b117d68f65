/**
 * The sitemap, by @astrojs/sitemap: every page the build writes (drafts, and
 * scheduled explainers until their moment, are not written; Astro's 404 page, the redirect pages of renamed files
 * and the explainers' history pages are left out), at the site's own address,
 * each explainer with the day it last changed: its `updated` date or its
 * latest correction, whichever is later, as its page and feeds say. Those
 * dates are the ones the content check's article schema read
 * (src/check/handover.ts), as reading every article again after the pages
 * would cost a second parse of each. robots.txt (src/pages/robots.txt.ts)
 * points at it.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { currentHandover } from '../check/handover.ts';
import { type ChangeDates, lastModified } from '../model/corrections.ts';
import { instantOf } from '../model/dates.ts';
import { urls } from '../model/urls.ts';

/** Each article's page path with the instant it last changed, as an ISO date-time. */
export const articleLastModified = (articles: ReadonlyMap<string, ChangeDates>): Map<string, string> =>
	new Map([...articles].map(([id, data]) => [urls.article(id), instantOf(lastModified({ data })).toISOString()]));

/** The sitemap integration, with each published explainer's last change from the build's content check. */
export default function siteMap(): AstroIntegration {
	let modified: Map<string, string> | undefined;
	return sitemap({
		namespaces: { news: false, xhtml: false, image: false, video: false },
		// Astro lists the redirect pages' template as a page, though it writes it only at old addresses, which are no pages;
		// an explainer's history page is told not to be listed (noindex): the explainer is the page to find.
		filter: (page) => {
			const path = decodeURI(new URL(page).pathname);
			return path !== urls.redirectPage && !urls.isArticleHistory(path);
		},
		serialize(item) {
			// Asked once the pages are written, when the check is long done.
			modified ??= articleLastModified(currentHandover().articleDates());
			const lastmod = modified.get(decodeURI(new URL(item.url).pathname));
			return lastmod ? { ...item, lastmod } : item;
		},
	});
}
