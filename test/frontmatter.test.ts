/** Frontmatter as editors write it: read once, with lines, and common YAML slips explained in their words. */
import { describe, expect, test } from 'vitest';
import { parseContentFile } from '../src/check/frontmatter.ts';
import { humanPosition } from '../src/check/problems.ts';

const file = (...yaml: string[]) => ['---', ...yaml, '---', 'The body.', ''].join('\n');

describe('YAML slips, at the line where the editor made them', () => {
	test.each([
		[
			'a colon in an unquoted title',
			file('title: Russia: the list', 'summary: ok'),
			2,
			'`title` holds a colon followed by a space',
			'title: "Russia: the list"',
		],
		[
			'an unclosed double quote',
			file('summary: ok', 'title: "Russia hands', 'published: 2025-01-01'),
			3,
			'the double quote that opens `title` is never closed',
			'end the value with "',
		],
		['an unclosed single quote', file("title: 'Talks", 'summary: ok'), 2, 'the single quote that opens `title` is never closed', "end the value with '"],
		['an unclosed list', file('title: x', 'topics: [a, b', 'summary: ok'), 3, 'the list that opens with [ in `topics` is never closed', 'end the list with ]'],
		['a tab', file('title: x', 'demands:', '\t- demand: a'), 4, 'indented with a tab', 'indent with spaces'],
		[
			'a list item out of line',
			file('demands:', '  - demand: a', '    status: new', '   - demand: b'),
			5,
			'item does not start in the same column',
			'2 spaces in: `  - demand: b`',
		],
		['a field written twice', file('title: a', 'summary: s', 'title: b'), 4, '`title` is written twice', 'keep one'],
		[
			'a field indented under another',
			file('title: a', ' summary: b'),
			3,
			'`summary` does not start in the same column',
			'at the start of the line: `summary: b`',
		],
		[
			'an item less indented than its list',
			file('demands:', '  - demand: a', ' - demand: b', 'summary: s'),
			4,
			'item does not start in the same column',
			'2 spaces in: `  - demand: b`',
		],
		[
			'a field of an item out of line',
			file('demands:', '  - demand: a', '   status: new'),
			4,
			'`status` does not start in the same column',
			'4 spaces in: `    status: new`',
		],
		[
			'a " inside a quoted value',
			file('title: x', 'byline: "Dossier "explainers" desk"'),
			3,
			'holds a " inside the " quotes',
			'byline: "Dossier \\"explainers\\" desk"',
		],
		["a ' inside a quoted value", file("title: 'Russia's demands'", 'summary: s'), 2, "holds a ' inside the ' quotes", "title: 'Russia''s demands'"],
		['no space after -', file('demands:', '  -demand: a', '   status: new'), 3, 'needs a space after it', '`  - demand: a`'],
		['no space after :', file('title:Talks', 'summary: s'), 2, '`title:` needs a space after the colon', '`title: Talks`'],
		[
			'a value on the next line',
			file('title: x', 'summary:', 'Talks resume in Łódź.', 'published: 2025-01-01'),
			3,
			'the value of `summary` is on the line below it',
			'`summary: Talks resume in Łódź.`',
		],
		['a tab, with the line as it should be', file('title:\tx', 'demands:', '\t- demand: a'), 4, 'indented with a tab', '`  - demand: a`'],
		[
			'a tab before a top-level field, which it lines up with the others',
			file('title: x', '\tsummary: s'),
			3,
			'indented with a tab',
			'(two per level): `summary: s`',
		],
		[
			'an alias bomb',
			file(
				'a: &a [x, x, x, x, x, x, x, x, x]',
				'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
				'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
				'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
			),
			3,
			'stand for more than 100 values',
			'no field needs an anchor',
		],
		['a # glued to a word', file('title: Talks #2 begin', 'summary: ok'), 2, '`title` is read as "Talks"', 'title: "Talks #2 begin"'],
	])('%s', (_, raw, line, message, fix) => {
		const { slips } = parseContentFile(raw);
		expect(slips).toEqual([{ line, message: expect.stringContaining(message), fix: expect.stringContaining(fix) }]);
	});

	test('a comment after a space is a comment, not a slip', () => {
		expect(parseContentFile(file('title: Talks # the working title', 'summary: ok')).slips).toEqual([]);
	});
});

describe('data, body and lines', () => {
	const raw = file('title: Talks', 'published: 2025-03-13', 'demands:', '  - demand: d', '    positions:', '      - actor: a', '        stance: maybe');

	test('dates stay as written, for the schemas to read', () => {
		expect(parseContentFile(raw).data).toMatchObject({ title: 'Talks', published: '2025-03-13' });
	});

	test.each([
		[['title'], 2],
		[['published'], 3],
		[['demands', 0, 'positions', 0, 'stance'], 8],
		// A missing field: the line of the nearest ancestor that is there.
		[['demands', 0, 'positions', 0, 'note'], 7],
		[['summary'], 2],
	])('%j is on line %i', (path, line) => {
		expect(parseContentFile(raw).lineOf(path)).toBe(line);
	});

	test('the body starts after the closing ---, trimmed', () => {
		const parsed = parseContentFile('---\ntitle: x\n---\n\n\nFirst line.\n');
		expect([parsed.body, parsed.bodyLine]).toEqual(['First line.', 6]);
	});

	test.each([
		['no frontmatter', '# A heading\n\nText.'],
		['a frontmatter never closed', '---\ntitle: x\n'],
	])('%s: no data', (_, text) => {
		expect(parseContentFile(text).data).toBeUndefined();
	});

	test('an empty frontmatter is an empty mapping, for the schema to say what is missing', () => {
		expect(parseContentFile('---\n---\nBody').data).toEqual({});
	});
});

test.each([
	['title', 3, 'line 3'],
	['demands[0].positions[1].stance', 14, '1st demand, 2nd position, line 14'],
	['sources[2].url', undefined, '3rd source'],
	['corrections[10].date', 40, '11th correction, line 40'],
	['demands[21].demand', undefined, '22nd demand'],
	['addressedTo[0]', 5, '1st addressee, line 5'],
	[undefined, undefined, ''],
])('%s on line %s reads "%s"', (field, line, expected) => {
	expect(humanPosition(field, line)).toBe(expected);
});
