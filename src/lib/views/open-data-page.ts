/** The /data/ page: each open-data file with what it holds, its size and how many rows or items it has. */
import { site as siteConfig } from '../../config.ts';
import { countOf } from '../format.ts';
import type { ContentGraph } from '../graph.ts';
import { type OpenDataSite, graphJson, openDataFile, orderedPositions } from '../open-data.ts';
import { type DataFile, dataFiles, urls } from '../urls.ts';

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

const descriptions: Record<DataFile, string> = {
	'positions.csv':
		'Every position an explainer reports: one row for each stance a party took on a demand, with its date, the explainer and the report it comes from.',
	'demands.json': "Every demand: who makes it, to whom, its current status, and each party's latest stance.",
	'graph.json': 'Everything the explainers connect: actors, demands, sources, topics and explainers, and the edges between them, stances included.',
};

/** A size in bytes as readers read it: "812 byte", "12.3 kB", "1.2 MB" (1 kB = 1,000 bytes). */
export function formatSize(bytes: number, lang = siteConfig.lang): string {
	const [value, unit] = bytes < 1000 ? [bytes, 'byte'] : bytes < 1e6 ? [bytes / 1e3, 'kilobyte'] : [bytes / 1e6, 'megabyte'];
	return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

export function dataPage(graph: ContentGraph, site: OpenDataSite): DataFileSummary[] {
	const { actors, demands, sources, topics, articles, edges } = graphJson(graph, site);
	const counts: Record<DataFile, string> = {
		'positions.csv': `${countOf(orderedPositions(graph).length, 'row')} and a header`,
		'demands.json': countOf(graph.entities.demands.size, 'demand'),
		'graph.json': [
			countOf(actors.length, 'actor'),
			countOf(demands.length, 'demand'),
			countOf(sources.length, 'source'),
			countOf(topics.length, 'topic'),
			countOf(articles.length, 'explainer'),
			countOf(edges.length, 'edge'),
		].join(', '),
	};
	return dataFiles.map((name) => {
		const bytes = new TextEncoder().encode(openDataFile(name, graph, site)).length;
		return { name, href: urls.dataFile(name), description: descriptions[name], bytes, size: formatSize(bytes), count: counts[name] };
	});
}
