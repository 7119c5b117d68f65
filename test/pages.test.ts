/**
 * What each page shows, computed from a small fictional newsroom: the lists,
 * their order, and the history of demands and stances readers follow.
 */
import { describe, expect, test } from 'vitest';
import { feedLimit, feedOptions } from '../src/lib/feed.ts';
import { type Article, type ContentSet, type EntityKind, buildGraph } from '../src/lib/graph.ts';
import {
	actorPage,
	actorsIndex,
	articlePage,
	demandPage,
	demandTimeline,
	demandsIndex,
	entityFeeds,
	homePage,
	relatedArticles,
	sourcePage,
	sourcesIndex,
	stanceMatrix,
	topicPage,
	topicsIndex,
	type TimelineEvent,
} from '../src/lib/pages.ts';
import type { Status } from '../src/lib/schemas.ts';
import { actor, article, demand, ids, newsroom, newsroomIds, source, topic } from './helpers/entries.ts';

/** An article as the Markdown pipeline leaves it: with the headings it found and the citations it counted. */
const withFindings = (
	entry: Article,
	{ headings, citedTimes }: { headings?: { depth: number; slug: string; text: string }[]; citedTimes?: Record<string, number> },
): Article => ({ ...entry, rendered: { html: entry.rendered?.html ?? '', metadata: { headings, frontmatter: { citedTimes } } } });

const { jan, feb, mar, draft } = newsroomIds;
const graph = buildGraph(newsroom());

const get = <T>(map: ReadonlyMap<string, T>, id: string): T => {
	const entry = map.get(id);
	if (!entry) throw new Error(`no ${id} in the fixture`);
	return entry;
};
const articleEntry = (id: string) => get(graph.article, id);
const actorEntry = (id: string) => get(graph.actor, id);
const demandEntry = (id: string) => get(graph.demand, id);

const summaries = (list: { article: { id: string } }[]) => list.map((summary) => summary.article.id);
const stances = (history: { stance: string; article: { id: string } }[]) => history.map((p) => `${p.stance} @${p.article.id}`);
/** The status events of a demand's timeline: its status history, oldest first. */
const statusEvents = (timeline: TimelineEvent[]) =>
	timeline.flatMap((event) => (event.kind === 'status' ? [event] : []));

/** A content set with only articles and whichever entries a test names. */
const contentOf = (articles: Article[], rest: Partial<Omit<ContentSet, 'articles'>> = {}): ContentSet => ({
	articles,
	actors: [],
	demands: [],
	sources: [],
	topics: [],
	...rest,
});

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The first page of /demands/: what most tests of the index read. */
const firstDemandsPage = (g: ReturnType<typeof buildGraph>) => {
	const [first] = demandsIndex(g);
	if (!first) throw new Error('the demands index has no first page');
	return first;
};

/** A timeline event as one line a reader would see: its day, and what happened. */
function line(event: TimelineEvent): string {
	switch (event.kind) {
		case 'raised':
			return `${day(event.date)} raised${event.article ? ` @${event.article.id}` : ''}`;
		case 'status':
			return `${day(event.date)} status ${event.status} @${event.article.id}`;
		case 'stance': {
			const who = event.actor?.data.name ?? event.position.actor;
			const change = event.previous ? `${event.previous} → ${event.position.stance}` : event.position.stance;
			return `${day(event.date)} ${who} ${change} @${event.position.article.id}`;
		}
	}
}

describe('the draft', () => {
	test('shows on no page', () => {
		const pages = [
			homePage(graph),
			...graph.articles.map((entry) => articlePage(graph, entry)),
			...[...graph.actor.values()].map((entry) => actorPage(graph, entry)),
			...[...graph.demand.values()].map((entry) => demandPage(graph, entry)),
			...[...graph.source.values()].map((entry) => sourcePage(graph, entry)),
			...[...graph.topic.values()].map((entry) => topicPage(graph, entry)),
			actorsIndex(graph),
			demandsIndex(graph),
			sourcesIndex(graph),
			topicsIndex(graph),
			stanceMatrix(graph, [...graph.demand.values()]),
			...entityFeeds(graph),
		];
		for (const page of pages) {
			const text = JSON.stringify(page);
			expect(text).not.toContain(draft);
			expect(text).not.toMatch(/secret plan|leaked memo|draft-only/i);
		}
	});
});

describe('a demand followed over three articles', () => {
	// January: new, the Kestrel Union opposes. February: under negotiation, it is mixed. March: accepted, it supports.
	const ferry = demandEntry('ferry-rights-restored');

	test('the demand page tells both status changes and each change of stance, in order', () => {
		expect(demandPage(graph, ferry).timeline.items.map(line)).toEqual([
			'2024-12-01 raised',
			`2025-01-10 status new @${jan}`,
			`2025-01-10 Kestrel Union opposes @${jan}`,
			`2025-02-14 status under-negotiation @${feb}`,
			`2025-02-14 Kestrel Union opposes → mixed @${feb}`,
			`2025-02-14 Valmora supports @${feb}`,
			`2025-03-20 status accepted @${mar}`,
			`2025-03-20 Kestrel Union mixed → supports @${mar}`,
		]);
	});

	test("the actor page tells the Kestrel Union's stances in order, beside the demand's current status", () => {
		const page = actorPage(graph, actorEntry('kestrel-union'));
		const onFerry = page.positions.items.find((group) => group.demand?.id === ferry.id);
		expect(stances(onFerry?.history ?? [])).toEqual([`opposes @${jan}`, `mixed @${feb}`, `supports @${mar}`]);
		expect(page.demandsReceived.items.find((d) => d.demand.id === ferry.id)?.status?.status).toBe('accepted');
	});

	test('the site-wide matrix shows the current status and the latest stance', () => {
		const { matrix } = firstDemandsPage(graph);
		const row = matrix.rows.find((r) => r.demand.id === ferry.id);
		const kestrel = matrix.actors.findIndex((a) => a.id === 'kestrel-union');
		expect(row?.status?.status).toBe('accepted');
		expect(stances(row?.cells[kestrel] ? [row.cells[kestrel]] : [])).toEqual([`supports @${mar}`]);
	});
});

