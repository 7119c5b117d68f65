/**
 * Search, as the build leaves it: Pagefind's index holds exactly the published
 * articles and the first page of each entity, with their type and date, and
 * no list page, home, 404 or draft; only /search/ may run scripts from the
 * site or compile WebAssembly, and no page allows inline scripts or eval.
 */
import { cpSync, existsSync, globSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, createSite, listFiles, readDist, type RunResult, type Site, readerPages } from './helpers/site.ts';
import { paths } from '../src/model/urls.ts';
import { searchedFiles } from '../src/outputs/search-attributes.ts';
import { writeIndex } from '../src/integrations/search-index.ts';
import { close } from 'pagefind';

const fixture = path.join(import.meta.dirname, 'fixtures', 'newsroom');

interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

let site: Site;
let build: RunResult;
beforeAll(async () => {
	site = createSite(fixture);
	build = await astroBuild(site);
});
afterAll(() => site.remove());

/** Every page in the index: Pagefind writes one gzipped JSON fragment per page. */
function fragments(): Fragment[] {
	const dir = path.join(site.dist, 'pagefind', 'fragment');
	return readdirSync(dir).map((file) => {
		const text = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
		return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
	});
}

const htmlPages = () => readerPages(site.dist);

test('the build succeeds and writes the index into the site', () => {
	expect(build.code).toBe(0);
	expect(listFiles(site.dist)).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-entry.json']));
});

test('the index holds exactly the published articles and the first page of every entity', () => {
	const expected = htmlPages()
		// Each entity's page, not the demands' index by name beside them.
		.filter((file) => /^(articles|actors|demands|sources|topics)\/[^/]+\/index\.html$/.test(file) && `/${file}` !== `${paths.demandsByName}index.html`)
		.map((file) => `/${file.replace(/index\.html$/, '')}`)
		.sort();
	expect(expected).toHaveLength(4 + 4 + 2 + 3 + 3);
	const indexed = fragments()
		.map((fragment) => decodeURI(fragment.url))
		.sort();
	expect(indexed).toEqual(expected);
	expect(indexed.join(' ')).not.toMatch(/draft|secret/);
});

test('Pagefind reads every page that holds an entry: each one is among the files it is given', () => {
	const withEntry = htmlPages().filter((file) => readDist(site, file).includes('data-pagefind-body'));
	expect(withEntry).toHaveLength(16);
	const given = new Set(globSync(searchedFiles, { cwd: site.dist }));
	expect(withEntry.filter((file) => !given.has(file))).toEqual([]);
});

test('each page carries its type as a filter, a sortable date and a date to show', () => {
	const byUrl = new Map(fragments().map((fragment) => [decodeURI(fragment.url), fragment]));
	const agrees = byUrl.get('/articles/2024-03-01-ostmark-agrees/')!;
	expect(agrees.filters.type).toEqual(['explainer']);
	// Corrected on 5 March: the date is the last modification; Pagefind keeps sort keys in its metadata, so read the page's tag.
	const tagged = (file: string) => select('[data-pagefind-sort]', fromHtml(readDist(site, file)))?.properties.dataPagefindSort;
	expect(tagged('articles/2024-03-01-ostmark-agrees/index.html')).toBe('date:2024-03-05T00:00:00.000Z');
	expect(agrees.meta).toMatchObject({ title: 'Ostmark agrees to withdraw its border troops', label: 'Explainer', date: expect.stringMatching(/March 2024$/) });
	expect(byUrl.get('/actors/zoe-norgaard/')!.filters.type).toEqual(['actor']);
	expect(byUrl.get('/demands/border-troops-withdrawn/')!.filters.type).toEqual(['demand']);
	expect(byUrl.get('/sources/wire-one/')!.filters.type).toEqual(['source']);
	expect(byUrl.get('/topics/économie/')!.filters.type).toEqual(['topic']);
	for (const url of byUrl.keys()) expect(tagged(`${url.slice(1)}index.html`), url).toMatch(/^date:\d{4}-\d{2}-\d{2}T/);
});

test('a result names an entity and says what it is in a reader’s word, undated: its latest mention is not its date', () => {
	const meta = (url: string) => fragments().find((fragment) => decodeURI(fragment.url) === url)!.meta;
	expect(
		[
			'/actors/zoe-norgaard/',
			'/actors/ostmark/',
			'/actors/ligue-des-regions/',
			'/demands/border-troops-withdrawn/',
			'/sources/wire-one/',
			'/topics/économie/',
		].map((url) => [meta(url).label, meta(url).date]),
	).toEqual([
		['Person', undefined],
		['Country', undefined],
		['Alliance', undefined],
		['Demand', undefined],
		['Source', undefined],
		['Topic', undefined],
	]);
	expect(meta('/actors/zoe-norgaard/').title).toBe('Zoë Nørgaard');
});

test('an actor’s other names are filter values, not its text, so that no excerpt lists them', () => {
	const valdoria = fragments().find((fragment) => fragment.url === '/actors/valdoria/')!;
	expect(valdoria.filters.alias).toEqual(['the Valdorian government']);
	expect(valdoria.content).not.toMatch(/Also called|Valdorian government|Country/);
	expect(valdoria.content).toContain('A fictional republic on the river Ost.');
});

