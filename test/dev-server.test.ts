/**
 * The editor's loop in `astro dev`, on the fixture newsroom: a content problem
 * shows on every page with its file, field and fix, and the page comes back
 * once the file is fixed; drafts and scheduled articles are previewed with a banner and noindex, and a
 * broken draft shows its problems at its own address alone. A page asked for once a save is written shows the
 * saved text, however it was saved.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import {
	closeSync,
	copyFileSync,
	ftruncateSync,
	mkdirSync,
	openSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
	writeSync,
} from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSite, projectRoot, type Site } from './helpers/site.ts';

// Scheduled for half an hour after the server's BUILD_TIME.
const scheduled = '2027-01-15-ferry-crossings-reopen';
const scheduledArticle =
	'---\ntitle: Ferry crossings reopen\nsummary: The crossings reopen at dawn.\npublished: 2027-01-15T09:30:00+01:00\n---\nThe crossings reopened.\n';
let site: Site;
let server: ChildProcess;
let origin: string;
let log = '';

const freePort = () =>
	new Promise<number>((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});

/** The page's status and HTML, asked for as a browser asks; status 0 while the server is not up. */
const get = async (url: string) => {
	try {
		const response = await fetch(new URL(url, origin), { headers: { accept: 'text/html' } });
		return { status: response.status, html: await response.text() };
	} catch {
		return { status: 0, html: '' };
	}
};

/** Asks until `until` holds, for at most 20 s. */
async function poll(url: string, until: (page: { status: number; html: string }) => boolean) {
	const deadline = Date.now() + 20_000;
	let page = await get(url);
	while (!until(page) && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 250));
		page = await get(url);
	}
	return page;
}

const leadArticle = 'articles/2024-01-10-valdoria-demands-withdrawal.md';
const leadPicture = 'articles/ostmark-border-post.jpg';

beforeAll(async () => {
	site = createSite(path.join(projectRoot, 'test', 'fixtures', 'newsroom'));
	writeFileSync(path.join(site.contentDir, 'articles', `${scheduled}.md`), scheduledArticle);
	// A second lead picture, so that the site still shows one when the other is removed.
	copyFileSync(path.join(site.contentDir, leadPicture), path.join(site.contentDir, 'articles/talks-table.jpg'));
	const talks = path.join(site.contentDir, 'articles/2024-02-05-talks-open.md');
	writeFileSync(talks, readFileSync(talks, 'utf8').replace('\n---\n', '\nimage:\n  src: ./talks-table.jpg\n  alt: The negotiating table\n---\n'));
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	server = spawn(process.execPath, [path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port)], {
		cwd: site.root,
		// As an editor's shell has it: not vitest's NODE_ENV=test, under which Astro serves no pages.
		env: {
			...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))),
			NO_COLOR: '1',
			BUILD_TIME: '2027-01-15T08:00:00Z',
		},
	});
	server.stdout!.on('data', (chunk) => (log += chunk));
	server.stderr!.on('data', (chunk) => (log += chunk));
	const home = await poll('/', (page) => page.status === 200);
	if (home.status !== 200) throw new Error(`astro dev did not start at ${origin} (${home.status}: ${home.html.slice(0, 500)}):\n${log}`);
}, 60_000);

afterAll(() => {
	server?.kill();
	site?.remove();
});

const article = 'articles/2024-03-01-ostmark-agrees.md';

test('the server watches the content, not the bodies’ files it writes itself', () => {
	expect(log).toContain('Synced content');
	expect(log).not.toContain('dossier-bodies');
});