describe('the latest reported status is the current status everywhere', () => {
	const ferry = 'ferry-rights-restored';
	const byId = <T extends { demand: { id: string } }>(list: T[]) => list.find((entry) => entry.demand.id === ferry);

	test.each([
		['the home page', () => byId(homePage(graph).openDemands.items)?.status],
		['the demand page', () => demandPage(graph, demandEntry(ferry)).status],
		['the end of the demand timeline', () => statusEvents(demandPage(graph, demandEntry(ferry)).timeline.items).at(-1)],
		["its author's page", () => byId(actorPage(graph, actorEntry('valmora')).demandsMade.items)?.status],
		["an addressee's page", () => byId(actorPage(graph, actorEntry('harbour-league')).demandsReceived.items)?.status],
		["its topic's page", () => byId(topicPage(graph, get(graph.topic, 'ferry-dispute')).demands.items)?.status],
		['the demands index', () => byId(firstDemandsPage(graph).demands)?.status],
		['the stance matrix', () => byId(firstDemandsPage(graph).matrix.rows)?.status],
	])('on %s', (_, status) => {
		expect(status()).toMatchObject({ status: 'accepted', article: { id: mar } });
	});
});

describe('homePage', () => {
	const home = homePage(graph);

	test('lists articles newest first', () => {
		expect(summaries(home.articles)).toEqual([mar, feb, jan]);
	});

	test('shows at most three key actors, in the order the article lists them', () => {
		const january = home.articles.find((summary) => summary.article.id === jan);
		expect(january?.article.data.actors).toHaveLength(4);
		expect(ids(january?.keyActors)).toEqual(['asa-odegard', 'valmora', 'kestrel-union']);
		for (const summary of home.articles) expect(summary.keyActors.length).toBeLessThanOrEqual(3);
	});

	test('lists open demands with their author and current status, those without a status last', () => {
		expect(
			home.openDemands.items.map(({ demand, by, status }) => `${demand.id} by ${by?.data.name}: ${status?.status ?? 'no status'}`),
		).toEqual(['ferry-rights-restored by Valmora: accepted', 'tariff-freeze by Kestrel Union: no status']);
	});

	/** A newsroom where one demand's statuses are `history`, oldest first, beside one never given a status. */
	const homeWith = (history: Status[]) => {
		const articles = history.map((status, i) =>
			article(`report-${i}`, {
				title: `Report ${i}`,
				summary: 'A report.',
				published: new Date(Date.UTC(2025, i, 1)),
				demands: [{ demand: 'tracked', status }],
			}),
		);
		const demands = [
			demand('tracked', { title: 'Tracked demand', by: 'someone' }),
			demand('untracked', { title: 'Untracked demand', by: 'someone' }),
		];
		return ids(homePage(buildGraph({ articles, actors: [], demands, sources: [], topics: [] })).openDemands.items.map((d) => d.demand));
	};

	test.each<[string, boolean, Status[]]>([
		['met', false, ['new', 'met']],
		['withdrawn', false, ['new', 'withdrawn']],
		['accepted', true, ['new', 'accepted']],
		['rejected', true, ['new', 'rejected']],
		['under negotiation', true, ['under-negotiation']],
		['restated after being met', true, ['met', 'restated']],
		['with no status yet', true, []],
	])('a demand %s is open: %s', (_, open, history) => {
		expect(homeWith(history)).toEqual(open ? ['tracked', 'untracked'] : ['untracked']);
	});
});

describe('articlePage', () => {
	test('numbers sources in frontmatter order, keyed by `key` or else the source id, with their citation counts', () => {
		const page = articlePage(graph, withFindings(articleEntry(jan), { citedTimes: { wire: 2 } }));
		expect(
			page.sources.map(({ number, key, source, citedTimes }) => ({ number, key, source: source?.data.name, citedTimes })),
		).toEqual([
			{ number: 1, key: 'wire', source: 'Wire North', citedTimes: 2 },
			{ number: 2, key: 'ministere-des-cotes', source: 'Ministère des Côtes', citedTimes: 0 },
		]);
	});

	test('resolves its actors and topics', () => {
		const page = articlePage(graph, articleEntry(feb));
		expect(ids(page.actors)).toEqual(['valmora', 'kestrel-union']);
		expect(page.topics.map((t) => t.data.title)).toEqual(['Ferry dispute', 'Économie bleue']);
	});

	test.each([
		[jan, 'kestrel-union', 'opposes', 1, 'wire'],
		[feb, 'kestrel-union', 'mixed', 2, 'wire-b'],
		[feb, 'valmora', 'supports', undefined, undefined],
		[mar, 'kestrel-union', 'supports', 1, 'ministere-des-cotes'],
	])('at a glance, %s gives %s (%s) citation number %s', (id, actorId, stance, citationNumber, citationKey) => {
		const page = articlePage(graph, articleEntry(id));
		const ferry = page.atAGlance.find((entry) => entry.demand.id === 'ferry-rights-restored');
		const view = ferry?.positions.find((p) => p.actorId === actorId);
		expect(view).toMatchObject({ stance, citationNumber, citationKey });
		expect(view?.actor?.id).toBe(actorId);
	});

	test('at a glance, each demand comes with its author and the status this article reports', () => {
		const page = articlePage(graph, articleEntry(feb));
		expect(page.atAGlance.map(({ demand, by, status }) => [demand.id, by?.id, status])).toEqual([
			['ferry-rights-restored', 'valmora', 'under-negotiation'],
			['tariff-freeze', 'kestrel-union', undefined],
		]);
	});

	test('sorts corrections by date', () => {
		const page = articlePage(graph, articleEntry(mar));
		expect(page.corrections.map((c) => c.text)).toEqual(['The first correction.', 'The second correction.']);
		// The article's own list is left as the editor wrote it.
		expect(articleEntry(mar).data.corrections[0]?.text).toBe('The second correction.');
	});
});

