/**
 * No input crashes the content check or the renderer: generated hostile frontmatters and bodies (deep nesting, long
 * lines, huge tables, control characters, alias chains, odd Unicode, random YAML) each give a result or a problem,
 * never an exception. A fixed seed makes every run the same; a failure prints the input that caused it.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ContentFile } from '../src/check/content-file.ts';
import { parseContentFile } from '../src/check/frontmatter.ts';
import { validateContent } from '../src/check/validate.ts';
import { markdownOptions } from '../src/markdown/pipeline.ts';
import { keepingFindings } from '../src/markdown/threads.ts';

const seed = 21;
const nested = (open: string, close: string) =>
	fc.tuple(fc.integer({ min: 1, max: 6000 }), fc.string({ maxLength: 8 })).map(([n, inner]) => open.repeat(n) + inner + close.repeat(n));
const lines = (line: fc.Arbitrary<string>) => fc.array(line, { maxLength: 40 }).map((list) => list.join('\n'));

const hostileBody = fc.oneof(
	nested('> ', ''),
	nested('- ', ''),
	nested('1. ', ''),
	fc.integer({ min: 1, max: 300 }).map((n) => Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n')),
	nested('<div>', '</div>'),
	nested('[', '](/x/)'),
	nested('![', '](/x.png)'),
	nested('*', '*'),
	nested('*_', '_*'),
	nested('<!--', '-->'),
	fc
		.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 400 }))
		.map(([columns, rows]) =>
			['|' + ' h |'.repeat(columns), '|' + '---|'.repeat(columns), ...Array.from({ length: rows }, () => '|' + ' *x* [a](/b/) |'.repeat(columns))].join('\n'),
		),
	fc.integer({ min: 1, max: 2000 }).map((n) => 'word [link](/a/) '.repeat(n)),
	fc.string({ unit: 'binary', maxLength: 400 }),
	fc.string({ unit: 'grapheme', maxLength: 400 }),
	lines(
		fc.constantFrom(
			'```',
			'~~~',
			'> quote',
			'- item',
			'  - sub',
			'<b>',
			'</b>',
			'[@key]',
			'**',
			'| a | b |',
			'|---|---|',
			'\u0000',
			'\u202E',
			'\uFEFF',
			'\r',
			'\t',
			'',
		),
	),
);

const yamlScalar = fc.oneof(
	fc.string({ maxLength: 20 }),
	fc.constantFrom('"', "'", '[', '{', '&a', '*a', '- ', ': ', '#', '!!binary', '%YAML 1.2', '|', '>', '\t', '?'),
);
const hostileYaml = fc.oneof(
	nested('[', ']').map((value) => `title: ${value}`),
	nested('{a: ', '}').map((value) => `title: ${value}`),
	fc.integer({ min: 1, max: 3000 }).map((n) => `title:\n${'- '.repeat(n)}x`),
	fc.integer({ min: 2, max: 12 }).map((n) =>
		Array.from({ length: n }, (_, i) =>
			i
				? `l${i}: &l${i} [${Array(9)
						.fill(`*l${i - 1}`)
						.join(', ')}]`
				: 'l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
		).join('\n'),
	),
	fc.integer({ min: 1, max: 30_000 }).map((n) => `title: "${'x'.repeat(n)}"`),
	lines(fc.array(yamlScalar, { maxLength: 8 }).map((parts) => parts.join(''))),
	lines(
		fc
			.tuple(
				fc.constantFrom('', '  ', '    ', ' ', '\t', '- ', '  - '),
				fc.constantFrom('title', 'demands', 'demand', 'positions', 'cite', 'topics'),
				fc.constantFrom(':', ': ', ':x', ''),
				yamlScalar,
			)
			.map((parts) => parts.join('')),
	),
);

const hostileFile = fc.oneof(
	fc.tuple(hostileYaml, hostileBody).map(([yaml, body]) => `---\n${yaml}\n---\n${body}`),
	fc.tuple(hostileYaml, hostileBody).map(([yaml, body]) => `\uFEFF---\r\n${yaml.replaceAll('\n', '\r\n')}\r\n---\r\n${body}`),
	hostileBody,
);

const asFile = (raw: string, collection: ContentFile['collection'] = 'articles'): ContentFile => ({
	collection,
	path: `src/content/${collection}/hostile.md`,
	id: 'hostile',
	raw,
	...parseContentFile(raw),
});

const renderer = keepingFindings(await createMarkdownProcessor({ ...markdownOptions({ actors: { ostmark: ['Ostmark'] } }), syntaxHighlight: false }));

// A hang fails the test at this timeout; each input's own work is cut short by the limits, so this is generous.
describe('hostile input', { timeout: 120_000 }, () => {
	test('the check gives a result or problems, never an exception', () => {
		fc.assert(
			fc.property(
				hostileFile,
				fc.constantFrom('articles', 'actors', 'demands', 'sources', 'topics') as fc.Arbitrary<ContentFile['collection']>,
				(raw, collection) => {
					const problems = validateContent([asFile(raw, collection)]);
					for (const problem of problems) expect(problem).toMatchObject({ file: expect.any(String), message: expect.any(String) });
				},
			),
			{ seed, numRuns: 1000 },
		);
	});

	// A build renders the bodies of the check's first read while the check runs; a refused file's body is empty there.
	test('every body the check passes renders', async () => {
		await fc.assert(
			fc.asyncProperty(hostileFile, async (raw) => {
				const { body, refusal } = parseContentFile(raw);
				const rendered = await renderer.render(body, { frontmatter: {} });
				expect(typeof rendered.code).toBe('string');
				if (!refusal) expect(rendered.metadata.frontmatter.dossier?.renderFailure).toBeUndefined();
			}),
			{ seed, numRuns: 150 },
		);
	});

	test.each([
		['5,000 quotes', '> '.repeat(5000) + 'deep'],
		['5,000 HTML elements', '<div>\n'.repeat(5000)],
		['5,000 * marks', '*'.repeat(5000) + 'x' + '*'.repeat(5000)],
	])('a body past the limits (%s) is refused by the check and, rendered anyway, renders or fails as a finding', async (_, body) => {
		expect(parseContentFile(`---\ntitle: x\n---\n${body}`).refusal).toMatchObject({
			field: '(body)',
			message: expect.stringContaining('a body may go 32 deep'),
		});
		const rendered = await renderer.render(body, { frontmatter: {} });
		// Where the stack runs out depends on the engine and its frames: either way, nothing is thrown and nothing half-made is kept.
		const failure: unknown = rendered.metadata.frontmatter.dossier?.renderFailure;
		if (failure === undefined) expect(rendered.code).toContain('x');
		else expect([rendered.code, failure]).toEqual(['', expect.stringContaining('call stack')]);
	});
});
