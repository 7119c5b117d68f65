/** Corrections as readers see them, on pages and in feeds. */
import type { Article } from './graph.ts';

/** An article's corrections, oldest first, whatever order the editor wrote them in. */
export const correctionsOf = (article: Article) =>
	article.data.corrections.toSorted((a, b) => a.date.getTime() - b.date.getTime());
