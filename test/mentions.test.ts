/**
 * Actor mentions as readers get them: bodies rendered by Astro's own Markdown
 * processor with the site's pipeline (src/markdown/pipeline.ts), so citations, raw HTML,
 * sanitising and heading anchors all run around the plugin as on the site.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { markdownOptions } from '../src/markdown/pipeline.ts';

type Names = Record<string, string[]>;

/** Every actor's id with its name, then its aliases (fictional). */
const actors: Names = {
	valmora: ['Valmora', 'the Valmoran government'],
	'kestrel-union': ['Kestrel Union', 'the Union'],
	'zoe-norgaard': ['Zoë Nørgaard', 'Nørgaard'],
	'lodz-institute': ['Łódź Institute'],
};

/** Declared so that [@valmora] is a citation, not literal text. */
const sources = () => [{ key: 'valmora', source: 'wire', title: 't', url: 'https://x.example' }];

type Processor = Awaited<ReturnType<typeof createMarkdownProcessor>>;
const processors = new Map<Names, Promise<Processor>>();
const processorFor = (names: Names) => {
	if (!processors.has(names)) processors.set(names, createMarkdownProcessor({ ...markdownOptions({ actors: names }), syntaxHighlight: false }));
	return processors.get(names)!;
};

/** Renders a body with the given frontmatter, as Astro hands it to the processor. */
const renderBody = async (markdown: string, frontmatter: Record<string, unknown>, names: Names = actors) =>
	(await (await processorFor(names)).render(markdown, { frontmatter })).code;

/** Renders an article body whose frontmatter lists `listed` (by default every actor in `names`). */
const render = (markdown: string, { names = actors, listed = Object.keys(names) }: { names?: Names; listed?: string[] } = {}) =>
	renderBody(markdown, { actors: listed, sources: sources() }, names);

/** Each link to an actor's page as [actor id, link text], in document order. */
const mentions = (html: string) =>
	[...html.matchAll(/<a href="\/actors\/([^"/]+)\/">([^<]*)<\/a>/g)].map(([, id = '', text = '']) => [id, text] as [string, string]);

describe('the first mention of each actor', () => {
	test('becomes a link to the actor page; later mentions stay text', async () => {
		expect(await render('Valmora wants its ferries back. Valmora says so again.')).toMatchInlineSnapshot(
			`"<p><a href="/actors/valmora/">Valmora</a> wants its ferries back. Valmora says so again.</p>"`,
		);
	});

	test('one link per actor per article: not again in a later paragraph, nor by an alias', async () => {
		const html = await render('Valmora asked.\n\nThe Valmoran government asked again.\n\n- and so did Valmora');
		expect(mentions(html)).toEqual([['valmora', 'Valmora']]);
	});

	test('each listed actor gets its own link', async () => {
		const html = await render('Valmora, the Union, Nørgaard and the Łódź Institute met; Valmora and the Union left.');
		expect(mentions(html)).toEqual([
			['valmora', 'Valmora'],
			['kestrel-union', 'the Union'],
			['zoe-norgaard', 'Nørgaard'],
			['lodz-institute', 'Łódź Institute'],
		]);
	});

	test.each([
		['a list item', '- Valmora asks'],
		['a quote', '> Valmora asks'],
		['a table cell', '| Who |\n| --- |\n| Valmora |'],
		['a footnote', 'A claim.[^1]\n\n[^1]: Valmora asks.'],
	])('in %s, a mention links', async (_, markdown) => {
		expect(mentions(await render(markdown))).toEqual([['valmora', 'Valmora']]);
	});
});

