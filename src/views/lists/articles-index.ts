/** /articles/: every published explainer, newest first, grouped by month, in pages like the other indexes. */
import { site } from '../../config/site.ts';
import { type Month, monthOf } from '../../model/dates.ts';
import { formatMonth } from '../../i18n/index.ts';
import type { ContentGraph } from '../../graph/graph.ts';
import { type Pagination, listPageSize, paginate } from '../../model/paginate.ts';
import { urls } from '../../model/urls.ts';
import { type ArticleSummary, summarise } from '../summaries.ts';

/** The explainers of one month on one page. */
export interface MonthGroup {
	/** YYYY-MM, for the heading's <time datetime>. */
	month: Month;
	/** "March 2025", in the site's language. */
	label: string;
	/** True when the month began on the page before: its heading says "(continued)". */
	continued: boolean;
	items: ArticleSummary[];
}

export interface ArticlesIndexPage {
	months: MonthGroup[];
	pagination: Pagination;
	/** The route's rest parameter: undefined for page 1, `page/<n>` after it. */
	param: string | undefined;
}

/** A month's name as a heading starts: "Maj 2025" where Polish writes "maj 2025" in a sentence. */
const asHeading = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/**
 * The pages of /articles/: the published explainers newest first, a phone's
 * budget to a page (listPageSize), each page's run cut into months in the site's time zone.
 * A month split across pages starts the next page again, marked as continued.
 */
export function articlesIndex(graph: ContentGraph, { size = listPageSize.articles, timeZone = site.timeZone, locale = site.locale } = {}): ArticlesIndexPage[] {
	const months = new Map(graph.articles.map((article) => [article.id, monthOf(article.data.published, timeZone)]));
	let previous: Month | undefined;
	return paginate(graph.articles, urls.articles, size).map(({ items, pagination, param }) => {
		const groups: MonthGroup[] = [];
		for (const article of items) {
			const month = months.get(article.id)!;
			const group = groups.at(-1);
			if (group?.month === month) group.items.push(summarise(graph, article));
			else
				groups.push({
					month,
					label: asHeading(formatMonth(month, locale), locale),
					continued: !group && month === previous,
					items: [summarise(graph, article)],
				});
		}
		previous = items.length ? months.get(items.at(-1)!.id) : previous;
		return { months: groups, pagination, param };
	});
}
