import type { APIContext } from 'astro';
import { site } from '../../../config/site.ts';
import { cacheKey, withLazyKey } from '../../../routing/cache-key.ts';
import type { EntityKind } from '../../../model/entities.ts';
import { feedOptions, feedResponse } from '../../../outputs/feeds/feed-items.ts';
import { feedReportHtml } from '../../../outputs/feeds/entity-report.ts';
import { shareImages } from '../../../outputs/images/lead-share-image.ts';
import { getGraph } from '../../../graph/site-graph.ts';
import { entityFeedIds, entityFeedOf } from '../../../outputs/feeds/feeds.ts';

/**
 * The feed of every actor, demand, source and topic, beside its page (the registry's entityFeedUrl). Props are the
 * kind and id; the key covers the feed: its articles (by digest) and what each reports about the entity (names included).
 */
export async function getStaticPaths() {
	const graph = await getGraph();
	return entityFeedIds(graph).map(({ kind, id }) =>
		withLazyKey({ params: { kind, id }, props: { kind, id } }, () => cacheKey([entityFeedOf(graph, `${kind}/${id}`), site.fullTextEntityFeeds])),
	);
}

export async function GET({ props: { kind, id }, site: siteUrl }: APIContext<{ kind: EntityKind; id: string }>) {
	const graph = await getGraph();
	const feed = entityFeedOf(graph, `${kind}/${id}`);
	return feedResponse(
		feedOptions({
			...feed,
			site: siteUrl!,
			lang: site.locale,
			images: await shareImages(feed.articles),
			report: (article) => feedReportHtml(feed.reports[article.id]!, siteUrl!, article.data.lang),
			fullText: site.fullTextEntityFeeds,
		}),
	);
}
