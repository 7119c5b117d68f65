import type { APIContext } from 'astro';
import { site } from '../config.ts';
import { siteDescription } from '../i18n/index.ts';
import { feedOptions, feedResponse } from '../lib/feed.ts';
import { shareImages } from '../lib/share-image.ts';
import { getGraph } from '../lib/site-graph.ts';
import { siteFeed } from '../lib/views/feeds.ts';

export async function GET(context: APIContext) {
	const feed = siteFeed(await getGraph());
	return feedResponse(
		feedOptions({ ...site, description: siteDescription, lang: site.locale, ...feed, site: context.site!, images: await shareImages(feed.articles) }),
	);
}
