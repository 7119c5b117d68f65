import type { APIContext } from 'astro';
import { site } from '../../../config.ts';
import { cacheKey, withLazyKey } from '../../../lib/cache-key.ts';
import type { EntityKind } from '../../../lib/entities.ts';
import { feedOptions, feedResponse } from '../../../lib/feed.ts';
import { feedReportHtml } from '../../../lib/feed-report.ts';
import { shareImages } from '../../../lib/share-image.ts';
import { getGraph } from '../../../lib/site-graph.ts';
import { entityFeedIds, entityFeedOf, feedReport } from '../../../lib/views/feeds.ts';

/**
 * The feed of every actor, demand, source and topic, beside its page (the registry's entityFeedUrl). Props are the
 * kind and id; the key covers the feed's articles (by digest) and what each reports about the entity (names included).
 */
export async function getStaticPaths() {
	const graph = await getGraph();
	return entityFeedIds(graph).map(({ kind, id }) =>
		withLazyKey({ params: { kind, id }, props: { kind, id } }, () => {
			const feed = entityFeedOf(graph, `${kind}/${id}`);
			const reports = feed.articles.map((article) => feedReport(graph, kind, id, article));
			return cacheKey([feed, reports, site.fullTextEntityFeeds]);
		}),
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
			report: (article) => feedReportHtml(feedReport(graph, kind, id, article), siteUrl!, article.data.lang),
			fullText: site.fullTextEntityFeeds,
		}),
	);
}
