/**
 * `npm run new`: the id a title gives in any script, today's date in the
 * site's time zone, a file for each kind that the content check accepts (but
 * for its placeholders, which only a draft may hold), and the script's refusals.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { site } from '../src/config/site.ts';
import { readContentFiles } from '../src/check/content-files-fs.ts';
import { todayIn } from '../src/model/dates.ts';
import { byPlaceholder, type Kind, kindNames, kinds, type NewFile, scaffold, slugOf } from '../scripts/lib/scaffold.ts';
import { newEntityBodyPlaceholder } from '../src/model/placeholders.ts';
import { idPattern } from '../src/model/schema-fields.ts';
import { actorKinds, schemas, sourceKinds, topicKinds } from '../src/model/schemas.ts';
import { validateContent } from '../src/check/validate.ts';
import { projectRoot } from './helpers/site.ts';

const script = path.join(projectRoot, 'scripts', 'new.ts');

/** An empty project folder: just src/content. */
function tempRoot(): string {
	const root = mkdtempSync(path.join(os.tmpdir(), 'dossier-new-'));
	mkdirSync(path.join(root, 'src', 'content'), { recursive: true });
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	return root;
}

/** Writes a scaffolded file into `root`, as the script does. */
function write(root: string, file: { path: string; text: string }) {
	mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
	writeFileSync(path.join(root, file.path), file.text);
}

/** `npm run new -- …args` in `root`, on the Node running the tests. */
function run(root: string, args: string[]) {
	const { status, stdout, stderr } = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
	return { status, stdout, stderr };
}

describe('the id a title gives', () => {
	test.each([
		['Łódź Port Authority', 'łódź-port-authority'],
		['Économie bleue', 'économie-bleue'],
		// The same title typed as e + combining accent.
		['E\u0301conomie bleue', 'économie-bleue'],
		['Tiếng Việt', 'tiếng-việt'],
		['Министерство иностранных дел России', 'министерство-иностранных-дел-россии'],
		['Қазақстан Республикасы', 'қазақстан-республикасы'],
		['وزارة الخارجية', 'وزارة-الخارجية'],
		// Hebrew points are combining marks, kept in their word.
		['עִבְרִית', 'עִבְרִית'],
		// Greek capitals lowercase with a final sigma.
		['ΟΔΟΣ ΣΟΦΙΑΣ', 'οδος-σοφιας'],
		['日本の外務省', '日本の外務省'],
		['北京 会谈', '北京-会谈'],
		// İ lowercases to i and a combining dot; Turkish means i.
		['İstanbul Büyükşehir Belediyesi', 'istanbul-büyükşehir-belediyesi'],
		['Russia’s demands & NATO', 'russias-demands-and-nato'],
		['McDonald’s, DeSantis and OpenAI', 'mcdonalds-desantis-and-openai'],
		['The "Coalition" #2: what now?', 'the-coalition-2-what-now'],
		// What an id cannot hold is left out; a title with nothing left is transliterated.
		['x² plus Ⅻ Legion', 'x-plus-legion'],
		['🦄', 'unicorn'],
		['!!!', ''],
		// idPattern takes no spacing marks (\p{Mc}), so Devanagari vowel signs are left out.
		['हिंदी समाचार', 'हिंदी-समाचार'],
	])('%s → %s', (title, id) => {
		expect(slugOf(title)).toBe(id);
		if (id) expect(id).toMatch(idPattern);
	});

	test('a long title gives its first words, within 100 bytes, so that file names stay short', () => {
		const id = slugOf('Россия '.repeat(30));
		expect(id).toBe(Array(7).fill('россия').join('-'));
		expect(slugOf('中'.repeat(60))).toBe('中'.repeat(33));
	});

	test.each([
		['article', '2025-03-13-russia-hands-over-its-terms'],
		['actor', 'russia-hands-over-its-terms'],
		['demand', 'russia-hands-over-its-terms'],
	] as const)("an %s's id is %s (articles' start with the day, as the sample's do)", (kind, id) => {
		expect(scaffold(kind, 'Russia hands over its terms', { now: new Date('2025-03-13T12:00:00Z') }).id).toBe(id);
	});

	test('says which characters the id leaves out', () => {
		expect(scaffold('topic', 'E = mc²').next[0]).toBe('Note: ids cannot hold ², so the id leaves them out. Rename the file to choose another id.');
		expect(scaffold('topic', 'हिंदी समाचार').next[0]).not.toMatch(/^Note/);
		expect(scaffold('topic', 'Łódź').next[0]).not.toMatch(/^Note/);
	});
});

