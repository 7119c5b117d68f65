/**
 * History pages as a build writes them, from the fixture newsroom committed day by day (helpers/newsroom-history.ts):
 * one per published explainer, linked from its dates, telling what readers saw change, never in search, feeds or
 * the sitemap. Built from a shallow clone, or outside any repository, the build still succeeds, its log says why
 * the record falls short once, and each page says so. A page's key changes with its own explainer's record only.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { select, selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GitHistory } from '../src/check/git-history-fs.ts';
import { buildGraph } from '../src/graph/graph.ts';
import { type Revision, revisionData } from '../src/model/history.ts';
import { historyPaths } from '../src/routing/static-paths.ts';
import { article, contentOf } from './helpers/entries.ts';
import { shallowClone } from './helpers/git-repo.ts';
import { pageTree } from './helpers/meta.ts';
import { commitNewsroomHistory, historyIds } from './helpers/newsroom-history.ts';
import { astroBuild, createSite, listFiles, readDist, type RunResult, type Site } from './helpers/site.ts';

const fixture = path.join(import.meta.dirname, 'fixtures', 'newsroom');
const historyPage = (id: string) => `articles/${id}/history/`;
const uncommitted = '2024-03-10-not-committed';

/** A history page's note and entries, as readers read them. */
function page(site: Site, id: string) {
	const tree: Root = pageTree(site, historyPage(id));
	const text = (selector: string) => selectAll(selector, tree).map((node) => toString(node).replace(/\s+/g, ' ').trim());
	return {
		tree,
		heading: text('h1')[0],
		note: text('main [role="note"]')[0],
		// Each entry's paragraphs, one after another.
		entries: selectAll('main ol.history > li', tree).map((entry) =>
			selectAll('p', entry)
				.map((p) => toString(p).replace(/\s+/g, ' ').trim())
				.join(' '),
		),
		times: selectAll('main ol.history time', tree).map((node) => node.properties.dateTime),
	};
}

/** The history lines, once each, in a build's log. */
const notes = (build: RunResult) => build.output.split('\n').filter((line) => line.startsWith('History pages:'));

describe('built from a whole record', () => {
	let site: Site;
	let build: RunResult;
	beforeAll(async () => {
		site = createSite(fixture);
		commitNewsroomHistory(site.root);
		// Written after the last commit: published on the site, in no commit.
		writeFileSync(
			path.join(site.contentDir, 'articles', `${uncommitted}.md`),
			'---\ntitle: Not committed yet\nsummary: Written, published, not committed.\npublished: 2024-03-10\n---\nA story.\n',
		);
		build = await astroBuild(site, { BUILD_TIME: '2025-01-01T00:00:00Z' });
	}, 240_000);
	afterAll(() => site.remove());

	test('the build succeeds, and its log names the one explainer not committed, once', () => {
		expect(build.code).toBe(0);
		expect(notes(build)).toEqual([
			`History pages: 1 explainer is published but not committed yet (${uncommitted}); their history pages say there is no record of their changes yet.`,
		]);
	});

	test('each published explainer has a history page, and no draft has one', () => {
		expect(listFiles(site.dist).filter((file) => file.endsWith('/history/index.html'))).toEqual([
			'articles/2023-12-01-hostile-input/history/index.html',
			'articles/2024-01-10-valdoria-demands-withdrawal/history/index.html',
			`articles/${historyIds.talks}/history/index.html`,
			`articles/${historyIds.ostmark}/history/index.html`,
			`articles/${uncommitted}/history/index.html`,
		]);
	});

	test('an explainer moved into a folder keeps its history: its publication, its revision and its correction, newest first', () => {
		const { heading, note, entries, times } = page(site, historyIds.ostmark);
		expect(heading).toBe('Change history Ostmark agrees to withdraw its border troops');
		expect(note).toBeUndefined();
		expect(entries).toEqual([
			'Corrected 5 March 2024 The withdrawal takes sixty days, not six weeks.',
			'Revised 3 March 2024 Changed: the story',
			'Published 1 March 2024',
		]);
		expect(times).toEqual(['2024-03-05', '2024-03-03', '2024-03-01T10:30:00+01:00']);
	});

	test('an update tells what it changed; a revision on the day of publication is told; the draft period is not', () => {
		expect(page(site, historyIds.talks).entries).toEqual([
			"Corrected 6 February 2024 An earlier version misspelled the name of Ostmark's chief negotiator.",
			'Updated 6 February 2024 Changed: the story',
			'Revised 5 February 2024 Changed: the headline',
			'Published 5 February 2024',
		]);
	});

	test('an explainer not committed yet says there is no record of it, and still gives its date', () => {
		const { note, entries } = page(site, uncommitted);
		expect(note).toBe('There is no record of changes to this explainer yet, so this lists only the dates it gives.');
		expect(entries).toEqual(['Published 10 March 2024']);
	});

	test("the explainer's dates link to its history page", () => {
		const link = select(`.article-header .meta a[href="/${historyPage(historyIds.ostmark)}"]`, pageTree(site, `articles/${historyIds.ostmark}/`));
		expect(link && toString(link)).toBe('Change history');
	});

	test('a history page is told not to be listed, and is in no search index, feed or sitemap', () => {
		const { tree } = page(site, historyIds.ostmark);
		expect(select('meta[name="robots"]', tree)?.properties.content).toBe('noindex');
		expect(select('[data-pagefind-body]', tree)).toBeUndefined();
		const published = listFiles(site.dist).filter((file) => /(rss|sitemap-\d+)\.xml$/.test(file));
		expect(published.length).toBeGreaterThan(5);
		for (const file of published) expect(readDist(site, file), file).not.toContain('/history/');
	});
});

