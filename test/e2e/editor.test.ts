/**
 * The web editor at /admin/ of the built sample site, in Chromium with every request off the machine refused:
 * an editor writes an explainer through the forms alone (two demands, positions by two parties, a citation,
 * a correction) and the file it saves passes the content check and builds; and every entry of the sample and
 * of the fixture newsrooms, opened and saved, keeps its frontmatter and its story.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parseContentFile, splitContentFile } from '../../src/check/frontmatter.ts';
import { astroBuild, checkContent, createSite, projectRoot } from '../helpers/site.ts';
import { launchBrowser } from './browser.ts';
import { changedFiles, contentFilesOf, offline, openEditor, repositoryFiles } from './editor-session.ts';

const { url, dist } = inject('sites').sample;
const fixtures = path.join(projectRoot, 'test', 'fixtures');

let browser: Browser;
let page: Page;
/** Requests the editor tried to send off the machine. */
const refused: string[] = [];

beforeAll(async () => {
	browser = await launchBrowser();
	page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await offline(page, new URL(url).origin, refused);
});

afterAll(() => browser?.close());

/** A form field's group, by its label. */
const group = (scope: Page | Locator, label: string) => scope.getByRole('group', { name: `“⁨${label}⁩” Field` });

/** Picks a file of another kind by its name: a few are radio buttons, more a list to type into. */
async function pick(scope: Page | Locator, label: string, name: string, nth = 0) {
	await reveal(group(scope, label).nth(nth));
	const radios = scope.getByRole('radiogroup', { name: label, exact: true }).nth(nth);
	if (await radios.count()) return radios.getByRole('radio', { name, exact: true }).check();
	const box = scope.getByRole('combobox', { name: label, exact: true }).nth(nth);
	await box.click();
	await box.pressSequentially(name.slice(0, 4));
	await page.getByRole('option', { name, exact: true }).click();
}

/** Scrolls the form down to `field`: the editor draws a field only once it is scrolled near. */
async function reveal(field: Locator): Promise<Locator> {
	for (let turn = 0; turn < 40 && !(await field.count()); turn++) {
		await page.mouse.move(640, 450);
		await page.mouse.wheel(0, 600);
	}
	await field.scrollIntoViewIfNeeded();
	return field;
}

/** A text field by its label, scrolled to. */
const textbox = (scope: Page | Locator, label: string, nth = 0) => reveal(scope.getByRole('textbox', { name: label, exact: true }).nth(nth));

/** Opens a new entry's form. It sets itself up after it is shown, clearing what is typed meanwhile: it is given a moment. */
async function newEntry() {
	await page.getByRole('button', { name: 'New' }).click();
	await page.getByRole('button', { name: 'Save', exact: true }).waitFor();
	await page.waitForTimeout(1000);
}

/** Types into a text field, again if the form, still setting itself up, cleared it. */
async function write(field: Locator, value: string) {
	await expect
		.poll(async () => {
			await field.fill(value);
			return field.inputValue();
		})
		.toBe(value);
}

/** Adds an item to the list field `list` and waits for its form. */
async function addItem(list: Locator, singular: string, firstField: string, nth: number) {
	await list
		.getByRole('button', { name: `Add ⁨${singular}⁩`, exact: true })
		.last()
		.click();
	await group(list, firstField).nth(nth).waitFor();
}

test('the editor is served by the site, with its configuration, and kept out of the sitemap and search engines', () => {
	for (const file of ['admin/index.html', 'admin/config.yml', 'admin/sveltia-cms.js']) expect(existsSync(path.join(dist, file)), file).toBe(true);
	expect(parse(readFileSync(path.join(dist, 'admin/config.yml'), 'utf8')).collections).toHaveLength(5);
	expect(readFileSync(path.join(dist, 'admin/index.html'), 'utf8')).toContain('<meta name="robots" content="noindex, nofollow">');
	const sitemaps = readdirSync(dist).filter((name) => /^sitemap.*\.xml$/.test(name));
	expect(sitemaps.length).toBeGreaterThan(0);
	for (const name of sitemaps) expect(readFileSync(path.join(dist, name), 'utf8')).not.toContain('/admin/');
});

