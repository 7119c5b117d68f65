/**
 * The search page on the fixture newsroom, in a real browser with the site's
 * Content-Security-Policy in force: results as you type, the right page first,
 * the type filter, no draft, a page that says what to do without JavaScript,
 * and no axe violation once results are shown.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
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

/** Types a query as a reader would and waits for the status line to report on it. */
async function search(query: string): Promise<{ status: string; results: { title: string; href: string; meta: string }[] }> {
	await page.fill('#search-input', '');
	await page.locator('#search-input').pressSequentially(query);
	// The status isolates the query from its sentence (FSI…PDI), for right-to-left pages and queries.
	await page.waitForFunction((q) => document.querySelector('#search-status')?.textContent?.includes(`“\u2068${q}\u2069”`), query);
	const results = await page.$$eval('#search-results li', (items) =>
		items.map((li) => ({
			title: li.querySelector('a')!.textContent!,
			href: li.querySelector('a')!.getAttribute('href')!,
			meta: li.querySelector('.meta')!.textContent!,
		})),
	);
	return { status: (await page.textContent('#search-status'))!, results };
}

test('a phrase from one article’s body finds that article first', async () => {
	await page.goto(`${url}/search/`);
	const { results } = await search('routine exercise');
	expect(results[0]?.href).toBe('/articles/2024-01-10-valdoria-demands-withdrawal/');
	expect(results[0]?.meta).toMatch(/^Explainer · \d+ \w+ 2024$/);
	expect(problems).toEqual([]);
});

test('an actor’s name finds the actor’s page first', async () => {
	const { results } = await search('Zoë Nørgaard');
	expect(results[0]).toMatchObject({ title: 'Zoë Nørgaard', href: '/actors/zoe-norgaard/' });
	expect(results[0]?.meta).toMatch(/^Actor/);
});

test('the type filter narrows results to one type, and the status counts them', async () => {
	const all = await search('Ostmark');
	expect(new Set(all.results.map((r) => r.meta.split(' · ')[0])).size).toBeGreaterThan(2);
	await page.check('input[name=type][value=actor]');
	await page.waitForFunction(() => [...document.querySelectorAll('#search-results .meta')].every((meta) => meta.textContent!.startsWith('Actor')));
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

test.each(['light', 'dark'] as const)('axe finds no violation on /search/ with results shown, in %s mode', async (colorScheme) => {
	// axe is injected, which the page's policy rightly refuses; the search itself ran under the policy above.
	const audited = await browser.newContext({ bypassCSP: true, colorScheme });
	const tab = await audited.newPage();
	await tab.goto(`${url}/search/?q=Ostmark`);
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
	expect(violations).toEqual([]);
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
