/**
 * An explainer's page as its route builds it and hands it to ArticleLayout: the
 * article's view, and what the page's head, sharing and search need besides.
 * Its sharing picture comes from astro:assets, so only routes build it. And its
 * history page, with its title and trail.
 */
import type { GitHistory } from '../check/git-history-fs.ts';
import type { ContentGraph } from '../graph/graph.ts';
import { fill, ui } from '../i18n/index.ts';
import { contentLanguage } from '../model/content-language.ts';
import { momentInWords, publicationOf } from '../model/publishing.ts';
import { trailedPage } from '../outputs/head/json-ld-nodes.ts';
import { articleThing } from '../outputs/head/json-ld.ts';
import { articleCardOf } from '../outputs/images/article-card-fs.ts';
import { shareImage } from '../outputs/images/lead-share-image.ts';
import { articleSearchBody } from '../outputs/search-attributes.ts';
import { articlePageOf } from '../views/article/article.ts';
import { glanceOf, stancesInDetailOf } from '../views/article/glance.ts';
import { historyPage } from '../views/article/history.ts';
import { breadcrumbTrail } from '../views/breadcrumbs.ts';

export async function articleRouteData(graph: ContentGraph, id: string, site: URL) {
	const view = articlePageOf(graph, id);
	const { article, actors, modified } = view;
	const { title, published } = article.data;
	const publication = publicationOf(article.data, graph.now);
	const share = await shareImage(article);
	// Without a lead picture, the article's own card when cards are on and it can be drawn; else the site's picture.
	const card = articleCardOf(article)?.picture;
	return {
		...view,
		/** The article's own words in its language, when it is not the site's; the interface around them stays in the site's. */
		own: contentLanguage(article.data.lang),
		/** What the page shares: the lead picture, else the card. */
		image: share ?? card,
		/** The demands in brief beside the story, and where each side stands in detail below it. */
		glance: glanceOf(view.atAGlance),
		stancesInDetail: stancesInDetailOf(view.atAGlance),
		/** Whether it is published, or a draft or scheduled article that `astro dev` previews. */
		publication,
		/** When a scheduled article is published, in the editors' words and the site's time zone. */
		scheduledFor: publication === 'scheduled' ? momentInWords(published) : undefined,
		// The headline, dek and story are the article's own words for search; previews are never indexed.
		search: publication === 'published' ? articleSearchBody(title, modified ?? published) : {},
		...trailedPage(breadcrumbTrail({ type: 'article', id: article.id, title }), site, articleThing(article, actors, site, share, card)),
	};
}

export type ArticleRouteData = Awaited<ReturnType<typeof articleRouteData>>;

/** An explainer's history page as its route hands it down: the page's view, title, trail and JSON-LD; `record` is what the build read from Git. */
export function historyRouteData(graph: ContentGraph, id: string, record: GitHistory, site: URL) {
	const page = historyPage(graph.article.get(id)!, record);
	const { title } = page.article.data;
	return {
		...page,
		title: fill(ui.history.title, { title }),
		...trailedPage(breadcrumbTrail({ type: 'history', id: page.article.id, title }), site),
	};
}
