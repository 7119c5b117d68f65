/** Scheduled publishing: one rule says whether an explainer is a draft, scheduled or published at a moment. */
import { describe, expect, test } from 'vitest';
import type { ContentFile } from '../src/check/content-file.ts';
import { parseContentFile } from '../src/check/frontmatter.ts';
import { formatProblems } from '../src/check/problems.ts';
import { validateContent } from '../src/check/validate.ts';
import { buildTimeFrom } from '../src/config/site.ts';
import { momentInWords, publicationOf, publicFrom } from '../src/model/publishing.ts';

describe('an explainer is published from the moment its `published` names', () => {
	test.each([
		['a day, in a UTC site, the second before it begins', '2027-01-15', 'UTC', '2027-01-14T23:59:59Z', 'scheduled'],
		['a day, in a UTC site, as it begins', '2027-01-15', 'UTC', '2027-01-15T00:00:00Z', 'published'],
		['a day, in a Warsaw site, as it begins there', '2027-01-15', 'Europe/Warsaw', '2027-01-14T23:00:00Z', 'published'],
		['a day, in a Warsaw site, an hour before', '2027-01-15', 'Europe/Warsaw', '2027-01-14T22:00:00Z', 'scheduled'],
		['a day, in a New York site, at UTC midnight', '2027-01-15', 'America/New_York', '2027-01-15T00:00:00Z', 'scheduled'],
		['a date-time, at its own instant, whatever the site', '2027-01-15T09:30:00+01:00', 'America/New_York', '2027-01-15T08:30:00Z', 'published'],
		['a date-time, a second before', '2027-01-15T09:30:00+01:00', 'UTC', '2027-01-15T08:29:59Z', 'scheduled'],
		['a day long past', '2025-03-13', 'UTC', '2027-01-15T00:00:00Z', 'published'],
	] as const)('%s: %s at %s is %s', (_, published, timeZone, now, expected) => {
		expect(publicationOf({ published }, new Date(now), timeZone)).toBe(expected);
	});

	test('a draft is never published, whatever its date', () => {
		expect(publicationOf({ published: '2025-03-13', draft: true }, new Date('2030-01-01T00:00:00Z'))).toBe('draft');
	});
});

test('a link reaches a page whenever its article is on the site only if the page it links to goes public no later', () => {
	const now = new Date('2027-01-01T00:00:00Z');
	const order = [{ published: '2027-02-01', draft: true }, { published: '2027-01-20' }, { published: '2027-01-10T12:00:00Z' }, { published: '2026-12-01' }]
		.map((article) => publicFrom(article, now))
		.map((n) => (Number.isFinite(n) ? new Date(n).toISOString() : String(n)));
	expect(order).toEqual(['Infinity', '2027-01-20T00:00:00.000Z', '2027-01-10T12:00:00.000Z', '-Infinity']);
});

test("moments are told in the site's time zone, in the editors' English", () => {
	expect(momentInWords('2027-01-15', 'UTC')).toBe('15 January 2027, 00:00 UTC');
	expect(momentInWords('2027-01-15', 'Europe/Warsaw')).toBe('15 January 2027, 00:00 Europe/Warsaw');
	expect(momentInWords('2027-01-15T09:30:00+01:00', 'America/New_York')).toBe('15 January 2027, 03:30 America/New_York');
	expect(momentInWords(new Date('2027-07-01T18:05:00Z'), 'Europe/Warsaw')).toBe('1 July 2027, 20:05 Europe/Warsaw');
});

describe('BUILD_TIME fixes "now"', () => {
	test.each([
		['2027-01-15T09:00:00+01:00', '2027-01-15T08:00:00.000Z'],
		['2027-01-15T08:00:00Z', '2027-01-15T08:00:00.000Z'],
		[' 2027-01-15T08:00Z ', '2027-01-15T08:00:00.000Z'],
	])('%s is %s', (value, iso) => {
		expect(buildTimeFrom(value)?.toISOString()).toBe(iso);
	});

	test('unset, builds read the clock', () => {
		expect(buildTimeFrom('')).toBeUndefined();
	});

	test.each(['2027-01-15', '2027-01-15T09:00:00', 'tomorrow', '2027-13-40T09:00:00Z'])('%s is refused, with what it expects', (value) => {
		expect(() => buildTimeFrom(value)).toThrow(
			`BUILD_TIME must be a date-time with its offset, such as 2027-01-15T09:00:00+01:00 or 2027-01-15T08:00:00Z, not "${value}".`,
		);
	});
});

describe('the content check', () => {
	const now = new Date('2026-12-06T23:10:00Z');
	const articleFile = (id: string, frontmatter: string, body = 'The story.\n'): ContentFile => {
		const raw = `---\n${frontmatter}\n---\n${body}`;
		return { collection: 'articles', path: `src/content/articles/${id}.md`, id, raw, ...parseContentFile(raw) };
	};
	const check = (...files: ContentFile[]) => formatProblems(validateContent(files, { now }));

	test('refuses a correction dated later than the build, with its field, line and fix', () => {
		const corrected = articleFile(
			'corrected',
			[
				'title: Talks resume',
				'summary: Both sides are back.',
				'published: 2026-12-01',
				'corrections:',
				'  - date: 2026-12-07',
				'    text: A figure was wrong.',
			].join('\n'),
		);
		expect(check(corrected)).toMatchInlineSnapshot(`
			"Dossier found 1 content problem in 1 file:

			src/content/articles/corrected.md
			  corrections[0].date (1st correction, line 6): 2026-12-07 is later than now (6 December 2026, 23:10 UTC): a correction is published with the text it corrects, at the next build, and cannot wait until its date
			    fix: set the correction's \`date\` to when it was made: today, 2026-12-06, or earlier"
		`);
	});

	test('accepts a correction dated today, in the site’s time zone, or at this very moment', () => {
		const corrected = articleFile(
			'corrected',
			[
				'title: Talks resume',
				'summary: Both sides are back.',
				'published: 2026-12-01',
				'corrections:',
				'  - date: 2026-12-06',
				'    text: A.',
				'  - date: 2026-12-06T23:10:00Z',
				'    text: B.',
			].join('\n'),
		);
		expect(validateContent([corrected], { now })).toEqual([]);
	});

	test('checks a scheduled article as a published one, and refuses a published one that links to it', () => {
		const scheduled = articleFile(
			'2027-01-15-talks',
			['title: Talks resume', 'summary: Both sides are back.', 'published: 2027-01-15', 'draft: false'].join('\n'),
			'See [the draft](/articles/a-draft/).\n',
		);
		const draft = articleFile('a-draft', ['title: Plan', 'summary: Not ready.', 'published: 2026-12-01', 'draft: true'].join('\n'));
		const linking = articleFile(
			'linking',
			['title: Background', 'summary: What came before.', 'published: 2026-12-01'].join('\n'),
			'Next: [talks](/articles/2027-01-15-talks/).\n',
		);
		expect(check(scheduled, draft, linking)).toMatchInlineSnapshot(`
			"Dossier found 2 content problems in 2 files:

			src/content/articles/2027-01-15-talks.md
			  (body) link /articles/a-draft/ (line 7): links to /articles/a-draft/, a draft, which is not published
			    fix: remove the link until that article is published

			src/content/articles/linking.md
			  (body) link /articles/2027-01-15-talks/ (line 6): links to /articles/2027-01-15-talks/, which is scheduled for 15 January 2027, 00:00 UTC and would be a broken link until then
			    fix: remove the link until that article is published"
		`);
	});
});