describe('an explainer written through the forms', () => {
	test('is saved as the content model has it, passes the content check and builds', { timeout: 300_000 }, async () => {
		const before = contentFilesOf(path.join(fixtures, 'newsroom'));
		await openEditor(page, url, before);
		// A new actor's file is named by its name, letters of every script kept and punctuation dropped.
		await page.goto(new URL('admin/#/collections/actors', url).href);
		await newEntry();
		await write(page.getByRole('textbox', { name: 'Name', exact: true }), 'Zoë’s Łódź Port Authority (ŁPA)');
		await pick(page.locator('body'), 'Kind', 'organization: an organization such as an international body, company or charity');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect
			.poll(async () => Object.keys(changedFiles(before, await repositoryFiles(page))))
			.toEqual(['src/content/actors/zoë-s-łódź-port-authority-łpa.md']);

		await page.goto(new URL('admin/#/collections/articles', url).href);
		await newEntry();
		await write(page.getByRole('textbox', { name: 'Title', exact: true }), 'Ostmark and Valdoria set out their terms');
		await page.getByRole('textbox', { name: 'Summary', exact: true }).fill('Both governments say what they want before talks resume.');
		await page.getByRole('textbox', { name: 'Published', exact: true }).fill('2024-04-02');
		const demands = await reveal(group(page, 'Demands'));
		const plan = [
			{
				demand: 'Ostmark must withdraw its troops from the northern border',
				positions: [
					['Ostmark', 'supports'],
					['Ligue des Régions', 'mixed'],
				],
			},
			{
				demand: 'The 1990 river treaty must be restored',
				positions: [
					['Valdoria', 'opposes'],
					['Ligue des Régions', 'unclear'],
				],
			},
		] as const;
		for (const [d, entry] of plan.entries()) {
			await addItem(demands, 'Demand covered', 'Demand', d);
			await pick(demands, 'Demand', entry.demand, d);
			const positions = group(demands, 'Positions').nth(d);
			for (const [p, [actor, stance]] of entry.positions.entries()) {
				await addItem(positions, 'Position', 'Stance', p);
				await pick(positions, 'Actor', actor, p);
				await (await reveal(positions.getByRole('radiogroup', { name: 'Stance' }).nth(p))).getByRole('radio', { name: new RegExp(`^${stance}:`) }).check();
				await (await textbox(positions, 'Citation key of the report', p)).fill('wire-terms');
			}
		}
		const sources = await reveal(group(page, 'Sources'));
		await addItem(sources, 'Citation', 'Title', 0);
		await (await textbox(sources, 'Citation key')).fill('wire-terms');
		await pick(sources, 'Source', 'Wire One');
		await (await textbox(sources, 'Title')).fill('Ostmark and Valdoria publish their terms');
		await (await textbox(sources, 'Address')).fill('https://wire.example.com/terms');
		const corrections = await reveal(group(page, 'Corrections'));
		await addItem(corrections, 'Correction', 'Text', 0);
		await (await textbox(corrections, 'Date')).fill('2024-04-03');
		await (await textbox(corrections, 'Text')).fill('An earlier version gave the wrong day for the talks.');
		await (await textbox(page, 'Story')).fill('Both sides set out their terms [@wire-terms].\n\n## What comes next\n\nTalks resume in May.');
		await page.getByRole('button', { name: 'Save', exact: true }).click();

		await expect.poll(async () => Object.keys(changedFiles(before, await repositoryFiles(page))).length, { timeout: 10_000 }).toBe(2);
		const saved = changedFiles(before, await repositoryFiles(page));
		const [file, text] = Object.entries(saved).find(([name]) => name.includes('/articles/'))!;
		expect(file).toMatch(/^src\/content\/articles\/\d{4}-\d{2}-\d{2}-ostmark-and-valdoria-set-out-their-terms\.md$/);
		expect(parseContentFile(text).data).toEqual({
			title: 'Ostmark and Valdoria set out their terms',
			summary: 'Both governments say what they want before talks resume.',
			published: '2024-04-02',
			demands: [
				{
					demand: 'border-troops-withdrawn',
					positions: [
						{ actor: 'ostmark', stance: 'supports', cite: 'wire-terms' },
						{ actor: 'ligue-des-regions', stance: 'mixed', cite: 'wire-terms' },
					],
				},
				{
					demand: 'river-treaty-restored',
					positions: [
						{ actor: 'valdoria', stance: 'opposes', cite: 'wire-terms' },
						{ actor: 'ligue-des-regions', stance: 'unclear', cite: 'wire-terms' },
					],
				},
			],
			sources: [{ key: 'wire-terms', source: 'wire-one', title: 'Ostmark and Valdoria publish their terms', url: 'https://wire.example.com/terms' }],
			corrections: [{ date: '2024-04-03', text: 'An earlier version gave the wrong day for the talks.' }],
		});
		expect(splitContentFile(text).body).toBe('Both sides set out their terms [@wire-terms].\n\n## What comes next\n\nTalks resume in May.');

		const site = createSite(path.join(fixtures, 'newsroom'));
		for (const [name, content] of Object.entries(saved)) writeFileSync(path.join(site.root, name), content);
		const check = await checkContent(site.root);
		expect(check.code, check.output).toBe(0);
		const build = await astroBuild(site);
		expect(build.code, build.output).toBe(0);
		const id = path.basename(file, '.md');
		expect(existsSync(path.join(site.dist, 'articles', id, 'index.html'))).toBe(true);
		site.remove();
		expect(refused).toEqual([]);
	});
});

