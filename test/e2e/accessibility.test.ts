/**
 * axe-core, injected into every page of the fixture newsroom and the sample
 * site in a real browser, light and dark, must find no violation; so must it on
 * the redirect pages of renamed files, held in place.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const sites = inject('sites');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());

interface Violation {
	id: string;
	help: string;
	nodes: { target: string[] }[];
}

/** Runs axe on the loaded page: its violations, and how many rules it ran. */
async function audit(page: Page): Promise<{ violations: Violation[]; rules: number }> {
	await page.evaluate(axeSource);
	return page.evaluate(async () => {
		type Run = (context: Document, options: object) => Promise<Record<'violations' | 'passes' | 'inapplicable' | 'incomplete', Violation[]>>;
		const axe = (window as unknown as { axe: { run: Run } }).axe;
		// Target size (WCAG 2.2) is off by default in axe; readers on phones need it.
		const { violations, passes, inapplicable, incomplete } = await axe.run(document, { rules: { 'target-size': { enabled: true } } });
		return { violations, rules: passes.length + inapplicable.length + incomplete.length + violations.length };
	});
}

test('axe finds violations where there are some', async () => {
	const page = await browser.newPage();
	await page.setContent('<!doctype html><html><title>x</title><img src="map.png"><a href="/x"></a></html>');
	const { violations } = await audit(page);
	await page.close();
	expect(violations.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'link-name', 'html-has-lang']));
});

/** A page's violations, one line each. */
const describeViolations = (pathname: string, violations: Violation[]) =>
	violations.map((v) => `${pathname}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

describe.each(Object.entries(sites))('the %s site', (_, { url, pages, redirects }) => {
	test.each(['light', 'dark'] as const)('has no axe violations on any page, in %s mode', async (colorScheme) => {
		// The pages' Content-Security-Policy rightly refuses injected scripts; the audit is let through.
		const context = await browser.newContext({ bypassCSP: true, colorScheme });
		const page = await context.newPage();
		const found: string[] = [];
		let rulesRun = 0;
		for (const pathname of pages) {
			await page.goto(`${url}${pathname}`);
			const { violations, rules } = await audit(page);
			rulesRun = Math.max(rulesRun, rules);
			found.push(...describeViolations(pathname, violations));
		}
		await context.close();
		expect(found).toEqual([]);
		expect(rulesRun).toBeGreaterThan(50);
		console.log(`axe: ${pages.length} pages, ${rulesRun} rules each, ${colorScheme} mode`);
	});

	test.skipIf(!redirects.length)('has no axe violations on the redirect pages at renamed files’ old addresses', async () => {
		const context = await browser.newContext({ bypassCSP: true });
		const page = await context.newPage();
		// A redirect page moves the browser on at once: it is audited as served, but for the refresh that would.
		await page.route(`${url}/**`, async (route) => {
			if (route.request().resourceType() !== 'document') return route.continue();
			const response = await route.fetch();
			await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
		});
		const found: string[] = [];
		for (const pathname of redirects) {
			await page.goto(`${url}${pathname}`);
			expect(new URL(page.url()).pathname).toBe(pathname);
			found.push(...describeViolations(pathname, (await audit(page)).violations));
		}
		await context.close();
		expect(found).toEqual([]);
	});
});