test('a broken file shows on every page, with file, field, line and fix; fixing it brings the page back', async () => {
	expect((await get('/actors/ostmark/')).status).toBe(200);
	const file = path.join(site.contentDir, article);
	const good = readFileSync(file, 'utf8');
	writeFileSync(file, good.replace('      - actor: ostmark', '      - actor: ostmrak'));

	const broken = await poll('/actors/ostmark/', (page) => page.status === 500);
	expect(broken.status).toBe(500);
	expect(broken.html).toContain(`src/content/${article}`);
	expect(broken.html).toContain('demands[0].positions[0].actor (1st demand, 1st position, line 11): refers to actor &#34;ostmrak&#34;');
	expect(broken.html).toContain('fix: did you mean &#34;ostmark&#34;?');
	// Every page, not only the broken article's.
	expect((await get('/')).status).toBe(500);

	writeFileSync(file, good);
	const fixed = await poll('/actors/ostmark/', (page) => page.status === 200);
	expect(fixed.status).toBe(200);
	expect(fixed.html).toMatch(/<h1[^>]*>Ostmark<\/h1>/);
}, 60_000);

test('a draft is previewed at its URL, marked as a draft and kept out of search engines', async () => {
	const draft = await get('/articles/2024-03-15-draft-secret-plan/');
	expect(draft.status).toBe(200);
	expect(draft.html).toContain('Draft: not published.');
	expect(draft.html).toContain('<meta name="robots" content="noindex">');
	// Nowhere else: not on the home page.
	expect((await get('/')).html).not.toContain('2024-03-15-draft-secret-plan');
}, 30_000);

const contentFile = (file: string) => path.join(site.contentDir, file);
const edit = (file: string, from: string, to: string) => writeFileSync(contentFile(file), readFileSync(contentFile(file), 'utf8').replace(from, to));
const heading = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];

// Each step asks once, right after the save is written: asking until the page changes would hide a stale one.
test('a lead picture whose lines, then file, are removed: the page shows none at once, then no page breaks; the unused picture is a warning', async () => {
	const url = '/articles/2024-01-10-valdoria-demands-withdrawal/';
	expect((await get(url)).html).toContain('ostmark-border-post');
	const logged = log.length;
	writeFileSync(contentFile(leadArticle), readFileSync(contentFile(leadArticle), 'utf8').replace(/^image:\n(?: {2}.*\n)+/m, ''));
	const without = await get(url);
	expect(without.status).toBe(200);
	expect(without.html).not.toContain('ostmark-border-post');

	rmSync(contentFile(leadPicture));
	expect([(await get('/')).status, (await get(url)).status, (await get('/articles/2024-02-05-talks-open/')).status]).toEqual([200, 200, 200]);
	const said = log.slice(logged);
	expect(/\[WARN\] \[dossier:content-check\] [^]*?own address\./.exec(said)?.[0]).toMatchInlineSnapshot(`
		"[WARN] [dossier:content-check] Dossier found 1 warning in 1 file:

		src/content/articles/ostmark-border-post.jpg
		  warning: is a picture that no content file shows
		    fix: show it in an article or remove it

		Warnings do not stop a build; pages are shown as usual, but for a draft with problems, which shows them at its own address."
	`);
	expect(said).not.toContain('[ERROR]');
	expect(said).not.toContain('Every page shows');
}, 30_000);

test('of two files with one URL, the one deleted leaves the other on its page and in lists', async () => {
	mkdirSync(contentFile('actors/more'), { recursive: true });
	copyFileSync(contentFile('actors/ostmark.md'), contentFile('actors/more/ostmark.md'));
	const both = await get('/actors/ostmark/');
	expect(both.status).toBe(500);
	expect(both.html).toContain('produces the same URL /actors/ostmark/ as src/content/actors/ostmark.md');

	rmSync(contentFile('actors/more/ostmark.md'));
	const one = await get('/actors/ostmark/');
	expect([one.status, heading(one.html)]).toEqual([200, 'Ostmark']);
	expect((await get('/articles/2024-02-05-talks-open/')).html).toMatch(/<a [^>]*href="\/actors\/ostmark\/"[^>]*>Ostmark</);
}, 30_000);

