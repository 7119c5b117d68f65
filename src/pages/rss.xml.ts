import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site } from '../config.ts';
import { feedOptions } from '../lib/feed.ts';
import { shareImages } from '../lib/share-image.ts';
import { getGraph } from '../lib/site-graph.ts';
import { siteFeed } from '../lib/views/feeds.ts';

export async function GET(context: APIContext) {
	const feed = siteFeed(await getGraph());
	return rss(feedOptions({ ...site, ...feed, site: context.site!, images: await shareImages(feed.articles) }));
}
