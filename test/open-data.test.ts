/**
 * The open data: positions.csv is RFC 4180 in UTF-8 with a BOM, one row per
 * reported position of the published content, and round-trips through an
 * independent CSV parser (Papa Parse); the JSON files hold exactly the fields
 * the /data/ page documents, with the site's ids and absolute URLs.
 */
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { entityUrl } from '../src/model/entities.ts';
import { buildGraph } from '../src/graph/graph.ts';
import { demandsJsonTables, edgeTypes, envelopeFields, graphJsonTables, positionColumns } from '../src/outputs/open-data/fields.ts';
import { demandsJson, graphJson, type OpenDataSite, openDataFile, positionRows, positionsCsv } from '../src/outputs/open-data/files.ts';
import { dataPage, formatSize } from '../src/outputs/open-data/data-page.ts';
import { actor, article, contentOf, demand, newsroom, newsroomIds, source } from './helpers/entries.ts';

const site: OpenDataSite = {
	title: 'Harbour Explainers',
	url: 'https://news.example.com',
	licence: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
};
const graph = buildGraph(newsroom());
const { jan, feb, mar, draft } = newsroomIds;
const articleUrl = (id: string) => `https://news.example.com/articles/${id}/`;

/** A CSV's records, as an independent parser reads them (header row as keys). */
const parsed = (csv: string) => {
	const result = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
	expect(result.errors).toEqual([]);
	return { header: result.meta.fields, rows: result.data };
};

const positionCount = (g: typeof graph) => [...g.positionsByDemand.values()].reduce((n, list) => n + list.length, 0);

