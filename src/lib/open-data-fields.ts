/**
 * What every column of positions.csv and every field of demands.json and
 * graph.json means: the /data/ page prints these tables, positions.csv takes
 * its column order from them, and a test holds the files to them.
 */
import { stances, statuses } from './schemas.ts';

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

const oneOf = (values: readonly string[]) => `one of: ${values.join(', ')}`;
const date = 'date as written: YYYY-MM-DD, or a date and time with its offset';

/** The columns of positions.csv, in order. */
export const positionColumns = [
	{ name: 'demand', type: 'id', meaning: "The demand's id: the last part of its page's address, and its id in demands.json and graph.json." },
	{ name: 'demand_title', type: 'text', meaning: 'The demand, as its page states it.' },
	{ name: 'party', type: 'id', meaning: 'The id of the actor (party) that takes the stance.' },
	{ name: 'party_name', type: 'text', meaning: "The party's name." },
	{ name: 'stance', type: oneOf(stances), meaning: 'Where the party stands on the demand.' },
	{ name: 'date', type: date, meaning: "When the party took the stance: the day the explainer gives, or else the explainer's publication date." },
	{ name: 'note', type: 'text, may be empty', meaning: 'A short qualifier the explainer gives with the stance.' },
	{ name: 'article_url', type: 'URL', meaning: 'The explainer that reports the position.' },
	{
		name: 'source',
		type: 'id, may be empty',
		meaning: 'The id of the outlet of the report the stance comes from; empty when the explainer cites none for it.',
	},
	{ name: 'source_outlet', type: 'text, may be empty', meaning: "That outlet's name." },
	{ name: 'source_title', type: 'text, may be empty', meaning: "The cited report's title." },
	{ name: 'source_url', type: 'URL, may be empty', meaning: "The cited report's own address, when the explainer gives one." },
] as const satisfies readonly FieldDoc[];

/** The fields every JSON file starts with. */
export const envelopeFields: FieldTable = {
	path: '',
	caption: 'Fields at the top of each JSON file',
	fields: [
		{
			name: 'schemaVersion',
			type: 'number',
			meaning: 'The version of the file’s shape. It goes up only when a field is renamed or removed, or changes meaning; new fields may appear at any time.',
		},
		{ name: 'site', type: 'object: title, url', meaning: 'The site the data comes from: its name and address.' },
		{ name: 'licence', type: 'object: name, url', meaning: 'The licence of the data: its name and the address of its text.' },
	],
};

const entityFields = (what: string): FieldDoc[] => [
	{ name: 'id', type: 'id', meaning: `The ${what}'s id, as in the other files and the last part of its page's address.` },
	{ name: 'url', type: 'URL', meaning: `The ${what}'s page on this site.` },
];
const summary: FieldDoc = { name: 'summary', type: 'text or null', meaning: 'One sentence about it, if the newsroom wrote one.' };
const firstRaised: FieldDoc = { name: 'firstRaised', type: `${date}, or null`, meaning: 'When the demand was first made, if known.' };

export const demandsJsonTables: FieldTable[] = [
	{ path: '', caption: 'demands.json: after the common fields', fields: [{ name: 'demands', type: 'list', meaning: 'Every demand, by id.' }] },
	{
		path: 'demands',
		caption: 'demands.json: each demand',
		fields: [
			...entityFields('demand'),
			{ name: 'title', type: 'text', meaning: 'The demand, stated plainly.' },
			summary,
			{ name: 'by', type: 'id', meaning: 'The id of the actor that makes the demand.' },
			{ name: 'addressedTo', type: 'list of ids', meaning: 'The ids of the actors it is put to.' },
			{ name: 'topics', type: 'list of ids', meaning: 'The ids of its topics.' },
			firstRaised,
			{ name: 'status', type: `${oneOf(statuses)}; or null`, meaning: 'Its current status: the latest one an explainer reports; null if none has.' },
			{ name: 'statusDate', type: `${date}, or null`, meaning: 'The publication date of the explainer that reports the current status.' },
			{ name: 'statusArticle', type: 'URL or null', meaning: 'That explainer.' },
			{ name: 'positionCount', type: 'number', meaning: 'How many positions on it the explainers report: its rows in positions.csv.' },
			{ name: 'stances', type: 'list', meaning: "Each party's latest stance on it, the most recently taken first." },
		],
	},
	{
		path: 'demands.stances',
		caption: 'demands.json: each latest stance',
		fields: [
			{ name: 'party', type: 'id', meaning: 'The id of the actor taking the stance.' },
			{ name: 'stance', type: oneOf(stances), meaning: 'Where it stands.' },
			{ name: 'date', type: date, meaning: 'When it took the stance.' },
			{ name: 'article', type: 'URL', meaning: 'The explainer that reports it.' },
		],
	},
];

