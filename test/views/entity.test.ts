/**
 * What entity pages show: the header every kind shares, what an actor's,
 * demand's, source's or topic's page adds, and the articles each is
 * mentioned in, listed or linked.
 */
import { describe, expect, test } from 'vitest';
import type { EntityKind } from '../../src/model/entities.ts';
import { buildGraph } from '../../src/graph/graph.ts';
import { entityPageGraph, entityThing } from '../../src/outputs/head/json-ld.ts';
import { actorView, demandView, entityHeader, mentionsOf, sourceView, topicView } from '../../src/views/entity/entity.ts';
import { actor, article, contentOf, demand, ids, newsroom, newsroomIds, source, topic } from '../helpers/entries.ts';
import { stances, statusEvents, summaries } from '../helpers/views.ts';

const { jan, feb, mar } = newsroomIds;
const graph = buildGraph(newsroom());
const site = new URL('https://dossier.example.org');

describe('actorView', () => {
	test('the Kestrel Union: demands made, its stance on each demand, the articles it is mentioned in', () => {
		const page = actorView(graph, 'kestrel-union');
		expect(page.actor.id).toBe('kestrel-union');
		expect(page.demandsMade.items.map((d) => d.demand.id)).toEqual(['tariff-freeze']);
		// The demand put to it, with who makes it, its status and its stances: one list for every stance it took.
		expect(page.stances.items.map((d) => [d.demand.id, d.by?.id, d.status?.status])).toEqual([['ferry-rights-restored', 'valmora', 'accepted']]);
		expect(summaries(mentionsOf(graph, 'actors', 'kestrel-union'))).toEqual([mar, feb, jan]);

		const ferry = page.stances.items[0]?.stance;
		expect(ferry?.demand?.id).toBe('ferry-rights-restored');
		expect(ferry?.actor?.id).toBe('kestrel-union');
		expect(stances([ferry!.latest])).toEqual([`supports @${mar}`]);
		expect(stances(ferry!.history)).toEqual([`opposes @${jan}`, `mixed @${feb}`, `supports @${mar}`]);
		expect(stances(ferry!.earlier)).toEqual([`mixed @${feb}`, `opposes @${jan}`]);
	});

	test('groups positions per demand', () => {
		const g = buildGraph(
			contentOf(
				[
					article('one', {
						title: 'One',
						summary: 'First.',
						published: '2025-01-01',
						demands: [
							{ demand: 'd1', positions: [{ actor: 'x', stance: 'opposes' }] },
							{ demand: 'd2', positions: [{ actor: 'x', stance: 'unclear' }] },
						],
					}),
					article('two', {
						title: 'Two',
						summary: 'Second.',
						published: '2025-02-01',
						demands: [{ demand: 'd1', positions: [{ actor: 'x', stance: 'supports' }] }],
					}),
				],
				{ actors: [actor('x', { name: 'X', kind: 'group' })], demands: [demand('d1', { title: 'D1', by: 'y' }), demand('d2', { title: 'D2', by: 'y' })] },
			),
		);
		const page = actorView(g, 'x');
		const groups = page.stances.items.map(({ stance }) => [stance?.latest.demand, stance?.latest.stance, stances(stance?.history ?? [])]);
		// Order of the groups is checked on the demand page; here only what each holds.
		expect(groups.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
			['d1', 'supports', ['opposes @one', 'supports @two']],
			['d2', 'unclear', ['unclear @one']],
		]);
	});

	test('Åsa Ødegård: an article that reports only her position is among her articles', () => {
		const page = actorView(graph, 'asa-odegard');
		expect(summaries(mentionsOf(graph, 'actors', 'asa-odegard'))).toEqual([feb, jan]);
		expect(page.stances.items.map((d) => [d.demand.id, d.stance?.latest.stance])).toEqual([['tariff-freeze', 'unclear']]);
		expect(page.demandsMade).toEqual({ items: [], total: 0, href: undefined });
	});

	test('the Harbour League: a demand put to it, with no stance (only the draft reports one)', () => {
		const page = actorView(graph, 'harbour-league');
		expect(page.stances.items.map((d) => [d.demand.id, d.stance])).toEqual([['ferry-rights-restored', undefined]]);
		expect(summaries(mentionsOf(graph, 'actors', 'harbour-league'))).toEqual([jan]);
	});
});

