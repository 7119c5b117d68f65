/**
 * Citations and heading anchors as readers get them: bodies rendered by
 * Astro's own Markdown processor with the site's pipeline (src/markdown/pipeline.ts).
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { citationGroup, citedKeysIn, keysOf } from '../src/model/citations.ts';
import { findingsOf } from '../src/markdown/findings.ts';
import { markdownOptions } from '../src/markdown/pipeline.ts';

const processor = await createMarkdownProcessor({ ...markdownOptions({ actors: {} }), syntaxHighlight: false });

/** An article's frontmatter sources: numbered 1, 2, 3 in this order. */
const sources = () => [
	{ key: 'wire', source: 'wire-north', title: 'Valmora makes its demand', url: 'https://reports.example.net/demand' },
	{ source: 'ministere-des-cotes', title: 'Communiqué du ministère', url: 'https://reports.example.net/communique' },
	{ key: 'wire-b', source: 'wire-north', title: 'Union signals flexibility', url: 'https://reports.example.net/flexibility' },
];

const renderArticle = async (markdown: string) => {
	const { code, metadata } = await processor.render(markdown, { frontmatter: { sources: sources() } });
	return { html: code, citedTimes: findingsOf(metadata).citedTimes };
};

/** Each citation link as [key it links to, its id, the number shown]. */
const citationLinks = (html: string) =>
	[...html.matchAll(/<a href="#source-([\w-]+)" id="([\w-]+)"><span aria-hidden="true">\[(\d+)\]<\/span><span class="sr-only">Source \3<\/span><\/a>/g)].map(
		([, key, id, number]) => [key, id, Number(number)],
	);

test('a key in another script is a citation like any other', async () => {
	const { code } = await processor.render('Le ministère l’a dit [@économie].', {
		frontmatter: { sources: [{ key: 'économie', source: 'economie', title: 'Communiqué', url: 'https://reports.example.net/c' }] },
	});
	expect(code).toContain('<a href="#source-économie" id="cite-économie-1"><span aria-hidden="true">[1]</span>');
});

describe('citedKeysIn', () => {
	test.each([
		['plain text', 'No citations here.', []],
		['one key', '[@a]', ['a']],
		['two keys', '[@a; @b]', ['a', 'b']],
		['two keys without a space', '[@a;@b]', ['a', 'b']],
		['two keys with a space before the semicolon', '[@a ; @b]', ['a', 'b']],
		['a key with hyphens and digits', '[@wire-2025]', ['wire-2025']],
		['text around', 'Before [@wire] after.', ['wire']],
		['two groups, in the order written', 'One [@c], two [@b; @a].', ['c', 'b', 'a']],
		['a key cited twice, each time', 'One [@a], again [@a; @b].', ['a', 'a', 'b']],
		['brackets without @', 'see [a]', []],
		['an @ without a key', 'see [@]', []],
		['a second key without @', '[@a; b]', []],
		['an email address', 'write to desk@example.org', []],
		['the empty string', '', []],
	])('%s', (_, text, keys) => {
		expect(citedKeysIn(text)).toEqual(keys);
	});
});

describe('citationGroup and keysOf', () => {
	test.each([
		['plain text', 'No citations here.', []],
		['two groups, each with its keys', 'One [@a], two [@b; @c].', [['a'], ['b', 'c']]],
		['a group with spaces around the semicolon', 'Both [@a ; @b].', [['a', 'b']]],
		['a group with a second key without @, none', '[@a; b] and [@c]', [['c']]],
	])('%s', (_, text, groups) => {
		expect([...text.matchAll(citationGroup)].map((match) => keysOf(match[0]))).toEqual(groups);
	});
});