describe('positions.csv', () => {
	const csv = positionsCsv(graph, site);

	test('is UTF-8 with a byte order mark, then a header row of the documented columns, lines ending CR LF', () => {
		const bytes = new TextEncoder().encode(csv);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...lines] = csv.slice(1).split('\r\n');
		expect(header).toBe('demand,demand_title,party,party_name,stance,date,note,article_url,source,source_outlet,source_title,source_url');
		expect(header!.split(',')).toEqual(positionColumns.map(({ name }) => name));
		expect(lines.at(-1)).toBe('');
		expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
	});

	test('has one row per reported position, by demand, then date, then party, and none from drafts', () => {
		const rows = parsed(csv).rows;
		expect(rows).toHaveLength(positionCount(graph));
		expect(
			rows.map((row) => [row.demand, row.party, row.stance, row.date, row.article_url, row.source, row.source_outlet, row.source_title, row.source_url]),
		).toEqual([
			[
				'ferry-rights-restored',
				'kestrel-union',
				'opposes',
				'2025-01-10',
				articleUrl(jan),
				'wire-north',
				'Wire North',
				'Valmora makes its demand',
				'https://reports.example.net/demand',
			],
			[
				'ferry-rights-restored',
				'kestrel-union',
				'mixed',
				'2025-02-14T09:30:00+01:00',
				articleUrl(feb),
				'wire-north',
				'Wire North',
				'Union signals flexibility',
				'https://reports.example.net/flexibility',
			],
			[
				'ferry-rights-restored',
				'kestrel-union',
				'supports',
				'2025-03-20',
				articleUrl(mar),
				'ministere-des-cotes',
				'Ministère des Côtes',
				'Accord signé',
				'https://reports.example.net/accord',
			],
			['tariff-freeze', 'asa-odegard', 'unclear', '2025-02-14T09:30:00+01:00', articleUrl(feb), '', '', '', ''],
		]);
		expect(csv).not.toContain(draft);
		expect(csv).not.toMatch(/Leaked memo|harbour-league/);
		// Valmora makes the ferry demand: its "supports" in February is not a row.
		expect(rows.filter((row) => row.demand === 'ferry-rights-restored' && row.party === 'valmora')).toEqual([]);
	});

	test('round-trips: the parser reads back exactly the rows written', () => {
		expect(parsed(csv)).toEqual({ header: positionColumns.map(({ name }) => name), rows: positionRows(graph, site) });
	});

	/** A one-position newsroom whose note, party, outlet and report title are `text`. */
	const oneWith = (text: string) =>
		buildGraph(
			contentOf(
				[
					article('report', {
						title: 'Report',
						summary: 'A report.',
						published: '2025-05-01',
						demands: [{ demand: 'ports', positions: [{ actor: 'party', stance: 'mixed', note: text, cite: 'report' }] }],
						sources: [{ key: 'report', source: 'outlet', title: text }],
					}),
				],
				{
					actors: [actor('party', { name: text, kind: 'person' }), actor('maker', { name: 'Maker', kind: 'country' })],
					demands: [demand('ports', { title: 'Ports, ferries and "fair" tariffs', by: 'maker' })],
					sources: [source('outlet', { name: text, kind: 'newspaper' })],
				},
			),
		);

	test.each([
		['plain text, as it is', 'Open to talks', 'Open to talks'],
		['a comma, quoted', 'Yes, with conditions', '"Yes, with conditions"'],
		['quotes, doubled and quoted', 'Called it "a start"', '"Called it ""a start"""'],
		['a line break, quoted', 'First line\nSecond line', '"First line\nSecond line"'],
		['non-ASCII letters, as UTF-8', 'Zoë Nørgaard', 'Zoë Nørgaard'],
		['an accented capital', 'Économie', 'Économie'],
		['non-Latin scripts', 'Łódź – 港口 – بندر', 'Łódź – 港口 – بندر'],
		['a leading equals sign, as written', '=1+1', '=1+1'],
	])('%s', (_, text, field) => {
		const out = positionsCsv(oneWith(text), site);
		const row = [
			'ports',
			'"Ports, ferries and ""fair"" tariffs"',
			'party',
			field,
			'mixed',
			'2025-05-01',
			field,
			articleUrl('report'),
			'outlet',
			field,
			field,
			'',
		];
		expect(out).toBe(`\uFEFF${positionColumns.map(({ name }) => name).join(',')}\r\n${row.join(',')}\r\n`);
		const [back] = parsed(out).rows;
		expect([back!.party_name, back!.note, back!.source_outlet, back!.source_title]).toEqual([text, text, text, text]);
		expect(back!.demand_title).toBe('Ports, ferries and "fair" tariffs');
	});

	test('a party tie on one date is broken by party id, whatever order the article gives', () => {
		const positions = ['zeta', 'alpha', 'mu'].map((id) => ({ actor: id, stance: 'supports' as const }));
		const g = buildGraph(
			contentOf([article('one', { title: 'One', summary: 'A report.', published: '2025-05-01', demands: [{ demand: 'd', positions }] })], {
				demands: [demand('d', { title: 'D', by: 'maker' })],
			}),
		);
		expect(positionRows(g, site).map((row) => row.party)).toEqual(['alpha', 'mu', 'zeta']);
	});

	test('an empty newsroom still has its header', () => {
		expect(positionsCsv(buildGraph(contentOf([])), site)).toBe(`\uFEFF${positionColumns.map(({ name }) => name).join(',')}\r\n`);
	});
});

/** The keys of every object at `path` ("" for the top, "demands.stances" for a nested list). */
function keysAt(data: unknown, path: string): string[][] {
	let objects = [data] as Record<string, unknown>[];
	for (const key of path ? path.split('.') : []) objects = objects.flatMap((object) => object[key] as Record<string, unknown>[]);
	return objects.map((object) => Object.keys(object));
}

