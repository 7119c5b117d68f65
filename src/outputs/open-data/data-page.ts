/** The /data/ page: each open-data file with what it holds, its size and how many rows or items it has. */
import { countOf, formatList, locale, ui } from '../../i18n/index.ts';
import type { ContentGraph } from '../../graph/graph.ts';
import { type OpenDataSite, graphJson, openDataFile, orderedPositions } from './files.ts';
import { type DataFile, dataFiles, urls } from '../../model/urls.ts';

export interface DataFileSummary {
	name: DataFile;
	href: string;
	/** What it holds, in a sentence. */
	description: string;
	bytes: number;
	/** "12.3 kB", in the site's language. */
	size: string;
	/** "42 rows", "3 demands". */
	count: string;
}

/** A size in bytes as readers read it: "812 byte", "12.3 kB", "1.2 MB" (1 kB = 1,000 bytes). */
export function formatSize(bytes: number, lang = locale): string {
	const [value, unit] = bytes < 1000 ? [bytes, 'byte'] : bytes < 1e6 ? [bytes / 1e3, 'kilobyte'] : [bytes / 1e6, 'megabyte'];
	return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

export function dataPage(graph: ContentGraph, site: OpenDataSite): DataFileSummary[] {
	const { actors, demands, sources, topics, articles, edges } = graphJson(graph, site);
	const { counts: count } = ui;
	const counts: Record<DataFile, string> = {
		'positions.csv': countOf(orderedPositions(graph).length, ui.data.rowsAndHeader),
		'demands.json': countOf(graph.entities.demands.size, count.demand),
		'graph.json': formatList([
			countOf(actors.length, count.actor),
			countOf(demands.length, count.demand),
			countOf(sources.length, count.source),
			countOf(topics.length, count.topic),
			countOf(articles.length, count.explainer),
			countOf(edges.length, ui.data.edges),
		]),
	};
	return dataFiles.map((name) => {
		const bytes = new TextEncoder().encode(openDataFile(name, graph, site)).length;
		return { name, href: urls.dataFile(name), description: ui.data.descriptions[name], bytes, size: formatSize(bytes), count: counts[name] };
	});
}