describe("today's date in the site's time zone", () => {
	test.each([
		['2025-03-13T23:30:00Z', 'UTC', '2025-03-13'],
		['2025-03-13T23:30:00Z', 'Europe/Warsaw', '2025-03-14'],
		['2025-03-14T03:59:59Z', 'America/New_York', '2025-03-13'],
		['2025-03-14T04:00:00Z', 'America/New_York', '2025-03-14'],
		['2025-03-13T18:29:59Z', 'Asia/Kolkata', '2025-03-13'],
		['2025-03-13T18:30:00Z', 'Asia/Kolkata', '2025-03-14'],
		['2025-12-31T10:00:00Z', 'Pacific/Kiritimati', '2026-01-01'],
		['2026-01-01T05:00:00Z', 'Pacific/Pago_Pago', '2025-12-31'],
	])('at %s in %s it is %s', (now, timeZone, day) => {
		expect(todayIn(timeZone, new Date(now))).toBe(day);
		const article = scaffold('article', 'Talks resume', { now: new Date(now), timeZone });
		expect(article.id).toBe(`${day}-talks-resume`);
		expect(article.text).toMatch(new RegExp(`^published: ${day} .*today in ${timeZone.replace('/', '\\/')}`, 'm'));
	});
});

describe('the new file', () => {
	const now = new Date('2025-03-13T09:00:00Z');

	test.each(kindNames)('a new %s passes the content check, but for the placeholders a published file may not hold', (kind) => {
		const root = tempRoot();
		const file = scaffold(kind, 'Łódź Port Authority', { now });
		write(root, file);
		const problems = validateContent(readContentFiles(root)).map(({ field, line, message }) => ({ field, line, message }));
		// An article starts as a draft, which may hold them; every other file is always published.
		const placeholder = {
			field: '(body) placeholder',
			line: file.text.split('\n').indexOf(newEntityBodyPlaceholder) + 1,
			message: expect.stringContaining('TODO'),
		};
		const expected = {
			article: [],
			actor: [placeholder],
			source: [placeholder],
			topic: [placeholder],
			// The check's own message for the `by` placeholder, then the body's.
			demand: [
				{ field: 'by', line: 3, message: `refers to actor "${byPlaceholder}", but there is no src/content/${kinds.actor}/${byPlaceholder}.md` },
				placeholder,
			],
		};
		expect(problems).toEqual(expected[kind]);
		if (kind !== 'article')
			expect(file.next).toContain(
				'Write its background in place of the `TODO` line, or delete the line: the content check refuses a published file that still holds it.',
			);
	});

	test('a new demand passes once `by:` names an actor and its background is written', () => {
		const root = tempRoot();
		const ready = (file: NewFile) => ({ ...file, text: file.text.replace(newEntityBodyPlaceholder, 'The port on the Vistula.') });
		write(root, ready(scaffold('actor', 'Port of Gdańsk', { now })));
		const demand = ready(scaffold('demand', 'Dredge the harbour', { now }));
		expect(validateContent(readContentFiles((write(root, demand), root)))[0]).toMatchObject({ field: 'by', fix: expect.stringContaining('"port-of-gdańsk"') });
		write(root, { ...demand, text: demand.text.replace(`by: ${byPlaceholder}`, 'by: port-of-gdańsk') });
		expect(validateContent(readContentFiles(root))).toEqual([]);
	});

	const required: Record<Kind, Record<string, unknown>> = {
		article: {
			title: 'Łódź Port Authority',
			summary: 'TODO: one or two sentences readers see in lists and feeds.',
			published: '2025-03-13',
			draft: true,
		},
		actor: { name: 'Łódź Port Authority', kind: actorKinds[0] },
		demand: { title: 'Łódź Port Authority', by: byPlaceholder },
		source: { name: 'Łódź Port Authority', kind: sourceKinds[0] },
		topic: { title: 'Łódź Port Authority', kind: topicKinds[0] },
	};

	test.each(kindNames)('a new %s has the required fields filled in, and the rest commented out', (kind) => {
		const root = tempRoot();
		write(root, scaffold(kind, 'Łódź Port Authority', { now }));
		const [file] = readContentFiles(root);
		const data = schemas[kinds[kind]]().parse(file!.data);
		expect(data).toMatchObject(required[kind]);
		expect(Object.keys(file!.data as object).sort()).toEqual(Object.keys(required[kind]).sort());
	});

	test.each(kindNames)("a new %s's comments name every field of its schema, with example values the schema takes", (kind) => {
		const root = tempRoot();
		const file = scaffold(kind, 'Łódź Port Authority', { now });
		write(root, { ...file, text: file.text.replace(/^# /gm, '') });
		const [read] = readContentFiles(root);
		const schema = schemas[kinds[kind]]();
		expect(Object.keys(read!.data as object).sort()).toEqual(Object.keys((schema as unknown as { shape: object }).shape).sort());
		// Without the other files' ids, references are checked for their shape only.
		expect(schema.safeParse(read!.data).error?.issues).toBeUndefined();
	});

	test('required lists hold their first allowed value, and a comment lists every value', () => {
		for (const [kind, values] of [
			['actor', actorKinds],
			['source', sourceKinds],
			['topic', topicKinds],
		] as const) {
			expect(scaffold(kind, 'X', { now }).text).toMatch(new RegExp(`^kind: ${values[0]} +# required: ${values.join(' \\| ')}$`, 'm'));
		}
	});

	test('an article starts as a draft, with a comment on how to publish it', () => {
		expect(scaffold('article', 'X', { now }).text).toMatch(/^draft: true +# set to false to publish/m);
	});

	test.each([
		'Talks: day two',
		'Talks #2 begin',
		'"Root causes"',
		"Russia's list",
		'- a dash first',
		'true',
		'null',
		'Yes',
		'2025',
		'2025-03-13',
		'@handle',
		'[bracketed]',
		'Émile Zola, écrivain',
	])('the title %j reads back as written', (title) => {
		const root = tempRoot();
		write(root, scaffold('topic', title, { now }));
		expect(readContentFiles(root)[0]!.data).toMatchObject({ title });
	});
});

describe('npm run new', () => {
	const background = 'Write its background in place of the `TODO` line, or delete the line: the content check refuses a published file that still holds it.';
	test.each([
		['actor', 'actors/łódź-port-authority', '/actors/łódź-port-authority/', [background]],
		['source', 'sources/łódź-port-authority', '/sources/łódź-port-authority/', [background]],
		['topic', 'topics/łódź-port-authority', '/topics/łódź-port-authority/', [background]],
		[
			'demand',
			'demands/łódź-port-authority',
			'/demands/łódź-port-authority/',
			['First replace `by: who-makes-the-demand` with the id of the actor making the demand: the content check refuses the placeholder.', background],
		],
	])('%s: writes %s.md and says what to do next', (kind, file, url, before) => {
		const root = tempRoot();
		const { status, stdout, stderr } = run(root, [kind, 'Łódź Port Authority']);
		expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
		expect(stdout).toBe(
			[`Created src/content/${file}.md`, ...before, `Edit it, then \`npm run dev\` to preview it at http://localhost:4321${url}`, ''].join('\n'),
		);
		expect(readFileSync(path.join(root, 'src', 'content', `${file}.md`), 'utf8')).toContain('Łódź Port Authority');
	});

	test("article: writes a draft named after today's date in the site's time zone", () => {
		const root = tempRoot();
		const before = todayIn(site.timeZone);
		const { status, stdout } = run(root, ['article', 'Talks', 'resume', 'in', 'Łódź']);
		const day = stdout.includes(before) ? before : todayIn(site.timeZone);
		const id = `${day}-talks-resume-in-łódź`;
		expect(status).toBe(0);
		expect(stdout).toBe(
			[
				`Created src/content/articles/${id}.md`,
				`Edit it, then \`npm run dev\` to preview it at http://localhost:4321/articles/${id}/`,
				'It is a draft: `npm run dev` shows it, marked as one; no build publishes it until you set `draft: false`.',
				'',
			].join('\n'),
		);
	});

	test('--root writes into another project folder', () => {
		const [root, elsewhere] = [tempRoot(), tempRoot()];
		const { status, stdout } = run(elsewhere, ['topic', 'Harbour talks', '--root', root]);
		expect(status).toBe(0);
		expect(stdout).toContain(`Created ${path.join(root, 'src', 'content', 'topics', 'harbour-talks.md')}\n`);
	});

	test('refuses to overwrite a file, or to give a second file the same id', () => {
		const root = tempRoot();
		expect(run(root, ['actor', 'NATO']).status).toBe(0);
		const file = path.join(root, 'src', 'content', 'actors', 'nato.md');
		writeFileSync(file, 'edited');
		const again = run(root, ['actor', 'NATO']);
		expect(again).toEqual({
			status: 1,
			stdout: '',
			stderr: 'src/content/actors/nato.md already exists: not overwriting it. Edit that file, or choose another title.\n',
		});
		expect(readFileSync(file, 'utf8')).toBe('edited');

		write(root, { path: 'src/content/topics/europe/crimea.md', text: 'elsewhere' });
		expect(run(root, ['topic', 'Crimea'])).toMatchObject({
			status: 1,
			stderr: expect.stringContaining('src/content/topics/europe/crimea.md already has the id "crimea"'),
		});
	});

	test.each([
		[[], 'Say what to create, and its title or name.'],
		[['actors', 'NATO'], '"actors" is not a kind of content.'],
		[['actor'], 'The title or name is missing.'],
		[['actor', '   '], 'The title or name is missing.'],
		[['actor', '!!!'], '"!!!" gives no id: use a title or name with letters or digits.'],
		[['actor', 'NATO', '--root'], "Option '--root <value>' argument missing"],
		[['actor', 'NATO', '--force'], "Unknown option '--force'"],
	])('%j: exits with 2 and the usage', (args, message) => {
		const root = tempRoot();
		const { status, stdout, stderr } = run(root, args);
		expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
		expect(stderr).toContain(message);
		expect(stderr).toContain('Usage: npm run new -- <kind> "Title or name" [--root <project folder>]\n  kind: article | actor | demand | source | topic');
		expect(readContentFiles(root)).toEqual([]);
	});

	test('exits with 1 where there is no content folder', () => {
		const root = tempRoot();
		rmSync(path.join(root, 'src'), { recursive: true });
		expect(run(root, ['actor', 'NATO'])).toMatchObject({ status: 1, stderr: expect.stringContaining('There is no content folder at') });
	});
});
