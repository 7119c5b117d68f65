/**
 * Markdown rendered in the pool of threads is the Markdown one thread renders:
 * the same HTML, headings and reading time for a body, and the same site, byte
 * for byte, when the fixture newsroom is built with and without the pool.
 */
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import Tinypool from 'tinypool';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { markdownOptions } from '../src/markdown/pipeline.ts';
import type { ContentFile } from '../src/check/content-file.ts';
import { keepingFindings, markdownProcessor, tasksOf, threadsFrom } from '../src/markdown/threads.ts';
import { astroBuild, createSite, listFiles, type RunResult, type Site } from './helpers/site.ts';

describe('MARKDOWN_THREADS', () => {
	test.each([
		['3', 3],
		['1', 1],
		['0', 0],
	])('"%s" sets %i threads', (value, threads) => expect(threadsFrom(value)).toBe(threads));

	test('unset, it is one thread per core', () => expect(threadsFrom('')).toBe(availableParallelism()));

	test.each(['two', '-1', '1.5'])('"%s" is refused, with what to write instead', (value) =>
		expect(() => threadsFrom(value)).toThrow(`MARKDOWN_THREADS is "${value}": set a whole number of threads, or 0`),
	);
});

describe('the pooled processor', () => {
	const mentions = { actors: { valmora: ['Valmora'] } };
	const body = '## What was asked\n\nValmora asked for [talks](https://example.org/talks).\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
	const fileURL = new URL('file:///site/src/content/articles/talks.md');
	const pooled = markdownProcessor(mentions, {}, 2);
	afterAll(() => pooled.close());

	test('renders a body as the pipeline does on the main thread, keeping only what the plugins found', async () => {
		const [threaded, direct] = await Promise.all([pooled.createRenderer({}), unified(markdownOptions(mentions)).createRenderer({})]);
		const frontmatter = { title: 'T', actors: ['valmora'] };
		const [fromPool, fromMain] = await Promise.all([
			threaded.render(body, { fileURL, frontmatter }),
			keepingFindings(direct).render(body, { fileURL, frontmatter }),
		]);
		expect(fromPool).toEqual(fromMain);
		expect(fromPool.code).toContain('href="/actors/valmora/"');
		expect(fromPool.metadata.frontmatter).toEqual({ dossier: { readingMinutes: 1 } });
	});

	test('a body rendered early is used, not rendered again', async () => {
		const runs = vi.spyOn(Tinypool.prototype, 'run');
		pooled.prerender({}, [{ content: body, fileURL: fileURL.href, frontmatter: { actors: ['valmora'] } }]);
		const renderer = await pooled.createRenderer({});
		expect((await renderer.render(body, { fileURL, frontmatter: { actors: ['valmora'] } })).code).toContain('/actors/valmora/');
		// The one batch, and no render of its own.
		expect(runs).toHaveBeenCalledTimes(1);
		runs.mockRestore();
	});

	test('a body rendered early is used only for the very same file, frontmatter and text', async () => {
		pooled.prerender({}, [{ content: body, fileURL: fileURL.href, frontmatter: { actors: ['valmora'] } }]);
		const renderer = await pooled.createRenderer({});
		// The actor was taken off the article's list since: its mention is no longer linked.
		expect((await renderer.render(body, { fileURL, frontmatter: { actors: [] } })).code).not.toContain('/actors/valmora/');
		expect((await renderer.render(body, { fileURL, frontmatter: { actors: ['valmora'] } })).code).toContain('/actors/valmora/');
	});

	test('a body whose batch failed is rendered again alone; only a body that fails itself fails, as a finding and a noted failure', async () => {
		const broken = { href: 'not a file address' } as URL;
		const other = new URL('file:///site/src/content/articles/other.md');
		// Two threads, two batches: the broken body takes the good one's batch down with it.
		pooled.prerender({}, [
			{ content: body, fileURL: broken.href, frontmatter: {} },
			{ content: body, fileURL: fileURL.href, frontmatter: {} },
			{ content: body, fileURL: other.href, frontmatter: {} },
			{ content: body, fileURL: other.href, frontmatter: { title: 'Other' } },
		]);
		const renderer = await pooled.createRenderer({});
		await expect(renderer.render(body, { fileURL, frontmatter: {} })).resolves.toMatchObject({ code: expect.stringContaining('<h2') });
		const failed = await renderer.render(body, { fileURL: broken, frontmatter: {} });
		expect([failed.code, failed.metadata.frontmatter]).toEqual(['', { dossier: { renderFailure: expect.stringContaining('Invalid URL') } }]);
		expect([...pooled.failures.keys()]).toEqual([broken.href]);
	});
});

describe('the fixture newsroom built with and without the pool', { timeout: 240_000 }, () => {
	const fixture = path.join(import.meta.dirname, 'fixtures', 'newsroom');
	let single: Site;
	let pooled: Site;
	let builds: RunResult[];
	beforeAll(async () => {
		single = createSite(fixture);
		pooled = createSite(fixture);
		// Three threads on any machine: batches of uneven size, and more threads than a small CI runner has cores.
		builds = await Promise.all([astroBuild(single, { MARKDOWN_THREADS: '0' }), astroBuild(pooled, { MARKDOWN_THREADS: '3' })]);
	}, 240_000);
	afterAll(() => [single, pooled].forEach((site) => site?.remove()));

	test('writes the same files, byte for byte', () => {
		for (const build of builds) expect(build.code, build.output).toBe(0);
		const files = listFiles(single.dist);
		expect(files.length).toBeGreaterThan(50);
		expect(listFiles(pooled.dist)).toEqual(files);
		const differing = files.filter((file) => !readFileSync(path.join(single.dist, file)).equals(readFileSync(path.join(pooled.dist, file))));
		expect(differing).toEqual([]);
	});
});

describe('the bodies rendered early', () => {
	const root = mkdtempSync(path.join(tmpdir(), 'dossier-threads-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const file = (name: string, mtime: number): ContentFile => {
		writeFileSync(path.join(root, name), 'Body');
		utimesSync(path.join(root, name), mtime, mtime);
		return { collection: 'articles', path: name, id: name, raw: 'Body', data: { title: name }, body: 'Body' };
	};

	test('leave drafts out: the loader renders those it keeps', () => {
		const draft = { ...file('draft.md', 3_000), data: { title: 'draft.md', draft: true } };
		expect(tasksOf(root, [file('new.md', 3_000), draft]).map((task) => task.frontmatter?.title)).toEqual(['new.md']);
	});

	test('are those changed since Astro last stored the collections, or all when it has not', () => {
		const files = [file('old.md', 1_000), file('new.md', 3_000), { ...file('map.png', 3_000), format: 'image' as const }];
		expect(tasksOf(root, files, 2_000_000).map((task) => task.frontmatter?.title)).toEqual(['new.md']);
		expect(tasksOf(root, files).map((task) => task.frontmatter?.title)).toEqual(['old.md', 'new.md']);
		expect(tasksOf(root, files)[0]).toEqual({ content: 'Body', fileURL: pathToFileURL(path.join(root, 'old.md')).href, frontmatter: { title: 'old.md' } });
	});
});
