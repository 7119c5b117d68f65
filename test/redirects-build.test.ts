/**
 * A renamed actor in a built site: the fixture newsroom with Ostmark's file renamed to republic-of-ostmark.md, its
 * old id in `formerIds`, while the articles and demands still name it "ostmark". The build warns of each such
 * reference and builds, every page knows the actor by its id now, and the old addresses redirect. A former id that
 * another file has as its id now stops the build.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nginxMapFile } from '../src/outputs/host-redirects.ts';
import { listFormerId, renameFile } from './helpers/renames.ts';
import { astroBuild, createSite, listFiles, readDist, readerPages, type RunEnv, type RunResult, type Site } from './helpers/site.ts';

const fixture = path.join(import.meta.dirname, 'fixtures', 'newsroom');
const siteUrl = 'https://explainers.example.com';
const article = 'articles/2024-03-01-ostmark-agrees';

/** The fixture newsroom with its content changed by `change`, built once for the tests of the describe block that calls this. */
function builtWith(change: (contentDir: string) => void, env?: RunEnv): { site: Site; build: RunResult } {
	const built = {} as { site: Site; build: RunResult };
	beforeAll(async () => {
		built.site = createSite(fixture);
		change(built.site.contentDir);
		built.build = await astroBuild(built.site, env);
	}, 240_000);
	afterAll(() => built.site?.remove());
	return built;
}

describe('an actor renamed while articles still name its old id', () => {
	const built = builtWith((contentDir) => renameFile(contentDir, 'actors', 'ostmark', 'republic-of-ostmark'), { SITE_URL: siteUrl });

	test('builds, warning of each reference by the old id with its file, field, line and the id now', () => {
		expect(built.build.code, built.build.output).toBe(0);
		expect(built.build.output).toContain(
			[
				`src/content/${article}.md`,
				'  warning: actors[0] (1st actor, line 6): refers to actor "ostmark", renamed to "republic-of-ostmark" (its formerIds)',
				'    fix: write republic-of-ostmark: the file is src/content/actors/republic-of-ostmark.md now',
			].join('\n'),
		);
		expect(built.build.output).toContain('  warning: by (line 3): refers to actor "ostmark", renamed to "republic-of-ostmark" (its formerIds)');
		// Every page a reader can open but the two redirect pages, and every feed, as they are in the output.
		const pages = readerPages(built.site.dist).length - 2;
		const feeds = listFiles(built.site.dist).filter((file) => file.endsWith('rss.xml')).length;
		expect(built.build.output).toMatch(new RegExp(`^Built ${pages} pages, ${feeds} feeds and 2 redirects in \\d+\\.\\d s\\.$`, 'm'));
		expect(built.build.output).not.toMatch(/Nothing was built|\n\s+at /);
	});

	test('the old page and feed are redirect pages to the new ones, seen by no sitemap or search index', () => {
		const page = readDist(built.site, 'actors/ostmark/index.html');
		expect(page).toContain('<meta http-equiv="refresh" content="0; url=/actors/republic-of-ostmark/">');
		expect(page).toContain(`<link rel="canonical" href="${siteUrl}/actors/republic-of-ostmark/">`);
		expect(page).toContain('<meta name="robots" content="noindex">');
		expect(page).toContain('<a href="/actors/republic-of-ostmark/">Go to the new address</a>');
		expect(page).not.toContain('data-pagefind-body');
		const feed = readDist(built.site, 'actors/ostmark/rss.xml/index.html');
		expect(feed).toContain('<meta http-equiv="refresh" content="0; url=/actors/republic-of-ostmark/rss.xml">');
		expect(feed).toContain(`type="application/rss+xml" title="This page has moved" href="${siteUrl}/actors/republic-of-ostmark/rss.xml"`);
		const sitemap = readDist(built.site, 'sitemap-0.xml');
		expect(sitemap).toContain(`<loc>${siteUrl}/actors/republic-of-ostmark/</loc>`);
		expect(sitemap).not.toMatch(/\/actors\/ostmark\/|3xx/);
		// Astro renders the redirect page for each redirect, and writes none at an address of its own.
		expect(listFiles(built.site.dist).filter((file) => file.includes('3xx'))).toEqual([]);
	});

	test('the hosts’ files redirect the old page, its feed and everything below it', () => {
		expect(
			readDist(built.site, '_redirects')
				.split('\n')
				.filter((line) => line.startsWith('/')),
		).toEqual([
			'/actors/ostmark/ /actors/republic-of-ostmark/ 301',
			'/actors/ostmark/rss.xml /actors/republic-of-ostmark/rss.xml 301',
			'/actors/ostmark/* /actors/republic-of-ostmark/:splat 301',
		]);
		expect(
			readDist(built.site, nginxMapFile)
				.split('\n')
				.filter((line) => !line.startsWith('#') && line),
		).toEqual(['"~^/actors/ostmark(?:/(.*))?$" "/actors/republic-of-ostmark/$1";']);
	});

	test('every page, feed and file of open data knows the actor by its id now: the article links it, its page and feed list the article', () => {
		const page = readDist(built.site, `${article}/index.html`);
		expect(page).toContain('href="/actors/republic-of-ostmark/"');
		const everything = listFiles(built.site.dist)
			.filter((file) => /\.(html|xml|json|csv)$/.test(file) && !file.startsWith('actors/ostmark/'))
			.map((file) => readDist(built.site, file))
			.join('\n');
		expect(everything).not.toMatch(/actors\/ostmark\/|"ostmark"/);
		expect(readDist(built.site, 'actors/republic-of-ostmark/index.html')).toContain(`href="/${article}/"`);
		expect(readDist(built.site, 'actors/republic-of-ostmark/rss.xml')).toContain(`${siteUrl}/${article}/`);
		expect(readDist(built.site, 'data/positions.csv')).toMatch(/,republic-of-ostmark,Ostmark,/);
	});
});

describe('a former id that another file has as its id now', () => {
	const built = builtWith((contentDir) => listFormerId(contentDir, 'topics', 'north-border', 'river-dispute'));

	test('stops the build, naming the file, the field, the line and the fix, with nothing built', () => {
		expect(built.build.code).not.toBe(0);
		expect(built.build.output).toContain(
			[
				'src/content/topics/north-border.md',
				'  formerIds[0] (1st former id, line 2): "river-dispute" is the id of src/content/topics/river-dispute.md now: a reference to it, and /topics/river-dispute/, mean that file',
				'    fix: remove "river-dispute" from formerIds, or rename src/content/topics/river-dispute.md if this file took its place',
			].join('\n'),
		);
		expect(built.build.output).toContain('Nothing was built.');
		expect(listFiles(built.site.dist)).toEqual([]);
	});
});
