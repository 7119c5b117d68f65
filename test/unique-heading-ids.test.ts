/**
 * Body headings never take an id the page around the body uses (src/markdown/plugins/rehype-unique-heading-ids.ts):
 * bodies run through the site's pipeline in Astro's processor, then a fixture newsroom whose article and entity
 * bodies have headings named like the pages' own sections is built, and every page's ids are unique.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { markdownOptions } from '../src/markdown/pipeline.ts';
import { astroBuild, createSite, readDist, type Site, readerPages } from './helpers/site.ts';

const processor = await createMarkdownProcessor({ ...markdownOptions({ actors: {} }), syntaxHighlight: false });
const sources = [{ source: 'wire-one', title: 'Report' }];

/** Each heading's id and text, as the body renders with an article's `sources`. */
async function headingIds(markdown: string): Promise<string[]> {
	const { code, metadata } = await processor.render(markdown, { frontmatter: { sources } });
	const ids = selectAll('h1, h2, h3, h4, h5, h6', fromHtml(code, { fragment: true })).map((h) => `${String(h.properties.id)} ${toString(h)}`);
	// The table of contents is made from what Astro lists: the same ids.
	expect(metadata.headings.map((h) => `${h.slug} ${h.text}`)).toEqual(ids);
	return ids;
}

describe("a body heading named like one of the page's own parts gets a suffix; the page's part keeps its id", () => {
	test.each([
		['## Sources', 'sources-1 Sources'],
		['## Corrections', 'corrections-1 Corrections'],
		['## Stances and sources', 'stances-and-sources-1 Stances and sources'],
		['## Actors', 'actors-1 Actors'],
		['## Topics', 'topics-1 Topics'],
		['## Related', 'related-1 Related'],
		['## At a glance', 'at-a-glance-1 At a glance'],
		['## Toc title', 'toc-title-1 Toc title'],
		['## Main', 'main-1 Main'],
		['## Mentioned in', 'mentioned-in-1 Mentioned in'],
		['## Positions', 'positions-1 Positions'],
		['## Timeline', 'timeline-1 Timeline'],
		['### DC supports', 'dc-supports-1 DC supports'],
		["## Source wire-one: the Sources list's entry", "source-wire-one-the-sources-lists-entry Source wire-one: the Sources list's entry"],
		['## Source wire-one', 'source-wire-one-1 Source wire-one'],
		['<h2 id="sources">Written in HTML</h2>', 'sources-1 Written in HTML'],
		['## Background', 'background Background'],
	])('%s', async (markdown, expected) => {
		expect(await headingIds(markdown)).toEqual([expected]);
	});

	test('duplicates and clashes count on as github-slugger does, and skip ids the body has (citations, footnotes)', async () => {
		const body = ['## Sources', '## Sources', '## Sources 1', 'Cited [@wire-one].[^n]', '## Cite wire-one 1', '## Footnote label', '[^n]: A note.'].join(
			'\n\n',
		);
		expect(await headingIds(body)).toEqual([
			'sources-1 Sources',
			'sources-2 Sources',
			'sources-1-1 Sources 1',
			'cite-wire-one-1-1 Cite wire-one 1',
			'footnote-label-1 Footnote label',
			'footnote-label Footnotes',
		]);
	});

	test('a heading the page does not use keeps the id Astro gives it', async () => {
		expect(await headingIds('## What Ostmark says\n\n## Łódź, “again”\n\n## What Ostmark says')).toEqual([
			'what-ostmark-says What Ostmark says',
			'łódź-again Łódź, “again”',
			'what-ostmark-says-1 What Ostmark says',
		]);
	});

	test('the body as a reader gets it', async () => {
		expect((await processor.render('## Sources\n\nText.', { frontmatter: { sources } })).code).toMatchInlineSnapshot(`
			"<h2 id="sources-1"><a class="heading-anchor" href="#sources-1">Sources</a></h2>
			<p>Text.</p>"
		`);
	});
});