describe('names and aliases', () => {
	test.each([
		['the Valmoran government', 'valmora'],
		['the Union', 'kestrel-union'],
		['Nørgaard', 'zoe-norgaard'],
	])('the alias "%s" links, as written', async (alias, id) => {
		expect(mentions(await render(`Yesterday ${alias} said no.`))).toEqual([[id, alias]]);
	});

	test.each<[string, Names, string, [string, string]]>([
		[
			'a longer alias over a shorter one',
			{ valmora: ['Valmora', 'Valmoran government', 'the Valmoran government'] },
			'Then the Valmoran government spoke.',
			['valmora', 'the Valmoran government'],
		],
		[
			'the same, whichever order the names come in',
			{ valmora: ['the Valmoran government', 'Valmoran government', 'Valmora'] },
			'Then the Valmoran government spoke.',
			['valmora', 'the Valmoran government'],
		],
		[
			"one actor's name over another actor's shorter name",
			{ kestrel: ['Kestrel'], 'kestrel-union': ['Kestrel Union', 'the Union'] },
			'Then the Kestrel Union spoke.',
			['kestrel-union', 'Kestrel Union'],
		],
		['a full name over a surname alias', actors, 'Then Zoë Nørgaard spoke.', ['zoe-norgaard', 'Zoë Nørgaard']],
	])('the longest name wins: %s', async (_, names, markdown, mention) => {
		expect(mentions(await render(markdown, { names }))).toEqual([mention]);
	});

	test.each([
		['VALMORA', 'valmora'],
		['valmora', 'valmora'],
		['vAlMoRa', 'valmora'],
		['THE VALMORAN GOVERNMENT', 'valmora'],
		['The Union', 'kestrel-union'],
		['kestrel union', 'kestrel-union'],
	])('any case: "%s" links, keeping its case', async (written, id) => {
		expect(mentions(await render(`Yesterday ${written} said no.`))).toEqual([[id, written]]);
	});

	test.each([
		['Kestrel\nUnion', 'kestrel-union', 'Kestrel Union'],
		['Zoë\nNørgaard', 'zoe-norgaard', 'Zoë Nørgaard'],
	])('a name wrapped across source lines (%j) links as the whole name', async (written, id, name) => {
		const found = mentions(await render(`Yesterday ${written} said no.`));
		expect(found.map(([foundId, text]) => [foundId, text.replace(/\s+/g, ' ')])).toEqual([[id, name]]);
	});
});

describe('names as people type them: quotes, apostrophes, dashes and spaces typed any way', () => {
	const names: Names = {
		dockworkers: ["Dockworkers' Federation"],
		'river-league': ['Ost–Valmora River League'],
		'north-union': ['“North” Union'],
		'zoe-norgaard': ['Zoë Nørgaard'],
	};

	test.each([
		[
			'a straight name, a typographic apostrophe in the body',
			"Dockworkers' Federation",
			'the Dockworkers’ Federation struck',
			'dockworkers',
			'Dockworkers’ Federation',
		],
		[
			'a typographic name, a straight apostrophe in the body',
			'Dockworkers’ Federation',
			"the Dockworkers' Federation struck",
			'dockworkers',
			"Dockworkers' Federation",
		],
		['a modifier letter apostrophe', "Dockworkers' Federation", 'the Dockworkersʼ Federation struck', 'dockworkers', 'Dockworkersʼ Federation'],
		['an en dash named, a hyphen written', 'Ost–Valmora River League', 'the Ost-Valmora River League met', 'river-league', 'Ost-Valmora River League'],
		['an en dash named, an em dash written', 'Ost–Valmora River League', 'the Ost—Valmora River League met', 'river-league', 'Ost—Valmora River League'],
		['curly quotes named, straight ones written', '“North” Union', 'the "North" Union met', 'north-union', '"North" Union'],
		['curly quotes named, low ones written', '“North” Union', 'the „North” Union met', 'north-union', '„North” Union'],
		['a plain space named, a no-break space written', 'Zoë Nørgaard', 'then Zoë\u00a0Nørgaard spoke', 'zoe-norgaard', 'Zoë\u00a0Nørgaard'],
		['a no-break space named, a narrow one written', 'Zoë\u00a0Nørgaard', 'then Zoë\u202fNørgaard spoke', 'zoe-norgaard', 'Zoë\u202fNørgaard'],
		['a thin space written', 'Zoë Nørgaard', 'then Zoë\u2009Nørgaard spoke', 'zoe-norgaard', 'Zoë\u2009Nørgaard'],
	])('%s: linked, shown as written', async (_, name, markdown, id, shown) => {
		expect(mentions(await render(markdown, { names: { [id]: [name] } }))).toEqual([[id, shown]]);
	});

	test('a typographic apostrophe in the body, as the reader gets it', async () => {
		expect(await render('The Dockworkers’ Federation struck.', { names })).toMatchInlineSnapshot(
			`"<p>The <a href="/actors/dockworkers/">Dockworkers’ Federation</a> struck.</p>"`,
		);
	});

	test('other marks still do not match: a name is not found where the body writes another letter', async () => {
		expect(mentions(await render('the Dockworkers Federation and the Dockworkers’s Federation', { names }))).toEqual([]);
	});
});