describe('actorPage', () => {
	test('the Kestrel Union: demands made and received, its stance history, the articles it is mentioned in', () => {
		const page = actorPage(graph, actorEntry('kestrel-union'));
		expect(page.demandsMade.items.map((d) => d.demand.id)).toEqual(['tariff-freeze']);
		expect(page.demandsReceived.items.map((d) => [d.demand.id, d.by?.id, d.status?.status])).toEqual([
			['ferry-rights-restored', 'valmora', 'accepted'],
		]);
		expect(summaries(page.mentionedIn)).toEqual([mar, feb, jan]);

		expect(page.positions.items).toHaveLength(1);
		const [ferry] = page.positions.items;
		expect(ferry?.demand?.id).toBe('ferry-rights-restored');
		expect(ferry?.actor?.id).toBe('kestrel-union');
		expect(stances([ferry!.latest])).toEqual([`supports @${mar}`]);
		expect(stances(ferry!.history)).toEqual([`opposes @${jan}`, `mixed @${feb}`, `supports @${mar}`]);
	});

	test('groups positions per demand', () => {
		const g = buildGraph({
			articles: [
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
			actors: [actor('x', { name: 'X', kind: 'group' })],
			demands: [],
			sources: [],
			topics: [],
		});
		const page = actorPage(g, actor('x', { name: 'X', kind: 'group' }));
		const groups = page.positions.items.map((group) => [group.latest.demand, group.latest.stance, stances(group.history)]);
		// Order of the groups is checked on the demand page; here only what each holds.
		expect(groups.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
			['d1', 'supports', ['opposes @one', 'supports @two']],
			['d2', 'unclear', ['unclear @one']],
		]);
	});

	test('Åsa Ødegård: an article that reports only her position is among her articles', () => {
		const page = actorPage(graph, actorEntry('asa-odegard'));
		expect(summaries(page.mentionedIn)).toEqual([feb, jan]);
		expect(page.positions.items.map((group) => [group.demand?.id, group.latest.stance])).toEqual([['tariff-freeze', 'unclear']]);
		expect(page.demandsMade).toEqual({ items: [], more: 0 });
		expect(page.demandsReceived).toEqual({ items: [], more: 0 });
	});

	test('the Harbour League: a demand put to it, and no positions (only the draft reports one)', () => {
		const page = actorPage(graph, actorEntry('harbour-league'));
		expect(page.demandsReceived.items.map((d) => d.demand.id)).toEqual(['ferry-rights-restored']);
		expect(page.positions).toEqual({ items: [], more: 0 });
		expect(summaries(page.mentionedIn)).toEqual([jan]);
	});
});

describe('demandPage', () => {
	const page = demandPage(graph, demandEntry('ferry-rights-restored'));

	test('names who made it, to whom, under which topics', () => {
		expect(page.by?.data.name).toBe('Valmora');
		expect(page.addressedTo.map((a) => a.data.name)).toEqual(['Kestrel Union', 'Harbour League']);
		expect(page.topics.map((t) => t.data.title)).toEqual(['Ferry dispute']);
	});

	test('tells the status history oldest first, ending with the current status', () => {
		const history = statusEvents(page.timeline.items);
		expect(history.map((s) => `${s.status} @${s.article.id}`)).toEqual([
			`new @${jan}`,
			`under-negotiation @${feb}`,
			`accepted @${mar}`,
		]);
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
			{ actor: 'Valmora', latest: `supports @${feb}`, history: [`supports @${feb}`] },
		]);
	});

	test('lists the articles it is mentioned in, newest first', () => {
		expect(summaries(page.mentionedIn)).toEqual([mar, feb, jan]);
	});

	test('lists actors reported in the same article in the order it lists them', () => {
		const g = buildGraph({
			articles: [
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
			actors: [],
			demands: [],
			sources: [],
			topics: [],
		});
		const d = demand('d', { title: 'D', by: 'someone' });
		expect(demandPage(g, d).positions.items.map((group) => group.latest.actor)).toEqual(['first', 'second']);
	});

	test('lists the actor whose stance was reported most recently first', () => {
		const answers = (id: string, published: string, actorId: string) =>
			article(id, { title: id, summary: 'An answer.', published, demands: [{ demand: 'd', positions: [{ actor: actorId, stance: 'supports' }] }] });
		const g = buildGraph(contentOf([answers('early', '2025-01-01', 'early-bird'), answers('late', '2025-03-01', 'late-comer'), answers('middle', '2025-02-01', 'early-bird')]));
		expect(demandPage(g, demand('d', { title: 'D', by: 'someone' })).positions.items.map((group) => group.latest.actor)).toEqual([
			'late-comer',
			'early-bird',
		]);
	});

	test('a demand no article gives a status has no status and no history', () => {
		const tariff = demandPage(graph, demandEntry('tariff-freeze'));
		expect(tariff.status).toBeUndefined();
		expect(statusEvents(tariff.timeline.items)).toEqual([]);
		expect(tariff.positions.items.map((group) => group.actor?.data.name)).toEqual(['Åsa Ødegård']);
		expect(summaries(tariff.mentionedIn)).toEqual([feb]);
	});

	test('an addressee that names no actor is left out', () => {
		const loose = demand('loose', { title: 'Loose', by: 'valmora', addressedTo: ['nobody', 'kestrel-union'] });
		expect(ids(demandPage(graph, loose).addressedTo)).toEqual(['kestrel-union']);
	});
});

