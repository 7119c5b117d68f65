/**
 * `npm run import`: a wire story becomes a draft that passes the content check,
 * with the wire copy in a notes block the site's Markdown pipeline never renders.
 * The stories in test/fixtures/wire are invented, like the fixture newsroom they
 * are read against (plus a Reuters source file, to match a real agency).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, test } from 'vitest';
import { actorMentions, readContentFiles } from '../src/check/content-files-fs.ts';
import { todayIn } from '../src/model/dates.ts';
import { parseContentFile } from '../src/check/frontmatter.ts';
import { idPattern } from '../src/model/schema-fields.ts';
import { validateContent } from '../src/check/validate.ts';
import type { ContentFile } from '../src/check/content-file.ts';
import { cutAtWord, escapeComment, firstSentence, importWireStory, type WireDraft } from '../scripts/lib/wire-import.ts';
import { wireSummaryPlaceholder } from '../src/model/placeholders.ts';
import { markdownOptions } from '../src/markdown/pipeline.ts';
import { checkContent, projectRoot, run } from './helpers/site.ts';

const wireDir = path.join(import.meta.dirname, 'fixtures', 'wire');
const story = (name: string) => readFileSync(path.join(wireDir, name), 'utf8');
const today = '2025-06-30';

/** A project folder whose content is the fixture newsroom (with its public files) plus a Reuters source file. */
function newsroomProject(): string {
	const root = mkdtempSync(path.join(os.tmpdir(), 'wire-import-'));
	cpSync(path.join(import.meta.dirname, 'fixtures', 'newsroom'), path.join(root, 'src', 'content'), { recursive: true });
	cpSync(path.join(import.meta.dirname, 'fixtures', 'newsroom-public'), path.join(root, 'public'), { recursive: true });
	writeFileSync(path.join(root, 'src', 'content', 'sources', 'reuters.md'), '---\nname: Reuters\nkind: wire-service\nurl: https://www.reuters.com\n---\n');
	return root;
}

const root = newsroomProject();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files = readContentFiles(root);
const importStory = (text: string) => importWireStory(text, { files, today, storyName: 'story.txt' });

/** The draft as readContentFiles would read it from the articles folder. */
function asFile(draft: WireDraft, markdown = draft.markdown): ContentFile {
	return { collection: 'articles', path: `src/content/articles/${draft.id}.md`, id: draft.id, raw: markdown, ...parseContentFile(markdown) };
}

const processor = await createMarkdownProcessor({ ...markdownOptions(actorMentions(root)), syntaxHighlight: false });

interface Expected {
	id: string;
	title: string;
	titleFrom: WireDraft['titleFrom'];
	published: string;
	dateFrom?: string;
	dateline?: string;
	outlet?: string;
	source?: string;
	byline: string[];
	credits: string[];
	actors: string[];
}