describe('names in other scripts and inflected languages', () => {
	const names: Names = { rosja: ['Rosja', 'Rosji'], russia: ['روسيا', 'وروسيا'], ukraine: ['أوكرانيا'] };

	test.each([
		['an Arabic name as a word of its own', 'قالت روسيا إن المحادثات مستمرة.', [['russia', 'روسيا']]],
		['an Arabic name after punctuation', 'المطالب («أوكرانيا») واضحة.', [['ukraine', 'أوكرانيا']]],
		[
			'an Arabic name with a prefix joined to it, listed as an alias (wa-, "and")',
			'اجتمعت أوكرانيا وروسيا.',
			[
				['ukraine', 'أوكرانيا'],
				['russia', 'وروسيا'],
			],
		],
		['not an Arabic name inside a longer word (bi-, "in", not listed)', 'الوضع بروسيا صعب.', []],
		['a Polish inflected form listed as an alias', 'Wysłannik Rosji przyjechał.', [['rosja', 'Rosji']]],
		['not a Polish form that is not listed', 'Z Rosją rozmawiano.', []],
	])('%s', async (_, body, links) => {
		expect(mentions(await render(body, { names }))).toEqual(links);
	});
});

describe('whole words only', () => {
	test.each([
		['a plural or demonym', 'Valmorans'],
		['a longer word', 'Valmoran'],
		['a prefix', 'preValmora'],
		['a digit after', 'Valmora2'],
		['a digit before', '2Valmora'],
		['a longer last word', 'Kestrel Unionists'],
		['a non-ASCII letter after', 'Nørgaardé'],
		['a non-ASCII letter before', 'ÅNørgaard'],
		['a non-ASCII plural', 'Łódź Institutes'],
		['a combining accent after (Valmorá, decomposed)', 'Valmora\u0301'],
	])('%s does not link: %s', async (_, word) => {
		expect(mentions(await render(`The ${word} objected.`))).toEqual([]);
	});

	test.each([
		['a typographic apostrophe', 'Valmora’s claim', '<a href="/actors/valmora/">Valmora</a>’s claim'],
		['a typed apostrophe', "Valmora's claim", '<a href="/actors/valmora/">Valmora</a>\'s claim'],
		['parentheses', 'a claim (Valmora) made', '(<a href="/actors/valmora/">Valmora</a>)'],
		['a full stop', 'Asked: Valmora.', '<a href="/actors/valmora/">Valmora</a>.</p>'],
		['a comma', 'Valmora, again', '<a href="/actors/valmora/">Valmora</a>, again'],
		['quotes', 'said “Valmora” twice', '“<a href="/actors/valmora/">Valmora</a>”'],
		['dashes', 'a claim—Valmora—made', '—<a href="/actors/valmora/">Valmora</a>—'],
	])('%s around a name: it links', async (_, markdown, fragment) => {
		const html = await render(markdown);
		expect(mentions(html)).toEqual([['valmora', 'Valmora']]);
		expect(html).toContain(fragment);
	});
});

