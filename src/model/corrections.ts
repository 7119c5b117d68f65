/** An article's corrections and its last change, as pages, feeds and structured data all tell them. */
import { compareDates, latestOf, type WrittenDate } from './dates.ts';
import type { Article } from './entry.ts';
import type { ArticleData } from './schemas.ts';

/** What an article's last change is worked out from. */
export type ChangeDates = Pick<ArticleData, 'published' | 'updated' | 'corrections'>;

/** An article's corrections, oldest first, whatever order the editor wrote them in. */
export const correctionsOf = (article: Article) => article.data.corrections.toSorted((a, b) => compareDates(a.date, b.date));

/** The day of the latest of these corrections, for the line that says when the article was corrected. */
export const latestCorrectionDate = (corrections: readonly { date: WrittenDate }[]): WrittenDate => latestOf(corrections.map((c) => c.date));

/** When the article last changed: its `updated` date, or its latest correction if that is later. */
export function lastModified(article: { data: ChangeDates }): WrittenDate {
	const { published, updated, corrections } = article.data;
	return latestOf([published, ...(updated ? [updated] : []), ...corrections.map((c) => c.date)]);
}
