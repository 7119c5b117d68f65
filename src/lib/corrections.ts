/** An article's corrections and its last change, as pages, feeds and structured data all tell them. */
import type { Article } from './graph.ts';

/** An article's corrections, oldest first, whatever order the editor wrote them in. */
export const correctionsOf = (article: Article) => article.data.corrections.toSorted((a, b) => a.date.getTime() - b.date.getTime());

/** When the article last changed: its `updated` date, or its latest correction if that is later. */
export function lastModified(article: Article): Date {
	const dates = [article.data.published, article.data.updated, ...article.data.corrections.map((c) => c.date)];
	return new Date(Math.max(...dates.flatMap((date) => (date ? [date.getTime()] : []))));
}