describe('built from a shallow clone', () => {
	let site: Site;
	let clone: Site;
	let build: RunResult;
	beforeAll(async () => {
		site = createSite(fixture);
		commitNewsroomHistory(site.root);
		const root = `${site.root}-shallow`;
		shallowClone(site.root, root, 2);
		clone = {
			root,
			dist: path.join(root, 'dist'),
			contentDir: path.join(root, 'src', 'content'),
			remove: () => rmSync(root, { recursive: true, force: true }),
		};
		build = await astroBuild(clone, { BUILD_TIME: '2025-01-01T00:00:00Z' });
	}, 240_000);
	afterAll(() => {
		site.remove();
		clone.remove();
	});

	test('the build succeeds, and its log says once that the record may start late, and how to fetch it whole', () => {
		expect(build.code).toBe(0);
		expect(notes(build)).toEqual(['History pages: this is a shallow clone, so the record of changes may start late; history pages say so where it does.']);
		expect(build.output).toContain('  Fix: fetch the whole history (git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0).');
	});

	test('a page says where its record starts, and tells what it holds from there', () => {
		const { note, entries } = page(clone, historyIds.ostmark);
		expect(note).toBe('The record of changes starts on 3 March 2024: revisions before then are not listed.');
		expect(entries).toEqual(['Corrected 5 March 2024 The withdrawal takes sixty days, not six weeks.', 'Published 1 March 2024']);
	});
});

describe('built outside any Git repository', () => {
	let site: Site;
	let build: RunResult;
	beforeAll(async () => {
		site = createSite(fixture);
		// Git looks no further up than the sites' folder, so the project's own repository is not found.
		build = await astroBuild(site, { GIT_CEILING_DIRECTORIES: path.dirname(site.root) });
	}, 240_000);
	afterAll(() => site.remove());

	test('the build succeeds, and its log says why once', () => {
		expect(build.code).toBe(0);
		expect(notes(build)).toEqual([
			"History pages: no record of changes, as the project is not in a Git repository. Each explainer's history page says so and lists only the dates the explainer gives.",
		]);
	});

	test('each page says the record is not available, and gives the dates the explainer gives', () => {
		const { note, entries } = page(site, historyIds.talks);
		expect(note).toBe('The record of changes is not available, so this lists only the dates the explainer itself gives.');
		expect(entries).toEqual([
			"Corrected 6 February 2024 An earlier version misspelled the name of Ostmark's chief negotiator.",
			'Updated 6 February 2024',
			'Published 5 February 2024',
		]);
	});
});

test("a history page's build key changes with a new commit of its own explainer, and only its own", () => {
	const graph = buildGraph(
		contentOf([
			article('ferry', { title: 'Ferry', summary: 'S.', published: '2025-03-01' }),
			article('harbour', { title: 'Harbour', summary: 'S.', published: '2025-03-01' }),
		]),
	);
	const commit = (at: string, body: string): Revision => ({
		at,
		data: revisionData({ title: 'Ferry', summary: 'S.', published: '2025-03-01' }, (text) => text),
		body,
	});
	const record = (ferry: Revision[]): GitHistory => ({ state: { kind: 'whole' }, revisions: new Map([['ferry', ferry]]), processes: 3 });
	const keys = (read: GitHistory) => Object.fromEntries(historyPaths(graph, read).map((path) => [path.params.id, path.cacheKey]));
	const before = keys(record([commit('2025-03-01T08:00:00Z', 'a')]));
	const after = keys(record([commit('2025-03-01T08:00:00Z', 'a'), commit('2025-03-02T08:00:00Z', 'b')]));
	expect(after.ferry).not.toBe(before.ferry);
	expect(after.harbour).toBe(before.harbour);
	expect(keys(record([commit('2025-03-01T08:00:00Z', 'a')]))).toEqual(before);
});
