/**
 * What an article page shows: its sources numbered, its demands at a glance,
 * its corrections in order, and the reading aids the Markdown pipeline found.
 */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/graph.ts';
import type { Article } from '../../src/model/entry.ts';
import { articlePage, articlePageOf } from '../../src/views/article/article.ts';
import { article, contentOf, ids, newsroom, newsroomIds } from '../helpers/entries.ts';
import { day, summaries } from '../helpers/views.ts';

type Heading = { depth: number; slug: string; text: string };

/**
 * An article as the Markdown pipeline leaves it: with the headings it found,
 * the citations it counted and the minutes it takes to read.
 */
const withFindings = (
	entry: Article,
	{ headings, citedTimes, readingMinutes }: { headings?: Heading[]; citedTimes?: Record<string, number>; readingMinutes?: number },
): Article => ({ ...entry, rendered: { html: entry.rendered?.html ?? '', metadata: { headings, frontmatter: { dossier: { citedTimes, readingMinutes } } } } });

const { jan, feb, mar } = newsroomIds;
const graph = buildGraph(newsroom());

const articleEntry = (id: string) => {
	const entry = graph.article.get(id);
	if (!entry) throw new Error(`no ${id} in the fixture`);
	return entry;
};

describe('articlePage', () => {
	test('numbers sources in frontmatter order, keyed by `key` or else the source id, with their citation counts', () => {
		const page = articlePage(graph, withFindings(articleEntry(jan), { citedTimes: { wire: 2 } }));
		expect(page.sources.map(({ number, key, source, citedTimes }) => ({ number, key, source: source?.data.name, citedTimes }))).toEqual([
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
		[jan, 'ferry-rights-restored', 'kestrel-union', 'opposes', 1, 'wire'],
		[feb, 'ferry-rights-restored', 'kestrel-union', 'mixed', 2, 'wire-b'],
		[feb, 'tariff-freeze', 'asa-odegard', 'unclear', undefined, undefined],
		[mar, 'ferry-rights-restored', 'kestrel-union', 'supports', 1, 'ministere-des-cotes'],
	])('at a glance, %s on %s gives %s (%s) citation number %s', (id, demandId, actorId, stance, citationNumber, citationKey) => {
		const page = articlePage(graph, articleEntry(id));
		const entry = page.atAGlance.find((report) => report.demand.id === demandId);
		const view = entry?.positions.find((p) => p.actorId === actorId);
		expect(view).toMatchObject({ stance, citationNumber, citationKey });
		expect(view?.actor?.id).toBe(actorId);
	});

	test('at a glance, each demand comes with its author, the parties it is put to and the status this article reports', () => {
		const page = articlePage(graph, articleEntry(feb));
		expect(page.atAGlance.map(({ demand, by, addressedTo, status }) => [demand.id, by?.id, ids(addressedTo), status])).toEqual([
			['ferry-rights-restored', 'valmora', ['kestrel-union', 'harbour-league'], 'under-negotiation'],
			['tariff-freeze', 'kestrel-union', ['valmora'], undefined],
		]);
	});

	test('sorts corrections by date', () => {
		const page = articlePage(graph, articleEntry(mar));
		expect(page.corrections.map((c) => c.text)).toEqual(['The first correction.', 'The second correction.']);
		// The article's own list is left as the editor wrote it.
		expect(articleEntry(mar).data.corrections[0]?.text).toBe('The second correction.');
	});

	test.each([jan, feb, mar])('articlePageOf(%s) is the page of the published article with that id', (id) => {
		expect(articlePageOf(graph, id)).toEqual(articlePage(graph, articleEntry(id)));
	});
});

describe('articlePage, reading aids', () => {
	const plain = { title: 'Plain', summary: 'Plain.', published: '2025-03-01' };
	const pageOf = (data: Partial<Parameters<typeof article>[1]>) => articlePage(buildGraph(contentOf([])), article('plain', { ...plain, ...data }));

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

	// How the minutes are counted is the reading-time plugin's (test/reading-time.test.ts); the page shows what it found.
	test.each<[string, number, Article]>([
		['no rendered body', 1, article('plain', plain)],
		['a body the pipeline found no reading time for', 1, article('plain', plain, '<p>Valmora wants its ferries back.</p>')],
		['a body the pipeline timed at 1 minute', 1, withFindings(article('plain', plain), { readingMinutes: 1 })],
		['a body the pipeline timed at 3 minutes', 3, withFindings(article('plain', plain, '<p>word</p>'), { readingMinutes: 3 })],
		['a body the pipeline timed at 12 minutes', 12, withFindings(article('plain', plain), { readingMinutes: 12 })],
	])('reading time for %s: %s min', (_, minutes, entry) => {
		expect(articlePage(buildGraph(contentOf([])), entry).readingMinutes).toBe(minutes);
	});

	const h2 = (text: string) => ({ depth: 2, slug: text.toLowerCase(), text });
	const h3 = (text: string) => ({ depth: 3, slug: text.toLowerCase(), text });
	const tocOf = (headings: Heading[]) => articlePage(buildGraph(contentOf([])), withFindings(article('plain', plain), { headings })).toc.map((h) => h.text);

	test.each([
		['no headings: no contents', [], []],
		['two sections: no contents', [h2('Why'), h2('What next')], []],
		['two sections with subsections: no contents', [h2('Why'), h3('Before'), h3('After'), h2('What next')], []],
		['three sections: contents', [h2('Why'), h2('Who'), h2('What next')], ['Why', 'Who', 'What next']],
		['three sections and subsections: only the sections', [h2('Why'), h3('Before'), h2('Who'), h2('What next')], ['Why', 'Who', 'What next']],
		["two sections and the footnotes' hidden heading: no contents", [h2('Why'), h2('Who'), { depth: 2, slug: 'footnote-label', text: 'Footnotes' }], []],
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
