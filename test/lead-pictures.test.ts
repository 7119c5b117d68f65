/**
 * Lead pictures of the same name beside different articles stay apart: each page shows the picture beside its own
 * file. One article schema serves every entry (src/content.config.ts), so this is what would catch an Astro whose
 * `image()` came to depend on the entry it was made for.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { astroBuild, createSite, readDist, type RunResult, type Site } from './helpers/site.ts';

const fixture = path.join(import.meta.dirname, 'fixtures', 'newsroom');
let site: Site;
let build: RunResult;

const article = (title: string) => `---
title: ${title}
summary: An explainer with a lead picture beside it.
published: 2024-04-01
image:
  src: ./lead.png
  alt: A plain panel
---
The story in one line.
`;

beforeAll(async () => {
	site = createSite(fixture);
	const articles = path.join(site.contentDir, 'articles');
	mkdirSync(path.join(articles, 'spring'));
	writeFileSync(path.join(articles, 'spring', 'panel-in-a-folder.md'), article('A panel in a folder'));
	copyFileSync(path.join(`${fixture}-public`, 'images', 'river-crossings.png'), path.join(articles, 'spring', 'lead.png'));
	writeFileSync(path.join(articles, 'panel-at-the-top.md'), article('A panel at the top'));
	await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2a6f97' } })
		.png()
		.toFile(path.join(articles, 'lead.png'));
	build = await astroBuild(site);
}, 120_000);
afterAll(() => site.remove());

/** The page's lead picture: its address, and its size as the file gives it to the image. */
const leadOf = (id: string) => {
	const page = fromHtml(readDist(site, `articles/${id}/index.html`));
	const img = select('figure img', page)!.properties;
	return { src: String(img.src), width: img.width, height: img.height };
};

test('two pictures named ./lead.png beside two articles are two pictures', () => {
	expect(build.code, build.output).toBe(0);
	const inFolder = leadOf('panel-in-a-folder');
	const atTop = leadOf('panel-at-the-top');
	expect(inFolder.src).toMatch(/\/_astro\/lead\.[\w-]+\.\w+$/);
	expect(atTop.src).toMatch(/\/_astro\/lead\.[\w-]+\.\w+$/);
	expect(inFolder.src).not.toBe(atTop.src);
	// The pictures' own proportions: 16:9 in the folder, 3:2 at the top.
	expect(Number(inFolder.width) / Number(inFolder.height)).toBeCloseTo(16 / 9, 2);
	expect(Number(atTop.width) / Number(atTop.height)).toBeCloseTo(3 / 2, 2);
});
