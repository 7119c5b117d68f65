/**
 * Renamed files: a file lists the ids it had before in `formerIds`. The check refuses a former id that could mean
 * another file, with the file, field, line and fix; it warns of references and links that still name one, which the
 * graph follows to the id now; and every old address leads to the new one, in the hosts' files too.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { readContentFiles } from '../src/check/content-files-fs.ts';
import { errorsOf, formatProblems } from '../src/check/problems.ts';
import { validateContent } from '../src/check/validate.ts';
import { buildGraph } from '../src/graph/graph.ts';
import { redirectsOf } from '../src/model/redirects.ts';
import { renamesOf } from '../src/model/former-ids.ts';
import { nginxRedirectMap, redirectsFile } from '../src/outputs/host-redirects.ts';
import { actor, article, demand, ids, source, topic } from './helpers/entries.ts';

/** The problems of a project holding `files` (paths under src/content, YAML as written), as file, field, line, message and fix. */
function check(files: Record<string, string>) {
	const root = mkdtempSync(path.join(os.tmpdir(), 'dossier-former-ids-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(root, 'src/content', name)), { recursive: true });
		writeFileSync(path.join(root, 'src/content', name), text);
	}
	return validateContent(readContentFiles(root)).map(({ file, field, line, message, fix, severity }) => ({
		file: file.replace('src/content/', ''),
		field,
		line,
		message,
		fix,
		...(severity && { severity }),
	}));
}

const actorFile = (name: string, formerIds?: string) => `---\nname: ${name}\nkind: country\n${formerIds ? `formerIds: ${formerIds}\n` : ''}---\n`;

/** Ostmark, renamed from ostmark-republic, and Valdoria: the files every case starts from. */
const renamed = { 'actors/ostmark.md': actorFile('Ostmark', '[ostmark-republic]'), 'actors/valdoria.md': actorFile('Valdoria') };

describe('former ids the check refuses, each at its line with a fix of its own', () => {
	test.each([
		[
			"another file's id now",
			{ 'actors/ostmark.md': actorFile('Ostmark', '[valdoria]') },
			[
				{
					file: 'actors/ostmark.md',
					field: 'formerIds[0]',
					line: 4,
					message: '"valdoria" is the id of src/content/actors/valdoria.md now: a reference to it, and /actors/valdoria/, mean that file',
					fix: 'remove "valdoria" from formerIds, or rename src/content/actors/valdoria.md if this file took its place',
				},
			],
		],
		[
			'a former id two files claim',
			{ 'actors/valdoria.md': actorFile('Valdoria', '\n  - old-name\n  - ostmark-republic') },
			[
				{
					file: 'actors/ostmark.md',
					field: 'formerIds[0]',
					line: 4,
					message:
						'"ostmark-republic" is also a former id of src/content/actors/valdoria.md: a reference to it, and /actors/ostmark-republic/, could mean either',
					fix: 'keep "ostmark-republic" in the formerIds of the file that had that name, and remove it from the other',
				},
				{
					file: 'actors/valdoria.md',
					field: 'formerIds[1]',
					line: 6,
					message:
						'"ostmark-republic" is also a former id of src/content/actors/ostmark.md: a reference to it, and /actors/ostmark-republic/, could mean either',
					fix: 'keep "ostmark-republic" in the formerIds of the file that had that name, and remove it from the other',
				},
			],
		],
		[
			"the file's own id",
			{ 'actors/valdoria.md': actorFile('Valdoria', '[valdoria]') },
			[
				{
					file: 'actors/valdoria.md',
					field: 'formerIds[0]',
					line: 4,
					message: '"valdoria" is this file\'s own id, not a name it had before',
					fix: 'remove "valdoria" from formerIds',
				},
			],
		],
		[
			'an id the site keeps for its own pages',
			{ 'actors/valdoria.md': actorFile('Valdoria', '[page]') },
			[
				{
					file: 'actors/valdoria.md',
					field: 'formerIds[0]',
					line: 4,
					message: '"page" is the address of one of the site\'s own pages (/actors/page/), so it cannot lead here',
					fix: 'remove "page" from formerIds',
				},
			],
		],
		[
			'the same former id twice in one file',
			{ 'actors/valdoria.md': actorFile('Valdoria', '[old-name, old-name]') },
			[{ file: 'actors/valdoria.md', field: 'formerIds[1]', line: 4, message: '"old-name" is listed twice', fix: 'remove one of them' }],
		],
		[
			'what is no id',
			{ 'actors/valdoria.md': actorFile('Valdoria', '[Old Name]') },
			[
				{
					file: 'actors/valdoria.md',
					field: 'formerIds[0]',
					line: 4,
					message: 'is not an id (lowercase letters, digits and hyphens) (got "Old Name")',
					fix: 'write "old-name" instead of "Old Name": ids are lowercase letters, digits and hyphens',
				},
			],
		],
	])('%s', (_name, changed, problems) => {
		expect(check({ ...renamed, ...changed })).toEqual(problems);
	});

	test.each([
		['a former id of its own', renamed],
		[
			'the same former id in two collections: each names a file of its own kind',
			{ ...renamed, 'topics/ostmark-republic.md': '---\ntitle: The republic\nkind: theme\n---\n' },
		],
		[
			'"by-name" as a topic’s former id: only the demands keep it',
			{ ...renamed, 'topics/north.md': '---\ntitle: North\nkind: place\nformerIds: [by-name]\n---\n' },
		],
	])('%s passes', (_name, files) => {
		expect(check(files)).toEqual([]);
	});

	test('"by-name" is refused as a demand’s former id: the demands by name live there', () => {
		expect(check({ ...renamed, 'demands/talks.md': '---\ntitle: Talks\nby: ostmark\nformerIds: [by-name]\n---\n' })).toEqual([
			expect.objectContaining({ file: 'demands/talks.md', field: 'formerIds[0]', line: 4, message: expect.stringContaining('(/demands/by-name/)') }),
		]);
	});
});

describe('a reference or link that still names a former id', () => {
	const article = [
		'---',
		'title: Talks open',
		'summary: Both sides talk.',
		'published: 2024-02-05',
		'actors: [ostmark-republic, valdoria]',
		'demands:',
		'  - demand: open-the-border',
		'    positions:',
		'      - actor: ostmark-republic',
		'        stance: supports',
		'sources:',
		'  - source: old-wire',
		'    title: Talks open',
		'---',
		'See [the old page](/actors/ostmark-republic/), [its feed](/actors/ostmark-republic/rss.xml) and [the first report](/articles/talks-announced/) [@old-wire].',
		'',
	].join('\n');
	const files = {
		...renamed,
		'demands/open-the-border.md': '---\ntitle: Open the border\nby: valdoria\naddressedTo: [ostmark-republic]\n---\n',
		'sources/wire-one.md': '---\nname: Wire One\nkind: wire-service\nformerIds: [old-wire]\n---\n',
		'articles/talks-open.md': article,
		'articles/2024-01-10-talks-announced.md': '---\ntitle: Talks announced\nsummary: Soon.\npublished: 2024-01-10\nformerIds: [talks-announced]\n---\nText.\n',
	};

	test('is a warning with the id or address now, at its field and line; nothing stops the build', () => {
		const problems = check(files);
		expect(errorsOf(problems)).toEqual([]);
		const warning = (file: string, field: string, line: number, message: string, fix: string) => ({ file, field, line, message, fix, severity: 'warning' });
		const renamedTo = (kind: string, id: string, now: string) => `refers to ${kind} "${id}", renamed to "${now}" (its formerIds)`;
		const write = (now: string, file: string) => `write ${now}: the file is src/content/${file}.md now`;
		expect(problems).toEqual([
			warning('articles/talks-open.md', 'actors[0]', 5, renamedTo('actor', 'ostmark-republic', 'ostmark'), write('ostmark', 'actors/ostmark')),
			warning(
				'articles/talks-open.md',
				'demands[0].positions[0].actor',
				9,
				renamedTo('actor', 'ostmark-republic', 'ostmark'),
				write('ostmark', 'actors/ostmark'),
			),
			warning('articles/talks-open.md', 'sources[0].source', 12, renamedTo('source', 'old-wire', 'wire-one'), write('wire-one', 'sources/wire-one')),
			...[
				['/actors/ostmark-republic/', '/actors/ostmark/', 'ostmark-republic'],
				['/actors/ostmark-republic/rss.xml', '/actors/ostmark/rss.xml', 'ostmark-republic'],
				['/articles/talks-announced/', '/articles/2024-01-10-talks-announced/', 'talks-announced'],
			].map(([link, now, formerId]) =>
				warning(
					'articles/talks-open.md',
					`(body) link ${link}`,
					15,
					`links to ${link}, the old address of ${now} (its file lists "${formerId}" among its formerIds)`,
					`write ${now}, to which the old address only redirects`,
				),
			),
			warning('demands/open-the-border.md', 'addressedTo[0]', 4, renamedTo('actor', 'ostmark-republic', 'ostmark'), write('ostmark', 'actors/ostmark')),
		]);
	});

	test('reads so in the report', () => {
		const problems = check(files).filter(({ file }) => file.startsWith('demands/'));
		expect(formatProblems(problems.map((problem) => ({ ...problem, file: `src/content/${problem.file}` })))).toMatchInlineSnapshot(`
			"Dossier found 1 warning in 1 file:

			src/content/demands/open-the-border.md
			  warning: addressedTo[0] (1st addressee, line 4): refers to actor "ostmark-republic", renamed to "ostmark" (its formerIds)
			    fix: write ostmark: the file is src/content/actors/ostmark.md now"
		`);
	});

	test("is still refused where the id now would be: the demand's maker takes no stance on it", () => {
		const byMaker = { 'demands/open-the-border.md': '---\ntitle: Open the border\nby: ostmark-republic\n---\n' };
		const positionByMaker = article.replace('      - actor: ostmark-republic\n', '      - actor: ostmark\n');
		expect(check({ ...files, ...byMaker, 'articles/talks-open.md': positionByMaker })).toContainEqual(
			expect.objectContaining({
				field: 'demands[0].positions[0].actor',
				message: '"ostmark" makes the demand "open-the-border" (its `by`), so it takes no stance on it',
			}),
		);
	});
});

describe('the graph follows a former id to the id now', () => {
	const graph = buildGraph({
		articles: [
			article(
				'talks-open',
				{
					title: 'Talks open',
					summary: 'Both sides talk.',
					published: '2024-02-05',
					actors: ['ostmark-republic', 'ostmark', 'valdoria'],
					topics: ['north'],
					demands: [{ demand: 'border-opened', status: 'new', positions: [{ actor: 'ostmark-republic', stance: 'supports', cite: 'old-wire' }] }],
					sources: [{ source: 'old-wire', title: 'Talks open' }],
				},
				'<p>See <a href="/actors/ostmark-republic/">the republic</a> and <a href="/topics/old-north/">the north</a>.</p>',
			),
		],
		actors: [actor('ostmark', { name: 'Ostmark', kind: 'country', formerIds: ['ostmark-republic'] }), actor('valdoria', { name: 'Valdoria', kind: 'country' })],
		demands: [demand('border-opened', { title: 'Open the border', by: 'valdoria', addressedTo: ['ostmark-republic'], topics: ['old-north'] })],
		sources: [source('wire-one', { name: 'Wire One', kind: 'wire-service', formerIds: ['old-wire'] })],
		topics: [topic('north', { title: 'The north', kind: 'place', formerIds: ['old-north'] })],
	});
	const [talks] = graph.articles;

	test('in what pages read of an article: its lists, once each, its positions and its citations, which keep the key the body cites', () => {
		expect(talks!.data.actors).toEqual(['ostmark', 'valdoria']);
		expect(talks!.data.demands[0]!.positions[0]!.actor).toBe('ostmark');
		expect(talks!.data.sources[0]).toMatchObject({ source: 'wire-one', key: 'old-wire' });
	});

	test('in every index the pages look up', () => {
		expect(ids(graph.mentions.actors.get('ostmark'))).toEqual(['talks-open']);
		expect(ids(graph.linkedFrom.topics.get('north'))).toEqual(['talks-open']);
		expect(ids(graph.listedIn.sources.get('wire-one'))).toEqual(['talks-open']);
		expect(graph.positionsByActor.get('ostmark')?.map((p) => p.stance)).toEqual(['supports']);
		expect(graph.positionsByDemand.get('border-opened')?.[0]?.citation?.source).toBe('wire-one');
		expect(ids(graph.demandsByAddressee.get('ostmark'))).toEqual(['border-opened']);
		expect(ids(graph.demandsByTopic.get('north'))).toEqual(['border-opened']);
		const everyKey = [graph.mentions, graph.listedIn, graph.linkedFrom].flatMap((byKind) => Object.values(byKind).flatMap((map) => [...map.keys()]));
		expect(everyKey.filter((key) => ['ostmark-republic', 'old-wire', 'old-north'].includes(key))).toEqual([]);
	});
});

describe('redirects from the old addresses', () => {
	const redirects = redirectsOf(
		renamesOf([
			{ collection: 'actors', id: 'zoë-nørgaard', formerIds: ['zoe-norgaard'] },
			{ collection: 'articles', id: '2024-03-02-talks', formerIds: ['2024-03-01-talks'] },
			{ collection: 'topics', id: 'north', formerIds: [] },
		]),
	);

	test('each old page, and an entity’s feed', () => {
		expect(redirects).toEqual([
			{ from: '/articles/2024-03-01-talks/', to: '/articles/2024-03-02-talks/', page: true },
			{ from: '/actors/zoe-norgaard/', to: '/actors/zoë-nørgaard/', page: true },
			{ from: '/actors/zoe-norgaard/rss.xml', to: '/actors/zoë-nørgaard/rss.xml', page: false },
		]);
	});

	test('_redirects: the pages and feeds, then everything below each old page by a splat, percent-encoded', () => {
		expect(redirectsFile(redirects)).toMatchInlineSnapshot(`
			"# Written by the build (src/outputs/host-redirects.ts) from the formerIds of renamed files; see docs/deploy.md.
			/articles/2024-03-01-talks/ /articles/2024-03-02-talks/ 301
			/actors/zoe-norgaard/ /actors/zo%C3%AB-n%C3%B8rgaard/ 301
			/actors/zoe-norgaard/rss.xml /actors/zo%C3%AB-n%C3%B8rgaard/rss.xml 301
			/articles/2024-03-01-talks/* /articles/2024-03-02-talks/:splat 301
			/actors/zoe-norgaard/* /actors/zo%C3%AB-n%C3%B8rgaard/:splat 301
			"
		`);
	});

	test('the nginx map: one pattern for each old page and everything below it', () => {
		expect(nginxRedirectMap(redirects)).toMatchInlineSnapshot(`
			"# Written by the build (src/outputs/host-redirects.ts) from the formerIds of renamed files: the entries of the map in deploy/nginx-redirects.conf.
			"~^/articles/2024-03-01-talks(?:/(.*))?$" "/articles/2024-03-02-talks/$1";
			"~^/actors/zoe-norgaard(?:/(.*))?$" "/actors/zo%C3%AB-n%C3%B8rgaard/$1";
			"
		`);
	});

	test('none when no file was renamed', () => {
		expect(redirectsOf(renamesOf([]))).toEqual([]);
		expect(
			redirectsFile([])
				.split('\n')
				.filter((line) => line && !line.startsWith('#')),
		).toEqual([]);
	});
});
