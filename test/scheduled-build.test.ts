/**
 * Scheduled publishing as a newsroom meets it: an explainer dated later than the build is in no page, list, feed,
 * sitemap, search index or open-data file, and the build says when it goes out; the next build after that moment
 * (here, the same project built again with its cache, as an hourly CI run does) publishes it everywhere.
 * BUILD_TIME fixes "now" for both builds.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, createSite, listFiles, readDist, type RunResult, type Site } from './helpers/site.ts';

const fixture = path.join(import.meta.dirname, 'fixtures', 'newsroom');
const id = '2027-01-15-ferry-crossings-reopen';
const title = 'Ferry crossings reopen after the border deal';
const at = '2027-01-15T09:30:00+01:00';

const scheduled = `---
title: ${title}
summary: Ostmark now backs the withdrawal it once resisted.
published: ${at}
actors: [ostmark, valdoria]
topics: [north-border]
demands:
  - demand: border-troops-withdrawn
    status: met
    positions:
      - actor: ostmark
        stance: supports
---
Ostmark and Valdoria reopened the crossings at dawn.
`;

let site: Site;
const builds: Record<'before' | 'after', { run: RunResult; files: string[]; read: (file: string) => string; searched: string }> = {} as never;

/** What Pagefind indexed: the text of every fragment. */
function searchIndexText(): string {
	const dir = path.join(site.dist, 'pagefind', 'fragment');
	return readdirSync(dir)
		.map((file) => gunzipSync(readFileSync(path.join(dir, file))).toString('utf8'))
		.join('\n');
}

beforeAll(async () => {
	site = createSite(fixture);
	writeFileSync(path.join(site.contentDir, 'articles', `${id}.md`), scheduled);
	for (const [name, now] of [
		['before', '2027-01-15T08:29:59Z'],
		['after', '2027-01-15T08:30:00Z'],
	] as const) {
		const run = await astroBuild(site, { BUILD_TIME: now });
		const files = listFiles(site.dist);
		const texts = new Map(files.filter((file) => /\.(html|xml|json|csv)$/.test(file)).map((file) => [file, readDist(site, file)]));
		builds[name] = { run, files, read: (file) => texts.get(file) ?? '', searched: searchIndexText() };
	}
}, 300_000);
afterAll(() => site.remove());

test('the build before its moment says it is scheduled, in the site’s time zone; the build after does not', () => {
	expect(builds.before.run.code).toBe(0);
	expect(builds.before.run.output).toContain(`\n1 explainer scheduled: ${title} at 15 January 2027, 08:30 UTC\n`);
	expect(builds.after.run.code).toBe(0);
	expect(builds.after.run.output).not.toContain('scheduled');
});

/** Where a published explainer shows, and so where a scheduled one must not yet. */
const places: [string, (build: (typeof builds)['before']) => boolean][] = [
	['its own page', (build) => build.files.includes(`articles/${id}/index.html`)],
	['the home page', (build) => build.read('index.html').includes(title)],
	['/articles/', (build) => build.read('articles/index.html').includes(title)],
	['an actor’s page', (build) => build.read('actors/ostmark/index.html').includes(title)],
	['a topic’s page', (build) => build.read('topics/north-border/index.html').includes(title)],
	['the stance matrix on /demands/', (build) => build.read('demands/index.html').includes(`/articles/${id}/`)],
	['a demand’s page', (build) => build.read('demands/border-troops-withdrawn/index.html').includes(title)],
	['/rss.xml', (build) => build.read('rss.xml').includes(title)],
	['an actor’s feed', (build) => build.read('actors/ostmark/rss.xml').includes(title)],
	['the sitemap', (build) => build.read('sitemap-0.xml').includes(`/articles/${id}/`)],
	['/data/positions.csv', (build) => build.read('data/positions.csv').includes(id)],
	['/data/demands.json', (build) => build.read('data/demands.json').includes(id)],
	['/data/graph.json', (build) => build.read('data/graph.json').includes(id)],
	['the search index', (build) => build.searched.includes(title)],
];

describe('a scheduled explainer', () => {
	test.each(places)('is not in %s before its moment', (_, shows) => {
		expect(shows(builds.before)).toBe(false);
	});

	test.each(places)('is in %s from its moment on', (_, shows) => {
		expect(shows(builds.after)).toBe(true);
	});

	test('counts nowhere before its moment: the demand’s status and count of positions stay the published ones', () => {
		const demand = (build: (typeof builds)['before']) => {
			const { status, positionCount } = (
				JSON.parse(build.read('data/demands.json')) as { demands: { id: string; status: string; positionCount: number }[] }
			).demands.find((entry) => entry.id === 'border-troops-withdrawn')!;
			return { status, positionCount };
		};
		expect(demand(builds.before)).toEqual({ status: 'accepted', positionCount: 3 });
		expect(demand(builds.after)).toEqual({ status: 'met', positionCount: 4 });
	});
});
