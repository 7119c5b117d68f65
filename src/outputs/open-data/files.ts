/**
 * The open data under /data/: every reported position as CSV, the demands and
 * the whole content graph as JSON. Pure functions of the graph (published
 * articles only: drafts and scheduled articles are not in it), so the files, the /data/ page that
 * documents them and the tests all read the same rows. Ids are the site's
 * entity ids; URLs are absolute and come from the registry and urls.ts.
 */
import { stringify } from 'csv-stringify/sync';
import type { site as siteConfig } from '../../config/site.ts';
import { citationKey } from '../../model/citations.ts';
import { compareDates } from '../../model/dates.ts';
import { type EntityKind, entityUrl } from '../../model/entities.ts';
import { type ContentGraph, type PositionRecord, articleActors, currentStatus } from '../../graph/graph.ts';
import { positionColumns } from './fields.ts';
import { type DataFile, urls } from '../../model/urls.ts';
import { latestByParty } from '../../views/stances.ts';

/** What the files say about the site they come from; `url` is the deployment's public address. */
export type OpenDataSite = Pick<typeof siteConfig, 'title' | 'licence'> & { url: string | URL };

/** Bumped when a field is renamed or removed, or changes meaning; adding fields keeps the version. */
export const schemaVersion = 1;

/** Ids and dates compared by code point: the same order on every machine, whatever its locale. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const absolute = (site: OpenDataSite, path: string) => new URL(path, site.url).href;
const entityHref = (site: OpenDataSite, kind: EntityKind, id: string) => absolute(site, entityUrl(kind, id));

/** One row of positions.csv: every column, as text. */
export type PositionRow = Record<(typeof positionColumns)[number]['name'], string>;

/** Every reported position, by demand, then date, then party (then article): the order of positions.csv. */
export function orderedPositions(graph: ContentGraph): PositionRecord[] {
	return [...graph.positionsByDemand.entries()]
		.sort(([a], [b]) => byCode(a, b))
		.flatMap(([, positions]) => positions.toSorted((a, b) => compareDates(a.date, b.date) || byCode(a.actor, b.actor) || byCode(a.article.id, b.article.id)));
}

export function positionRows(graph: ContentGraph, site: OpenDataSite): PositionRow[] {
	return orderedPositions(graph).map((position) => {
		const { demand, actor, stance, date, note, citation, article } = position;
		return {
			demand,
			demand_title: graph.entities.demands.get(demand)?.data.title ?? '',
			party: actor,
			party_name: graph.entities.actors.get(actor)?.data.name ?? '',
			stance,
			date,
			note: note ?? '',
			article_url: absolute(site, urls.article(article.id)),
			source: citation?.source ?? '',
			source_outlet: (citation && graph.entities.sources.get(citation.source)?.data.name) ?? '',
			source_title: citation?.title ?? '',
			source_url: citation?.url ?? '',
		};
	});
}

/**
 * positions.csv: RFC 4180 (CRLF line ends, a field quoted when it holds a comma,
 * a quote or a line break, quotes doubled), UTF-8 with a header row. It starts
 * with a byte order mark because Excel, opening a CSV file, reads it in the
 * system's legacy code page unless one is there ("Zoë" would show as "ZoÃ«");
 * CSV libraries (pandas, R's readr, Python's utf-8-sig, csv-parse, Papa Parse)
 * drop it. Formulas are not escaped: a leading "=" stays as written, so the data
 * round-trips unchanged; the text is the newsroom's own.
 */
export const positionsCsv = (graph: ContentGraph, site: OpenDataSite): string =>
	stringify(positionRows(graph, site), {
		bom: true,
		header: true,
		columns: positionColumns.map(({ name }) => name),
		record_delimiter: '\r\n',
		// A field holding a line break of either kind is quoted. csv-stringify quotes only CR LF itself once
		// record_delimiter is set, which would leave a note with a lone LF unquoted and the row split in two.
		quote_record_delimiter: true,
	});

/** What every JSON file starts with: its version, where it comes from, and its licence. */
const envelope = (site: OpenDataSite) => ({
	schemaVersion,
	site: { title: site.title, url: absolute(site, urls.home) },
	licence: { name: site.licence.name, url: site.licence.url },
});

const entitiesOf = <Kind extends EntityKind>(graph: ContentGraph, kind: Kind) => [...graph.entities[kind].values()].sort((a, b) => byCode(a.id, b.id));