describe('non-ASCII names', () => {
	test.each([
		['Zoë Nørgaard', 'zoe-norgaard'],
		['ZOË NØRGAARD', 'zoe-norgaard'],
		['zoë nørgaard', 'zoe-norgaard'],
		['Łódź Institute', 'lodz-institute'],
		['ŁÓDŹ INSTITUTE', 'lodz-institute'],
		['łódź institute', 'lodz-institute'],
	])('"%s" links, as written', async (written, id) => {
		expect(mentions(await render(`Yesterday ${written} said no.`))).toEqual([[id, written]]);
	});

	test('a name beginning with a dotted capital İ links when written exactly as the name', async () => {
		const names = { 'ipek-yalcin': ['İpek Yalçın'] };
		expect(mentions(await render('Yesterday İpek Yalçın said no.', { names }))).toEqual([['ipek-yalcin', 'İpek Yalçın']]);
	});
});

describe("only the article's actors", () => {
	test('an actor the frontmatter does not list is never linked, even though the site knows it', async () => {
		const html = await render('Valmora, Nørgaard and the Union met.', { listed: ['kestrel-union'] });
		expect(mentions(html)).toEqual([['kestrel-union', 'the Union']]);
	});

	test.each<[string, Record<string, unknown>, Names]>([
		['an article without `actors`', { sources: [] }, actors],
		['a body without frontmatter', {}, actors],
		['an article listing no actors', { actors: [], sources: [] }, actors],
		['an article listing an id the site does not know', { actors: ['atlantis'], sources: [] }, actors],
		['an actor with no names', { actors: ['valmora'], sources: [] }, { valmora: [] }],
		['an actor with only blank names', { actors: ['valmora'], sources: [] }, { valmora: ['', '  '] }],
	])('%s: nothing changes', async (_, frontmatter, names) => {
		expect(await renderBody('Valmora and the Union met.', frontmatter, names)).toBe('<p>Valmora and the Union met.</p>');
	});
});