const fixtures: [string, Expected][] = [
	[
		'reuters-dateline.txt',
		{
			id: '2025-03-12-valdoria-closes-river-crossings-as-talks-with-ostmark-stall',
			title: 'Valdoria closes river crossings as talks with Ostmark stall',
			titleFrom: 'headline',
			published: '2025-03-12',
			dateFrom: 'March 12, 2025',
			dateline: 'OSTBURG/VALDORA, March 12 (Reuters)',
			outlet: 'Reuters',
			source: 'reuters',
			byline: [],
			credits: ['Reporting by Anna Berg in Ostburg and Piet Lund in Valdora', 'Editing by Tom Hale'],
			actors: ['ostmark', 'valdoria', 'ligue-des-regions', 'zoe-norgaard'],
		},
	],
	[
		'ap-byline.txt',
		{
			id: '2025-04-14-ostmark-fishermen-stranded-as-river-dispute-drags-on',
			title: 'Ostmark fishermen stranded as river dispute drags on',
			titleFrom: 'headline',
			published: '2025-04-14',
			dateFrom: '14 April 2025',
			dateline: 'KRASNO, Ostmark (AP)',
			outlet: 'Associated Press',
			byline: ['Jane Doe', 'John Roe'],
			credits: [],
			actors: ['ostmark', 'valdoria'],
		},
	],
	[
		'headline-only.txt',
		{
			id: '2025-03-12-ligue-des-régions-names-envoy-for-river-talks',
			title: 'Ligue des Régions names envoy for river talks',
			titleFrom: 'headline',
			published: '2025-03-12',
			dateFrom: '2025-03-12',
			byline: [],
			credits: [],
			actors: ['ligue-des-regions', 'ostmark', 'valdoria'],
		},
	],
	[
		'no-date.txt',
		{
			id: `${today}-the-government-of-valdoria-on-thursday-asked-the-ligue-des`,
			title: 'The government of Valdoria on Thursday asked the Ligue des Régions to send observers to the river Ost, where it says troops from Ostmark…',
			titleFrom: 'first sentence',
			published: today,
			outlet: 'Wire One',
			source: 'wire-one',
			byline: [],
			credits: [],
			actors: ['ligue-des-regions', 'ostmark', 'valdoria'],
		},
	],
	[
		'afp-day-month.txt',
		{
			id: '2025-03-18-zoë-nørgaard-quits-as-ostmarks-chief-negotiator',
			title: "Zoë Nørgaard quits as Ostmark's chief negotiator",
			titleFrom: 'headline',
			published: '2025-03-18',
			dateFrom: '18 March 2025',
			dateline: 'OSTBURG, 18 March 2025 (AFP)',
			outlet: 'Agence France-Presse',
			byline: [],
			credits: [],
			actors: ['ostmark', 'zoe-norgaard', 'ligue-des-regions', 'valdoria'],
		},
	],
	[
		'tricky.txt',
		{
			id: `${today}-valdoria-says-leaked-plan-is-fake-ministry`,
			title: 'Valdoria says <b>leaked</b> plan is fake --> ministry',
			titleFrom: 'headline',
			published: today,
			dateline: 'VALDORA, March 20 (Reuters)',
			outlet: 'Reuters',
			source: 'reuters',
			byline: [],
			credits: ['Reporting by Piet Lund', 'Editing by Tom Hale'],
			actors: ['valdoria', 'ostmark', 'zoe-norgaard'],
		},
	],
];

describe.each(fixtures)('%s', (name, expected) => {
	const draft = importStory(story(name));

	test('what the import finds', () => {
		expect({
			id: draft.id,
			title: draft.title,
			titleFrom: draft.titleFrom,
			published: draft.published,
			dateFrom: draft.dateFrom,
			dateline: draft.dateline,
			outlet: draft.outlet?.name,
			source: draft.outlet?.source?.id,
			byline: draft.byline,
			credits: draft.credits,
			actors: draft.actors.map((actor) => actor.id),
		}).toEqual(expected);
		expect(draft.id).toMatch(idPattern);
		expect(draft.title.length).toBeLessThanOrEqual(140);
		expect(draft.summary.length).toBeGreaterThan(0);
		expect(draft.summary.length).toBeLessThanOrEqual(320);
	});

	test('the file is a draft that passes the content check with the rest of the newsroom', () => {
		const file = asFile(draft);
		expect(file.data).toMatchObject({ title: draft.title, summary: draft.summary, published: draft.published, draft: true });
		expect(validateContent([...files, file])).toEqual([]);
	});

	test('the notes block holds the wire copy, says what it is, and cannot be closed early', () => {
		const { body: content } = parseContentFile(draft.markdown);
		expect(content.trimStart()).toMatch(/^<!--\nWIRE COPY TO REWRITE\. DO NOT PUBLISH IT AS IS\.\n/);
		expect(content.trimEnd()).toMatch(/----- END OF WIRE COPY -----\n-->$/);
		// The block's own end is the only place a comment can close.
		expect(content.match(/--!?>/g)).toEqual(['-->']);
		expect(content).toContain(escapeComment(story(name).trim().split('\n').slice(-1)[0]!));
	});

	test('the site renders nothing of the wire copy', async () => {
		const { body, data } = parseContentFile(draft.markdown);
		const { code: html } = await processor.render(body, { frontmatter: data as Record<string, unknown> });
		const words = [...new Set(story(name).match(/\p{L}{6,}/gu))];
		expect(words.length).toBeGreaterThan(10);
		expect(words.filter((word) => html.includes(word))).toEqual([]);
		expect(html.trim()).toBe('');
		// The control: the same story outside the block would be published.
		const { code: unprotected } = await processor.render(story(name), { frontmatter: {} });
		expect(words.slice(0, 10).filter((word) => !unprotected.includes(word))).toEqual([]);
	});
});

