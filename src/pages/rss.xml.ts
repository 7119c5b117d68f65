import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site } from '../config.ts';
import { feedOptions } from '../lib/feed.ts';
import { getGraph } from '../lib/site-graph.ts';
import { urls } from '../lib/urls.ts';

export async function GET(context: APIContext) {
	const { articles } = await getGraph();
	return rss(feedOptions({ ...site, path: urls.feed, page: urls.home, articles, site: context.site! }));
}
