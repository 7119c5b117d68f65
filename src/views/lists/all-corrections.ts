/** The site's corrections pages: every correction, newest first. */
import { compareDates } from '../../model/dates.ts';
import type { ContentGraph } from '../../graph/graph.ts';
import { listPageSize, paginate } from '../../model/paginate.ts';
import { urls } from '../../model/urls.ts';

/** Every correction on the site's published articles, newest first, with its article. */
export function allCorrections(graph: ContentGraph) {
	return graph.articles
		.flatMap((article) => article.data.corrections.map((correction) => ({ article, correction })))
		.sort((a, b) => compareDates(b.correction.date, a.correction.date) || a.article.id.localeCompare(b.article.id));
}

/** The pages of /corrections/: every correction, newest first, a phone's budget to a page. */
export const correctionsPages = (graph: ContentGraph) => paginate(allCorrections(graph), urls.corrections, listPageSize.corrections);

export type CorrectionsPage = ReturnType<typeof correctionsPages>[number];
