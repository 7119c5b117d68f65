import type { APIContext } from 'astro';
import { site } from '../../../config.ts';
import { withCacheKey } from '../../../lib/cache-key.ts';
import { feedOptions, feedResponse } from '../../../lib/feed.ts';
import { shareImages } from '../../../lib/share-image.ts';
import { getGraph } from '../../../lib/site-graph.ts';
import { type EntityFeed, entityFeeds } from '../../../lib/views/feeds.ts';

/** The feed of every actor, demand, source and topic, beside its page (the registry's entityFeedUrl). */
export async function getStaticPaths() {
	return entityFeeds(await getGraph()).map((feed) => withCacheKey({ params: { kind: feed.kind, id: feed.id }, props: { feed } }));
}

export async function GET({ props, site: siteUrl }: APIContext<{ feed: EntityFeed }>) {
	return feedResponse(feedOptions({ ...props.feed, site: siteUrl!, lang: site.locale, images: await shareImages(props.feed.articles) }));
}
