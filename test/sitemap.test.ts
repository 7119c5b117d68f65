/** The sitemap's lastmod for each explainer, worked out from the dates the content check's article schema read. */
import { expect, test } from 'vitest';
import { articleLastModified } from '../src/integrations/sitemap.ts';
import type { ChangeDates } from '../src/model/corrections.ts';

const correction = (date: string) => ({ date, text: 'A figure was wrong.' });

test('each explainer gets its latest change: published, updated or its latest correction', () => {
	const articles = new Map<string, ChangeDates>([
		['published-only', { published: '2025-03-01', corrections: [] }],
		['updated', { published: '2025-03-01', updated: '2025-03-04', corrections: [] }],
		['corrected-later', { published: '2025-03-01', updated: '2025-03-04', corrections: [correction('2025-03-09'), correction('2025-03-06')] }],
		['a-time', { published: '2025-03-01T09:30:00+01:00', corrections: [] }],
	]);
	expect(Object.fromEntries(articleLastModified(articles))).toEqual({
		'/articles/published-only/': '2025-03-01T00:00:00.000Z',
		'/articles/updated/': '2025-03-04T00:00:00.000Z',
		'/articles/corrected-later/': '2025-03-09T00:00:00.000Z',
		'/articles/a-time/': '2025-03-01T08:30:00.000Z',
	});
});
