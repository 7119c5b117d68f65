/**
 * What every column of positions.csv and every field of demands.json and
 * graph.json means: the /data/ page prints these tables, positions.csv takes
 * its column order from them, and a test holds the files to them. Names are
 * the files' own; types and meanings are in the site's language.
 */
import { fill, ui } from '../../i18n/index.ts';
import { stances, statuses } from '../../model/schemas.ts';

/** A column or field: its name, its type, and what it holds. */
export interface FieldDoc {
	name: string;
	type: string;
	meaning: string;
}

/** The fields of one kind of object in a JSON file; `path` says where the objects are ("" for the top level). */
export interface FieldTable {
	path: string;
	caption: string;
	fields: FieldDoc[];
}

const { types: t, positions: p, demands: d, latestStance, graph: g, edges: e, captions } = ui.dataFields;
const oneOf = (values: readonly string[]) => fill(t.oneOf, { values: values.join(', ') });
const oneOfOrNull = (values: readonly string[]) => fill(t.oneOfOrNull, { values: values.join(', ') });

/** The columns of positions.csv, in order. */
export const positionColumns = [
	{ name: 'demand', type: t.id, meaning: p.demand },
	{ name: 'demand_title', type: t.text, meaning: p.demandTitle },
	{ name: 'party', type: t.id, meaning: p.party },
	{ name: 'party_name', type: t.text, meaning: p.partyName },
	{ name: 'stance', type: oneOf(stances), meaning: p.stance },
	{ name: 'date', type: t.date, meaning: p.date },
	{ name: 'note', type: t.textMayBeEmpty, meaning: p.note },
	{ name: 'article_url', type: t.url, meaning: p.articleUrl },
	{ name: 'source', type: t.idMayBeEmpty, meaning: p.source },
	{ name: 'source_outlet', type: t.textMayBeEmpty, meaning: p.sourceOutlet },
	{ name: 'source_title', type: t.textMayBeEmpty, meaning: p.sourceTitle },
	{ name: 'source_url', type: t.urlMayBeEmpty, meaning: p.sourceUrl },
] as const satisfies readonly FieldDoc[];

/** The fields every JSON file starts with. */
export const envelopeFields: FieldTable = {
	path: '',
	caption: captions.envelope,
	fields: [
		{ name: 'schemaVersion', type: t.number, meaning: ui.dataFields.envelope.schemaVersion },
		{ name: 'site', type: t.siteObject, meaning: ui.dataFields.envelope.site },
		{ name: 'licence', type: t.licenceObject, meaning: ui.dataFields.envelope.licence },
	],
};

type Kind = keyof typeof ui.dataFields.ids;
const entityFields = (kind: Kind): FieldDoc[] => [
	{ name: 'id', type: t.id, meaning: ui.dataFields.ids[kind] },
	{ name: 'url', type: t.url, meaning: ui.dataFields.urls[kind] },
];
const summary: FieldDoc = { name: 'summary', type: t.textOrNull, meaning: ui.dataFields.summary };
const firstRaised: FieldDoc = { name: 'firstRaised', type: t.dateOrNull, meaning: ui.dataFields.firstRaised };
const demandTitle: FieldDoc = { name: 'title', type: t.text, meaning: d.title };

export const demandsJsonTables: FieldTable[] = [
	{ path: '', caption: captions.demandsRoot, fields: [{ name: 'demands', type: t.list, meaning: d.list }] },
	{
		path: 'demands',
		caption: captions.demands,
		fields: [
			...entityFields('demand'),
			demandTitle,
			summary,
			{ name: 'by', type: t.id, meaning: d.by },
			{ name: 'addressedTo', type: t.listOfIds, meaning: d.addressedTo },
			{ name: 'topics', type: t.listOfIds, meaning: d.topics },
			firstRaised,
			{ name: 'status', type: oneOfOrNull(statuses), meaning: d.status },
			{ name: 'statusDate', type: t.dateOrNull, meaning: d.statusDate },
			{ name: 'statusArticle', type: t.urlOrNull, meaning: d.statusArticle },
			{ name: 'positionCount', type: t.number, meaning: d.positionCount },
			{ name: 'stances', type: t.list, meaning: d.stances },
		],
	},
	{
		path: 'demands.stances',
		caption: captions.demandStances,
		fields: [
			{ name: 'party', type: t.id, meaning: latestStance.party },
			{ name: 'stance', type: oneOf(stances), meaning: latestStance.stance },
			{ name: 'date', type: t.date, meaning: latestStance.date },
			{ name: 'article', type: t.url, meaning: latestStance.article },
		],
	},
];

