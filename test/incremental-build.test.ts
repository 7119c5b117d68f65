/**
 * Incremental builds make what a cold build makes: after each kind of change an editor or a
 * schedule brings, a rebuild of a project with its caches writes the same files, byte for byte,
 * search index included, as a cold build of the same content and settings in a project without
 * any cache. The changes run in order on one project, as a newsroom's CI meets them.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, createSite, listFiles, type RunEnv, type Site } from './helpers/site.ts';

const fixture = path.join(import.meta.dirname, 'fixtures', 'newsroom');
const added = '2024-03-20-ferry-talks';
const scheduled = '2024-04-02-ferry-deal';

const article = (title: string, published: string) => `---
title: ${title}
summary: The two sides meet again over the river crossings.
published: ${published}
actors: [ostmark, valdoria]
topics: [north-border]
---
Ostmark and Valdoria met again to talk about the ferry crossings.
`;

let incremental: Site;
let cold: Site;
let env: RunEnv = { BUILD_TIME: '2024-04-01T12:00:00Z' };

/** Every file of a built site, by path, with its bytes. */
const output = (site: Site) => new Map(listFiles(site.dist).map((file) => [file, readFileSync(path.join(site.dist, file))]));

/** The files whose bytes differ between two outputs, and those only one of them has. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
	const names = new Set([...a.keys(), ...b.keys()]);
	return [...names].filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name)).sort();
}

/** Builds the incremental project with its caches, then the same content cold in the other project, and compares. */
async function rebuildAndCompare(): Promise<{ rebuilt: string; coldBuilt: string; differing: string[] }> {
	const rebuilt = await astroBuild(incremental, env);
	expect(rebuilt.code, rebuilt.output).toBe(0);
	for (const dir of ['dist', '.astro', 'node_modules/.astro', 'src/content']) rmSync(path.join(cold.root, dir), { recursive: true, force: true });
	cpSync(incremental.contentDir, cold.contentDir, { recursive: true });
	const built = await astroBuild(cold, env);
	expect(built.code, built.output).toBe(0);
	return { rebuilt: rebuilt.output, coldBuilt: built.output, differing: differences(output(incremental), output(cold)) };
}

/** The pages and files a build rendered rather than kept from the last one, by Astro's log of each (lines may run together). */
const renderedIn = (output: string) =>
	[...output.matchAll(/[├└]─ (\/\S+?\.(?:html|xml|json|csv|png|txt|js|woff2))( \((?:cached|restored)\))?/g)]
		.filter((match) => !match[2])
		.map((match) => match[1]!);

/** The folder of a collection's bodies in the incremental project's cache. */
const bodies = (collection: string) => path.join(incremental.root, 'node_modules', '.astro', 'dossier-bodies', collection);

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

beforeAll(async () => {
	incremental = createSite(fixture);
	cold = createSite(fixture);
	const first = await astroBuild(incremental, env);
	expect(first.code, first.output).toBe(0);
}, 120_000);
afterAll(() => {
	incremental.remove();
	cold.remove();
});

describe('a rebuild writes what a cold build writes', { timeout: 120_000 }, () => {
	test('with nothing changed: every page is kept, and the search index too', async () => {
		const { rebuilt, coldBuilt, differing } = await rebuildAndCompare();
		expect(rebuilt).toMatch(/Search index: no page changed/);
		expect(differing).toEqual([]);
		// The summary counts the pages kept from the last build as built: the same counts as a cold build's.
		const counts = (log: string) => /^Built (\d+ pages and \d+ feeds) in/m.exec(log)?.[1];
		expect(counts(rebuilt)).toBeDefined();
		expect(counts(rebuilt)).toBe(counts(coldBuilt));
	});

	test('after one explainer is edited', async () => {
		const bodiesBefore = readdirSync(bodies('articles'));
		const inodeOf = (name: string) => statSync(path.join(bodies('articles'), name)).ino;
		const inodesBefore = bodiesBefore.map(inodeOf);
		edit(path.join(incremental.contentDir, 'articles', '2024-02-05-talks-open.md'), (text) => `${text}\nThe delegations also agreed on a ferry timetable.\n`);
		const { rebuilt, differing } = await rebuildAndCompare();
		expect(rebuilt).toMatch(/Indexed 16 pages for search/);
		expect(differing).toEqual([]);
		// Its page, and the pages and feeds that list it, are rendered again; a page that does not show it is kept.
		const rendered = renderedIn(rebuilt);
		expect(rendered).toEqual(expect.arrayContaining(['/articles/2024-02-05-talks-open/index.html', '/rss.xml']));
		expect(rendered).not.toContain('/sources/wire-one/index.html');
		// The new body is in a file of its own (the old one's stays for one build more), and Astro's store holds neither.
		const bodiesAfter = readdirSync(bodies('articles'));
		expect(bodiesAfter.filter((file) => !bodiesBefore.includes(file))).toHaveLength(1);
		expect(bodiesBefore.filter((file) => !bodiesAfter.includes(file))).toEqual([]);
		// The other bodies were not rendered again: their files are the very same.
		const unchanged = bodiesBefore.flatMap((file, index) =>
			bodiesAfter.includes(file) && file !== 'in-use.json' ? [[inodesBefore[index], inodeOf(file)]] : [],
		);
		expect(unchanged.length).toBeGreaterThan(3);
		for (const [before, after] of unchanged) expect(after).toBe(before);
		expect(readFileSync(path.join(incremental.root, 'node_modules', '.astro', 'data-store.json'), 'utf8')).not.toContain('ferry timetable');
	});

	test('with the bodies’ files gone from the cache (a cache that kept only Astro’s store): they are rendered again', async () => {
		rmSync(bodies('articles'), { recursive: true });
		expect((await rebuildAndCompare()).differing).toEqual([]);
	});

	test('after an actor is renamed, which every explainer naming it shows', async () => {
		const actor = path.join(incremental.contentDir, 'actors', 'ostmark.md');
		edit(actor, (text) => text.replace('name: Ostmark', 'name: Ostmark Republic'));
		expect(readFileSync(actor, 'utf8')).toContain('name: Ostmark Republic');
		expect((await rebuildAndCompare()).differing).toEqual([]);
		// The explainers that named it by its old name no longer link that name.
		expect(readFileSync(path.join(incremental.dist, 'articles', '2024-02-05-talks-open', 'index.html'), 'utf8')).not.toContain('>Ostmark</a>');
	});

	test('after an explainer is added, and another is scheduled for later', async () => {
		writeFileSync(path.join(incremental.contentDir, 'articles', `${added}.md`), article('Ferry talks resume', '2024-03-20'));
		writeFileSync(path.join(incremental.contentDir, 'articles', `${scheduled}.md`), article('A ferry deal is signed', '2024-04-02T09:00:00+02:00'));
		expect((await rebuildAndCompare()).differing).toEqual([]);
	});

	test('when the scheduled explainer comes due, with no file changed', async () => {
		env = { ...env, BUILD_TIME: '2024-04-02T07:00:00Z' };
		const { rebuilt, differing } = await rebuildAndCompare();
		expect(rebuilt).toMatch(/Indexed 18 pages for search/);
		expect(differing).toEqual([]);
	});

	test('after an explainer is deleted', async () => {
		rmSync(path.join(incremental.contentDir, 'articles', `${added}.md`));
		expect((await rebuildAndCompare()).differing).toEqual([]);
	});

	test('after a setting changes: the site’s address', async () => {
		env = { ...env, SITE_URL: 'https://explainers.example.com' };
		expect((await rebuildAndCompare()).differing).toEqual([]);
	});
});