describe('never inside headings, links, code or citations', () => {
	const firstOutside = '<a href="/actors/valmora/">Valmora</a> again.';

	test.each([
		[
			'a heading',
			'## Valmora replies\n\nValmora again.',
			'<h2 id="valmora-replies"><a class="heading-anchor" href="#valmora-replies">Valmora replies</a></h2>',
		],
		['a setext heading', 'Valmora replies\n===\n\nValmora again.', '<h1 id="valmora-replies">Valmora replies</h1>'],
		['a link', '[Valmora](https://x.example) then Valmora again.', '<a href="https://x.example">Valmora</a>'],
		['emphasised link text', '[*Valmora*](https://x.example) then Valmora again.', '<a href="https://x.example"><em>Valmora</em></a>'],
		['a reference link', '[Valmora][v] then Valmora again.\n\n[v]: https://x.example', '<a href="https://x.example">Valmora</a>'],
		['an autolink', '<https://valmora.example> then Valmora again.', '<a href="https://valmora.example">https://valmora.example</a>'],
		['a bare web address', 'www.valmora.example then Valmora again.', '<a href="http://www.valmora.example">www.valmora.example</a>'],
		['inline code', '`Valmora` then Valmora again.', '<code>Valmora</code>'],
		['fenced code', '```\nValmora\n```\n\nValmora again.', '<pre><code>Valmora\n</code></pre>'],
		['indented code', '    Valmora\n\nValmora again.', '<pre><code>Valmora\n</code></pre>'],
		['a citation', '[@valmora] then Valmora again.', '<sup class="citation"><a href="#source-valmora" id="cite-valmora-1">'],
		['an image description', '![Valmora](map.png) then Valmora again.', '<img src="map.png" alt="Valmora" loading="lazy" decoding="async">'],
	])('%s: left as is, and the first mention outside links', async (_, markdown, untouched) => {
		const html = await render(markdown);
		expect(html).toContain(untouched);
		expect(html).toContain(firstOutside);
		expect(mentions(html)).toEqual([['valmora', 'Valmora']]);
	});

	test.each([
		['a raw HTML link', '<a href="https://x.example">Valmora</a> then Valmora again.', '<a href="https://x.example">Valmora</a>'],
		['raw HTML code', 'Type <code>Valmora</code> then Valmora again.', '<code>Valmora</code>'],
	])('%s: left as is, and the first mention outside links', async (_, markdown, untouched) => {
		const html = await render(markdown);
		expect(html).toContain(untouched);
		expect(html).toContain(firstOutside);
	});

	test.each([
		['a line break', 'Talks<br>Russia agreed', 'Talks<br><a href="/actors/russia/">Russia</a> agreed'],
		['a self-closed line break', 'Talks<br/>Russia agreed', 'Talks<br><a href="/actors/russia/">Russia</a> agreed'],
		['an image', '<img src="x.png" alt="">Russia', '<img src="x.png" alt="" loading="lazy" decoding="async"><a href="/actors/russia/">Russia</a>'],
	])('after a void raw HTML element (%s) in the same paragraph, a mention still links', async (_, markdown, linked) => {
		const html = await render(markdown, { names: { russia: ['Russia'] } });
		expect(mentions(html)).toEqual([['russia', 'Russia']]);
		expect(html).toContain(linked);
	});

	test.each([
		['a raw HTML link', 'Talks <a href="https://x.example">Russia</a> ended.', '<a href="https://x.example">Russia</a>'],
		['raw HTML code', 'Type <code>Russia</code> here.', '<code>Russia</code>'],
		[
			'a raw HTML link, after a line break inside it',
			'<a href="https://x.example">Talks<br>Russia</a> ended.',
			'<a href="https://x.example">Talks<br>Russia</a>',
		],
		['Markdown emphasis inside a raw HTML link', '<a href="https://x.example">*Russia*</a> ended.', '<a href="https://x.example"><em>Russia</em></a>'],
		['raw HTML keyboard input', 'Press <kbd>Russia</kbd> now.', '<kbd>Russia</kbd>'],
		['a raw HTML link written in capitals', 'Talks <A HREF="https://x.example">Russia</A> ended.', '<a href="https://x.example">Russia</a>'],
	])('inside %s, the only mention is not linked', async (_, markdown, untouched) => {
		const html = await render(markdown, { names: { russia: ['Russia'] } });
		expect(mentions(html)).toEqual([]);
		expect(html).toContain(untouched);
	});

	test.each([
		['raw bold', 'Talks with <b>Russia</b> ended.', '<b><a href="/actors/russia/">Russia</a></b>'],
		['a raw span', 'Talks with <span>Russia</span> ended.', '<span><a href="/actors/russia/">Russia</a></span>'],
		['text after a closed raw link', '<a href="https://x.example">talks</a> with Russia ended.', '</a> with <a href="/actors/russia/">Russia</a>'],
	])('in %s, which is neither a link nor code, a mention links', async (_, markdown, linked) => {
		const html = await render(markdown, { names: { russia: ['Russia'] } });
		expect(mentions(html)).toEqual([['russia', 'Russia']]);
		expect(html).toContain(linked);
	});

	test('emphasis is fine: the link goes inside it', async () => {
		expect(await render('*Valmora* and **the Union** met.')).toMatchInlineSnapshot(
			`"<p><em><a href="/actors/valmora/">Valmora</a></em> and <strong><a href="/actors/kestrel-union/">the Union</a></strong> met.</p>"`,
		);
	});
});

describe('regular-expression characters in names', () => {
	const names: Names = { us: ['U.S.'], cpg: ['C++ Group (CPG)'], fund: ['Fund? {A}|B$'] };

	test.each([
		['U.S.', 'us'],
		['C++ Group (CPG)', 'cpg'],
		['Fund? {A}|B$', 'fund'],
	])('"%s" matches literally', async (name, id) => {
		expect(mentions(await render(`Yesterday ${name} said no.`, { names }))).toEqual([[id, name]]);
		expect(mentions(await render(`Then ${name}`, { names }))).toEqual([[id, name]]);
	});

	test.each([
		['UxSx', 'U.S.'],
		['US', 'U.S.'],
		['CCC Group CPG', 'C++ Group (CPG)'],
		['Fun {A}', 'Fund? {A}|B$'],
		['Plan B', 'Fund? {A}|B$'],
	])('"%s" is not taken for %s', async (written) => {
		expect(mentions(await render(`Then ${written}`, { names }))).toEqual([]);
	});
});
