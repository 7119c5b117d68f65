/**
 * Astro's parse of every finished tree is run only on trees that may need it, those with raw HTML or a footnote call
 * (src/markdown/plugins/rehype-final-reparse.ts): any other tree is not parsed again at the end, and for the bodies
 * editors write, hostile ones included, the HTML and headings are what they were with Astro's pass.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import type { Root } from 'hast';
import { h } from 'hastscript';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { markdownOptions } from '../src/markdown/pipeline.ts';
import rehypeFinalReparse from '../src/markdown/plugins/rehype-final-reparse.ts';

const options = markdownOptions({ actors: { 'ana-ruiz': ['Ana Ruiz', 'the minister'] } }, { publicDir: new URL('../public/', import.meta.url).pathname });
/** The site's processor with `rehypePlugins`, or with Astro's final pass in place of ours (`astrosPass`). */
const processorOf = (rehypePlugins: typeof options.rehypePlugins, astrosPass: boolean) =>
	createMarkdownProcessor({
		...options,
		rehypePlugins: astrosPass ? rehypePlugins.filter((plugin) => plugin !== rehypeFinalReparse) : rehypePlugins,
		syntaxHighlight: false,
	});
const ours = await processorOf(options.rehypePlugins, false);
const astros = await processorOf(options.rehypePlugins, true);
const frontmatter = {
	actors: ['ana-ruiz'],
	sources: [
		{ source: 'wire-one', title: 'Report' },
		{ source: 'wire-two', key: 'two' },
	],
};
/**
 * A body's HTML and headings. An attribute with no value is written bare (`data-footnote-ref`) where a parse
 * wrote it empty (`data-footnote-ref=""`): the same to every HTML parser, so the empty value is left out. And
 * Astro's parse dropped a code block's first line when it was empty, which browsers show and the site keeps (below):
 * code's opening newlines are left out.
 */
