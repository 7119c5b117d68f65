import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site } from '../config.ts';
import { feedOptions } from '../lib/feed.ts';
import { getGraph } from '../lib/site-graph.ts';
import { siteFeed } from '../lib/views/feeds.ts';

export async function GET(context: APIContext) {
	return rss(feedOptions({ ...site, ...siteFeed(await getGraph()), site: context.site! }));
}