describe('in a built site', () => {
	let site: Site;
	const article = '2024-03-10-sections-named-like-the-page';
	const page = (url: string) => fromHtml(readDist(site, `${url}index.html`));

	beforeAll(async () => {
		site = createSite(path.join(import.meta.dirname, 'fixtures', 'newsroom'));
		const headings = ['Sources', 'Corrections', 'Stances and sources', 'Actors', 'Topics', 'Related', 'At a glance', 'Main'].map((h) => `## ${h}`);
		writeFileSync(
			path.join(site.contentDir, 'articles', `${article}.md`),
			[
				'---',
				'title: Sections named like the page',
				'summary: A body whose headings are named like the sections of its page.',
				'published: 2024-03-10',
				'actors: [ostmark, valdoria]',
				'topics: [river-dispute]',
				'demands:',
				'  - demand: river-treaty-restored',
				'    positions:',
				'      - actor: valdoria',
				'        stance: opposes',
				'        cite: wire-one',
				'sources:',
				'  - source: wire-one',
				'    title: Report on the sections',
				'    url: https://wire.example.com/sections',
				'corrections:',
				'  - date: 2024-03-11',
				'    text: An earlier version named a section wrongly.',
				'---',
				'The story [@wire-one].',
				...headings.flatMap((heading) => ['', heading, '', 'Text.']),
				'',
			].join('\n'),
		);
		appendFileSync(path.join(site.contentDir, 'demands', 'border-troops-withdrawn.md'), '\n## Timeline\n\nText.\n\n## Positions\n\n## Mentioned in\n');
		appendFileSync(path.join(site.contentDir, 'actors', 'valdoria.md'), '\n## Stance chart\n\n## Demands made\n');
		const build = await astroBuild(site);
		if (build.code !== 0) throw new Error(build.output);
	});
	afterAll(() => site.remove());

	test('every page has each id once', () => {
		const pages = readerPages(site.dist);
		const repeated = pages.flatMap((file) => {
			const ids = selectAll('[id]', fromHtml(readDist(site, file))).map((element) => String(element.properties.id));
			return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].map((id) => `${file}: ${id}`);
		});
		expect(repeated).toEqual([]);
		expect(pages.length).toBeGreaterThan(20);
	});

	test('"What changed" and the skip link reach the page\'s own parts; the contents follow the body\'s headings', () => {
		const tree = page(`articles/${article}/`);
		const target = (href: string) => select(`[id="${href.slice(1)}"]`, tree);
		const whatChanged = select('.article-header a[href^="#"]', tree)!.properties.href as string;
		expect(target(whatChanged)?.tagName).toBe('h2');
		expect(select(`aside.corrections [id="${whatChanged.slice(1)}"]`, tree)).toBeDefined();
		expect(target('#main')?.tagName).toBe('main');
		expect(selectAll('.toc a', tree).map((a) => `${String(a.properties.href)} ${toString(a)}`)).toEqual([
			'#sources-1 Sources',
			'#corrections-1 Corrections',
			'#stances-and-sources-1 Stances and sources',
			'#actors-1 Actors',
			'#topics-1 Topics',
			'#related-1 Related',
			'#at-a-glance-1 At a glance',
			'#main-1 Main',
		]);
		expect(selectAll('.prose h2', tree).map((h) => select('a', h)?.properties.href)).toEqual(selectAll('.toc a', tree).map((a) => a.properties.href));
	});

	test("an entity's body headings give way to its page's sections", () => {
		const ids = (url: string) => selectAll('.prose h2, .entity-body h2', page(url)).map((h) => h.properties.id);
		expect({ demand: ids('demands/border-troops-withdrawn/'), actor: ids('actors/valdoria/') }).toEqual({
			demand: ['timeline-1', 'positions-1', 'mentioned-in-1'],
			actor: ['stance-chart-1', 'demands-made-1'],
		});
	});
});
