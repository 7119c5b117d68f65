import type { APIContext } from 'astro';
import { site } from '../config/site.ts';
import { siteDescription } from '../i18n/index.ts';
import { feedOptions, feedResponse } from '../outputs/feeds/feed-items.ts';
import { shareImages } from '../outputs/images/lead-share-image.ts';
import { getGraph } from '../graph/site-graph.ts';
import { siteFeed } from '../outputs/feeds/feeds.ts';

export async function GET(context: APIContext) {
	const feed = siteFeed(await getGraph());
	return feedResponse(
		feedOptions({ ...site, description: siteDescription, lang: site.locale, ...feed, site: context.site!, images: await shareImages(feed.articles) }),
	);
}
