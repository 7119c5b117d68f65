/**
 * The search page on the fixture newsroom, in a real browser with the site's
 * Content-Security-Policy in force: results as you type, the right page first,
 * what each result is in a reader's word, the type filter, no draft, a page
 * that says what to do without JavaScript, and no axe violation once results
 * are shown. Then, on the fixture with 25 more explainers: every result
 * reachable, a page at a time; the explainer whose lead names the query above
 * short pages that mention it; excerpts from a sentence's start, never an
 * actor's other names.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { astroBuild, createSite, projectRoot, type Site } from '../helpers/site.ts';
import { launchBrowser } from './browser.ts';

const { url } = inject('sites').fixture;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let context: BrowserContext;
let page: Page;
/** What the browser said was wrong: CSP refusals, script errors. */
const problems: string[] = [];

beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext();
	page = await context.newPage();
	page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
	page.on('pageerror', (error) => problems.push(error.message));
});
afterAll(() => browser.close());

interface Shown {
	title: string;
	href: string;
	meta: string;
	excerpt: string;
}

/** The results listed, as a reader sees them. */
const listed = (tab: Page): Promise<Shown[]> =>
	tab.$$eval('#search-results li', (items) =>
		items.map((li) => ({
			title: li.querySelector('a')!.textContent!,
			href: li.querySelector('a')!.getAttribute('href')!,
			meta: li.querySelector('.meta')!.textContent!,
			excerpt: li.querySelector('.excerpt')!.textContent!,
		})),
	);

/** Types a query as a reader would and waits for the status line to report on it. */
async function search(query: string, tab = page): Promise<{ status: string; results: Shown[] }> {
	await tab.fill('#search-input', '');
	await tab.locator('#search-input').pressSequentially(query);
	// The status isolates the query from its sentence (FSI…PDI), for right-to-left pages and queries.
	await tab.waitForFunction((q) => document.querySelector('#search-status')?.textContent?.includes(`“\u2068${q}\u2069”`), query);
	return { status: (await tab.textContent('#search-status'))!, results: await listed(tab) };
}

test('a phrase from one article’s body finds that article first', async () => {
	await page.goto(`${url}/search/`);
	const { results } = await search('routine exercise');
	expect(results[0]?.href).toBe('/articles/2024-01-10-valdoria-demands-withdrawal/');
	expect(results[0]?.meta).toMatch(/^Explainer · \d+ \w+ 2024$/);
	expect(problems).toEqual([]);
});

test('an actor’s name finds the actor’s page first, called what it is, without a date', async () => {
	const { results } = await search('Zoë Nørgaard');
	expect(results[0]).toMatchObject({ title: 'Zoë Nørgaard', href: '/actors/zoe-norgaard/', meta: 'Person' });
});

test('a name typed without the letters a reader’s keyboard lacks (ø, ł) still finds its page', async () => {
	const { results } = await search('Zoe Norgaard');
	expect(results[0]).toMatchObject({ title: 'Zoë Nørgaard', href: '/actors/zoe-norgaard/' });
});

test('each result says what it is in a reader’s word, and only explainers are dated', async () => {
	const { results } = await search('Ostmark');
	const meta = new Map(results.map((result) => [result.href, result.meta]));
	expect({
		country: meta.get('/actors/ostmark/'),
		demand: meta.get('/demands/border-troops-withdrawn/'),
		topic: meta.get('/topics/north-border/'),
		explainer: meta.get('/articles/2024-03-01-ostmark-agrees/'),
	}).toEqual({ country: 'Country', demand: 'Demand', topic: 'Topic', explainer: expect.stringMatching(/^Explainer · \d+ March 2024$/) });
});

test('another name of an actor finds it first, and no excerpt repeats an actor’s other names', async () => {
	const { results } = await search('Valdorian government');
	expect(results[0]).toMatchObject({
		href: '/actors/valdoria/',
		meta: 'Country',
		excerpt: "A fictional republic on the river Ost. Valdoria is invented for Dossier's tests.",
	});
	const all = await search('Valdoria');
	expect(all.results.map((result) => result.excerpt).filter((excerpt) => /Also called|Valdorian government/.test(excerpt))).toEqual([]);
});

