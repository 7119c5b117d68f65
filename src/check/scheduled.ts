/**
 * What the build log says of scheduled explainers: each one's headline and the moment the first build after it
 * publishes it, in the site's time zone, so that an editor sees at a glance that a date in the future was meant.
 */
import { compareDates } from '../model/dates.ts';
import { momentInWords, publicationOf } from '../model/publishing.ts';
import type { ArticleData } from '../model/schemas.ts';
import { nounCount } from './english-counts.ts';

/** "1 explainer scheduled: <title> at <moment>", one line for each, soonest first; undefined when none is. */
export function scheduledReport(articles: Iterable<ArticleData>, now: Date): string | undefined {
	const scheduled = [...articles].filter((data) => publicationOf(data, now) === 'scheduled').sort((a, b) => compareDates(a.published, b.published));
	const lines = scheduled.map((data) => `${data.title} at ${momentInWords(data.published)}`);
	if (lines.length < 2) return lines.length ? `${nounCount(1, 'explainer')} scheduled: ${lines[0]}` : undefined;
	return [`${nounCount(lines.length, 'explainer')} scheduled:`, ...lines.map((line) => `  ${line}`)].join('\n');
}
