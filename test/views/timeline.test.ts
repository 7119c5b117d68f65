/**
 * How a demand evolves: when it was raised, each status an article reports
 * and each change of stance, oldest first, and bounded on the demand page.
 */
import { describe, expect, test } from 'vitest';
import { type Article, buildGraph } from '../../src/lib/graph.ts';
import type { Stance, Status } from '../../src/lib/schemas.ts';
import { demandView } from '../../src/lib/views/entity.ts';
import { demandTimeline } from '../../src/lib/views/timeline.ts';
import { actor, article, contentOf, demand, newsroom, newsroomIds } from '../helpers/entries.ts';
import { line } from '../helpers/views.ts';

const { feb } = newsroomIds;
const graph = buildGraph(newsroom());

const demandEntry = (id: string) => {
	const entry = graph.entities.demands.get(id);
	if (!entry) throw new Error(`no ${id} in the fixture`);
	return entry;
};

describe('demandTimeline', () => {
	const reports = (id: string, published: string, entry: { status?: Status; positions?: { actor: string; stance: Stance }[] }, draft = false) =>
		article(id, { title: id, summary: 'A report.', published, draft, demands: [{ demand: 'd', ...entry }] });
	const timelineOf = (articles: Article[], firstRaised?: string) => {
		const d = demand('d', { title: 'D', by: 'someone', firstRaised });
		return demandTimeline(buildGraph(contentOf(articles, { demands: [d], actors: [actor('x', { name: 'X', kind: 'group' })] })), d).map(line);
	};

	test('the tariff freeze, with no firstRaised, was raised by the first article to report it', () => {
		expect(demandTimeline(graph, demandEntry('tariff-freeze')).map(line)).toEqual([`2025-02-14 raised @${feb}`, `2025-02-14 Åsa Ødegård unclear @${feb}`]);
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
			[reports('a-stance', '2025-05-01', { positions: [{ actor: 'x', stance: 'opposes' }] }), reports('b-status', '2025-05-01', { status: 'new' })],
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
			['kestrel-union', 'mixed', 'supports'],
		]);
	});
});

describe('bounded lists, so no page grows with the newsroom', () => {
	const month = (i: number) => new Date(Date.UTC(2020, i, 1));

	test('a demand timeline keeps when it was raised, then its latest 49 events, and counts the rest', () => {
		const d = demand('d', { title: 'D', by: 'someone', firstRaised: '2019-06-01' });
		const reports = Array.from({ length: 60 }, (_, i) =>
			article(`report-${String(i).padStart(2, '0')}`, {
				title: `Report ${i}`,
				summary: 'A report.',
				published: month(i),
				demands: [{ demand: 'd', status: 'restated' }],
			}),
		);
		const { timeline } = demandView(buildGraph(contentOf(reports, { demands: [d] })), 'd');
		expect(timeline.items).toHaveLength(50);
		expect(timeline.more).toBe(11);
		expect(timeline.items.slice(0, 2).map(line)).toEqual(['2019-06-01 raised', '2020-12-01 status restated @report-11']);
		expect(line(timeline.items.at(-1)!)).toBe('2024-12-01 status restated @report-59');
	});
});