describe('demandView', () => {
	const page = demandView(graph, 'ferry-rights-restored');

	test('names who made it, to whom, under which topics', () => {
		expect(page.demand.id).toBe('ferry-rights-restored');
		expect(page.by?.data.name).toBe('Valmora');
		expect(page.addressedTo.map((a) => a.data.name)).toEqual(['Kestrel Union', 'Harbour League']);
		expect(page.topics.map((t) => t.data.title)).toEqual(['Ferry dispute']);
	});

	test('tells the status history newest first, starting with the current status', () => {
		const history = statusEvents(page.timeline.items).toReversed();
		expect(history.map((s) => `${s.status} @${s.article.id}`)).toEqual([`new @${jan}`, `under-negotiation @${feb}`, `accepted @${mar}`]);
		const changes = history.slice(1).map((s, i) => `${history[i]!.status} → ${s.status}`);
		expect(changes).toEqual(['new → under-negotiation', 'under-negotiation → accepted']);
		expect(page.status?.status).toBe(history.at(-1)?.status);
		expect(page.status?.article).toBe(history.at(-1)?.article);
	});

	test('groups positions per actor, latest stance first and history oldest first', () => {
		expect(
			page.positions.items.map((group) => ({
				actor: group.actor?.data.name,
				latest: stances([group.latest])[0],
				history: stances(group.history),
			})),
		).toEqual([
			{
				actor: 'Kestrel Union',
				latest: `supports @${mar}`,
				history: [`opposes @${jan}`, `mixed @${feb}`, `supports @${mar}`],
			},
		]);
	});

	test('lists the articles it is mentioned in, newest first', () => {
		expect(summaries(mentionsOf(graph, 'demands', 'ferry-rights-restored'))).toEqual([mar, feb, jan]);
	});

	const d = demand('d', { title: 'D', by: 'someone' });

	test('lists actors reported in the same article in the order it lists them', () => {
		const g = buildGraph(
			contentOf(
				[
					article('answers', {
						title: 'Both answer',
						summary: 'Two answers.',
						published: '2025-01-01',
						demands: [
							{
								demand: 'd',
								positions: [
									{ actor: 'first', stance: 'supports' },
									{ actor: 'second', stance: 'opposes' },
								],
							},
						],
					}),
				],
				{ demands: [d] },
			),
		);
		expect(demandView(g, 'd').positions.items.map((group) => group.latest.actor)).toEqual(['first', 'second']);
	});

	test('lists the actor whose stance was reported most recently first', () => {
		const answers = (id: string, published: string, actorId: string) =>
			article(id, { title: id, summary: 'An answer.', published, demands: [{ demand: 'd', positions: [{ actor: actorId, stance: 'supports' }] }] });
		const g = buildGraph(
			contentOf([answers('early', '2025-01-01', 'early-bird'), answers('late', '2025-03-01', 'late-comer'), answers('middle', '2025-02-01', 'early-bird')], {
				demands: [d],
			}),
		);
		expect(demandView(g, 'd').positions.items.map((group) => group.latest.actor)).toEqual(['late-comer', 'early-bird']);
	});

	test('a demand no article gives a status has no status and no history', () => {
		const tariff = demandView(graph, 'tariff-freeze');
		expect(tariff.status).toBeUndefined();
		expect(statusEvents(tariff.timeline.items)).toEqual([]);
		expect(tariff.positions.items.map((group) => group.actor?.data.name)).toEqual(['Åsa Ødegård']);
		expect(summaries(mentionsOf(graph, 'demands', 'tariff-freeze'))).toEqual([feb]);
	});

	test('an addressee that names no actor is left out', () => {
		const content = newsroom();
		const loose = demand('loose', { title: 'Loose', by: 'valmora', addressedTo: ['nobody', 'kestrel-union'] });
		const g = buildGraph({ ...content, demands: [...content.demands, loose] });
		expect(ids(demandView(g, 'loose').addressedTo)).toEqual(['kestrel-union']);
	});
});

describe('sourceView', () => {
	test.each([
		['wire-north', [`${feb}: Talks begin`, `${feb}: Union signals flexibility`, `${jan}: Valmora makes its demand`]],
		['ministere-des-cotes', [`${mar}: Accord signé`, `${jan}: Communiqué du ministère`]],
	])('%s lists every citation of it, newest article first', (id, expected) => {
		const cited = mentionsOf(graph, 'sources', id).flatMap(({ article, cites }) => cites.map((citation) => `${article.id}: ${citation.title}`));
		expect(cited).toEqual(expected);
	});

	test('a source nobody cites or links is mentioned nowhere', () => {
		const g = buildGraph({ ...newsroom(), sources: [...newsroom().sources, source('quiet', { name: 'Quiet', kind: 'other' })] });
		expect(mentionsOf(g, 'sources', 'quiet')).toEqual([]);
	});

	test.each([
		['wire-north', 'https://wire-north.example.net'],
		['ministere-des-cotes', undefined],
	])("%s links the source's own website, when it has one", (id, website) => {
		const page = sourceView(graph, id);
		expect(page.source.id).toBe(id);
		expect(page.source.data.url).toBe(website);
	});
});

