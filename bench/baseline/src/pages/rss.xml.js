import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';

export async function GET(context) {
	const articles = await getCollection('articles', ({ data }) => !data.draft);
	return rss({
		title: 'Baseline',
		description: 'Every article',
		site: context.site,
		items: articles.map((article) => ({
			title: article.data.title,
			pubDate: article.data.published,
			description: article.data.summary,
			link: `/articles/${article.id}/`,
		})),
	});
}
