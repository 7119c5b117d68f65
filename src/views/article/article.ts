/** Everything an article page shows, composed from the domain views. */
import { citationKey, citationNumbers } from '../../model/citations.ts';
import type { Actor, ContentGraph, Demand, Source } from '../../graph/graph.ts';
import type { Article } from '../../model/entry.ts';
import type { Citation, Stance } from '../../model/schemas.ts';
import { correctionsOf, lastModified } from '../../model/corrections.ts';
import { compareDates } from '../../model/dates.ts';
import { findingsOf } from '../../markdown/findings.ts';
import { perGraph } from '../per-graph.ts';
import { relatedArticles } from './related.ts';
import { resolve, summarise } from '../summaries.ts';

/** A stance as one article reports it, with its citation's number in that article. */
export interface PositionView {
	actor?: Actor;
	actorId: string;
	stance: Stance;
	note?: string;
	citationNumber?: number;
	citationKey?: string;
}

/** A demand as one article reports it: who makes it and of whom, its status here and the stances on it. */
export interface DemandReport {
	demand: Demand;
	by?: Actor;
	addressedTo: Actor[];
	status?: ArticleDemandStatus;
	positions: PositionView[];
}

type ArticleDemandStatus = Article['data']['demands'][number]['status'];

export interface ArticleSource {
	number: number;
	key: string;
	citation: Citation;
	source?: Source;
	/** How many times the body cites it; each citation is linked back. */
	citedTimes: number;
}

/** The headings Astro found in a body, as it stores them with the entry's render. */
interface RenderedHeadings {
	headings?: { depth: number; slug: string; text: string }[];
}

/** Articles with at least this many sections get a table of contents. */
const tocMinSections = 3;

/**
 * Everything an article page shows. Its headings, reading time and how often
 * each source is cited come from the Markdown pipeline's findings, stored with
 * the entry.
 */
export function articlePage(graph: ContentGraph, article: Article) {
	const { data } = article;
	const numbers = citationNumbers(data.sources);
	const found = findingsOf(article.rendered?.metadata);
	const citedTimes = found.citedTimes ?? {};
	const headings = (article.rendered?.metadata as RenderedHeadings | undefined)?.headings ?? [];
	// Sections only: not the footnotes' heading, which GFM hides from sight.
	const sections = headings.filter((heading) => heading.depth === 2 && heading.slug !== 'footnote-label');
	const modified = lastModified(article);
	return {
		article,
		/** The last change, when it came after publication. */
		modified: compareDates(modified, data.published) > 0 ? modified : undefined,
		readingMinutes: found.readingMinutes ?? 1,
		toc: sections.length >= tocMinSections ? sections : [],
		related: relatedArticles(graph, article).map((other) => summarise(graph, other)),
		actors: resolve(graph, 'actors', data.actors),
		topics: resolve(graph, 'topics', data.topics),
		atAGlance: data.demands.flatMap((entry): DemandReport[] => {
			const demand = graph.entities.demands.get(entry.demand);
			if (!demand) return [];
			const positions = entry.positions.map((position): PositionView => ({
				actor: graph.entities.actors.get(position.actor),
				actorId: position.actor,
				stance: position.stance,
				note: position.note,
				citationNumber: position.cite ? numbers.get(position.cite) : undefined,
				citationKey: position.cite,
			}));
			return [
				{
					demand,
					by: graph.entities.actors.get(demand.data.by),
					addressedTo: resolve(graph, 'actors', demand.data.addressedTo),
					status: entry.status,
					positions,
				},
			];
		}),
		sources: data.sources.map((citation, i): ArticleSource => ({
			number: i + 1,
			key: citationKey(citation),
			citation,
			source: graph.entities.sources.get(citation.source),
			citedTimes: citedTimes[citationKey(citation)] ?? 0,
		})),
		corrections: correctionsOf(article),
	};
}

export type ArticlePage = ReturnType<typeof articlePage>;

/** The page of the article with this id: a published one, or a draft or scheduled article being previewed. */
export const articlePageOf = perGraph((graph, id): ArticlePage => articlePage(graph, (graph.article.get(id) ?? graph.previews.get(id))!));