/** demands.json: every demand, its current status, and each party's latest stance on it. */
export function demandsJson(graph: ContentGraph, site: OpenDataSite) {
	return {
		...envelope(site),
		demands: entitiesOf(graph, 'demands').map(({ id, data }) => {
			const status = currentStatus(graph, id);
			const latest = latestByParty(graph.positionsByDemand.get(id) ?? []);
			return {
				id,
				url: entityHref(site, 'demands', id),
				title: data.title,
				summary: data.summary ?? null,
				by: data.by,
				addressedTo: data.addressedTo,
				topics: data.topics,
				firstRaised: data.firstRaised ?? null,
				status: status?.status ?? null,
				statusDate: status?.article.data.published ?? null,
				statusArticle: status ? absolute(site, urls.article(status.article.id)) : null,
				positionCount: graph.positionsByDemand.get(id)?.length ?? 0,
				stances: [...latest.values()]
					.sort((a, b) => compareDates(b.date, a.date) || byCode(a.actor, b.actor))
					.map(({ actor, stance, date, article }) => ({ party: actor, stance, date, article: absolute(site, urls.article(article.id)) })),
			};
		}),
	};
}

/** An edge of graph.json: its type fixes the lists `from` and `to` are ids in, and the fields it has besides (fields.ts). */
export type GraphEdge = { type: string; from: string; to: string } & Record<string, string | null>;

/** graph.json: every actor, demand, source, topic and published article, and the edges between them. */
export function graphJson(graph: ContentGraph, site: OpenDataSite) {
	const edges: GraphEdge[] = [
		...graph.articles.flatMap((article) => {
			const { id, data } = article;
			return [
				...[...articleActors(article)].map((actor) => ({ type: 'article-actor', from: id, to: actor })),
				...data.demands.map((entry) => ({ type: 'article-demand', from: id, to: entry.demand, status: entry.status ?? null })),
				...data.sources.map((citation) => ({
					type: 'article-source',
					from: id,
					to: citation.source,
					key: citationKey(citation),
					title: citation.title,
					url: citation.url ?? null,
					published: citation.published ?? null,
				})),
				...[...new Set(data.topics)].map((topic) => ({ type: 'article-topic', from: id, to: topic })),
			];
		}),
		...entitiesOf(graph, 'demands').flatMap(({ id, data }) => [
			{ type: 'demand-author', from: id, to: data.by },
			...[...new Set(data.addressedTo)].map((actor) => ({ type: 'demand-addressee', from: id, to: actor })),
			...[...new Set(data.topics)].map((topic) => ({ type: 'demand-topic', from: id, to: topic })),
		]),
		...orderedPositions(graph).map(({ actor, demand, stance, date, note, citation, article }) => ({
			type: 'position',
			from: actor,
			to: demand,
			stance,
			date,
			note: note ?? null,
			article: article.id,
			source: citation?.source ?? null,
			citation: citation ? citationKey(citation) : null,
		})),
	];
	return {
		...envelope(site),
		actors: entitiesOf(graph, 'actors').map(({ id, data }) => ({
			id,
			url: entityHref(site, 'actors', id),
			name: data.name,
			kind: data.kind,
			aliases: data.aliases,
			summary: data.summary ?? null,
		})),
		demands: entitiesOf(graph, 'demands').map(({ id, data }) => ({
			id,
			url: entityHref(site, 'demands', id),
			title: data.title,
			summary: data.summary ?? null,
			firstRaised: data.firstRaised ?? null,
		})),
		sources: entitiesOf(graph, 'sources').map(({ id, data }) => ({
			id,
			url: entityHref(site, 'sources', id),
			name: data.name,
			kind: data.kind,
			website: data.url ?? null,
			summary: data.summary ?? null,
		})),
		topics: entitiesOf(graph, 'topics').map(({ id, data }) => ({
			id,
			url: entityHref(site, 'topics', id),
			title: data.title,
			kind: data.kind,
			summary: data.summary ?? null,
		})),
		articles: graph.articles.map(({ id, data }) => ({
			id,
			url: absolute(site, urls.article(id)),
			title: data.title,
			summary: data.summary,
			published: data.published,
			updated: data.updated ?? null,
			byline: data.byline ?? null,
		})),
		edges,
	};
}

/** A JSON file's text: compact, since the files grow with the newsroom (browsers and tools indent it for reading), with a final newline. */
export const jsonText = (data: unknown) => `${JSON.stringify(data)}\n`;

/** Each data file's text, by file name: what the endpoints serve and the /data/ page measures. */
const writers: Record<DataFile, (graph: ContentGraph, site: OpenDataSite) => string> = {
	'positions.csv': positionsCsv,
	'demands.json': (graph, site) => jsonText(demandsJson(graph, site)),
	'graph.json': (graph, site) => jsonText(graphJson(graph, site)),
};

/** Texts already written, per graph: the endpoints and the /data/ page (which measures them) ask for the same files in one build. */
const written = new WeakMap<ContentGraph, Map<string, string>>();

export function openDataFile(name: DataFile, graph: ContentGraph, site: OpenDataSite): string {
	const texts = written.get(graph) ?? new Map<string, string>();
	written.set(graph, texts);
	const key = JSON.stringify([name, String(site.url), site.title, site.licence]);
	if (!texts.has(key)) texts.set(key, writers[name](graph, site));
	return texts.get(key)!;
}
