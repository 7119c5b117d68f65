/** Corrections as readers see them, on pages and in feeds. */
import type { Article, ContentGraph } from '../graph.ts';

/** An article's corrections, oldest first, whatever order the editor wrote them in. */
export const correctionsOf = (article: Article) => article.data.corrections.toSorted((a, b) => a.date.getTime() - b.date.getTime());

/** When the article last changed: its `updated` date, or its latest correction if that is later. */
export function lastModified(article: Article): Date {
	const dates = [article.data.published, article.data.updated, ...article.data.corrections.map((c) => c.date)];
	return new Date(Math.max(...dates.flatMap((date) => (date ? [date.getTime()] : []))));
}

/** Every correction on the site's published articles, newest first, with its article. */
export function allCorrections(graph: ContentGraph) {
	return graph.articles
		.flatMap((article) => article.data.corrections.map((correction) => ({ article, correction })))
		.sort((a, b) => b.correction.date.getTime() - a.correction.date.getTime() || a.article.id.localeCompare(b.article.id));
}