describe('sourcePage', () => {
	test.each([
		['wire-north', [`${feb}: Talks begin`, `${feb}: Union signals flexibility`, `${jan}: Valmora makes its demand`]],
		['ministere-des-cotes', [`${mar}: Accord signé`, `${jan}: Communiqué du ministère`]],
	])('%s lists every citation of it, newest article first', (id, expected) => {
		const page = sourcePage(graph, get(graph.source, id));
		const cited = page.mentionedIn.flatMap(({ article, citations }) => citations.map((citation) => `${article.id}: ${citation.title}`));
		expect(cited).toEqual(expected);
	});

	test('a source nobody cites or links is mentioned nowhere', () => {
		expect(sourcePage(graph, source('quiet', { name: 'Quiet', kind: 'other' })).mentionedIn).toEqual([]);
	});
});

describe('topicPage', () => {
	test.each([
		['ferry-dispute', [mar, feb, jan], ['ferry-rights-restored']],
		['economie-bleue', [feb], ['tariff-freeze']],
	])('%s lists its articles and demands', (id, articles, demands) => {
		const page = topicPage(graph, get(graph.topic, id));
		expect(summaries(page.mentionedIn)).toEqual(articles);
		expect(page.demands.items.map((d) => d.demand.id)).toEqual(demands);
	});
});

describe('index pages', () => {
	test('actors, by name, with how many articles each appears in', () => {
		expect(actorsIndex(graph).map(({ actor, articleCount }) => [actor.data.name, articleCount])).toEqual([
			['Åsa Ødegård', 2],
			['Harbour League', 1],
			['Kestrel Union', 3],
			['Valmora', 3],
		]);
	});

	test('demands, by title, with their current status', () => {
		expect(firstDemandsPage(graph).demands.map(({ demand, by, status }) => [demand.data.title, by?.data.name, status?.status])).toEqual([
			['Ferry rights must be restored', 'Valmora', 'accepted'],
			['Tariffs frozen at current levels', 'Kestrel Union', undefined],
		]);
	});

	test('sources, by name, counting each article once', () => {
		expect(sourcesIndex(graph).map(({ source, articleCount }) => [source.data.name, articleCount])).toEqual([
			['Ministère des Côtes', 2],
			['Wire North', 2],
		]);
	});

	test('topics, by title, accents sorting with their letter', () => {
		expect(topicsIndex(graph).map(({ topic, articleCount }) => [topic.data.title, articleCount])).toEqual([
			['Économie bleue', 1],
			['Ferry dispute', 3],
		]);
	});

	const shuffled = ['Zed', 'émile', 'Ørsted', 'Eagle', 'Alpha 10', 'oslo', 'Åsa', 'Alpha 9', 'ast'];
	const sorted = ['Alpha 9', 'Alpha 10', 'Åsa', 'ast', 'Eagle', 'émile', 'Ørsted', 'oslo', 'Zed'];
	const slug = (name: string) => `entry-${shuffled.indexOf(name)}`;

	test.each([
		['actorsIndex', () => actorsIndex(buildGraph({ articles: [], actors: shuffled.map((name) => actor(slug(name), { name, kind: 'person' })), demands: [], sources: [], topics: [] })).map((row) => row.actor.data.name)],
		['demandsIndex', () => demandsIndex(buildGraph({ articles: [], actors: [], demands: shuffled.map((title) => demand(slug(title), { title, by: 'a' })), sources: [], topics: [] })).flatMap((page) => page.demands).map((row) => row.demand.data.title)],
		['sourcesIndex', () => sourcesIndex(buildGraph({ articles: [], actors: [], demands: [], sources: shuffled.map((name) => source(slug(name), { name, kind: 'other' })), topics: [] })).map((row) => row.source.data.name)],
		['topicsIndex', () => topicsIndex(buildGraph({ articles: [], actors: [], demands: [], sources: [], topics: shuffled.map((title) => topic(slug(title), { title, kind: 'theme' })) })).map((row) => row.topic.data.title)],
	])('%s ignores case and accents and reads numbers as numbers', (_, names) => {
		expect(names()).toEqual(sorted);
	});
});

describe('articlePage, reading aids', () => {
	const plain = { title: 'Plain', summary: 'Plain.', published: '2025-03-01' };
	const pageOf = (data: Partial<Parameters<typeof article>[1]>, text?: string) =>
		articlePage(buildGraph(contentOf([])), article('plain', { ...plain, ...data }, text === undefined ? undefined : `<p>${text}</p>`));

	test.each([
		['no update or correction: none', {}, undefined],
		['updated the day it was published: none', { updated: '2025-03-01' }, undefined],
		['updated later: the update', { updated: '2025-03-05' }, '2025-03-05'],
		['a correction later than the update: the correction', { updated: '2025-03-05', corrections: [{ date: '2025-03-09', text: 'Fixed.' }] }, '2025-03-09'],
		['a correction before the update: the update', { updated: '2025-03-05', corrections: [{ date: '2025-03-02', text: 'Fixed.' }] }, '2025-03-05'],
	])('modified, %s', (_, data, expected) => {
		const { modified } = pageOf(data);
		expect(modified && day(modified)).toBe(expected);
	});

	test.each([
		['no body', 1, undefined],
		['a few words', 1, 'Valmora wants its ferries back.'],
		['460 words', 2, 'word '.repeat(460)],
		['690 words across paragraphs', 3, 'word</p><p>word '.repeat(345)],
		['620 words, rounded', 3, 'word '.repeat(620)],
		['550 words, rounded', 2, 'word '.repeat(550)],
	])('reading time for %s: %s min', (_, minutes, body) => {
		expect(pageOf({}, body).readingMinutes).toBe(minutes);
	});

	const h2 = (text: string) => ({ depth: 2, slug: text.toLowerCase(), text });
	const h3 = (text: string) => ({ depth: 3, slug: text.toLowerCase(), text });
	const tocOf = (headings: { depth: number; slug: string; text: string }[]) =>
		articlePage(buildGraph(contentOf([])), withFindings(article('plain', plain), { headings })).toc.map((h) => h.text);

	test.each([
		['no headings: no contents', [], []],
		['two sections: no contents', [h2('Why'), h2('What next')], []],
		['two sections with subsections: no contents', [h2('Why'), h3('Before'), h3('After'), h2('What next')], []],
		['three sections: contents', [h2('Why'), h2('Who'), h2('What next')], ['Why', 'Who', 'What next']],
		['three sections and subsections: only the sections', [h2('Why'), h3('Before'), h2('Who'), h2('What next')], ['Why', 'Who', 'What next']],
	])('%s', (_, headings, expected) => {
		expect(tocOf(headings)).toEqual(expected);
	});

	test('a table of contents links each section by its slug', () => {
		const page = articlePage(buildGraph(contentOf([])), withFindings(article('plain', plain), { headings: [h2('Why'), h2('Who'), h2('What next')] }));
		expect(page.toc.map((h) => h.slug)).toEqual(['why', 'who', 'what next']);
	});

	test('the newsroom articles list related explainers, never themselves', () => {
		expect(summaries(articlePage(graph, articleEntry(mar)).related)).toEqual([feb, jan]);
		// February shares three of January's actors (Åsa Ødegård through her position alone), March two.
		expect(summaries(articlePage(graph, articleEntry(jan)).related)).toEqual([feb, mar]);
	});
});

