import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { articleCardOf, articleCardPng, cardKey } from '../../../outputs/images/article-card-fs.ts';
import { getGraph } from '../../../graph/site-graph.ts';

/**
 * A card per published explainer that shares one (article-card-fs.ts): none unless `site.cards`.
 * Its incremental-build key is the card's own cache key, so an unchanged card is copied, not drawn.
 */
export async function getStaticPaths() {
	return (await getGraph()).articles.flatMap((article) => {
		const card = articleCardOf(article);
		return card ? [{ params: { id: article.id }, props: { text: card.text }, cacheKey: cardKey(card.text) }] : [];
	});
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(new Uint8Array(await articleCardPng(props.text)), { headers: { 'content-type': 'image/png' } });