export const graphJsonTables: FieldTable[] = [
	{
		path: '',
		caption: captions.graphRoot,
		fields: [
			{ name: 'actors', type: t.list, meaning: g.actors },
			{ name: 'demands', type: t.list, meaning: d.list },
			{ name: 'sources', type: t.list, meaning: g.sources },
			{ name: 'topics', type: t.list, meaning: g.topics },
			{ name: 'articles', type: t.list, meaning: g.articles },
			{ name: 'edges', type: t.list, meaning: g.edges },
		],
	},
	{
		path: 'actors',
		caption: captions.actors,
		fields: [
			...entityFields('actor'),
			{ name: 'name', type: t.text, meaning: g.name },
			{ name: 'kind', type: t.actorKind, meaning: g.actorKind },
			{ name: 'aliases', type: t.listOfText, meaning: g.aliases },
			summary,
		],
	},
	{ path: 'demands', caption: captions.graphDemands, fields: [...entityFields('demand'), demandTitle, summary, firstRaised] },
	{
		path: 'sources',
		caption: captions.sources,
		fields: [
			...entityFields('source'),
			{ name: 'name', type: t.text, meaning: g.name },
			{ name: 'kind', type: t.sourceKind, meaning: g.sourceKind },
			{ name: 'website', type: t.urlOrNull, meaning: g.website },
			summary,
		],
	},
	{
		path: 'topics',
		caption: captions.topics,
		fields: [...entityFields('topic'), { name: 'title', type: t.text, meaning: g.name }, { name: 'kind', type: t.topicKind, meaning: g.topicKind }, summary],
	},
	{
		path: 'articles',
		caption: captions.articles,
		fields: [
			...entityFields('explainer'),
			{ name: 'title', type: t.text, meaning: g.headline },
			{ name: 'summary', type: t.text, meaning: g.articleSummary },
			{ name: 'published', type: t.date, meaning: g.published },
			{ name: 'updated', type: t.dateOrNull, meaning: g.updated },
			{ name: 'byline', type: t.textOrNull, meaning: g.byline },
		],
	},
	{
		path: 'edges',
		caption: captions.edges,
		fields: [
			{ name: 'type', type: t.text, meaning: g.edgeType },
			{ name: 'from', type: t.id, meaning: g.edgeFrom },
			{ name: 'to', type: t.id, meaning: g.edgeTo },
		],
	},
];

/** The edges of graph.json: what each type links, and the fields it has besides type, from and to. */
export const edgeTypes: { type: string; from: string; to: string; fields: FieldDoc[]; meaning: string }[] = [
	{ type: 'article-actor', from: 'articles', to: 'actors', fields: [], meaning: e.articleActor },
	{
		type: 'article-demand',
		from: 'articles',
		to: 'demands',
		fields: [{ name: 'status', type: oneOfOrNull(statuses), meaning: e.reportedStatus }],
		meaning: e.articleDemand,
	},
	{
		type: 'article-source',
		from: 'articles',
		to: 'sources',
		fields: [
			{ name: 'key', type: t.text, meaning: e.citationKey },
			{ name: 'title', type: t.text, meaning: e.reportTitle },
			{ name: 'url', type: t.urlOrNull, meaning: e.reportUrl },
			{ name: 'published', type: t.dateOrNull, meaning: e.reportPublished },
		],
		meaning: e.articleSource,
	},
	{ type: 'article-topic', from: 'articles', to: 'topics', fields: [], meaning: e.articleTopic },
	{ type: 'demand-author', from: 'demands', to: 'actors', fields: [], meaning: e.demandAuthor },
	{ type: 'demand-addressee', from: 'demands', to: 'actors', fields: [], meaning: e.demandAddressee },
	{ type: 'demand-topic', from: 'demands', to: 'topics', fields: [], meaning: e.demandTopic },
	{
		type: 'position',
		from: 'actors',
		to: 'demands',
		fields: [
			{ name: 'stance', type: oneOf(stances), meaning: e.stance },
			{ name: 'date', type: t.date, meaning: e.date },
			{ name: 'note', type: t.textOrNull, meaning: e.note },
			{ name: 'article', type: t.id, meaning: e.article },
			{ name: 'source', type: t.idOrNull, meaning: e.source },
			{ name: 'citation', type: t.textOrNull, meaning: e.citation },
		],
		meaning: e.position,
	},
];