test('the type filter narrows results to one type, and the status counts them', async () => {
	const all = await search('Ostmark');
	expect(new Set(all.results.map((r) => r.meta.split(' · ')[0])).size).toBeGreaterThan(2);
	await page.check('input[name=type][value=actor]');
	await page.waitForFunction(() => [...document.querySelectorAll('#search-results a')].every((link) => link.getAttribute('href')!.startsWith('/actors/')));
	const actors = await page.$$eval('#search-results li a', (links) => links.map((a) => a.getAttribute('href')));
	expect(actors[0]).toBe('/actors/ostmark/');
	expect(await page.textContent('#search-status')).toBe(`${actors.length} result${actors.length === 1 ? '' : 's'} for “\u2068Ostmark\u2069”.`);
	await page.check('input[name=type][value=""]');
});

test('newest first orders results by date', async () => {
	await page.selectOption('#search-order', 'desc');
	const { results } = await search('troops');
	const explainers = results.filter((r) => r.meta.startsWith('Explainer')).map((r) => r.href);
	expect(explainers.indexOf('/articles/2024-03-01-ostmark-agrees/')).toBeLessThan(explainers.indexOf('/articles/2024-01-10-valdoria-demands-withdrawal/'));
	await page.selectOption('#search-order', '');
});

test('a draft is never found', async () => {
	const { status, results } = await search('secret plan');
	expect(results.map((r) => r.href).join(' ')).not.toMatch(/draft|secret/);
	expect(status).toBe('No results for “\u2068secret plan\u2069”.');
});

test('the query is kept in the address and restored on load', async () => {
	await search('river');
	await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('river');
	await page.reload();
	await page.waitForSelector('#search-results li');
	expect(await page.inputValue('#search-input')).toBe('river');
	expect(problems).toEqual([]);
});

test('without JavaScript the page says search needs it and links to every index page', async () => {
	const noScript = await browser.newContext({ javaScriptEnabled: false });
	const bare = await noScript.newPage();
	await bare.goto(`${url}/search/`);
	expect(await bare.textContent('main')).toContain('Search needs JavaScript');
	expect(await bare.isVisible('#search-input')).toBe(false);
	const links = await bare.$$eval('.no-script a', (anchors) => anchors.map((a) => a.getAttribute('href')));
	expect(links).toEqual(['/articles/', '/actors/', '/demands/', '/sources/', '/topics/']);
	await noScript.close();
});

/** What axe finds wrong on a search page once its results are listed. */
async function violationsOn(address: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
	// axe is injected, which the page's policy rightly refuses; the search itself ran under the policy above.
	const audited = await browser.newContext({ bypassCSP: true, colorScheme });
	const tab = await audited.newPage();
	await tab.goto(address);
	await tab.waitForSelector('#search-results li');
	await tab.evaluate(axeSource);
	const violations = await tab.evaluate(async () => {
		const axe = (
			window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
		).axe;
		const { violations } = await axe.run(document, { rules: { 'target-size': { enabled: true } } });
		return violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	});
	await audited.close();
	return violations;
}

test.each(['light', 'dark'] as const)('axe finds no violation on /search/ with results shown, in %s mode', async (colorScheme) => {
	expect(await violationsOn(`${url}/search/?q=Ostmark`, colorScheme)).toEqual([]);
});

test('the search input has a label and the results are announced in a live region', async () => {
	await page.goto(`${url}/search/`);
	expect(await page.getAttribute('#search-status', 'role')).toBe('status');
	const label = await page.$eval('#search-input', (input) => (input as HTMLInputElement).labels?.[0]?.textContent);
	expect(label).toMatch(/^Search the explainers/);
	await page.focus('#search-input');
	await page.keyboard.type('Valdoria');
	await page.waitForSelector('#search-results li');
	// Tab from the box goes through the type (one stop for the radio group) and the order to the first result.
	for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
});