describe('relatedArticles', () => {
	// The subject covers two demands, two actors and two topics; each other article shares a different part of that.
	const shares = (id: string, published: string, demands: string[], actors: string[], topics: string[]) =>
		article(id, {
			title: id,
			summary: 'Related, or not.',
			published,
			demands: demands.map((d) => ({ demand: d })),
			actors,
			topics,
		});
	const subject = shares('subject', '2025-06-01', ['d1', 'd2'], ['a1', 'a2'], ['t1', 't2']);
	const others = [
		// Oldest of all, but shares the most demands.
		shares('two-demands', '2025-01-01', ['d1', 'd2'], [], []),
		shares('demand-two-actors', '2025-01-02', ['d1'], ['a1', 'a2'], []),
		shares('demand-actor-two-topics', '2025-01-03', ['d2'], ['a2'], ['t1', 't2']),
		shares('demand-actor-topic-newer', '2025-01-05', ['d1'], ['a1'], ['t1']),
		shares('demand-actor-topic-older', '2025-01-04', ['d2'], ['a2'], ['t2']),
		// Same day as the one above: the id decides.
		shares('demand-actor-topic-older-twin', '2025-01-04', ['d1'], ['a1'], ['t2']),
		// The newest, sharing every actor and topic but no demand.
		shares('actors-and-topics-only', '2025-07-01', [], ['a1', 'a2'], ['t1', 't2']),
		shares('unrelated', '2025-08-01', ['d3'], ['a3'], ['t3']),
	];
	const ranking = [
		'two-demands',
		'demand-two-actors',
		'demand-actor-two-topics',
		'demand-actor-topic-newer',
		'demand-actor-topic-older',
		'demand-actor-topic-older-twin',
		'actors-and-topics-only',
	];
	const g = buildGraph(contentOf([subject, ...others]));

	test('ranks by shared demands, then actors, then topics, then recency, leaving out what shares nothing', () => {
		expect(ids(relatedArticles(g, subject, 10))).toEqual(ranking);
	});

	test('lists at most five by default, on the article page too', () => {
		expect(ids(relatedArticles(g, subject))).toEqual(ranking.slice(0, 5));
		expect(summaries(articlePage(g, subject).related)).toEqual(ranking.slice(0, 5));
	});

	test('is the same whatever order the content was loaded in', () => {
		const reloaded = buildGraph(contentOf([...others].reverse().concat(subject)));
		expect(ids(relatedArticles(reloaded, subject, 10))).toEqual(ranking);
	});

	test('a demand listed twice counts once', () => {
		const twice = shares('twice', '2025-06-02', ['d1', 'd1', 'd2'], [], []);
		const h = buildGraph(contentOf([twice, ...others]));
		// Counted twice, d1 would put every article sharing it before those sharing d2.
		expect(ids(relatedArticles(h, twice, 10))).toEqual([
			'two-demands',
			'demand-actor-topic-newer',
			'demand-actor-topic-older',
			'demand-actor-topic-older-twin',
			'demand-actor-two-topics',
			'demand-two-actors',
		]);
	});

	test('sharing is mutual: an actor an article names only in a position is shared from either side', () => {
		// The graph counts an actor whose position an article reports among that article's actors (articlesByActor).
		const reportsPosition = article('reports-position', {
			title: 'Reports a position',
			summary: 'Only a position.',
			published: '2025-01-02',
			demands: [{ demand: 'd9', positions: [{ actor: 'a1', stance: 'supports' }] }],
		});
		const listsActor = article('lists-actor', { title: 'Lists the actor', summary: 'Lists a1.', published: '2025-01-01', actors: ['a1'] });
		const h = buildGraph(contentOf([reportsPosition, listsActor]));
		expect(ids(relatedArticles(h, listsActor))).toEqual(['reports-position']);
		expect(ids(relatedArticles(h, reportsPosition))).toEqual(['lists-actor']);
	});

	test('an article sharing nothing has no related articles', () => {
		expect(relatedArticles(g, get(g.article, 'unrelated'))).toEqual([]);
	});
});