describe('every sample and fixture entry, opened and saved', () => {
	/** A fixture file as an editor may have it after a rename: its former ids are kept, though the form shows none. */
	const renamed = () => {
		const files = contentFilesOf(path.join(fixtures, 'newsroom'));
		const file = 'src/content/actors/ostmark.md';
		return { ...files, [file]: files[file]!.replace('\nkind:', '\nformerIds: [east-mark]\nkind:') };
	};
	const savedOnWindows = () =>
		Object.fromEntries(Object.entries(contentFilesOf(path.join(fixtures, 'newsroom'))).map(([file, text]) => [file, text.replaceAll('\n', '\r\n')]));
	const contentSets: [string, () => Record<string, string>][] = [
		...['src/content', 'test/fixtures/newsroom', 'test/fixtures/newsroom-pl', 'test/fixtures/newsroom-ar'].map(
			(dir): [string, () => Record<string, string>] => [dir, () => contentFilesOf(path.join(projectRoot, dir))],
		),
		['a renamed file', renamed],
		['files saved on Windows (CR LF line ends)', savedOnWindows],
	];
	test.each(contentSets)('%s keeps its frontmatter and its story', { timeout: 300_000 }, async (_, filesOf) => {
		const before = filesOf();
		await openEditor(page, url, before);
		for (const [file, text] of Object.entries(before)) {
			const [, , kind, name] = file.split('/') as [string, string, string, string];
			// The field that names the entry takes a character and gives it back: the editor saves only what changed.
			const key = kind === 'actors' || kind === 'sources' ? 'name' : 'title';
			await page.goto(new URL(`admin/#/collections/${kind}/entries/${encodeURIComponent(name.replace(/\.md$/, ''))}`, url).href);
			const identifier = page.getByRole('textbox', { name: key === 'name' ? 'Name' : 'Title', exact: true }).first();
			await identifier.press('End');
			await identifier.pressSequentially(' X');
			await page.getByRole('button', { name: 'Save', exact: true }).click();
			await expect.poll(async () => (await repositoryFiles(page))[file] !== text).toBe(true);
			const savedText = (await repositoryFiles(page))[file]!;
			const saved = parseContentFile(savedText).data as Record<string, unknown>;
			expect({ file, data: { ...saved, [key]: String(saved[key]).replace(/ X$/, '') } }).toEqual({ file, data: parseContentFile(text).data });
			expect({ file, body: splitContentFile(savedText).body }).toEqual({ file, body: splitContentFile(text).body });
		}
		expect(refused).toEqual([]);
	});
});
