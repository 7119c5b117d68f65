/**
 * `npm run audit:lighthouse`: Lighthouse's four scores for the home page, an
 * article, a demand page and the search page of the built site in dist/, with Debian's Chromium.
 * Not a test: Lighthouse's numbers vary from run to run on a shared machine.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import sirv from 'sirv';
import { largestPage } from './bench/weight.ts';
import { chromiumFlags, chromiumPath } from './chromium.ts';

const dist = 'dist';
if (!existsSync(dist)) {
	console.error('There is no dist/ folder: run `npm run build` first.');
	process.exit(1);
}
const pages = [
	['home', '/'],
	['article', `/articles/${largestPage(dist, 'articles')}/`],
	['demand', `/demands/${largestPage(dist, 'demands')}/`],
	// The one page with a script: as it opens, and with a query in the address, which loads the index and WebAssembly.
	['search', '/search/'],
	['search with results', '/search/?q=ceasefire'],
];

const server = createServer(sirv(dist));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const chrome = await chromeLauncher.launch({
	chromePath: chromiumPath,
	chromeFlags: ['--headless=new', ...chromiumFlags],
});

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
try {
	console.log(`| page | ${categories.join(' | ')} |\n|---|${categories.map(() => '---').join('|')}|`);
	for (const [name, path] of pages) {
		const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
		const scores = categories.map((category) => Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
		console.log(`| ${name} (${path}) | ${scores.join(' | ')} |`);
	}
} finally {
	chrome.kill();
	server.close();
}
