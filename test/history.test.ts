/**
 * An explainer's history as readers are told it, from its commits: publication, updates, corrections and the days
 * it was revised; nothing from while it was a draft or scheduled, and a plain word when the record falls short.
 */
import { describe, expect, test } from 'vitest';
import type { ChangeDates } from '../src/model/corrections.ts';
import { type ArticleHistory, articleHistory, type Revision, revisionData } from '../src/model/history.ts';

const base = { title: 'Ferry talks open', summary: 'Both sides sit down.', published: '2025-03-10' };
const now: ChangeDates = { published: '2025-03-10', corrections: [] };

/** A commit of the file at `at`, with frontmatter `data` over the base and a body. */
const rev = (at: string, data: Record<string, unknown> = {}, body = 'story 1', boundary?: boolean): Revision => ({
	at,
	// Each part as its own text: what a digest sums up, compared as it is.
	data: revisionData({ ...base, ...data }, (text) => text),
	body,
	...(boundary && { boundary }),
});

/** Each line as "kind date" and what it changed or says. */
const told = ({ entries, gap }: ArticleHistory) => [
	...entries.map((entry) =>
		[entry.kind, entry.date, entry.kind === 'corrected' ? entry.text : 'parts' in entry ? entry.parts.join('+') : ''].filter(Boolean).join(' '),
	),
	...(gap ? [`gap: ${gap.kind}${'date' in gap ? ` ${gap.date}` : ''}`] : []),
];

const fix = { date: '2025-03-12', text: 'The ferry sails at six, not seven.' };

describe('what is told, commit by commit', () => {
	test.each<[string, Revision[], ChangeDates, string[]]>([
		['published and never changed', [rev('2025-03-10T08:00:00Z')], now, ['published 2025-03-10']],
		[
			'the draft period is not history: its edits made what was published',
			[
				rev('2025-03-08T08:00:00Z', { draft: true }, 'draft 1'),
				rev('2025-03-09T08:00:00Z', { draft: true, title: 'Working title' }, 'draft 2'),
				rev('2025-03-10T08:00:00Z'),
			],
			now,
			['published 2025-03-10'],
		],
		[
			'a later day with a changed story is a revision',
			[rev('2025-03-10T08:00:00Z'), rev('2025-03-11T09:00:00Z', {}, 'story 2')],
			now,
			['revised 2025-03-11 story', 'published 2025-03-10'],
		],
		[
			"a day's commits are one revision, with everything they changed, in reading order",
			[
				rev('2025-03-10T08:00:00Z'),
				rev('2025-03-11T09:00:00Z', {}, 'story 2'),
				rev('2025-03-11T15:00:00Z', { title: 'Ferry talks open at last', sources: [{ source: 'wire' }] }, 'story 2'),
			],
			now,
			['revised 2025-03-11 headline+story+sources', 'published 2025-03-10'],
		],
		[
			'a revision on the day of publication, after it',
			[rev('2025-03-10T08:00:00Z'), rev('2025-03-10T11:00:00Z', { summary: 'Both sides sit down at last.' })],
			now,
			['revised 2025-03-10 summary', 'published 2025-03-10'],
		],
		[
			'a new `updated` is an update, with what it changed',
			[rev('2025-03-10T08:00:00Z'), rev('2025-03-14T09:00:00Z', { updated: '2025-03-14', demands: [{ demand: 'ferry' }] }, 'story 2')],
			{ ...now, updated: '2025-03-14' },
			['updated 2025-03-14 story+stances', 'published 2025-03-10'],
		],
		[
			'each update is told, though the explainer gives only its latest',
			[
				rev('2025-03-10T08:00:00Z'),
				rev('2025-03-14T09:00:00Z', { updated: '2025-03-14' }, 'story 2'),
				rev('2025-03-20T09:00:00Z', { updated: '2025-03-20' }, 'story 3'),
			],
			{ ...now, updated: '2025-03-20' },
			['updated 2025-03-20 story', 'updated 2025-03-14 story', 'published 2025-03-10'],
		],
		[
			'a correction is told by its own date and words, and its commit is no revision besides',
			[rev('2025-03-10T08:00:00Z'), rev('2025-03-12T18:00:00Z', { corrections: [fix] }, 'story 2')],
			{ ...now, corrections: [fix] },
			['corrected 2025-03-12 The ferry sails at six, not seven.', 'published 2025-03-10'],
		],
		[
			"a correction's mended wording is told as it reads now, and mending it is no revision",
			[
				rev('2025-03-10T08:00:00Z'),
				rev('2025-03-12T18:00:00Z', { corrections: [{ ...fix, text: 'The ferry sails at six.' }] }),
				rev('2025-03-13T08:00:00Z', { corrections: [fix] }),
			],
			{ ...now, corrections: [fix] },
			['corrected 2025-03-12 The ferry sails at six, not seven.', 'published 2025-03-10'],
		],
		[
			'scheduled: what was committed before its moment went out at its moment',
			[
				rev('2025-03-05T08:00:00Z', { published: '2025-03-10' }, 'story 1'),
				rev('2025-03-07T08:00:00Z', { published: '2025-03-10' }, 'story 2'),
				rev('2025-03-12T08:00:00Z', { published: '2025-03-10' }, 'story 3'),
			],
			now,
			['revised 2025-03-12 story', 'published 2025-03-10'],
		],
		[
			'a commit whose frontmatter could not be read never went out, and is passed over',
			[
				rev('2025-03-10T08:00:00Z'),
				{ at: '2025-03-11T08:00:00Z', data: revisionData(undefined, (text) => text), body: 'story 2' },
				rev('2025-03-12T08:00:00Z', {}, 'story 2'),
			],
			now,
			['revised 2025-03-12 story', 'published 2025-03-10'],
		],
		[
			'a change to what readers are not told of (its topics) is no revision',
			[rev('2025-03-10T08:00:00Z'), rev('2025-03-11T08:00:00Z', { topics: ['ferries'] })],
			now,
			['published 2025-03-10'],
		],
		[
			'unpublished again for a while: the draft commits are passed over',
			[rev('2025-03-10T08:00:00Z'), rev('2025-03-11T08:00:00Z', { draft: true }, 'story 2'), rev('2025-03-12T08:00:00Z', {}, 'story 3')],
			now,
			['revised 2025-03-12 story', 'published 2025-03-10'],
		],
	])('%s', (_, revisions, current, expected) => {
		expect(told(articleHistory(current, revisions, 'UTC'))).toEqual(expected);
	});
});