test('an explainer’s lead weighs more than its story, so a query it names finds it above pages that mention it', () => {
	const dek = select('.dek', fromHtml(readDist(site, 'articles/2024-02-05-talks-open/index.html')));
	expect(dek?.properties.dataPagefindWeight).toBe('5');
});

test('an entity page indexes its own words, not the lists of other pages on it', () => {
	const ostmark = fragments().find((fragment) => fragment.url === '/actors/ostmark/')!;
	// "Mentioned in" lists the explainers' headlines and summaries; the stances list the demands.
	expect(ostmark.content).not.toContain('Negotiators met in a neutral city');
	expect(ostmark.content).not.toMatch(/Mentioned in|Follow .* by RSS/);
	const talks = fragments().find((fragment) => fragment.url === '/articles/2024-02-05-talks-open/')!;
	expect(talks.content).toContain('Zoë Nørgaard led Ostmark');
	// A section heading, which is a link to itself, is the story's words too.
	expect(talks.content).toContain('Where the talks stand');
	// Neither the related explainers, the sources list, citation numbers nor section anchors.
	expect(talks.content).not.toMatch(/Related explainers|Link to section|Source 1|Border talks begin/);
});

/** A page's script-src sources. */
const scriptSrc = (file: string) => {
	const csp = select('meta[http-equiv="content-security-policy"]', fromHtml(readDist(site, file)))?.properties.content as string;
	return /script-src ([^;]*)/.exec(csp)![1]!.trim().split(/\s+/);
};

test('only /search/ allows scripts from the site and WebAssembly; elsewhere script-src holds only hashes, and no inline script runs', () => {
	const pages = htmlPages();
	const others = pages.filter((file) => file !== 'search/index.html');
	// Astro hashes its own hydration scripts (client:load…) into every page's policy; none of them is on any page.
	const siteWide = scriptSrc('index.html');
	expect(siteWide.filter((source) => source !== "'report-sample'").every((source) => /^'sha256-[\w+/]+=*'$/.test(source))).toBe(true);
	for (const file of others) expect(scriptSrc(file), file).toEqual(siteWide);
	expect(scriptSrc('search/index.html')).toEqual([...siteWide.slice(0, 1), "'self'", "'wasm-unsafe-eval'", ...siteWide.slice(1)]);
	// The one script is a file from the site, on /search/ only; JSON-LD is data, not script.
	for (const file of pages) {
		const scripts = selectAll('script:not([type="application/ld+json"])', fromHtml(readDist(site, file)));
		expect(
			scripts.map((script) => script.properties.src),
			file,
		).toEqual(file === 'search/index.html' ? [expect.stringMatching(/^\/_astro\/search\./)] : []);
	}
});

test('the index is the same whatever order the pages were written in, as in a rebuild that keeps most of them', async () => {
	// tmpfs lists a folder in the order its files were written (as btrfs does), so this fails there without the fix;
	// on a file system that lists by a hash of the names (ext4, XFS) the order cannot differ in the first place.
	const scratch = mkdtempSync(path.join(existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'search-order-'));
	const pages = globSync(searchedFiles, { cwd: site.dist }).sort();
	const bundles = [];
	try {
		for (const order of [pages, [...pages].reverse()]) {
			const outDir = path.join(scratch, `pages-${bundles.length}`);
			for (const page of order) cpSync(path.join(site.dist, page), path.join(outDir, page));
			const bundle = path.join(scratch, `bundle-${bundles.length}`);
			await writeIndex({ outDir, pages, input: path.join(scratch, 'input'), bundle, settings: { forceLanguage: 'en', excludeSelectors: [] } });
			bundles.push(new Map(listFiles(bundle).map((file) => [file, readFileSync(path.join(bundle, file))])));
		}
	} finally {
		await close();
		rmSync(scratch, { recursive: true, force: true });
	}
	expect(bundles[0]!.size).toBeGreaterThan(16);
	expect(bundles[1]).toEqual(bundles[0]);
});

describe('rebuilding', () => {
	/** Every file of the search bundle with its bytes. */
	const bundle = () => new Map(listFiles(path.join(site.dist, 'pagefind')).map((file) => [file, readFileSync(path.join(site.dist, 'pagefind', file))]));

	test('with no page changed, the last index is kept as it was, and says so', async () => {
		const before = bundle();
		const again = await astroBuild(site);
		expect(again.code).toBe(0);
		expect(again.output).toMatch(/Search index: no page changed, so the last index of 16 pages was kept \(\d+ files, \d+ KiB\), in \d+\.\d s\./);
		expect(again.output).not.toMatch(/Indexed \d+ pages/);
		expect(bundle()).toEqual(before);
	});

	test('after an edit, the index is made again and finds the new words; it is kept for the next build', async () => {
		const file = path.join(site.contentDir, 'articles', '2024-02-05-talks-open.md');
		writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe delegations also agreed on a ferry timetable.\n`);
		const edited = await astroBuild(site);
		expect(edited.code).toBe(0);
		expect(edited.output).toMatch(/Indexed 16 pages for search/);
		expect(fragments().find((fragment) => fragment.url === '/articles/2024-02-05-talks-open/')!.content).toContain('ferry timetable');
		const next = await astroBuild(site);
		expect(next.output).toMatch(/the last index of 16 pages was kept/);
		expect(fragments().find((fragment) => fragment.url === '/articles/2024-02-05-talks-open/')!.content).toContain('ferry timetable');
	});
});