const render = async (processor: typeof ours, body: string) => {
	const { code, metadata } = await processor.render(body, { frontmatter: structuredClone(frontmatter) });
	return { code: code.replaceAll('=""', '').replace(/(<pre><code(?:[^>"]|"[^"]*")*>)\n+/g, '$1'), headings: metadata.headings };
};

test('a tree made from Markdown alone is written as the last plugin left it; one that had raw HTML is parsed again', async () => {
	// A <div> inside a <p> would be split in two by a parse; only a plugin could build it.
	const divInParagraph = () => (tree: Root) => {
		tree.children.push(h('p', [h('div', 'inside')]));
	};
	const [processor, withAstrosPass] = await Promise.all([
		processorOf([...options.rehypePlugins.slice(0, -1), divInParagraph, rehypeFinalReparse], false),
		processorOf([...options.rehypePlugins.slice(0, -1), divInParagraph, rehypeFinalReparse], true),
	]);
	expect((await processor.render('Text.')).code).toContain('<p><div>inside</div></p>');
	expect((await processor.render('Text <b>bold</b>.')).code).toContain('<p></p><div>inside</div><p></p>');
	expect((await withAstrosPass.render('Text.')).code).toContain('<p></p><div>inside</div><p></p>');
});

test('a heading that holds a link is not wrapped in a link to itself, which would leave an empty link', async () => {
	const { code } = await ours.render('## The [report](https://example.org/r) [@wire-one]\n\n## Plain', { frontmatter: structuredClone(frontmatter) });
	expect(code).toMatch(/<h2 id="[^"]+">The <a href="https:\/\/example.org\/r">report<\/a>\u2060<sup class="citation"><a [^>]+>.*<\/a><\/sup><\/h2>/);
	expect(code).toContain('<h2 id="plain"><a class="heading-anchor" href="#plain">Plain</a></h2>');
});

test('a link whose text calls a footnote is parsed again, so that no link is left inside another', async () => {
	const { code } = await ours.render('[see[^1]](/x/) and [![p](/favicon.svg)[^1]](/y/)\n\n[^1]: Note.');
	expect(code).not.toMatch(/<a [^>]*>(?:(?!<\/a>).)*<a /s);
	expect(code).toContain('href="#user-content-fn-1"');
});

test('a code block keeps a blank first line, with and without raw HTML or a footnote in the body', async () => {
	for (const rest of ['', '\n\n<b>bold</b>', '\n\nA note.[^1]\n\n[^1]: Note.']) {
		expect((await ours.render(`\`\`\`js\n\nlet x;\n\`\`\`${rest}`)).code).toContain('<code class="language-js">\nlet x;');
	}
});

test("a processor without Astro's raw pass after the plugin, or with another copy of rehype-raw, stops at once", () => {
	const anotherCopy = (options?: Parameters<typeof rehypeRaw>[0]) => rehypeRaw(options);
	for (const processor of [
		unified().use(rehypeFinalReparse),
		unified().use(rehypeRaw).use(rehypeFinalReparse),
		unified().use(rehypeFinalReparse).use(anotherCopy),
	]) {
		expect(() => processor.freeze()).toThrow(/no rehype-raw of its own copy after it/);
	}
	expect(() => unified().use(rehypeFinalReparse).use(rehypeRaw).freeze()).not.toThrow();
});

describe('bodies render as they did with the pass on', () => {
	test.each([
		['plain paragraphs', 'One line.\n\nAnother, with *emphasis*, **strength** and `code`.'],
		['headings, repeated and named like the page’s parts', '## Sources\n\nText.\n\n## Background\n\n### Background\n\nSetext\n---'],
		['citations and mentions', 'Ana Ruiz said so [@wire-one], and the minister again [@two].'],
		['links, autolinks and a reference', '[a](/actors/ana-ruiz/) <https://example.org/x> www.example.org [r][ref]\n\n[ref]: https://example.org/r "T"'],
		['a table', '| a | b |\n| :- | -: |\n| 1 | 2 |\n| x | |'],
		['a footnote', 'Claim.[^1]\n\n[^1]: Note with [a link](https://example.org/).'],
		[
			'raw HTML, some of it unsafe',
			'<div class="x"><p>Para</p><script>alert(1)</script></div>\n\n<a href="javascript:alert(1)">x</a> <b>bold</b> <img src="/x.png" alt="y">',
		],
		['raw HTML left open and nested wrongly', '<table><tr><td>cell<p>para</td></tr>\n\n<p><div>block</div></p> <a href="/x/"><a href="/y/">z</a></a>'],
		['a picture and a code block', '![A map](/favicon.svg "Map")\n\n```js\nlet x = "<b>";\n```\n\n    indented <i>'],
		['a quote and nested lists', '> quoted\n> - a\n>   1. b\n\n- [ ] task\n- [x] done'],
		['characters a parse would care about', 'a\u0000b &amp; &lt;b&gt; \u00a0 ﬁ \u200b <!-- comment --> <?php x ?> <![CDATA[y]]>'],
	])('%s', async (_, body) => {
		expect(await render(ours, body)).toEqual(await render(astros, body));
	});

	const piece = fc.constantFrom(
		'[',
		'](/y/)',
		'```\n\n',
		'Ana Ruiz',
		'the minister',
		'[@wire-one]',
		'[@two]',
		'*',
		'_',
		'**',
		'`',
		'[x](/y/)',
		'![p](/favicon.svg)',
		'<b>',
		'</b>',
		'<div>',
		'</div>',
		'<p>',
		'<table><tr><td>',
		'<a href="/a/">',
		'</a>',
		'<span id="sources">',
		'<h2>Sources</h2>',
		'<!--',
		'-->',
		'&amp;',
		'&#0;',
		'\n',
		'\n\n',
		'## ',
		'> ',
		'- ',
		'1. ',
		'| a | b |\n| - | - |\n',
		'[^1]',
		'\n\n[^1]: n',
		'    ',
		'```',
		' ',
		'word',
	);
	test('for bodies made of Markdown, raw HTML and mentions in any order', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (pieces) => {
				const body = pieces.join('');
				expect(await render(ours, body)).toEqual(await render(astros, body));
			}),
			{ seed: 24, numRuns: 1000 },
		);
	});
});