describe('demands.json and graph.json', () => {
	const demands = demandsJson(graph, site);
	const full = graphJson(graph, site);

	test.each([
		['demands.json', demands, demandsJsonTables],
		['graph.json', full, graphJsonTables],
	])('%s holds exactly the documented fields, each object all of them', (_, data, tables) => {
		for (const { path, fields } of tables) {
			const documented = [...(path ? [] : envelopeFields.fields), ...fields].map(({ name }) => name);
			const found = keysAt(data, path);
			expect(found.length, path).toBeGreaterThan(0);
			// An edge also has the fields of its type, which the next test checks.
			for (const keys of found) {
				if (path === 'edges') expect(keys, path).toEqual(expect.arrayContaining(documented));
				else expect(keys.toSorted(), path).toEqual(documented.toSorted());
			}
		}
	});

	test('each carries its schema version, the site and the licence from the site settings', () => {
		for (const data of [demands, full]) {
			expect(data.schemaVersion).toBe(1);
			expect(data.site).toEqual({ title: 'Harbour Explainers', url: 'https://news.example.com/' });
			expect(data.licence).toEqual(site.licence);
		}
	});

	test("every edge has its type's documented fields, and its ends are ids in the lists its type names", () => {
		const lists = full as unknown as Record<string, { id: string }[]>;
		for (const edge of full.edges) {
			const type = edgeTypes.find((t) => t.type === edge.type);
			expect(type, edge.type).toBeDefined();
			expect(Object.keys(edge).toSorted()).toEqual(['type', 'from', 'to', ...type!.fields.map(({ name }) => name)].toSorted());
			expect(
				lists[type!.from]!.map(({ id }) => id),
				`${edge.type} from ${edge.from}`,
			).toContain(edge.from);
			expect(
				lists[type!.to]!.map(({ id }) => id),
				`${edge.type} to ${edge.to}`,
			).toContain(edge.to);
		}
		expect(new Set(full.edges.map(({ type }) => type))).toEqual(new Set(edgeTypes.map(({ type }) => type)));
	});

	test('its position edges are the rows of positions.csv, in the same order', () => {
		const edges = full.edges.filter((edge) => edge.type === 'position');
		expect(edges.map((e) => [e.to, e.from, e.stance, e.date, articleUrl(String(e.article))])).toEqual(
			positionRows(graph, site).map((row) => [row.demand, row.party, row.stance, row.date, row.article_url]),
		);
	});

	test('ids are the entity ids and URLs the pages, on the given site; drafts are in neither', () => {
		expect(full.articles.map(({ id }) => id)).toEqual([mar, feb, jan]);
		expect(full.topics.map(({ id, url }) => [id, url])).toEqual([
			['economie-bleue', new URL(entityUrl('topics', 'economie-bleue'), site.url).href],
			['ferry-dispute', 'https://news.example.com/topics/ferry-dispute/'],
		]);
		expect(JSON.stringify([demands, full])).not.toMatch(/secret-plan|Leaked memo|draft-only|withdrawn/);
	});

	test('a demand has its current status and each party’s latest stance, the most recent first', () => {
		const ferry = demands.demands.find(({ id }) => id === 'ferry-rights-restored');
		expect(ferry).toMatchObject({
			url: 'https://news.example.com/demands/ferry-rights-restored/',
			by: 'valmora',
			status: 'accepted',
			statusDate: '2025-03-20',
			statusArticle: articleUrl(mar),
			positionCount: 3,
			firstRaised: '2024-12-01',
			stances: [{ party: 'kestrel-union', stance: 'supports', date: '2025-03-20', article: articleUrl(mar) }],
		});
		expect(demands.demands.find(({ id }) => id === 'tariff-freeze')).toMatchObject({ status: null, statusDate: null, statusArticle: null, positionCount: 1 });
	});
});

describe('the /data/ page', () => {
	test('lists each file with its address, its size in bytes as served and its rows or items', () => {
		expect(dataPage(graph, site).map(({ name, href, bytes, count }) => [name, href, bytes, count])).toEqual([
			['positions.csv', '/data/positions.csv', new TextEncoder().encode(openDataFile('positions.csv', graph, site)).length, '4 rows and a header'],
			['demands.json', '/data/demands.json', new TextEncoder().encode(openDataFile('demands.json', graph, site)).length, '2 demands'],
			[
				'graph.json',
				'/data/graph.json',
				new TextEncoder().encode(openDataFile('graph.json', graph, site)).length,
				'4 actors, 2 demands, 2 sources, 2 topics, 3 explainers, 33 edges',
			],
		]);
	});

	test.each([
		[812, '812 byte'],
		[3556, '3.6 kB'],
		[25_789, '25.8 kB'],
		[4_200_000, '4.2 MB'],
	])('%i bytes read %s', (bytes, label) => {
		expect(formatSize(bytes, 'en')).toBe(label);
	});
});