test('a file moved into a folder, then edited and moved back, keeps its page', async () => {
	mkdirSync(contentFile('topics/places'), { recursive: true });
	renameSync(contentFile('topics/north-border.md'), contentFile('topics/places/north-border.md'));
	const moved = await get('/topics/north-border/');
	expect([moved.status, heading(moved.html)]).toEqual([200, 'Northern border']);

	edit('topics/places/north-border.md', 'title: Northern border', 'title: Northern frontier');
	renameSync(contentFile('topics/places/north-border.md'), contentFile('topics/north-border.md'));
	const back = await get('/topics/north-border/');
	expect([back.status, heading(back.html)]).toEqual([200, 'Northern frontier']);
}, 30_000);

/** Saves `text` over `file` as `cp` does: truncated, then written, here within one tick of a coarse clock (the modification time stays). */
function saveLikeCp(file: string, text: string) {
	const { atime, mtime } = statSync(file);
	const descriptor = openSync(file, 'r+');
	ftruncateSync(descriptor);
	writeSync(descriptor, text);
	closeSync(descriptor);
	utimesSync(file, atime, mtime);
}

test.each([
	['cp (truncate, then write; same size, same modification time)', 'Ostmarc', saveLikeCp],
	[
		'mv (a copy from elsewhere renamed over it)',
		'Ostmard',
		(file: string, text: string) => {
			writeFileSync(path.join(site.root, 'saved.md'), text);
			renameSync(path.join(site.root, 'saved.md'), file);
		},
	],
	[
		"an editor's atomic save (a copy beside it renamed over it)",
		'Ostmare',
		(file: string, text: string) => {
			writeFileSync(`${path.dirname(file)}/.ostmark.md.tmp`, text);
			renameSync(`${path.dirname(file)}/.ostmark.md.tmp`, file);
		},
	],
])(
	'a save made with %s shows at once',
	async (_, name, save) => {
		const file = contentFile('actors/ostmark.md');
		const text = readFileSync(file, 'utf8');
		const saved = text.replace(/^name: .*$/m, `name: ${name}`);
		expect(saved.length).toBe(text.length);
		save(file, saved);
		expect(heading((await get('/actors/ostmark/')).html)).toBe(name);
		// Twice in a row: the second save lands within the same second as the first.
		save(file, text);
		expect(heading((await get('/actors/ostmark/')).html)).toBe(/^name: (.*)$/m.exec(text)?.[1]);
	},
	30_000,
);

test('an article scheduled for later is previewed at its URL with when it goes out, and kept out of lists and search engines', async () => {
	const page = await get(`/articles/${scheduled}/`);
	expect(page.status).toBe(200);
	expect(page.html).toContain('Scheduled for 15 January 2027, 08:30 UTC.</strong> Only <code');
	expect(page.html).toContain('<title>Scheduled: Ferry crossings reopen');
	expect(page.html).toContain('<meta name="robots" content="noindex">');
	expect((await get('/')).html).not.toContain(scheduled);
	expect((await get('/articles/')).html).not.toContain(scheduled);
});

test('a broken draft shows its problems at its own URL and holds up no other page; fixed, it is previewed again', async () => {
	const url = '/articles/2024-03-15-draft-secret-plan/';
	const file = path.join(site.contentDir, 'articles/2024-03-15-draft-secret-plan.md');
	const good = readFileSync(file, 'utf8');
	writeFileSync(file, good.replace('stance: opposes', 'stance: maybe'));

	const broken = await poll(url, (page) => page.status === 500);
	expect(broken.html).toContain('This draft has 1 problem');
	expect(broken.html).toContain('demands[0].positions[0].stance (1st demand, 1st position, line 12): &#34;maybe&#34; is not an allowed value');
	expect((await get('/actors/ostmark/')).status).toBe(200);
	expect((await get('/')).status).toBe(200);

	writeFileSync(file, good);
	const fixed = await poll(url, (page) => page.status === 200);
	expect(fixed.html).toContain('Draft: not published.');
}, 60_000);