describe('topicView', () => {
	test.each([
		['ferry-dispute', [mar, feb, jan], ['ferry-rights-restored']],
		['economie-bleue', [feb], ['tariff-freeze']],
	])('%s lists its articles and demands', (id, articles, demands) => {
		const page = topicView(graph, id);
		expect(page.topic.id).toBe(id);
		expect(summaries(mentionsOf(graph, 'topics', id))).toEqual(articles);
		expect(page.demands.items.map((d) => d.demand.id)).toEqual(demands);
	});
});

describe('mentioned in, through a body link', () => {
	const about = { summary: 'About x.' };
	const link = (kind: EntityKind) => `<p>See <a href="/${kind}/x/">x</a>.</p>`;
	const content = (kind: EntityKind) =>
		contentOf(
			[
				article('lists', { ...about, title: 'Lists', published: '2025-01-01', ...listing(kind) }),
				article('links', { ...about, title: 'Links', published: '2025-03-01' }, link(kind)),
				article('lists-and-links', { ...about, title: 'Both', published: '2025-02-01', ...listing(kind) }, link(kind)),
				article('draft', { ...about, title: 'Draft', published: '2025-04-01', draft: true }, link(kind)),
			],
			{
				actors: [actor('x', { name: 'X', kind: 'group' })],
				demands: [demand('x', { title: 'X', by: 'x' })],
				sources: [source('x', { name: 'X', kind: 'other' })],
				topics: [topic('x', { title: 'X', kind: 'theme' })],
			},
		);
	function listing(kind: EntityKind) {
		switch (kind) {
			case 'actors':
				return { actors: ['x'] };
			case 'demands':
				return { demands: [{ demand: 'x' }] };
			case 'sources':
				return { sources: [{ source: 'x', title: 'A report', url: 'https://example.net/report' }] };
			case 'topics':
				return { topics: ['x'] };
		}
	}

	test.each<EntityKind>(['actors', 'demands', 'sources', 'topics'])(
		'the %s page lists articles that link it without listing it, each once, newest first, drafts left out',
		(kind) => {
			expect(summaries(mentionsOf(buildGraph(content(kind)), kind, 'x'))).toEqual(['links', 'lists-and-links', 'lists']);
		},
	);

	test('the source page gives each article the reports it cites, and none for an article that only links it', () => {
		const g = buildGraph(content('sources'));
		expect(mentionsOf(g, 'sources', 'x').map(({ article, cites }) => [article.id, cites.map((c) => c.title)])).toEqual([
			['links', []],
			['lists-and-links', ['A report']],
			['lists', ['A report']],
		]);
	});

	test.each<EntityKind>(['actors', 'demands', 'topics'])('the %s page lists no cited reports under its mentions', (kind) => {
		expect(mentionsOf(buildGraph(content(kind)), kind, 'x').map(({ cites }) => cites)).toEqual([[], [], []]);
	});
});

describe('entityHeader', () => {
	test.each<[EntityKind, string, string, string]>([
		['actors', 'valmora', 'Valmora', 'Valmora in our explainers.'],
		['demands', 'tariff-freeze', 'Tariffs frozen at current levels', 'Tariffs frozen at current levels'],
		['sources', 'wire-north', 'Wire North', 'Reporting by Wire North cited in our explainers.'],
		['topics', 'economie-bleue', 'Économie bleue', 'Explainers about Économie bleue.'],
	])('%s/%s: named %s, described by its kind when it has no summary, with its feed', (kind, id, name, description) => {
		const header = entityHeader(graph, kind, id);
		expect(header.entity.id).toBe(id);
		expect({ name: header.name, description: header.description, feed: header.feed }).toEqual({
			name,
			description,
			feed: { href: `/${kind}/${id}/rss.xml`, title: `Dossier: ${name}` },
		});
	});

	test('an entity with a summary is described by it', () => {
		const g = buildGraph(contentOf([], { topics: [topic('told', { title: 'Told', kind: 'theme', summary: 'A theme we follow.' })] }));
		expect(entityHeader(g, 'topics', 'told').description).toBe('A theme we follow.');
	});

	test.each<[EntityKind, string]>([
		['actors', 'valmora'],
		['demands', 'ferry-rights-restored'],
		['sources', 'wire-north'],
		['topics', 'ferry-dispute'],
	])("the structured data of %s/%s is the entity's thing and its trail, in a @graph with the schema.org @context", (kind, id) => {
		const { entity, trail } = entityHeader(graph, kind, id);
		expect(entityPageGraph(kind, entity, trail, site)).toEqual({
			'@context': 'https://schema.org',
			'@graph': [entityThing(kind, entity, site), expect.objectContaining({ '@type': 'BreadcrumbList' })],
		});
	});
});
