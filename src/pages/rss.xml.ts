import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site } from '../config.ts';
import { feedItem } from '../lib/feed.ts';
import { getGraph } from '../lib/site-graph.ts';
import { urls } from '../lib/urls.ts';

export async function GET(context: APIContext) {
	const siteUrl = context.site!;
	const self = new URL(urls.feed, siteUrl).href;
	const graph = await getGraph();
	return rss({
		title: site.title,
		description: site.description,
		site: siteUrl,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${site.lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
		items: graph.articles.map((article) => feedItem(article, siteUrl)),
	});
}
