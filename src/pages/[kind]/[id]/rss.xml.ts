import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site } from '../../../config.ts';
import { feedOptions } from '../../../lib/feed.ts';
import { type EntityFeed, entityFeeds } from '../../../lib/pages.ts';
import { getGraph } from '../../../lib/site-graph.ts';
import { withCacheKey } from '../../../lib/cache-key.ts';

/** /actors/<id>/rss.xml, /demands/<id>/rss.xml, /sources/<id>/rss.xml, /topics/<id>/rss.xml. */
export async function getStaticPaths() {
	return entityFeeds(await getGraph()).map((feed) => withCacheKey({ params: { kind: feed.kind, id: feed.id }, props: { feed } }));
}

export function GET({ props, site: siteUrl }: APIContext<{ feed: EntityFeed }>) {
	const { kind, id, name, path, articles } = props.feed;
	return rss(
		feedOptions({
			title: `${site.title}: ${name}`,
			description: `Explainers on ${name}, newest first.`,
			path,
			page: `/${kind}/${id}/`,
			articles,
			site: siteUrl!,
			lang: site.lang,
		}),
	);
}
