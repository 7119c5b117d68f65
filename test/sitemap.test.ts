/** The sitemap's lastmod for each explainer, worked out from the files the content check read. */
import { expect, test } from 'vitest';
import { articleLastModified } from '../src/integrations/sitemap.ts';
import type { ContentFile } from '../src/check/content-file.ts';

const file = (collection: ContentFile['collection'], id: string, data: unknown): ContentFile => ({
	collection,
	path: `src/content/${collection}/${id}.md`,
	id,
	raw: '',
	data,
	body: '',
});

test('each published explainer gets its latest change; drafts, other collections and unreadable dates get none', () => {
	const files = [
		file('articles', 'published-only', { published: '2025-03-01' }),
		file('articles', 'updated', { published: '2025-03-01', updated: '2025-03-04' }),
		file('articles', 'corrected-later', { published: '2025-03-01', updated: '2025-03-04', corrections: [{ date: '2025-03-09' }, { date: '2025-03-06' }] }),
		file('articles', 'a-time', { published: '2025-03-01T09:30:00+01:00' }),
		file('articles', 'draft', { published: '2025-03-01', draft: true }),
		file('articles', 'bad-date', { published: '01-03-2025' }),
		file('actors', 'valdoria', { name: 'Valdoria', published: '2025-03-01' }),
	];
	expect(Object.fromEntries(articleLastModified(files))).toEqual({
		'/articles/published-only/': '2025-03-01T00:00:00.000Z',
		'/articles/updated/': '2025-03-04T00:00:00.000Z',
		'/articles/corrected-later/': '2025-03-09T00:00:00.000Z',
		'/articles/a-time/': '2025-03-01T08:30:00.000Z',
	});
});