describe('demandTimeline', () => {
	const reports = (id: string, published: string, entry: { status?: Status; positions?: { actor: string; stance: 'supports' | 'opposes' | 'mixed' | 'no-response' | 'unclear' }[] }, draft = false) =>
		article(id, { title: id, summary: 'A report.', published, draft, demands: [{ demand: 'd', ...entry }] });
	const timelineOf = (articles: Article[], firstRaised?: string) => {
		const d = demand('d', { title: 'D', by: 'someone', firstRaised });
		return demandTimeline(buildGraph(contentOf(articles, { demands: [d], actors: [actor('x', { name: 'X', kind: 'group' })] })), d).map(line);
	};

	test('the tariff freeze, with no firstRaised, was raised by the first article to report it', () => {
		expect(demandTimeline(graph, demandEntry('tariff-freeze')).map(line)).toEqual([
			`2025-02-14 raised @${feb}`,
			`2025-02-14 Åsa Ødegård unclear @${feb}`,
		]);
	});

	test.each([
		['no article and no firstRaised: nothing', [], undefined, []],
		['only firstRaised', [], '2025-01-01', ['2025-01-01 raised']],
		[
			'firstRaised before the first report',
			[reports('later', '2025-03-01', { status: 'restated' }), reports('first', '2025-02-01', { status: 'new' })],
			'2025-01-01',
			['2025-01-01 raised', '2025-02-01 status new @first', '2025-03-01 status restated @later'],
		],
		[
			'no firstRaised: raised by the oldest report, not the first loaded',
			[reports('later', '2025-03-01', {}), reports('first', '2025-02-01', {})],
			undefined,
			['2025-02-01 raised @first'],
		],
		[
			'a status repeated by a later article is told again',
			[reports('one', '2025-01-01', { status: 'rejected' }), reports('two', '2025-02-01', { status: 'rejected' })],
			undefined,
			['2025-01-01 raised @one', '2025-01-01 status rejected @one', '2025-02-01 status rejected @two'],
		],
		[
			'a stance is told when first taken and when it changes, not when restated',
			[
				reports('one', '2025-01-01', { positions: [{ actor: 'x', stance: 'supports' }] }),
				reports('two', '2025-02-01', { positions: [{ actor: 'x', stance: 'supports' }] }),
				reports('three', '2025-03-01', { positions: [{ actor: 'x', stance: 'opposes' }] }),
				reports('four', '2025-04-01', { positions: [{ actor: 'x', stance: 'supports' }] }),
			],
			undefined,
			['2025-01-01 raised @one', '2025-01-01 X supports @one', '2025-03-01 X supports → opposes @three', '2025-04-01 X opposes → supports @four'],
		],
		[
			'an actor with no entry is named by its id',
			[reports('one', '2025-01-01', { positions: [{ actor: 'ghost', stance: 'mixed' }] })],
			'2025-01-01',
			['2025-01-01 raised', '2025-01-01 ghost mixed @one'],
		],
		[
			'on one day: raised, then status, then stance, whichever article reports them',
			[
				reports('a-stance', '2025-05-01', { positions: [{ actor: 'x', stance: 'opposes' }] }),
				reports('b-status', '2025-05-01', { status: 'new' }),
			],
			'2025-05-01',
			['2025-05-01 raised', '2025-05-01 status new @b-status', '2025-05-01 X opposes @a-stance'],
		],
		[
			'drafts tell nothing, not even when the demand was raised',
			[
				reports('draft-first', '2025-01-01', { status: 'new', positions: [{ actor: 'x', stance: 'supports' }] }, true),
				reports('published', '2025-02-01', { status: 'restated', positions: [{ actor: 'x', stance: 'supports' }] }),
				reports('draft-last', '2025-03-01', { status: 'withdrawn', positions: [{ actor: 'x', stance: 'opposes' }] }, true),
			],
			undefined,
			['2025-02-01 raised @published', '2025-02-01 status restated @published', '2025-02-01 X supports @published'],
		],
	] as [string, Article[], string | undefined, string[]][])('%s', (_, articles, firstRaised, expected) => {
		expect(timelineOf(articles, firstRaised)).toEqual(expected);
	});

	test('a stance change names the stance before it', () => {
		const changes = demandTimeline(graph, demandEntry('ferry-rights-restored')).flatMap((event) =>
			event.kind === 'stance' ? [[event.position.actor, event.previous, event.position.stance]] : [],
		);
		expect(changes).toEqual([
			['kestrel-union', undefined, 'opposes'],
			['kestrel-union', 'opposes', 'mixed'],
			['valmora', undefined, 'supports'],
			['kestrel-union', 'mixed', 'supports'],
		]);
	});
});

