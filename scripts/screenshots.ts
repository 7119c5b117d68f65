/**
 * Pictures of built pages, as readers see them: each page at 360 and 1280 px,
 * light and dark, and printed. They are what a change to the pages is judged
 * by, before and after (docs/screenshots/).
 *
 * `npm run screenshots -- --dist dist --out docs/screenshots/x home=/ demand=/demands/some-id/`
 * (an address may carry a query: `search=/search/?q=word`).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import sirv from 'sirv';
import { chromiumFlags, chromiumPath } from './chromium.ts';

/** A longer page is cut here (its height is printed), which keeps the pictures small enough to keep in the repository. */
const tallest = 8_000;
const widths = [360, 1280] as const;
const schemes = ['light', 'dark'] as const;

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'docs/screenshots/new' } },
});
const pages = positionals.map((arg) => {
	const [name, address] = arg.split(/=(.*)/s);
	if (!name || !address?.startsWith('/')) fail(`"${arg}" is not a picture's name and a page's address, as in home=/`);
	return { name: name!, address: address! };
});
if (pages.length === 0) fail('name at least one page, as in home=/ or demand=/demands/some-id/');
if (!existsSync(path.join(values.dist, 'index.html'))) fail(`${values.dist} holds no built site: run npm run build first, or name one with --dist`);

function fail(message: string): never {
	console.error(`screenshots: ${message}`);
	process.exit(2);
}

const server = createServer(sirv(path.resolve(values.dist), { dev: false }));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
mkdirSync(values.out, { recursive: true });

/** Saves a PNG as WebP beside the others, and says how tall the page was. */
async function save(png: Buffer, file: string, height: number) {
	await sharp(png).webp({ quality: 70 }).toFile(path.join(values.out, file));
	console.log(`${file}: ${height} px${height > tallest ? ` (cut at ${tallest})` : ''}`);
}

for (const { name, address } of pages) {
	for (const width of widths) {
		for (const scheme of schemes) {
			const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
			await page.goto(origin + address, { waitUntil: 'networkidle' });
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			const png = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, tallest) } });
			await save(png, `${name}-${width}-${scheme}.webp`, height);
			await page.close();
		}
	}
	// Paper is light; the print stylesheet decides what goes on it.
	const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
	await page.goto(origin + address, { waitUntil: 'networkidle' });
	await page.emulateMedia({ media: 'print' });
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	await save(await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: 794, height: Math.min(height, tallest) } }), `${name}-print.webp`, height);
	await page.close();
}
await browser.close();
server.close();