describe('at a newsroom’s volume', () => {
	const topics = ['harbour-east', 'harbour-west', 'harbour-north'];
	const leadId = '2024-06-01-harbour-talks-resume';
	/** Words around the query's, so that it falls in the middle of long sentences and of long pages. */
	const filler = (n: number) =>
		Array.from({ length: n }, (_, i) => `Officials on both banks met again in week ${i + 1} and said the harbour timetable was still under review.`).join(' ');

	/** The fixture newsroom and 25 explainers that mention the ferry, one of them in its lead, and three short topics that mention it once. */
	function addFerryNewsroom(contentDir: string) {
		const write = (file: string, text: string) => {
			mkdirSync(path.dirname(file), { recursive: true });
			writeFileSync(path.join(contentDir, file), text);
		};
		for (const id of topics) write(`topics/${id}.md`, `---\ntitle: "${id.replace('-', ' ')}"\nkind: place\nsummary: "A quay where the ferry calls."\n---\n`);
		for (let i = 1; i <= 24; i++) {
			const day = String(i).padStart(2, '0');
			write(
				`articles/2024-05-${day}-harbour-note-${i}.md`,
				`---\ntitle: "Harbour note ${i}"\nsummary: "What the two ports said on day ${i}."\npublished: 2024-05-${day}\nactors: [valdoria]\ntopics: [north-border]\n---\n${filler(8)} Late in the evening the two delegations agreed that the ferry would keep its winter timetable for now. ${filler(8)}\n`,
			);
		}
		write(
			`articles/${leadId}.md`,
			`---\ntitle: "Harbour talks resume after a long winter"\nsummary: "The ferry between the two capitals runs again, both sides say."\npublished: 2024-06-01\nactors: [valdoria, ostmark]\ntopics: [${topics.join(', ')}]\n---\n${filler(40)} The ferry sailed at noon. ${filler(40)}\n`,
		);
	}

	let site: Site;
	let server: Server;
	let tab: Page;
	let address: string;
	beforeAll(async () => {
		site = createSite(path.join(projectRoot, 'test', 'fixtures', 'newsroom'));
		addFerryNewsroom(site.contentDir);
		const build = await astroBuild(site);
		if (build.code !== 0) throw new Error(build.output);
		const files = sirv(site.dist, { dev: false, etag: false });
		server = createServer((req, res) => files(req, res));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		tab = await context.newPage();
		address = `http://127.0.0.1:${(server.address() as AddressInfo).port}/search/`;
		await tab.goto(address);
	});
	afterAll(() => {
		server?.close();
		site?.remove();
	});

	test('every result can be reached, twenty at a time, and the status says how many are shown of how many', async () => {
		const first = await search('ferry', tab);
		expect(first.status).toBe('28 results for “\u2068ferry\u2069”; the first 20 are shown.');
		expect(first.results).toHaveLength(20);
		await tab.click('#search-more');
		await tab.waitForFunction(() => document.querySelectorAll('#search-results li').length === 28);
		expect(await tab.textContent('#search-status')).toBe('28 results for “\u2068ferry\u2069”.');
		expect(await tab.isVisible('#search-more')).toBe(false);
		const all = await listed(tab);
		expect(new Set(all.map((result) => result.href)).size).toBe(28);
		// The reader carries on from the first result the button added.
		expect(await tab.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[20])).toBe(true);
	});

	test('the explainer whose lead names the query ranks above the short topics that only mention it', async () => {
		const hrefs = (await listed(tab)).map((result) => result.href);
		const lead = hrefs.indexOf(`/articles/${leadId}/`);
		expect(lead).toBeGreaterThanOrEqual(0);
		for (const id of topics) expect(hrefs.indexOf(`/topics/${id}/`), id).toBeGreaterThan(lead);
	});

	test('each excerpt starts at the start of a sentence and holds the query', async () => {
		const excerpts = (await listed(tab)).map((result) => result.excerpt);
		const starts = excerpts.map((excerpt) => (/^… /.test(excerpt) ? 'word' : /^\p{Lu}/u.test(excerpt) ? 'sentence' : excerpt));
		expect(new Set(starts)).toEqual(new Set(['sentence']));
		expect(excerpts.filter((excerpt) => !/ferry/i.test(excerpt))).toEqual([]);
		expect(excerpts.find((excerpt) => excerpt.includes('Late in the evening'))).toBe(
			'Late in the evening the two delegations agreed that the ferry would keep its winter timetable for now. Officials on both banks met again in week 1 and said the harbour timetable was still under review.',
		);
	});

	test.each(['light', 'dark'] as const)('axe finds no violation with the button for more results shown, in %s mode', async (colorScheme) => {
		expect(await violationsOn(`${address}?q=ferry`, colorScheme)).toEqual([]);
	});
});
