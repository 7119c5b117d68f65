/**
 * The content check's hand-over: each file's parse reaches the loader once, with the check's verdict on it; the
 * first read reaches its listeners; published articles' dates, as the schema read them, reach the sitemap, and the
 * renames of the files on the site the redirects; a new
 * hand-over (a restart of astro dev) releases what was tied to the one before.
 */
import { describe, expect, test, vi } from 'vitest';
import type { ContentFile } from '../src/check/content-file.ts';
import { parseContentFile } from '../src/check/frontmatter.ts';
import { beginHandover, currentHandover } from '../src/check/handover.ts';
import { checkContent } from '../src/check/validate.ts';

const raw = '---\nname: Ostmark\nkind: country\n---\nA country.\n';

const file = (collection: ContentFile['collection'], id: string, data: unknown): ContentFile => ({
	collection,
	path: `src/content/${collection}/${id}.md`,
	id,
	raw: `${collection}/${id}`,
	data,
	body: '',
});

describe("each file's parse reaches the loader once", () => {
	test("the loader takes the check's parse of the same text; taken, it is no longer kept", () => {
		const handover = beginHandover();
		const checked = handover.keepParse(raw, parseContentFile(raw));
		expect(handover.takeParse(raw)).toEqual({ parsed: checked });
		// A second take (the file read again, unchanged) parses it anew, to equal data, with no verdict of the check's.
		const again = handover.takeParse(raw);
		expect(again.parsed).not.toBe(checked);
		expect(again).toEqual({ parsed: expect.objectContaining({ data: { name: 'Ostmark', kind: 'country' } }) });
	});

	test('a text the check did not see (edited since) is parsed by the loader itself', () => {
		const handover = beginHandover();
		handover.keepParse('---\nname: Old\n---\n', parseContentFile('---\nname: Old\n---\n'));
		expect(handover.takeParse('---\nname: New\n---\n').parsed.data).toEqual({ name: 'New' });
	});

	test.each([
		['no problem', [], 'passed'],
		['a warning only', [{ severity: 'warning' as const, message: 'unused', fix: 'use it' }], 'passed'],
		['an error', [{ field: 'kind', message: 'is not a kind', fix: 'pick one' }], 'refused'],
	])('a file with %s is %s', (_name, found, verdict) => {
		const handover = beginHandover();
		const actor = { ...file('actors', 'ostmark', { name: 'Ostmark' }), raw };
		handover.keepParse(raw, parseContentFile(raw));
		handover.checked(
			[actor],
			found.map((problem) => ({ file: actor.path, ...problem })),
			{ articles: new Map() },
			new Date(),
		);
		expect(handover.takeParse(raw).verdict).toBe(verdict);
	});
});

test("the first read reaches the listeners, before the check's verdict; a listener too late is told so", () => {
	const handover = beginHandover();
	const listener = vi.fn();
	handover.onFirstRead(listener);
	const files = [file('actors', 'ostmark', { name: 'Ostmark' })];
	handover.read(files);
	handover.read([]);
	expect(listener.mock.calls).toEqual([[files]]);
	expect(() => handover.onFirstRead(() => {})).toThrow('list the integration that listens before the content check');
});

test('the dates of the articles the check passed, drafts and scheduled articles left out, as its schema read them', () => {
	const article = (id: string, data: Record<string, unknown>) => file('articles', id, { title: id, summary: 'What happened.', ...data });
	const files = [
		article('published', { published: '2025-03-01' }),
		article('corrected', { published: '2025-03-01', updated: '2025-03-04', corrections: [{ date: '2025-03-09', text: 'A figure was wrong.' }] }),
		article('draft', { published: '2025-03-01', draft: true }),
		article('scheduled', { published: '2025-03-10T09:00:00+01:00' }),
		article('bad-date', { published: '01-03-2025' }),
		file('actors', 'ostmark', { name: 'Ostmark', kind: 'country', published: '2025-03-01' }),
	];
	const now = new Date('2025-03-10T07:59:59Z');
	const checked = checkContent(files, { now });
	const handover = beginHandover();
	handover.checked(files, checked.problems, checked, now);
	expect(handover.publishedAt()).toBe(now);
	expect(Object.fromEntries(handover.articleDates())).toEqual({
		published: { published: '2025-03-01', updated: undefined, corrections: [] },
		corrected: { published: '2025-03-01', updated: '2025-03-04', corrections: [{ date: '2025-03-09', text: 'A figure was wrong.' }] },
	});
});

test("the renames of the files on the site: a draft's or a scheduled article's old address leads to no page yet", () => {
	const article = (id: string, data: Record<string, unknown>) =>
		file('articles', id, { title: id, summary: 'What happened.', formerIds: [`old-${id}`], ...data });
	const files = [
		article('published', { published: '2025-03-01' }),
		article('draft', { published: '2025-03-01', draft: true }),
		article('scheduled', { published: '2025-03-10T09:00:00+01:00' }),
		file('actors', 'ostmark', { name: 'Ostmark', kind: 'country', formerIds: ['old-ostmark'] }),
	];
	const now = new Date('2025-03-10T07:59:59Z');
	const checked = checkContent(files, { now });
	const handover = beginHandover();
	handover.checked(files, checked.problems, checked, now);
	expect(Object.fromEntries(handover.renames().articles)).toEqual({ 'old-published': 'published' });
	expect(Object.fromEntries(handover.renames().actors)).toEqual({ 'old-ostmark': 'ostmark' });
});

test('a new hand-over (astro dev restarted) releases what was tied to the one before, and drops its parses', () => {
	const first = beginHandover();
	const release = vi.fn();
	first.onReplaced(release);
	first.keepParse(raw, parseContentFile(raw));
	expect(currentHandover()).toBe(first);
	const next = beginHandover();
	expect(release).toHaveBeenCalledOnce();
	expect(currentHandover()).toBe(next);
	expect(next.takeParse(raw).verdict).toBeUndefined();
	beginHandover();
	expect(release).toHaveBeenCalledOnce();
});
