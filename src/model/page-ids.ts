/**
 * The ids the site's own templates give the parts of a page that shows a body (an article's page, an actor's,
 * demand's, source's or topic's), said once. The layouts and components take them from here, and the Markdown
 * pipeline never gives a body's heading one of them (markdown/plugins/rehype-unique-heading-ids.ts): the page's own parts
 * win, so the skip link, the contents and the correction notice's "What changed" always reach them.
 */
import { sourceAnchor } from './citations.ts';
import { type Stance, stances } from './schemas.ts';

export const pageIds = {
	/** Every page: the skip link's target (BaseLayout). */
	main: 'main',
	/** An article's "at a glance" and the title of its table of contents. */
	glance: 'at-a-glance',
	contents: 'toc-title',
	/** The regions below an article's story, which the top of the page and the home page's lead point to. */
	stances: 'stances-and-sources',
	corrections: 'corrections',
	sources: 'sources',
	actors: 'actors',
	topics: 'topics',
	related: 'related',
	/** An entity page's regions: every kind's "Mentioned in", then an actor's, a demand's and a topic's own; `positions` is each stance, once (an actor's on each demand, a demand's by party). */
	mentionedIn: 'mentioned-in',
	stanceChart: 'stance-chart',
	demandsMade: 'demands-made',
	positions: 'positions',
	chart: 'chart',
	timeline: 'timeline',
	demands: 'demands',
} as const;

/** What starts the ids of a chart's marks (ChartDefs): a demand's chart, an actor's. */
export const chartPrefixes = { demand: 'dc', actor: 'ac' } as const;

/** The id of a chart's mark: a stance's shape, or the status diamond. */
export const chartMarkId = (prefix: string, mark: Stance | 'status') => `${prefix}-${mark}`;

/** Every id the page around a body gives its own parts, with the Sources list's entry of each of an article's citation keys. */
export function pageOwnIds(citationKeys: readonly string[] = []): string[] {
	const marks = Object.values(chartPrefixes).flatMap((prefix) => [...stances, 'status' as const].map((mark) => chartMarkId(prefix, mark)));
	return [...Object.values(pageIds), ...marks, ...citationKeys.map(sourceAnchor)];
}