test("a revision's day is the day in the site's time zone", () => {
	const revisions = [rev('2025-03-10T08:00:00Z'), rev('2025-03-11T23:30:00Z', {}, 'story 2')];
	expect(told(articleHistory(now, revisions, 'UTC'))[0]).toBe('revised 2025-03-11 story');
	expect(told(articleHistory(now, revisions, 'Europe/Warsaw'))[0]).toBe('revised 2025-03-12 story');
});

describe('when the record falls short, the page says so and still tells what the explainer gives', () => {
	const given: ChangeDates = { published: '2025-03-10', updated: '2025-03-14', corrections: [fix] };
	const since = ['updated 2025-03-14', 'corrected 2025-03-12 The ferry sails at six, not seven.', 'published 2025-03-10'];
	test.each<[string, Revision[] | undefined, string[]]>([
		['no record at all (no Git, no repository)', undefined, [...since, 'gap: unavailable']],
		['no commit of the file yet', [], [...since, 'gap: unrecorded']],
		['committed only as a draft', [rev('2025-03-08T08:00:00Z', { draft: true })], [...since, 'gap: unrecorded']],
		[
			'first committed already published, days later',
			[rev('2025-04-02T08:00:00Z', { updated: '2025-03-14', corrections: [fix] })],
			[...since, 'gap: starts 2025-04-02'],
		],
		[
			'where a shallow clone begins, even on the day it was published',
			[rev('2025-03-10T20:00:00Z', { updated: '2025-03-14', corrections: [fix] }, 'story 1', true), rev('2025-03-16T08:00:00Z', {}, 'story 2')],
			['revised 2025-03-16 story', ...since, 'gap: starts 2025-03-10'],
		],
		[
			'a shallow clone that begins before the file was started as a draft holds its whole public history',
			[rev('2025-03-08T08:00:00Z', { draft: true }, 'draft', true), rev('2025-03-10T08:00:00Z', { updated: '2025-03-14', corrections: [fix] })],
			since,
		],
	])('%s', (_, revisions, expected) => {
		expect(told(articleHistory(given, revisions, 'UTC'))).toEqual(expected);
	});
});

test('an update on the day of publication, or one not later, is not told: the explainer does not tell it either', () => {
	expect(told(articleHistory({ ...now, updated: '2025-03-10' }, [rev('2025-03-10T08:00:00Z', { updated: '2025-03-10' })], 'UTC'))).toEqual([
		'published 2025-03-10',
	]);
});

test('a day told both ways is in a fixed order, newest first: a correction, an update, a revision, the publication', () => {
	const revisions = [
		rev('2025-03-10T08:00:00Z'),
		rev('2025-03-10T09:00:00Z', {}, 'story 2'),
		rev('2025-03-10T10:00:00Z', { updated: '2025-03-10T10:00:00Z' }, 'story 3'),
		rev('2025-03-10T10:00:00Z', { updated: '2025-03-10T10:00:00Z', corrections: [{ date: '2025-03-10T10:00:00Z', text: 'Fixed.' }] }),
	];
	const current = { published: '2025-03-10T08:00:00Z', updated: '2025-03-10T10:00:00Z', corrections: [{ date: '2025-03-10T10:00:00Z', text: 'Fixed.' }] };
	expect(told(articleHistory(current, revisions, 'UTC'))).toEqual([
		'corrected 2025-03-10T10:00:00Z Fixed.',
		'updated 2025-03-10T10:00:00Z story',
		'revised 2025-03-10 story',
		'published 2025-03-10T08:00:00Z',
	]);
});
