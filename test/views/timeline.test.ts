/**
 * How a demand's status changed, a day at a time, newest first: the day it was
 * raised (only from its firstRaised), and each article that gave it a status
 * other than the one before; the demand page shows the latest days and links to
 * all of them on pages of their own.
 */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/graph.ts';
import type { Article } from '../../src/model/entry.ts';
import type { Status } from '../../src/model/schemas.ts';
import { demandView } from '../../src/views/entity/entity.ts';
import { demandTimeline } from '../../src/views/entity/timeline.ts';
import { article, contentOf, demand, newsroom } from '../helpers/entries.ts';
import { line } from '../helpers/views.ts';

const graph = buildGraph(newsroom());

const demandEntry = (id: string) => {
	const entry = graph.entities.demands.get(id);
	if (!entry) throw new Error(`no ${id} in the fixture`);
	return entry;
};

describe('demandTimeline', () => {
	const reports = (id: string, published: string, status?: Status, draft = false) =>
		article(id, { title: id, summary: 'A report.', published, draft, demands: [{ demand: 'd', ...(status ? { status } : {}) }] });
	const timelineOf = (articles: Article[], firstRaised?: string) => {
		const d = demand('d', { title: 'D', by: 'someone', firstRaised });
		return demandTimeline(buildGraph(contentOf(articles, { demands: [d] })), d).map(line);
	};

	test('the tariff freeze has no status and no firstRaised: its timeline is empty (its stance is under the parties)', () => {
		expect(demandTimeline(graph, demandEntry('tariff-freeze')).map(line)).toEqual([]);
	});

	test.each([
		['no article and no firstRaised: nothing', [], undefined, []],
		['only firstRaised', [], '2025-01-01', ['2025-01-01 | raised']],
		[
			'firstRaised before the first report, newest first',
			[reports('later', '2025-03-01', 'rejected'), reports('first', '2025-02-01', 'new')],
			'2025-01-01',
			['2025-03-01 | @later: status rejected', '2025-02-01 | @first: status new', '2025-01-01 | raised'],
		],
		[
			'no firstRaised: no "raised" entry, and an article with no status makes no day',
			[reports('later', '2025-03-01'), reports('first', '2025-02-01', 'new')],
			undefined,
			['2025-02-01 | @first: status new'],
		],
		['firstRaised on a day an article reports: the day once', [reports('one', '2025-01-01', 'new')], '2025-01-01', ['2025-01-01 | raised | @one: status new']],
		[
			'a status repeated by a later article is no change: only the first tells it',
			[reports('one', '2025-01-01', 'rejected'), reports('two', '2025-02-01', 'rejected'), reports('three', '2025-03-01', 'accepted')],
			undefined,
			['2025-03-01 | @three: status accepted', '2025-01-01 | @one: status rejected'],
		],
		[
			'two articles on one day: each once, oldest first, whatever order they were loaded in',
			[reports('b-later', '2025-05-01T18:00:00Z', 'rejected'), reports('a-earlier', '2025-05-01T09:00:00Z', 'new')],
			undefined,
			['2025-05-01 | @a-earlier: status new | @b-later: status rejected'],
		],
		[
			'drafts tell nothing',
			[
				reports('draft-first', '2025-01-01', 'new', true),
				reports('published', '2025-02-01', 'restated'),
				reports('draft-last', '2025-03-01', 'withdrawn', true),
			],
			undefined,
			['2025-02-01 | @published: status restated'],
		],
	] as [string, Article[], string | undefined, string[]][])('%s', (_, articles, firstRaised, expected) => {
		expect(timelineOf(articles, firstRaised)).toEqual(expected);
	});

	test('the ferry demand: its changes of status, newest first, ending with the day it was raised', () => {
		expect(demandTimeline(graph, demandEntry('ferry-rights-restored')).map(line)).toMatchInlineSnapshot(`
			[
			  "2025-03-20 | @2025-03-20-ferry-deal: status accepted",
			  "2025-02-14 | @2025-02-14-talks-open: status under-negotiation",
			  "2025-01-10 | @2025-01-10-ferry-demand: status new",
			  "2024-12-01 | raised",
			]
		`);
	});
});

describe('the demand page shows the latest days and links to all of them', () => {
	const month = (i: number) => new Date(Date.UTC(2020, i, 1));
	const alternating = (n: number) =>
		Array.from({ length: n }, (_, i) =>
			article(`report-${String(i).padStart(2, '0')}`, {
				title: `Report ${i}`,
				summary: 'A report.',
				published: month(i),
				demands: [{ demand: 'd', status: i % 2 ? 'rejected' : 'under-negotiation' }],
			}),
		);

	test('sixty changes: the latest four on the demand page, all sixty and the day it was raised on its timeline pages', () => {
		const d = demand('d', { title: 'D', by: 'someone', firstRaised: '2019-06-01' });
		const { timeline } = demandView(buildGraph(contentOf(alternating(60), { demands: [d] })), 'd');
		expect(timeline.items.map(line)).toEqual([
			'2024-12-01 | @report-59: status rejected',
			'2024-11-01 | @report-58: status under-negotiation',
			'2024-10-01 | @report-57: status rejected',
			'2024-09-01 | @report-56: status under-negotiation',
		]);
		expect([timeline.total, timeline.href]).toEqual([61, '/demands/d/timeline/']);
	});

	test('a short timeline is whole on the demand page, with no link', () => {
		const d = demand('d', { title: 'D', by: 'someone' });
		const { timeline } = demandView(buildGraph(contentOf(alternating(3), { demands: [d] })), 'd');
		expect([timeline.items.length, timeline.total, timeline.href]).toEqual([3, 3, undefined]);
	});
});