describe('stanceMatrix', () => {
	const cells = (matrix: ReturnType<typeof stanceMatrix>) =>
		matrix.rows.map((row) => [row.demand.id, row.status?.status, ...row.cells.map((cell) => (cell ? `${cell.stance} @${cell.article.id}` : '—'))]);

	test('the demands index: a column per actor with a position, by name; each cell the latest position', () => {
		const { matrix } = firstDemandsPage(graph);
		// The Harbour League's only position is in the draft.
		expect(matrix.actors.map((a) => a.data.name)).toEqual(['Åsa Ødegård', 'Kestrel Union', 'Valmora']);
		expect(cells(matrix)).toEqual([
			['ferry-rights-restored', 'accepted', '—', `supports @${mar}`, `supports @${feb}`],
			['tariff-freeze', undefined, `unclear @${feb}`, '—', '—'],
		]);
	});

	test('rows come in the order given, and columns only for the actors of those demands', () => {
		const matrix = stanceMatrix(graph, [demandEntry('tariff-freeze')]);
		expect(ids(matrix.actors)).toEqual(['asa-odegard']);
		expect(cells(matrix)).toEqual([['tariff-freeze', undefined, `unclear @${feb}`]]);
		expect(stanceMatrix(graph, [demandEntry('tariff-freeze'), demandEntry('ferry-rights-restored')]).rows.map((r) => r.demand.id)).toEqual([
			'tariff-freeze',
			'ferry-rights-restored',
		]);
	});


	test('columns sort by name whatever the ids, and a position by an actor with no entry makes no column', () => {
		const d = demand('d', { title: 'D', by: 'someone' });
		const g = buildGraph(
			contentOf(
				[
					article('one', {
						title: 'One',
						summary: 'Answers.',
						published: '2025-01-01',
						demands: [
							{
								demand: 'd',
								positions: [
									{ actor: 'a-zed', stance: 'supports' },
									{ actor: 'ghost', stance: 'opposes' },
									{ actor: 'z-alpha', stance: 'mixed' },
								],
							},
						],
					}),
				],
				{ demands: [d], actors: [actor('a-zed', { name: 'Zed', kind: 'person' }), actor('z-alpha', { name: 'alpha', kind: 'person' })] },
			),
		);
		const matrix = stanceMatrix(g, [d]);
		expect(matrix.actors.map((a) => a.data.name)).toEqual(['alpha', 'Zed']);
		expect(cells(matrix)).toEqual([['d', undefined, 'mixed @one', 'supports @one']]);
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

	test.each<[EntityKind, (g: ReturnType<typeof buildGraph>) => string[]]>([
		['actors', (g) => summaries(actorPage(g, get(g.actor, 'x')).mentionedIn)],
		['demands', (g) => summaries(demandPage(g, get(g.demand, 'x')).mentionedIn)],
		['sources', (g) => summaries(sourcePage(g, get(g.source, 'x')).mentionedIn)],
		['topics', (g) => summaries(topicPage(g, get(g.topic, 'x')).mentionedIn)],
	])('the %s page lists articles that link it without listing it, each once, newest first, drafts left out', (kind, mentioned) => {
		expect(mentioned(buildGraph(content(kind)))).toEqual(['links', 'lists-and-links', 'lists']);
	});

	test('the source page gives each article the reports it cites, and none for an article that only links it', () => {
		const g = buildGraph(content('sources'));
		expect(sourcePage(g, get(g.source, 'x')).mentionedIn.map(({ article, citations }) => [article.id, citations.map((c) => c.title)])).toEqual([
			['links', []],
			['lists-and-links', ['A report']],
			['lists', ['A report']],
		]);
	});
});

describe('entityFeeds', () => {
	const feeds = entityFeeds(graph);

	test('one feed per actor, demand, source and topic', () => {
		expect(feeds.map((feed) => `${feed.kind}/${feed.id}: ${feed.name}`).sort()).toEqual([
			'actors/asa-odegard: Åsa Ødegård',
			'actors/harbour-league: Harbour League',
			'actors/kestrel-union: Kestrel Union',
			'actors/valmora: Valmora',
			'demands/ferry-rights-restored: Ferry rights must be restored',
			'demands/tariff-freeze: Tariffs frozen at current levels',
			'sources/ministere-des-cotes: Ministère des Côtes',
			'sources/wire-north: Wire North',
			'topics/economie-bleue: Économie bleue',
			'topics/ferry-dispute: Ferry dispute',
		]);
	});

	// Each of these the draft lists, cites or links too.
	test.each([
		['actors', 'harbour-league', '/actors/harbour-league/rss.xml', [jan]],
		['actors', 'asa-odegard', '/actors/asa-odegard/rss.xml', [feb, jan]],
		['demands', 'tariff-freeze', '/demands/tariff-freeze/rss.xml', [feb]],
		['demands', 'ferry-rights-restored', '/demands/ferry-rights-restored/rss.xml', [mar, feb, jan]],
		['sources', 'ministere-des-cotes', '/sources/ministere-des-cotes/rss.xml', [mar, jan]],
		['sources', 'wire-north', '/sources/wire-north/rss.xml', [feb, jan]],
		['topics', 'economie-bleue', '/topics/economie-bleue/rss.xml', [feb]],
	])('%s %s: served at %s, with only its own published articles, newest first', (kind, id, path, articles) => {
		const feed = feeds.find((f) => f.kind === kind && f.id === id);
		expect(feed?.path).toBe(path);
		expect(ids(feed?.articles)).toEqual(articles);
	});

	test('an article that links an entity in its body is in that entity\'s feed', () => {
		const g = buildGraph(
			contentOf([article('links', { title: 'Links', summary: 'Links.', published: '2025-01-01' }, '<a href="/topics/x/">x</a>')], {
				topics: [topic('x', { title: 'X', kind: 'theme' }), topic('y', { title: 'Y', kind: 'theme' })],
			}),
		);
		expect(entityFeeds(g).map((feed) => [feed.id, ids(feed.articles)])).toEqual([
			['x', ['links']],
			['y', []],
		]);
	});
});

describe('feedOptions', () => {
	const site = new URL('https://dossier.example.org');
	const many = Array.from({ length: 60 }, (_, i) =>
		article(`report-${String(i).padStart(2, '0')}`, { title: `Report ${i}`, summary: 'A report.', published: new Date(Date.UTC(2025, 0, 1 + i)) }),
	);
	const options = feedOptions({
		title: 'Dossier: Valmora',
		description: 'Explainers on Valmora, newest first.',
		path: '/actors/valmora/rss.xml',
		page: '/actors/valmora/',
		articles: buildGraph(contentOf(many)).articles,
		site,
		lang: 'en',
	});

	test(`carries the latest ${feedLimit} items of 60, newest first`, () => {
		expect(feedLimit).toBe(50);
		expect(options.items).toHaveLength(feedLimit);
		expect(options.items[0]?.title).toBe('Report 59');
		expect(options.items.at(-1)?.title).toBe('Report 10');
	});

	test('links the channel to the page the feed follows, and itself by an atom self link', () => {
		expect(options.site).toBe('https://dossier.example.org/actors/valmora/');
		expect(options.customData).toContain(
			'<atom:link href="https://dossier.example.org/actors/valmora/rss.xml" rel="self" type="application/rss+xml"/>',
		);
		expect(options.customData).toContain('<language>en</language>');
	});
});

describe('bounded lists, so no page grows with the newsroom', () => {
	const month = (i: number) => new Date(Date.UTC(2020, i, 1));
	const stanceOf = (i: number) => (i % 2 ? 'opposes' : 'supports') as 'opposes' | 'supports';

	test('a demand timeline keeps when it was raised, then its latest 49 events, and counts the rest', () => {
		const d = demand('d', { title: 'D', by: 'someone', firstRaised: '2019-06-01' });
		const reports = Array.from({ length: 60 }, (_, i) =>
			article(`report-${String(i).padStart(2, '0')}`, { title: `Report ${i}`, summary: 'A report.', published: month(i), demands: [{ demand: 'd', status: 'restated' }] }),
		);
		const { timeline } = demandPage(buildGraph(contentOf(reports, { demands: [d] })), d);
		expect(timeline.items).toHaveLength(50);
		expect(timeline.more).toBe(11);
		expect(timeline.items.slice(0, 2).map(line)).toEqual(['2019-06-01 raised', '2020-12-01 status restated @report-11']);
		expect(line(timeline.items.at(-1)!)).toBe('2024-12-01 status restated @report-59');
	});

	test('a stance history keeps the latest stance and ten before it, and counts the earlier ones', () => {
		const reports = Array.from({ length: 15 }, (_, i) =>
			article(`report-${String(i).padStart(2, '0')}`, { title: `Report ${i}`, summary: 'A report.', published: month(i), demands: [{ demand: 'd', positions: [{ actor: 'x', stance: stanceOf(i) }] }] }),
		);
		const [group] = actorPage(buildGraph(contentOf(reports)), actor('x', { name: 'X', kind: 'group' })).positions.items;
		expect(group?.history).toHaveLength(11);
		expect(group?.history[0]?.article.id).toBe('report-04');
		expect(group?.history.at(-1)).toBe(group?.latest);
		expect(group?.earlierNotShown).toBe(4);
	});

	test("an actor's positions show the 50 most recently reported demands and count the rest", () => {
		const reports = Array.from({ length: 55 }, (_, i) =>
			article(`report-${String(i).padStart(2, '0')}`, { title: `Report ${i}`, summary: 'A report.', published: month(i), demands: [{ demand: `d${i}`, positions: [{ actor: 'x', stance: 'supports' }] }] }),
		);
		const { positions } = actorPage(buildGraph(contentOf(reports)), actor('x', { name: 'X', kind: 'group' }));
		expect(positions.items).toHaveLength(50);
		expect(positions.more).toBe(5);
		expect([positions.items[0]?.latest.demand, positions.items.at(-1)?.latest.demand]).toEqual(['d54', 'd5']);
	});

	test('the home page shows ten open demands and counts the rest', () => {
		const demands = Array.from({ length: 12 }, (_, i) => demand(`d${i}`, { title: `Demand ${i}`, by: 'someone' }));
		const { openDemands } = homePage(buildGraph(contentOf([], { demands })));
		expect(openDemands.items.map((d) => d.demand.data.title)).toEqual(Array.from({ length: 10 }, (_, i) => `Demand ${i}`));
		expect(openDemands.more).toBe(2);
	});

	test('the stance matrix has a column for each of the twelve most active parties, by name, and counts the rest', () => {
		const names = ['Aaron', ...Array.from({ length: 12 }, (_, i) => `Party ${i + 1}`)];
		const actors = names.map((name, i) => actor(`p${i}`, { name, kind: 'group' }));
		const d1 = demand('d1', { title: 'One', by: 'someone' });
		const d2 = demand('d2', { title: 'Two', by: 'someone' });
		const report = article('report', {
			title: 'Report',
			summary: 'Everyone answers.',
			published: '2025-01-01',
			demands: [
				// Aaron, first by name, answers one demand; every other party answers both.
				{ demand: 'd1', positions: actors.map((a) => ({ actor: a.id, stance: 'supports' as const })) },
				{ demand: 'd2', positions: actors.slice(1).map((a) => ({ actor: a.id, stance: 'opposes' as const })) },
			],
		});
		const matrix = stanceMatrix(buildGraph(contentOf([report], { actors, demands: [d1, d2] })), [d1, d2]);
		expect(matrix.actors.map((a) => a.data.name)).toEqual(Array.from({ length: 12 }, (_, i) => `Party ${i + 1}`));
		expect(matrix.actorsNotShown).toBe(1);
		expect(matrix.rows.map((row) => row.cells.length)).toEqual([12, 12]);
	});

	test('the demands index is cut into pages of 50, each with the matrix of its own demands', () => {
		const demands = Array.from({ length: 51 }, (_, i) => demand(`d${i}`, { title: `Demand ${String(i + 1).padStart(2, '0')}`, by: 'someone' }));
		const pages = demandsIndex(buildGraph(contentOf([], { demands })));
		expect(pages.map((page) => [page.param, page.demands.length, page.matrix.rows.length, page.pagination])).toEqual([
			[undefined, 50, 50, { current: 1, last: 2, prev: undefined, next: '/demands/page/2/' }],
			['page/2', 1, 1, { current: 2, last: 2, prev: '/demands/', next: undefined }],
		]);
		expect(pages[1]?.matrix.rows.map((row) => row.demand.data.title)).toEqual(['Demand 51']);
	});

	test('related reading still finds a shared demand far off in time, among 500 articles sharing an actor', () => {
		const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i));
		const crowd = Array.from({ length: 500 }, (_, i) =>
			article(`crowd-${String(i).padStart(3, '0')}`, { title: `Crowd ${i}`, summary: 'Everyone.', published: day(i), actors: ['everywhere'] }),
		);
		const subject = article('subject', { title: 'Subject', summary: 'Here.', published: day(250), actors: ['everywhere'], demands: [{ demand: 'd' }] });
		const farOff = article('far-off', { title: 'Far off', summary: 'Long ago.', published: '2010-01-01', demands: [{ demand: 'd' }] });
		const related = ids(relatedArticles(buildGraph(contentOf([...crowd, subject, farOff])), subject));
		expect(related[0]).toBe('far-off');
		expect(related).toHaveLength(5);
	});
});