describe('the notes and the suggestions', () => {
	const reuters = importStory(story('reuters-dateline.txt'));
	const ap = importStory(story('ap-byline.txt'));

	test('a matching source is proposed only as a YAML comment, its url left for the editor', () => {
		expect(reuters.markdown).toContain('# sources:');
		expect(reuters.markdown).toMatch(/^# {3}- source: reuters$/m);
		expect(reuters.markdown).toMatch(/^# {5}url: {3}# not in the wire copy: the story’s own address, never a home page$/m);
		// No address at all: not the story's (unknown), and no home page posing as a citation.
		expect(reuters.markdown.match(/https?:\/\/[^\s)]+/g)).toBeNull();
		expect(asFile(reuters).data).not.toHaveProperty('sources');
		expect(asFile(reuters).data).not.toHaveProperty('actors');
	});

	test('uncommented with url left empty, the entry fails the check; with the address, or without the url line, it passes', () => {
		const uncommented = reuters.markdown.replace(/^# (?=sources:| {2}- source:| {4}(?:title|url|published):)/gm, '');
		expect(validateContent([...files, asFile(reuters, uncommented)]).map((problem) => problem.field)).toEqual(['sources[0].url']);
		const filled = uncommented.replace(/^( {4}url:).*$/m, '$1 https://wire.example.com/story');
		expect(validateContent([...files, asFile(reuters, filled)])).toEqual([]);
		const unlinked = uncommented.replace(/^ {4}url:.*\n/m, '');
		expect(validateContent([...files, asFile(reuters, unlinked)])).toEqual([]);
	});

	test('the suggested actors, once uncommented, pass the check', () => {
		const uncommented = reuters.markdown.replace(/^# (actors: \[[^\]]+\]).*$/m, '$1');
		const file = asFile(reuters, uncommented);
		expect((file.data as { actors: string[] }).actors).toEqual(['ostmark', 'valdoria', 'ligue-des-regions', 'zoe-norgaard']);
		expect(validateContent([...files, file])).toEqual([]);
	});

	test('an outlet without a source file is named in the notes with the command to create one', () => {
		expect(ap.outlet).toEqual({ name: 'Associated Press', mention: '(AP)', kind: 'wire-service', source: undefined });
		expect(ap.markdown).not.toContain('# sources:');
		expect(ap.markdown).toContain("      npm run new -- source 'Associated Press'\n");
		expect(ap.markdown).toContain('or by hand, as src/content/sources/associated-press.md with `name: Associated Press` and `kind: wire-service`');
		expect(ap.markdown).toContain(
			'then add a `sources` entry with `source:` its id, the story’s title, `published: 2025-04-14` and, if you find it, its own address.',
		);
		expect(ap.otherOutlets).toEqual(['The Daily Courier']);
	});

	test('an outlet only the dateline names is taken as written, and quoted for the shell', () => {
		const draft = importStory("OSTBURG (Kalmar's Wire) - Talks resumed on Monday.");
		expect(draft.outlet).toEqual({ name: "Kalmar's Wire", mention: "(Kalmar's Wire)", kind: 'other', source: undefined });
		expect(draft.markdown).toContain("npm run new -- source 'Kalmar'\\''s Wire'");
	});

	test('the notes name the dateline, byline, credits and actors', () => {
		expect(reuters.markdown).toContain('- Dateline: OSTBURG/VALDORA, March 12 (Reuters)');
		expect(reuters.markdown).toContain('- Credits: Reporting by Anna Berg in Ostburg and Piet Lund in Valdora; Editing by Tom Hale');
		expect(reuters.markdown).toContain('Zoë Nørgaard (zoe-norgaard) as “Zoë Nørgaard”');
		expect(ap.markdown).toContain('- Byline: Jane Doe, John Roe: the wire’s reporters.');
		expect(ap.markdown).toContain('# actors: [ostmark, valdoria]');
	});

	test('actors are found as whole words in any case, not inside longer words', () => {
		const tricky = importStory(story('tricky.txt'));
		expect(tricky.actors.find((actor) => actor.id === 'zoe-norgaard')?.mentions).toEqual(['ZOË NØRGAARD']);
		expect(tricky.actors.find((actor) => actor.id === 'valdoria')?.mentions).toEqual(['Valdoria']);
		expect(importStory('Valdorians and Ostmarkers met.').actors).toEqual([]);
	});

	describe('names as people type them', () => {
		const actor = (id: string, name: string): ContentFile => ({
			collection: 'actors',
			path: `src/content/actors/${id}.md`,
			id,
			raw: '',
			data: { name, kind: 'organization' },
			body: '',
		});
		const withActor = (name: string, text: string) =>
			importWireStory(text, { files: [...files, actor('dockworkers', name)], today, storyName: 'story.txt' }).actors.find(
				(found) => found.id === 'dockworkers',
			);

		test.each([
			["Dockworkers' Federation", 'The Dockworkers’ Federation struck on Monday.', ['Dockworkers’ Federation']],
			['Dockworkers’ Federation', "The Dockworkers' Federation struck on Monday.", ["Dockworkers' Federation"]],
			["Dockworkers' Federation", 'The Dockworkers’\u00a0Federation struck on Monday.', ['Dockworkers’ Federation']],
			['Ost–Valmora Dockworkers', 'The Ost-Valmora Dockworkers struck on Monday.', ['Ost-Valmora Dockworkers']],
			['“North” Dockworkers', 'The "North" Dockworkers struck on Monday.', ['"North" Dockworkers']],
		])('the actor named %j is found in %j, as written', (name, text, mentions) => {
			expect(withActor(name, text)).toEqual({ id: 'dockworkers', name, mentions });
		});

		test('one mention however its marks are typed', () => {
			const found = withActor("Dockworkers' Federation", "The Dockworkers’ Federation struck. The Dockworkers' Federation said so.");
			expect(found?.mentions).toEqual(['Dockworkers’ Federation']);
		});
	});

	test('a summary is the first sentence after a headline, else a placeholder', () => {
		expect(reuters.summaryFrom).toBe('first sentence');
		expect(reuters.summary).toBe(
			'Valdoria closed all three road crossings on the river Ost on Wednesday, a day after talks with Ostmark on a new border treaty broke down, officials said.',
		);
		expect(importStory(story('no-date.txt')).summary).toBe(wireSummaryPlaceholder);
		expect(importStory(`Headline here\n\n${'Word '.repeat(80)}ends.`).summary).toBe(wireSummaryPlaceholder);
	});

	test('a date without a year is not completed by guesswork', () => {
		const draft = importStory(story('tricky.txt'));
		expect(draft.dateFrom).toBeUndefined();
		expect(draft.markdown).toContain('- Published: the dateline’s “March 20” has no year and no full date in the text matches it, so today, 2025-06-30');
	});
});

describe('dates', () => {
	test.each([
		['an ISO date', 'Talks resumed on 2025-03-12 in Valdora.', '2025-03-12'],
		['month, day and year', 'Talks resumed on March 12, 2025 in Valdora.', '2025-03-12'],
		['an abbreviated month with an ordinal', 'Talks resumed on Sept. 3rd, 2024 in Valdora.', '2024-09-03'],
		['day, month and year', 'Talks resumed on 12 March 2025 in Valdora.', '2025-03-12'],
		['the latest of several', 'The treaty of June 3, 2019 lapsed on 1 May 2025.', '2025-05-01'],
		['not a date after today', 'Talks resumed on 1 May 2025 and will end on 1 May 2026.', '2025-05-01'],
		['no day that exists', 'Talks resumed on February 30, 2025.', today],
		['no year', 'Talks resumed on March 12.', today],
		['a date line under the headline, before earlier dates', 'Talks resume\nMarch 1, 2025\n\nThe treaty of 2025-02-20 still holds.', '2025-03-01'],
	])('%s', (_, text, published) => {
		expect(importStory(text).published).toBe(published);
	});

	test("today is the site time zone's day", () => {
		const lateEvening = new Date('2025-03-12T23:30:00Z');
		expect(todayIn('UTC', lateEvening)).toBe('2025-03-12');
		expect(todayIn('Asia/Tokyo', lateEvening)).toBe('2025-03-13');
		expect(todayIn('America/New_York', new Date('2025-03-13T02:00:00Z'))).toBe('2025-03-12');
	});
});

describe('text', () => {
	test.each([
		['a plain sentence', 'Valdoria agreed. Ostmark did not.', 'Valdoria agreed.'],
		['an abbreviated title', 'Ms. Vell arrived. She spoke.', 'Ms. Vell arrived.'],
		['initials', 'The U.S. Navy and John F. Kennedy agreed. Nobody else did.', 'The U.S. Navy and John F. Kennedy agreed.'],
		['a quotation', '“We wait,” she said. Then she left.', '“We wait,” she said.'],
		['a question', 'Who pays? Nobody knows.', 'Who pays?'],
		['one sentence', 'No full stop at all', 'No full stop at all'],
	])('firstSentence: %s', (_, text, sentence) => {
		expect(firstSentence(text)).toBe(sentence);
	});

	test('cutAtWord cuts at a word boundary within the limit, with an ellipsis', () => {
		const long = 'word '.repeat(40).trim();
		expect(cutAtWord(long, 140)).toHaveLength(140);
		expect(cutAtWord(long, 140)).toMatch(/ word…$/);
		expect(cutAtWord('short', 140)).toBe('short');
		expect(cutAtWord(`${'x'.repeat(150)} y`, 140)).toHaveLength(140);
	});

	test('escapeComment leaves nothing that closes a comment', () => {
		expect(escapeComment('a --> b --!> c -- d <!-- e')).toBe('a --&gt; b --!&gt; c -- d <!-- e');
	});

	test('an empty story is refused', () => {
		expect(() => importStory(' \n\n\t')).toThrow('The story is empty.');
	});

	test('a title in another script keeps its letters in the file name', () => {
		expect(importStory('Ligue des Régions: «Économie» d’abord\n\nLe texte suit ici.').id).toBe(`${today}-ligue-des-régions-économie-d-abord`);
		expect(importStory('Валдория закрывает границу\n\nТекст.').id).toBe(`${today}-валдория-закрывает-границу`);
	});
});

describe('npm run import', () => {
	const script = path.join(projectRoot, 'scripts', 'import-story.ts');
	const storyPath = path.join(wireDir, 'reuters-dateline.txt');
	const written = path.join(root, 'src', 'content', 'articles', '2025-03-12-valdoria-closes-river-crossings-as-talks-with-ostmark-stall.md');

	test('writes the draft, prints its path and the next step, and refuses to overwrite it', async () => {
		const first = await run(root, [script, storyPath, '--root', root]);
		expect(first.output).toContain('Wrote src/content/articles/2025-03-12-valdoria-closes-river-crossings-as-talks-with-ostmark-stall.md (draft: true).');
		expect(first.output).toContain('Next: ');
		expect(first.code).toBe(0);
		expect(existsSync(written)).toBe(true);
		expect(readFileSync(written, 'utf8')).toBe(importWireStory(story('reuters-dateline.txt'), { files, today, storyName: 'reuters-dateline.txt' }).markdown);
		expect((await checkContent(root)).code).toBe(0);

		writeFileSync(written, 'edited by hand');
		const again = await run(root, [script, storyPath, '--root', root]);
		expect(again.code).toBe(1);
		expect(again.output).toContain('already exists: not overwritten');
		expect(readFileSync(written, 'utf8')).toBe('edited by hand');
	});

	test.each([
		['no story', []],
		['two stories', [storyPath, storyPath]],
		['an unknown option', [storyPath, '--force']],
		['a story that is not there', [path.join(wireDir, 'missing.txt')]],
		['a root without content', [storyPath, '--root', path.join(root, 'nowhere')]],
	])('exits 2 with the usage on %s', async (_, args) => {
		const result = await run(root, [script, ...args]);
		expect(result.code).toBe(2);
		expect(result.output).toContain('Usage: npm run import');
	});
});
