/**
 * Corrections as readers see them: in order on the article, moving its
 * "last modified" date, on the site-wide corrections page and in feeds.
 */
import { instantOf, type WrittenDate } from '../src/model/dates.ts';
import { describe, expect, test } from 'vitest';
import { feedItem } from '../src/outputs/feeds/feed-items.ts';
import { buildGraph } from '../src/graph/graph.ts';
import type { Article } from '../src/model/entry.ts';
import { correctionsOf, lastModified } from '../src/model/corrections.ts';
import { allCorrections } from '../src/views/lists/all-corrections.ts';
import { article, contentOf } from './helpers/entries.ts';

type Correction = { date: string; text: string };

const withCorrections = (id: string, corrections: Correction[], extra: { published?: string; updated?: string; draft?: boolean } = {}) =>
	article(id, { title: id, summary: `About ${id}.`, published: '2025-03-01', ...extra, corrections });

/** Every correction on a site of these articles. */
const correctionsOnSite = (articles: Article[]) => allCorrections(buildGraph(contentOf(articles)));

const day = (date: WrittenDate) => instantOf(date).toISOString().slice(0, 10);

describe('correctionsOf', () => {
	const written = withCorrections('ferry-deal', [
		{ date: '2025-03-25', text: 'Second.' },
		{ date: '2025-03-21', text: 'First.' },
		{ date: '2025-04-02', text: 'Third.' },
	]);

	test('lists corrections oldest first, whatever order the editor wrote them in', () => {
		expect(correctionsOf(written).map((c) => `${day(c.date)} ${c.text}`)).toEqual(['2025-03-21 First.', '2025-03-25 Second.', '2025-04-02 Third.']);
	});

	test("leaves the article's own list as written", () => {
		correctionsOf(written);
		expect(written.data.corrections.map((c) => c.text)).toEqual(['Second.', 'First.', 'Third.']);
	});

	test('an article without corrections has none', () => {
		expect(correctionsOf(withCorrections('clean', []))).toEqual([]);
	});
});

describe('lastModified', () => {
	test.each<[string, { updated?: string }, Correction[], string]>([
		['published only: the publication', {}, [], '2025-03-01'],
		['updated later: the update', { updated: '2025-03-10' }, [], '2025-03-10'],
		['a correction later than the update: the correction', { updated: '2025-03-10' }, [{ date: '2025-03-15', text: 'Fixed.' }], '2025-03-15'],
		['a correction earlier than the update: the update', { updated: '2025-03-10' }, [{ date: '2025-03-05', text: 'Fixed.' }], '2025-03-10'],
		['a correction and no update: the correction', {}, [{ date: '2025-03-05', text: 'Fixed.' }], '2025-03-05'],
		[
			'corrections written out of order: the latest',
			{ updated: '2025-03-02' },
			[
				{ date: '2025-03-20', text: 'Latest.' },
				{ date: '2025-03-04', text: 'Earlier.' },
			],
			'2025-03-20',
		],
	])('%s', (_, dates, corrections, expected) => {
		expect(day(lastModified(withCorrections('article', corrections, dates)))).toBe(expected);
	});

	test('keeps a correction made at a given time as the editor wrote it, offset and all', () => {
		const timed = withCorrections('timed', [{ date: '2025-03-05T14:30:00+01:00', text: 'Fixed.' }]);
		expect(lastModified(timed)).toBe('2025-03-05T14:30:00+01:00');
	});
});

describe('allCorrections', () => {
	const articles = [
		withCorrections('ferry-deal', [
			{ date: '2025-03-25', text: 'Deal, second.' },
			{ date: '2025-03-21', text: 'Deal, first.' },
		]),
		withCorrections('no-corrections', []),
		withCorrections('talks-open', [{ date: '2025-03-23', text: 'Talks.' }]),
		withCorrections('another-same-day', [{ date: '2025-03-25', text: 'Same day as the deal.' }]),
	];

	test('lists every correction on the site, newest first, with its article; same-day ones by article id', () => {
		expect(correctionsOnSite(articles).map(({ article, correction }) => `${day(correction.date)} ${article.id}: ${correction.text}`)).toEqual([
			'2025-03-25 another-same-day: Same day as the deal.',
			'2025-03-25 ferry-deal: Deal, second.',
			'2025-03-23 talks-open: Talks.',
			'2025-03-21 ferry-deal: Deal, first.',
		]);
	});

	test('is the same whatever order the articles come in', () => {
		const ordered = (list: typeof articles) => correctionsOnSite(list).map(({ article, correction }) => [article.id, correction.text]);
		expect(ordered(articles.toReversed())).toEqual(ordered(articles));
	});

	test('a site without corrections has none', () => {
		expect(correctionsOnSite([withCorrections('clean', [])])).toEqual([]);
	});

	test("leaves out a draft's corrections: only published articles' are listed", () => {
		const draft = withCorrections('draft', [{ date: '2025-03-30', text: 'Draft, not yet public.' }], { draft: true });
		expect(correctionsOnSite([...articles, draft]).map(({ article }) => article.id)).toEqual(['another-same-day', 'ferry-deal', 'talks-open', 'ferry-deal']);
	});
});

describe('in feeds', () => {
	const site = new URL('https://dossier.example.org');

	test('the item description carries the latest correction, while the item stays dated by publication', () => {
		const corrected = withCorrections('ferry-deal', [
			{ date: '2025-03-25', text: 'The union accepted on Tuesday, not Monday.' },
			{ date: '2025-03-21', text: 'The first correction.' },
		]);
		const item = feedItem(corrected, site);
		expect(item.description).toBe('<p>About ferry-deal. Corrected 25 March 2025: The union accepted on Tuesday, not Monday.</p>');
		expect(item.pubDate).toEqual(new Date('2025-03-01'));
	});

	test('without corrections, the description is the summary alone', () => {
		expect(feedItem(withCorrections('clean', [], { updated: '2025-03-10' }), site).description).toBe('<p>About clean.</p>');
	});
});