export const graphJsonTables: FieldTable[] = [
	{
		path: '',
		caption: 'graph.json: after the common fields',
		fields: [
			{ name: 'actors', type: 'list', meaning: 'Every actor, by id.' },
			{ name: 'demands', type: 'list', meaning: 'Every demand, by id.' },
			{ name: 'sources', type: 'list', meaning: 'Every source (outlet or originator of reports), by id.' },
			{ name: 'topics', type: 'list', meaning: 'Every topic, by id.' },
			{ name: 'articles', type: 'list', meaning: 'Every published explainer, newest first.' },
			{ name: 'edges', type: 'list', meaning: 'Every link between them; see the edge types below.' },
		],
	},
	{
		path: 'actors',
		caption: 'graph.json: each actor',
		fields: [
			...entityFields('actor'),
			{ name: 'name', type: 'text', meaning: 'Its name.' },
			{ name: 'kind', type: 'country, government, alliance, organization, person or group', meaning: 'What sort of actor it is.' },
			{ name: 'aliases', type: 'list of text', meaning: 'Other names explainers use for it.' },
			summary,
		],
	},
	{
		path: 'demands',
		caption: 'graph.json: each demand',
		fields: [...entityFields('demand'), { name: 'title', type: 'text', meaning: 'The demand, stated plainly.' }, summary, firstRaised],
	},
	{
		path: 'sources',
		caption: 'graph.json: each source',
		fields: [
			...entityFields('source'),
			{ name: 'name', type: 'text', meaning: 'Its name.' },
			{ name: 'kind', type: 'text, such as wire-service or government', meaning: 'What sort of source it is.' },
			{ name: 'website', type: 'URL or null', meaning: 'Its own home page.' },
			summary,
		],
	},
	{
		path: 'topics',
		caption: 'graph.json: each topic',
		fields: [
			...entityFields('topic'),
			{ name: 'title', type: 'text', meaning: 'Its name.' },
			{ name: 'kind', type: 'theme, place or event', meaning: 'What sort of topic it is.' },
			summary,
		],
	},
	{
		path: 'articles',
		caption: 'graph.json: each explainer',
		fields: [
			...entityFields('explainer'),
			{ name: 'title', type: 'text', meaning: 'The headline.' },
			{ name: 'summary', type: 'text', meaning: 'One or two sentences, as lists show.' },
			{ name: 'published', type: date, meaning: 'When it was first published.' },
			{ name: 'updated', type: `${date}, or null`, meaning: 'Its last substantive update, if any.' },
			{ name: 'byline', type: 'text or null', meaning: 'The desk or author.' },
		],
	},
	{
		path: 'edges',
		caption: 'graph.json: each edge',
		fields: [
			{ name: 'type', type: 'text', meaning: 'What the edge says; the type fixes which lists `from` and `to` are ids in (see below).' },
			{ name: 'from', type: 'id', meaning: 'The id of the node it starts at.' },
			{ name: 'to', type: 'id', meaning: 'The id of the node it leads to.' },
		],
	},
];

/** The edges of graph.json: what each type links, and the fields it has besides type, from and to. */
export const edgeTypes: { type: string; from: string; to: string; fields: FieldDoc[]; meaning: string }[] = [
	{ type: 'article-actor', from: 'articles', to: 'actors', fields: [], meaning: 'The explainer involves the actor: it lists it, or reports a stance of it.' },
	{
		type: 'article-demand',
		from: 'articles',
		to: 'demands',
		fields: [{ name: 'status', type: `${oneOf(statuses)}; or null`, meaning: 'The status it reports, if any.' }],
		meaning: 'The explainer reports on the demand.',
	},
	{
		type: 'article-source',
		from: 'articles',
		to: 'sources',
		fields: [
			{ name: 'key', type: 'text', meaning: 'The key the explainer cites the report by; `citation` in positions refers to it.' },
			{ name: 'title', type: 'text', meaning: "The report's title." },
			{ name: 'url', type: 'URL or null', meaning: "The report's own address." },
			{ name: 'published', type: `${date}, or null`, meaning: 'When the report was published.' },
		],
		meaning: 'The explainer cites a report of the source; one edge per report.',
	},
	{ type: 'article-topic', from: 'articles', to: 'topics', fields: [], meaning: 'The explainer belongs to the topic.' },
	{ type: 'demand-author', from: 'demands', to: 'actors', fields: [], meaning: 'The actor makes the demand.' },
	{ type: 'demand-addressee', from: 'demands', to: 'actors', fields: [], meaning: 'The demand is put to the actor.' },
	{ type: 'demand-topic', from: 'demands', to: 'topics', fields: [], meaning: 'The demand belongs to the topic.' },
	{
		type: 'position',
		from: 'actors',
		to: 'demands',
		fields: [
			{ name: 'stance', type: oneOf(stances), meaning: 'Where the party stands.' },
			{ name: 'date', type: date, meaning: 'When it took the stance.' },
			{ name: 'note', type: 'text or null', meaning: 'A short qualifier.' },
			{ name: 'article', type: 'id', meaning: 'The id of the explainer that reports it.' },
			{ name: 'source', type: 'id or null', meaning: 'The id of the outlet of the cited report.' },
			{ name: 'citation', type: 'text or null', meaning: 'The key of the cited report in that explainer (its article-source edge).' },
		],
		meaning: 'A stance the actor took on the demand, as one explainer reports it: one edge per row of positions.csv, in the same order.',
	},
];