describe('citations in an article body', () => {
	test('[@key] becomes a numbered link to the source, with an id to link back to', async () => {
		const { html } = await renderArticle('Valmora wants its ferries back [@wire].');
		expect(html).toMatchInlineSnapshot(
			`"<p>Valmora wants its ferries back.⁠<sup class="citation"><a href="#source-wire" id="cite-wire-1"><span aria-hidden="true">[1]</span><span class="sr-only">Source 1</span></a></sup></p>"`,
		);
	});

	test.each([
		['at the end of a sentence', 'back [@wire].', 'back.[1]'],
		['before a comma', 'back [@wire], and more', 'back,[1] and more'],
		['mid-sentence', 'back [@wire] and more', 'back[1] and more'],
		['written without a space', 'back[@wire].', 'back.[1]'],
		['after a line break', 'back\n[@wire]!', 'back![1]'],
	])('a citation %s sits on its word, after the punctuation', async (_, markdown, seen) => {
		const { html } = await renderArticle(markdown);
		expect(html.replace(/\u2060<sup class="citation">.*?\[(\d+)\].*?<\/sup>/g, '[$1]')).toBe(`<p>${seen}</p>`);
	});

	test('numbers follow the order of the frontmatter sources, not the order of citation', async () => {
		const { html } = await renderArticle('Later [@wire-b], then [@ministere-des-cotes], then [@wire].');
		expect(citationLinks(html)).toEqual([
			['wire-b', 'cite-wire-b-1', 3],
			['ministere-des-cotes', 'cite-ministere-des-cotes-1', 2],
			['wire', 'cite-wire-1', 1],
		]);
	});

	test('a key cited twice gets a link id per place, and citedTimes counts every key', async () => {
		const { html, citedTimes } = await renderArticle('First [@wire].\n\nAgain [@wire; @ministere-des-cotes].');
		expect(citationLinks(html).map(([, id]) => id)).toEqual(['cite-wire-1', 'cite-wire-2', 'cite-ministere-des-cotes-1']);
		expect(citedTimes).toEqual({ wire: 2, 'ministere-des-cotes': 1 });
	});

	test('what the plugins found reaches pages under the one key `dossier` of the render’s frontmatter', async () => {
		const { metadata } = await processor.render('Valmora wants its ferries back [@wire].', { frontmatter: { sources: sources() } });
		expect(metadata.frontmatter).toEqual({ sources: sources(), dossier: { citedTimes: { wire: 1 }, readingMinutes: 1 } });
	});

	test('[@a; @b] gives two links in one superscript', async () => {
		const { html } = await renderArticle('Both say so [@wire; @wire-b].');
		expect(html.match(/<sup/g)).toHaveLength(1);
		expect(citationLinks(html)).toEqual([
			['wire', 'cite-wire-1', 1],
			['wire-b', 'cite-wire-b-1', 3],
		]);
	});

	test.each([
		['inline code', 'Type `[@wire]` to cite.', '<code>[@wire]</code>'],
		['fenced code', '```\nSee [@wire].\n```', '<pre><code>See [@wire].\n</code></pre>'],
		['link text', '[see [@wire]](https://example.org/)', '<a href="https://example.org/">see [@wire]</a>'],
		['emphasised link text', '[see *[@wire]*](https://example.org/)', '<a href="https://example.org/">see <em>[@wire]</em></a>'],
		['reference link text', '[see [@wire]][ref]\n\n[ref]: https://example.org/', '<a href="https://example.org/">see [@wire]</a>'],
	])('in %s, a citation stays literal and is not counted', async (_, markdown, literal) => {
		const { html, citedTimes } = await renderArticle(markdown);
		expect(html).toContain(literal);
		expect(html).not.toContain('class="citation"');
		expect(citedTimes).toEqual({});
	});

	// The content check refuses an undeclared key before a build renders any body (validate.test.ts); astro dev may
	// render one while it shows the problems, and the group is then left as written.
	test('a group with a key the sources do not declare stays as written, and is not counted', async () => {
		const { html, citedTimes } = await renderArticle('Nobody said this [@wire; @rumour], but [@wire] said this.');
		expect(html).toContain('Nobody said this [@wire; @rumour], but');
		expect(citationLinks(html)).toEqual([['wire', 'cite-wire-1', 1]]);
		expect(citedTimes).toEqual({ wire: 1 });
	});

	test.each([
		['alone in a paragraph', '[@wire]'],
		['right after emphasis', '*no*[@wire]'],
		['alone in a list item', '- [@wire]'],
		['alone in strong emphasis', '**[@wire]**'],
		['alone in emphasis', '*[@wire]*'],
	])('a citation alone in its text node (%s) still becomes a numbered link', async (_, markdown) => {
		const { html, citedTimes } = await renderArticle(markdown);
		expect(html.match(/<sup class="citation">/g)).toHaveLength(1);
		expect(citationLinks(html)).toEqual([['wire', 'cite-wire-1', 1]]);
		expect(html).not.toContain('[@wire]');
		expect(citedTimes).toEqual({ wire: 1 });
	});

	test.each([
		['alone in a paragraph', '[@rumour]'],
		['right after emphasis', '*no*[@rumour]'],
		['alone in a list item', '- [@rumour]'],
		['alone in strong emphasis', '**[@rumour]**'],
	])('an undeclared key alone in its text node (%s) stays as written too', async (_, markdown) => {
		const { html, citedTimes } = await renderArticle(markdown);
		expect(html).toContain('[@rumour]');
		expect(html).not.toContain('class="citation"');
		expect(citedTimes).toEqual({});
	});

	test.each([
		['a space before the semicolon', 'Both say so [@wire ; @wire-b].'],
		['no space at all', 'Both say so [@wire;@wire-b].'],
		['a space after the semicolon', 'Both say so [@wire; @wire-b].'],
		['spaces on both sides, alone in its paragraph', '[@wire ; @wire-b]'],
	])('[@a ; @b] with %s is two numbered citations in one superscript', async (_, markdown) => {
		const { html, citedTimes } = await renderArticle(markdown);
		expect(html.match(/<sup/g)).toHaveLength(1);
		expect(citationLinks(html)).toEqual([
			['wire', 'cite-wire-1', 1],
			['wire-b', 'cite-wire-b-1', 3],
		]);
		expect(html).not.toContain('[@');
		expect(citedTimes).toEqual({ wire: 1, 'wire-b': 1 });
	});

	test('an undeclared key after a space and a semicolon leaves its group as written', async () => {
		expect((await renderArticle('Both say so [@wire ; @rumour].')).html).toBe('<p>Both say so [@wire ; @rumour].</p>');
	});

	test('in an article without sources, a citation stays as written', async () => {
		const { code, metadata } = await processor.render('Claim [@wire].', { frontmatter: { sources: [] } });
		expect(code).toBe('<p>Claim [@wire].</p>');
		expect(findingsOf(metadata).citedTimes).toEqual({});
	});

	test.each([
		['an actor body', { name: 'Åsa Ødegård', kind: 'person' }],
		['no frontmatter', {}],
	])('with %s (no `sources`), [@x] stays as written', async (_, frontmatter) => {
		const { code, metadata } = await processor.render('Known as [@asa] online.', { frontmatter });
		expect(code).toBe('<p>Known as [@asa] online.</p>');
		expect(findingsOf(metadata).citedTimes).toBeUndefined();
	});
});

