/** The site's corrections page: every correction, newest first. */
import { compareDates } from '../../model/dates.ts';
import type { ContentGraph } from '../../graph/graph.ts';

/** Every correction on the site's published articles, newest first, with its article. */
export function allCorrections(graph: ContentGraph) {
	return graph.articles
		.flatMap((article) => article.data.corrections.map((correction) => ({ article, correction })))
		.sort((a, b) => compareDates(b.correction.date, a.correction.date) || a.article.id.localeCompare(b.article.id));
}