describe('heading anchors', () => {
	const render = async (markdown: string) => (await processor.render(markdown, { frontmatter: {} })).code;

	test('a section heading gets an id, and its text links to itself', async () => {
		expect(await render('## Why it matters')).toMatchInlineSnapshot(
			`"<h2 id="why-it-matters"><a class="heading-anchor" href="#why-it-matters">Why it matters</a></h2>"`,
		);
	});

	test.each([2, 3, 4, 5, 6])('h%i gets an anchor', async (level) => {
		const html = await render(`${'#'.repeat(level)} Background`);
		expect(html).toContain(`<h${level} id="background"><a class="heading-anchor" href="#background">Background</a></h${level}>`);
	});

	test('a screen reader hears the heading once: its text is the link, with nothing hidden beside it', async () => {
		const html = await render('### Who wants what');
		expect(html.replace(/<[^>]+>/g, '')).toBe('Who wants what');
	});

	test('the page title (h1) gets an id but no anchor', async () => {
		expect(await render('# Ferry talks open')).toBe('<h1 id="ferry-talks-open">Ferry talks open</h1>');
	});

	test('the hidden footnotes heading gets no anchor', async () => {
		const html = await render('A claim.[^1]\n\n[^1]: A note.');
		expect(html).toContain('<h2 class="sr-only" id="footnote-label">Footnotes</h2>');
		expect(html).not.toContain('href="#footnote-label"');
	});

	test('a non-ASCII heading keeps its letters in a lowercase, space-free id', async () => {
		const html = await render('## Ærø og Zürich: «what next?»');
		expect(html).toContain('<h2 id="ærø-og-zürich-what-next">');
		expect(html).toContain('href="#ærø-og-zürich-what-next">Ærø og Zürich: «what next?»</a>');
	});

	test('two headings with the same text get different ids', async () => {
		const html = await render('## Reactions\n\nFirst.\n\n## Reactions');
		expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1])).toEqual(['reactions', 'reactions-1']);
	});
});

describe('a source cited in sentence after sentence', () => {
	/** The paragraphs' text with each marker as [n]. */
	const seen = (html: string) =>
		html.replace(/\u2060?<sup class="citation">(.*?)<\/sup>/g, (_, links: string) => links.replace(/<a .*?\[(\d+)\].*?<\/a>/g, '[$1]'));

	test.each([
		['three sentences in a row', 'One [@wire]. Two [@wire]. Three [@wire].', '<p>One. Two. Three.[1]</p>'],
		['twice in one sentence', 'Valmora [@wire] says so [@wire].', '<p>Valmora says so.[1]</p>'],
		['a sentence between without a citation', 'One [@wire]. Two. Three [@wire].', '<p>One.[1] Two. Three.[1]</p>'],
		['another source between', 'One [@wire]. Two [@wire-b]. Three [@wire].', '<p>One.[1] Two.[3] Three.[1]</p>'],
		['the same group of two', 'One [@wire; @wire-b]. Two [@wire; @wire-b].', '<p>One. Two.[1][3]</p>'],
		['one key of a group again', 'One [@wire; @wire-b]. Two [@wire].', '<p>One.[1][3] Two.[1]</p>'],
		['a sentence ended by a quotation', 'He said “no.” [@wire] Then “yes.” [@wire]', '<p>He said “no.” Then “yes.”[1]</p>'],
		['in emphasis', 'One [@wire]. *Two* [@wire].', '<p>One. <em>Two</em>.[1]</p>'],
		['in the next paragraph', 'One [@wire].\n\nTwo [@wire].', '<p>One.[1]</p>\n<p>Two.[1]</p>'],
	])('%s', async (_, markdown, html) => {
		expect(seen((await renderArticle(markdown)).html)).toBe(html);
	});

	test('each marker left has its own id, and the count of places the Sources list links back to matches them', async () => {
		const { html, citedTimes } = await renderArticle('One [@wire]. Two [@wire]. Three [@wire].\n\nFour [@wire]. Five [@ministere-des-cotes].');
		expect(citationLinks(html).map(([, id]) => id)).toEqual(['cite-wire-1', 'cite-wire-2', 'cite-ministere-des-cotes-1']);
		expect(citedTimes).toEqual({ wire: 2, 'ministere-des-cotes': 1 });
	});
});
